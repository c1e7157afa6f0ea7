/**
 * The yearly cycle on the sample county: the plan is posted, objections are decided, the county
 * plans again against the plan posted (--baseline) and posts again. The second posting says it is
 * one (title, a line that it replaces the list posted before, objections taken again for the
 * period), marks each listed teacher's change since the first posting (新增, 改派（原拟交流至X）) on
 * every school's page and sheet, and lists those no longer on a school's lists (取消交流, 改派至Y);
 * the expectations come from the two plans' assignments.csv, not from the code under test. Nothing
 * of the objections (content, decision note, file and row) is posted. A plan re-made with the
 * objections but no baseline is posted as a first posting, with a note.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';
import { inputsOf, planCounty, publish, readBook, records, sampleCounty, tempDir } from './helpers.js';

const SETS = [{ key: 'plan.year', value: String(YEAR), file: '--set' }];
const SECRET = ['家中老人需照顾', '路途太远', '情况属实', '不符合免交流条件', '异议.csv', '第2行', '第3行'];

let county = '';
let first = '';
let objections = '';
let second = '';
let out1 = '';
let out2 = '';
const before = new Map<string, string>();
const after = new Map<string, string>();
const from = new Map<string, string>();
const names = new Map<string, string>();

/** teacher → destination of a plan's assignments.csv; every origin into `from`. */
function movesOf(plan: string, into: Map<string, string>): void {
  for (const r of readPlanCsv(join(plan, 'assignments.csv')).rows) {
    into.set(r['工号'] ?? '', r['交流学校代码'] ?? '');
    from.set(r['工号'] ?? '', r['原学校代码'] ?? '');
  }
}

beforeAll(async () => {
  county = sampleCounty();
  first = await planCounty(county);
  movesOf(first, before);
  for (const r of readPlanCsv(join(first, 'schools.csv')).rows) names.set(r['学校代码'] ?? '', r['学校名称'] ?? '');
  const ids = [...before.keys()];
  const [stay = '', forbid = '', rejected = ''] = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
  objections = join(tempDir('rotate-repost-objections-'), '异议.csv');
  writeCsvTable(objections, ['工号', '异议内容', '处理结果', '操作', '学校代码', '处理说明'], [
    [stay, '家中老人需照顾', '同意', '留任', '', '情况属实'],
    [forbid, '路途太远', '同意', '禁止', before.get(forbid) ?? '', ''],
    [rejected, '不愿交流', '驳回', '', '', '不符合免交流条件'],
  ]);
  second = join(county, 'plan2');
  const r = await planInProcess([...inputsOf(county), objections], second, { sets: SETS, baseline: first });
  if (r.kind !== 'written') throw new Error(r.kind);
  movesOf(second, after);
  out1 = join(county, 'pub1');
  out2 = join(county, 'pub2');
  expect((await publish([first], out1, { 'publish.start': '2026-06-01' })).kind).toBe('written');
  expect((await publish([second], out2, { 'publish.start': '2026-06-15', 'publish.working_days': '7' })).kind).toBe('written');
}, 240_000);

/** The change a listed move should show: '' as posted before, 新增, 改派（原拟交流至X）. */
function expectedMark(id: string): string {
  const was = before.get(id);
  if (was === undefined) return '新增';
  return was === after.get(id) ? '' : `改派（原拟交流至${names.get(was) ?? ''}）`;
}

/** Those on school `s`'s lists in the first posting and not now, with what became of them. */
function expectedWithdrawn(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, was] of before) {
    const now = after.get(id);
    const res = now === undefined ? '取消交流' : `改派至${names.get(now) ?? ''}`;
    if (was === s && now !== s) out.set(id, res);
    else if (from.get(id) === s && now === undefined) out.set(id, res);
  }
  return out;
}

/** A workbook's school sheets by school id. */
function sheetsBySchool(dir: string): Map<string, Record<string, string>[]> {
  const book = readBook(join(dir, 'moves.xlsx'));
  const index = records(book.sheets.get('索引') ?? []);
  return new Map(index.map((r) => [r['学校代码'] ?? '', records(book.sheets.get(r['工作表'] ?? '') ?? [])]));
}

/** The rows (cell texts) of a page's tables whose caption starts with `prefix`, continued pages included. */
function pageRows(html: string, prefix: string): string[][] {
  const parts = html.split('<h2>').slice(1).filter((p) => p.startsWith(prefix));
  const text = (s: string): string => s.replace(/<[^>]+>/gu, '').replace(/&amp;/gu, '&');
  return parts.flatMap((p) => [...(p.split('<tbody>')[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/gu)].map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gu)].map((c) => text(c[1] ?? ''))));
}

