/**
 * A county whose exemption reasons are diagnoses (乳腺癌术后, 抑郁症 …): the lists posted for
 * objection give the category (免交流: 身体健康原因), and the diagnosis is in no published file,
 * neither in any HTML page nor anywhere in the workbook's package; the plan's teachers.csv keeps
 * it as written. With publish.exempt_reason=原文 the lists give it as written.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanCsv } from '../helpers/plan-run.js';
import { inputsOf, planCounty, publish, readBook, records, sampleCounty, tempDir } from './helpers.js';

const DIAGNOSES = ['乳腺癌术后', '重度抑郁症', '肾透析', '系统性红斑狼疮'];

let county = '';
/** The teachers whose 免交流原因 was made a diagnosis, by id. */
const diagnosed = new Map<string, string>();

beforeAll(() => {
  county = sampleCounty();
  const file = inputsOf(county).find((f) => readFileSync(f, 'utf8').includes('免交流原因'));
  if (!file) throw new Error('no teachers file');
  const { header, rows } = readPlanCsv(file);
  let k = 0;
  for (const r of rows) {
    if ((r['免交流原因'] ?? '') === '') continue;
    const d = DIAGNOSES[k++ % DIAGNOSES.length] ?? '';
    r['免交流原因'] = d;
    diagnosed.set(r['工号'] ?? '', d);
  }
  writeFileSync(file, `\uFEFF${[header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((l) => l.join(',')).join('\r\n')}\r\n`);
});

/** Every text a published folder holds: its HTML pages and every part of its workbook's package (cells, shared strings, sheet names, properties). */
function publishedTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.html')) texts.set(f, readFileSync(join(dir, f), 'utf8'));
    if (f.endsWith('.xlsx')) {
      const zip = XLSX.CFB.read(readFileSync(join(dir, f)), { type: 'buffer' }) as { FileIndex: { name: string; content: Uint8Array }[] };
      for (const part of zip.FileIndex) texts.set(`${f}:${part.name}`, Buffer.from(part.content ?? []).toString('utf8'));
    }
  }
  return texts;
}

/** The deferred list's reason of each teacher, from the workbook's school sheets. */
function postedReasons(dir: string): Map<string, string> {
  const book = readBook(join(dir, 'eligible.xlsx'));
  const reasons = new Map<string, string>();
  for (const name of book.names.slice(1)) for (const r of records(book.sheets.get(name) ?? [])) reasons.set(r['工号'] ?? '', r['理由'] ?? '');
  return reasons;
}

describe('a diagnosis typed as the exemption reason', () => {
  it('is posted as its category and appears in no published file, page or workbook part; teachers.csv keeps it', async () => {
    expect(diagnosed.size).toBeGreaterThanOrEqual(DIAGNOSES.length);
    const out = join(tempDir('rotate-publish-privacy-'), 'eligible');
    const r = await publish(inputsOf(county), out);
    expect(r.kind).toBe('written');
    const texts = publishedTexts(out);
    expect([...texts.keys()].filter((k) => k.endsWith('.html')).length).toBeGreaterThan(2);
    // The workbook's parts are read as text (the category is found in them), so the search below means something.
    expect([...texts].some(([k, t]) => k.startsWith('eligible.xlsx:') && t.includes('身体健康原因'))).toBe(true);
    for (const d of DIAGNOSES) expect([...texts].filter(([, t]) => t.includes(d)).map(([k]) => k), d).toEqual([]);
    // The exempt teachers are on the lists, under the category.
    const posted = postedReasons(out);
    // (A teacher who also retires by the cut-off date is listed by the retirement alone.)
    const exempt = [...diagnosed.keys()].filter((id) => posted.has(id) && !posted.get(id)?.includes('法定退休'));
    expect(exempt.length).toBeGreaterThanOrEqual(DIAGNOSES.length);
    for (const id of exempt) expect(posted.get(id), id).toMatch(/^免交流: (身体健康原因|本人申请, 经审核同意)$/u);
    expect(exempt.filter((id) => posted.get(id) === '免交流: 身体健康原因').length).toBeGreaterThan(0);
    // The plan's teachers.csv, the clerk's own file, gives the reason as written.
    const plan = await planCounty(county);
    const teachers = readPlanCsv(join(plan, 'teachers.csv')).rows;
    for (const id of exempt) expect(teachers.find((t) => t['工号'] === id)?.['理由'], id).toContain(diagnosed.get(id));
  }, 120_000);

  it('is posted as written when the county sets publish.exempt_reason=原文', async () => {
    const out = join(tempDir('rotate-publish-written-'), 'eligible');
    const r = await publish(inputsOf(county), out, { 'publish.exempt_reason': '原文' });
    expect(r.kind).toBe('written');
    const posted = postedReasons(out);
    const exempt = [...diagnosed].filter(([id]) => posted.has(id) && !posted.get(id)?.includes('法定退休'));
    expect(exempt.length).toBeGreaterThanOrEqual(DIAGNOSES.length);
    for (const [id, d] of exempt) expect(posted.get(id), id).toBe(`免交流: ${d}`);
    const page = readdirSync(out).filter((f) => f.startsWith('school-')).map((f) => readFileSync(join(out, f), 'utf8')).join('');
    for (const d of DIAGNOSES) expect(page, d).toContain(d);
  }, 120_000);
});
