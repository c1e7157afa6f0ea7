/**
 * plan.xlsx as a file: a valid zip whose parts say what the issue asks (frozen header row,
 * filters, print titles, A4 landscape, text ids, number figures), the same bytes for the same
 * plan, and readable back by the library.
 */
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ASIDE_CELLS, planTable, planWorkbook, workbookBytes, workbookFile } from '../../src/plan-folder/plan-workbook.js';
import { DeflateThread } from '../../src/output/xlsx/deflate-thread.js';
import type { SheetData } from '../../src/output/xlsx/write-xlsx.js';
import { crc32, crc32Js, zip, zipAside, type ZipEntry } from '../../src/output/xlsx/zip.js';
import type { Column } from '../../src/output/csv.js';

/** The compressing thread as built (tests run after `npm run build`; run from sources, the default worker file is not there). */
const BUILT_WORKER = new URL('../../dist/bundle/deflate-worker.js', import.meta.url);

interface Row {
  id: string;
  name: string;
  n: number;
  locked: boolean;
}

const COLUMNS: Column<Row>[] = [
  { en: 'teacher_id', zh: '工号', get: (r) => r.id },
  { en: 'name', zh: '姓名', get: (r) => r.name },
  { en: 'students', zh: '在校学生数', get: (r) => r.n },
  { en: 'locked', zh: '人工锁定', get: (r) => r.locked },
];
const ROWS: Row[] = [
  { id: '000123', name: '欧阳娜娜', n: 1.5, locked: true },
  { id: '-0000014', name: '=SUM(A1)', n: 12, locked: false },
];
const SUMMARY = { tool: 'rotate test', rules: [{ rule: 'locks', zh: '人工锁定必须遵守', en: 'human locks hold', threshold: '1', value: '1', held: true }], policy: { 'rules.min_years': '6', 'rules.quota_share': '10%' } };

/** The parts of a zip, by name, unpacked with Node's own inflate (an independent reader). */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = Buffer.from(bytes);
  const parts = new Map<string, string>();
  let at = 0;
  while (view.readUInt32LE(at) === 0x04034b50) {
    const method = view.readUInt16LE(at + 8);
    const crc = view.readUInt32LE(at + 14);
    const size = view.readUInt32LE(at + 18);
    const nameLength = view.readUInt16LE(at + 26);
    const name = view.toString('latin1', at + 30, at + 30 + nameLength);
    const body = view.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    const data = method === 8 ? inflateRawSync(body) : body;
    expect(crc32(data), name).toBe(crc);
    parts.set(name, data.toString('utf8'));
    at += 30 + nameLength + size;
  }
  return parts;
}

async function book(lang: 'zh' | 'en' = 'zh'): Promise<Uint8Array> {
  const t = planTable(COLUMNS, ROWS);
  return planWorkbook(lang, [t, t, t], SUMMARY);
}