describe('the second posting after the objections', () => {
  it('the county\'s plans differ: a teacher dropped, one added or re-sent (the scenario holds)', () => {
    expect([...before.keys()].some((id) => !after.has(id))).toBe(true);
    expect([...after.keys()].some((id) => before.get(id) !== after.get(id))).toBe(true);
  });

  it('marks every listed move on every school\'s sheet, and lists those no longer on the school\'s lists', () => {
    const sheets = sheetsBySchool(out2);
    expect(sheets.size).toBe(names.size);
    let [marked, withdrawn] = [0, 0];
    for (const [school, rows] of sheets) {
      const listed = rows.filter((r) => r['类别'] === '调出' || r['类别'] === '调入');
      expect(listed.length).toBe([...after].filter(([id, to]) => to === school || from.get(id) === school).length);
      for (const r of listed) expect(r['与前次公示相比'], `${school} ${r['工号']}`).toBe(expectedMark(r['工号'] ?? ''));
      marked += listed.filter((r) => r['与前次公示相比'] !== '').length;
      const gone = rows.filter((r) => r['类别'] === '不再列入');
      withdrawn += gone.length;
      expect(new Map(gone.map((r) => [r['工号'] ?? '', r['与前次公示相比'] ?? ''])), school).toEqual(expectedWithdrawn(school));
      // The withdrawn row holds the move posted before.
      for (const r of gone) expect([r['原学校代码'], r['交流学校代码']]).toEqual([from.get(r['工号'] ?? ''), before.get(r['工号'] ?? '')]);
    }
    // Each added or re-sent teacher is marked on two schools' lists; each dropped one withdrawn from two, each re-sent from one.
    const changed = [...after.keys()].filter((id) => before.get(id) !== after.get(id)).length;
    const dropped = [...before.keys()].filter((id) => !after.has(id)).length;
    expect([marked, withdrawn]).toEqual([2 * changed, 2 * dropped + (changed - [...after.keys()].filter((id) => !before.has(id)).length)]);
  });

  it('each school\'s page says it is a re-posting, that objections are taken again for the period, and marks the same changes', () => {
    let [marked, withdrawn] = [0, 0];
    for (const school of names.keys()) {
      const html = readFileSync(join(out2, `school-${school}.html`), 'utf8');
      expect(html).toContain('拟交流人员名单第二次公示（重新公示）');
      expect(html).toContain('替代前次公示的拟交流人员名单');
      expect(html).toContain('可在本次公示期（7个工作日）内提出');
      const listed = [...pageRows(html, '一、'), ...pageRows(html, '二、')].filter((r) => r.length > 1);
      for (const r of listed) expect(r[3], `${school} ${r[1]}`).toBe(expectedMark(r[1] ?? ''));
      marked += listed.filter((r) => r[3] !== '').length;
      const gone = pageRows(html, '三、').filter((r) => r.length > 1);
      withdrawn += gone.length;
      expect(new Map(gone.map((r) => [r[1] ?? '', r[5] ?? '']))).toEqual(expectedWithdrawn(school));
    }
    expect(marked).toBeGreaterThan(0);
    expect(withdrawn).toBeGreaterThan(0);
    expect(readFileSync(join(out2, 'index.html'), 'utf8')).toContain('（重新公示）');
  });

  it('posts nothing of the objections: no content, decision note, file or row', () => {
    for (const f of readdirSync(out2)) {
      const text = f.endsWith('.xlsx') ? [...readBook(join(out2, f)).sheets.values()].flat(2).join('\n') : readFileSync(join(out2, f), 'utf8');
      for (const s of SECRET) expect(text, `${f}: ${s}`).not.toContain(s);
    }
  });

  it('the first posting says nothing of it', () => {
    for (const f of readdirSync(out1).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(out1, f), 'utf8');
      for (const s of ['重新公示', '与前次公示相比', '不再列入']) expect(html, `${f}: ${s}`).not.toContain(s);
    }
  });

  it('a plan re-made with the objections but no baseline is posted as a first posting, with a note asking for --baseline', async () => {
    const plan = join(county, 'plan-nobase');
    const r = await planInProcess([...inputsOf(county), objections], plan, { sets: SETS });
    expect(r.kind).toBe('written');
    const out = join(county, 'pub-nobase');
    const p = await publish([plan], out);
    if (p.kind !== 'written') throw new Error(p.kind);
    expect(p.published.warnings.map((w) => w.zh).join('\n')).toContain('--baseline');
    expect(p.published.repost).toBeUndefined();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('重新公示');
  });
});