describe('plan.xlsx', () => {
  it('is the same bytes for the same plan', async () => {
    expect(Buffer.from(await book()).equals(Buffer.from(await book()))).toBe(true);
  });

  it('freezes, filters and prints the header row on every page, A4 landscape, with fixed package times', async () => {
    const parts = unzip(await book());
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:D3"/>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape"');
    expect(parts.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'交流名单'!$1:$1</definedName>`);
    expect(parts.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
    // A CJK character counts two columns: 欧阳娜娜 needs 8, plus a margin.
    expect(sheet).toMatch(/<col min="2" max="2" width="9"/u);
  });

  it('writes ids and text as text cells, figures as numbers, and the rules and policy sheets', async () => {
    const wb = XLSX.read(await book(), { type: 'array', cellNF: true });
    expect(wb.SheetNames).toEqual(['交流名单', '学校', '教师', '规则核验', '优质均衡', '参数']);
    const s = wb.Sheets['交流名单'] as XLSX.WorkSheet;
    expect([s['A1']?.v, s['A2']?.t, s['A2']?.v, s['A3']?.v, s['B3']?.t, s['B3']?.v]).toEqual(['工号', 's', '000123', '-0000014', 's', '=SUM(A1)']);
    expect([s['C2']?.t, s['C2']?.v, s['D2']?.v]).toEqual(['n', 1.5, '是']);
    const rules = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['规则核验'] as XLSX.WorkSheet, { header: 1 });
    expect(rules[1]).toEqual(['locks', '人工锁定必须遵守', '1', '1', '✓ 满足']);
    const policy = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['参数'] as XLSX.WorkSheet, { header: 1 });
    expect(policy.slice(1)).toEqual([['rules.min_years', 6], ['rules.quota_share', '10%']]);
  });

  it('has English headers and sheet names for an English county', async () => {
    const wb = XLSX.read(await book('en'), { type: 'array' });
    expect(wb.SheetNames).toEqual(['assignments', 'schools', 'teachers', 'rules', 'quality_balance', 'policy']);
    expect((wb.Sheets['assignments'] as XLSX.WorkSheet)['A1']?.v).toBe('teacher_id');
  });
});

describe('zip', () => {
  it('stores what does not shrink and deflates what does, with a correct CRC-32', () => {
    const text = new TextEncoder().encode('abc'.repeat(1000));
    const tiny = new Uint8Array([1, 2, 3]);
    const bytes = zip([{ name: 'a.txt', data: text }, { name: 'b.bin', data: tiny }], deflate);
    const parts = unzip(bytes);
    expect(parts.get('a.txt')).toBe('abc'.repeat(1000));
    expect(Buffer.from(bytes).readUInt16LE(8)).toBe(8);
    expect(parts.get('b.bin')).toBe('\u0001\u0002\u0003');
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('checksums the same in JavaScript as with zlib, where Node has it: the archive is the same on every Node 20', () => {
    expect(crc32Js(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    let seed = 7;
    for (const n of [0, 1, 255, 4096, 100_003]) {
      const data = Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
      expect(crc32(data), `${n} bytes`).toBe(crc32Js(data));
    }
  });

  it('makes an entry given as a function when its turn comes, in order, to the same bytes', () => {
    const text = new TextEncoder().encode('abc'.repeat(1000));
    const tiny = new Uint8Array([1, 2, 3]);
    const made: string[] = [];
    const lazy = zip(
      [
        { name: 'a.txt', data: () => (made.push('a'), text) },
        { name: 'b.bin', data: () => (made.push('b'), tiny) },
      ],
      deflate,
    );
    expect(made).toEqual(['a', 'b']);
    expect(Buffer.from(lazy).equals(Buffer.from(zip([{ name: 'a.txt', data: text }, { name: 'b.bin', data: tiny }], deflate)))).toBe(true);
  });
});

describe('plan.xlsx compressed by a worker thread', () => {
  /** Fresh entries each time (the worker path hands their bytes over), noting which were made. Among them, random bytes DEFLATE cannot shrink, and an empty part. */
  const noise = randomBytes(50_000);
  const entries = (made: string[] = []): ZipEntry[] => {
    return [
      { name: 'a.xml', data: new TextEncoder().encode('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>'.repeat(20_000)) },
      { name: 'noise.bin', data: () => (made.push('noise.bin'), Uint8Array.from(noise)) },
      { name: 'empty.txt', data: new Uint8Array(0) },
      { name: 'b.txt', data: () => (made.push('b.txt'), new TextEncoder().encode('交流轮岗'.repeat(3000))) },
    ];
  };

  it('gives the very bytes compressing here gives, storing what does not shrink and handing it back', async () => {
    const thread = new DeflateThread(BUILT_WORKER);
    try {
      const made: string[] = [];
      const finishing = zipAside(entries(made), (data) => thread.pack(data));
      // Every part is made on this thread before the worker is waited for.
      expect(made).toEqual(['noise.bin', 'b.txt']);
      const aside = await finishing;
      expect(Buffer.from(aside).equals(Buffer.from(zip(entries(), deflate)))).toBe(true);
      expect([...unzip(aside).keys()]).toEqual(['a.xml', 'noise.bin', 'empty.txt', 'b.txt']);
      // The noise is stored (method 0), right after the first entry.
      const view = Buffer.from(aside);
      const second = 30 + view.readUInt16LE(26) + view.readUInt32LE(18);
      expect([view.readUInt16LE(8), view.readUInt16LE(second + 8), view.readUInt32LE(second + 18)]).toEqual([8, 0, 50_000]);
    } finally {
      thread.close();
    }
  });

  /** A table of `rows` rows, ids, names, figures and repeated reasons, as large as a county's. */
  const table = (rows: number): SheetData => {
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    return {
      name: '教师',
      header: ['工号', '姓名', '学校代码', '在校学生数', '理由'],
      rows: Array.from({ length: rows }, (_, i) => [String(3411220000 + i).padStart(12, '0'), `教师${next() % 5000}`, `S${next() % 400}`, (next() % 1000) / 4, `本校任教${next() % 20}年`]),
    };
  };
  const info = { title: '教师交流轮岗方案', creator: 'rotate test' };

  it('is made by the worker from its size up, as the same bytes', async () => {
    const sheets = [table(Math.ceil(ASIDE_CELLS / 5) + 10), table(200)];
    const file = await workbookFile(sheets, info, BUILT_WORKER);
    if (file instanceof Uint8Array) throw new Error('expected the workbook to be finished by the worker');
    const bytes = await file.finishing;
    expect(typeof bytes === 'string' ? null : Buffer.from(bytes).equals(Buffer.from(await workbookBytes(sheets, info)))).toBe(true);
  });

  it('is made here below that size, or when the worker file is not there', async () => {
    const small = [table(Math.floor(ASIDE_CELLS / 5) - 1)];
    const here = await workbookFile(small, info, BUILT_WORKER);
    expect(here instanceof Uint8Array && Buffer.from(here).equals(Buffer.from(await workbookBytes(small, info)))).toBe(true);
    const large = [table(Math.ceil(ASIDE_CELLS / 5) + 10)];
    const missing = await workbookFile(large, info, new URL('./no-such-worker.js', BUILT_WORKER));
    expect(missing instanceof Uint8Array && Buffer.from(missing).equals(Buffer.from(await workbookBytes(large, info)))).toBe(true);
  });
});

/** The library's plain-JavaScript DEFLATE, as plan.xlsx uses it. */
function deflate(d: Uint8Array): Uint8Array {
  return Uint8Array.from(XLSX.CFB.utils._deflateRaw(d) as Uint8Array);
}
