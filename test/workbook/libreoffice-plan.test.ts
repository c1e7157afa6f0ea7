/**
 * plan.xlsx in a real spreadsheet program: LibreOffice opens it and saves every sheet as CSV
 * (ids, Chinese text and figures must survive), then a clerk edits the assignments (deletes
 * rows, changes destinations) and LibreOffice turns the CSV back into a workbook with its
 * default import, which drops the ids' leading zeros. Fed back as locks with the original plan
 * as --baseline, the workbook is accepted with one warning line and its locks hold.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { CSV_ALL_SHEETS, libreOffice } from '../helpers/soffice.js';
import { readCsvTable, writeCsvTable } from '../helpers/workbooks.js';

const DATA = join(import.meta.dirname, '../../data');
const YEAR = [{ key: 'plan.year', value: '2026', file: 'test' }];
const inputs = readdirSync(DATA).sort().map((f) => join(DATA, f));

let dir: string;
let edited: { deleted: string[]; changed: Map<string, string> };

/** Two moved teachers of one subject whose origins and destinations are of one stage: swapping their destinations breaks no rule. */
function swappable(rows: Record<string, string>[], stageOf: Map<string, string>): [Record<string, string>, Record<string, string>] {
  for (const a of rows) {
    for (const b of rows) {
      if (a === b || a['任教学科'] !== b['任教学科'] || a['交流学校代码'] === b['交流学校代码']) continue;
      const stages = [a['原学校代码'], b['原学校代码'], a['交流学校代码'], b['交流学校代码']].map((s) => stageOf.get(s ?? ''));
      if (stages.every((s) => s === stages[0])) return [a, b];
    }
  }
  throw new Error('no two moves to swap');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rotate-lo-plan-'));
  const r = await planInProcess(inputs, join(dir, 'plan'), { sets: YEAR });
  expect(r.kind).toBe('written');
  copyFileSync(join(dir, 'plan', 'plan.xlsx'), join(dir, 'plan.xlsx'));
  const convert = libreOffice();
  convert([join(dir, 'plan.xlsx')], CSV_ALL_SHEETS, join(dir, 'csv'));
  // The clerk's edit: two rows deleted, two destinations swapped; saved back with LibreOffice's default CSV import.
  const sheet = readCsvTable(join(dir, 'csv', 'plan-交流名单.csv'));
  const rows = sheet.rows.map((r) => Object.fromEntries(sheet.header.map((h, i) => [h, r[i] ?? ''])));
  const schools = readCsvTable(join(DATA, '学校.csv'));
  const stageOf = new Map(schools.rows.map((r) => [r[0] ?? '', r[2] ?? '']));
  const [a, b] = swappable(rows, stageOf);
  const [ta, tb] = [a['交流学校代码'] ?? '', b['交流学校代码'] ?? ''];
  a['交流学校代码'] = tb;
  b['交流学校代码'] = ta;
  const kept = rows.filter((r) => r !== a && r !== b);
  const deleted = [kept[3], kept[10]].map((r) => r?.['工号'] ?? '');
  const out = rows.filter((r) => !deleted.includes(r['工号'] ?? ''));
  edited = { deleted, changed: new Map([[a['工号'] ?? '', tb], [b['工号'] ?? '', ta]]) };
  writeCsvTable(join(dir, 'edit', 'edited.csv'), sheet.header, out.map((r) => sheet.header.map((h) => r[h] ?? '')));
  convert([join(dir, 'edit', 'edited.csv')], 'xlsx', join(dir, 'back'), 'CSV:44,34,76,1');
}, 180_000);

describe('plan.xlsx opened in LibreOffice', () => {
  it('keeps ids with their zeros, Chinese text and figures in every sheet', () => {
    const plan = (f: string) => readPlanCsv(join(dir, 'plan', f));
    const lo = (sheet: string) => readCsvTable(join(dir, 'csv', `plan-${sheet}.csv`));
    for (const [file, sheet] of [['assignments.csv', '交流名单'], ['schools.csv', '学校'], ['teachers.csv', '教师']] as const) {
      const ours = plan(file);
      const theirs = lo(sheet);
      expect(theirs.header, sheet).toEqual(ours.header);
      expect(theirs.rows.length, sheet).toBe(ours.rows.length);
      theirs.rows.forEach((cells, i) => {
        const want = ours.header.map((h) => (ours.rows[i]?.[h] ?? '').replace(/^'(?=[=+\-@])/u, ''));
        const got = cells.map((c, j) => (/^-?\d+\.\d+$/u.test(c) && /^-?\d+\.\d+$/u.test(want[j] ?? '') ? String(Number(Number(c).toFixed(4))) : c));
        expect(got, `${sheet} row ${i + 2}`).toEqual(want);
      });
    }
    expect(lo('交流名单').rows[0]?.[0]).toMatch(/^0\d+$/u);
  });

  it('read back after a round trip through CSV: the edit is kept, with one line about the lost zeros', async () => {
    const back = join(dir, 'back', 'edited.xlsx');
    const r = await planInProcess([...inputs, back], join(dir, 'replan'), { sets: YEAR, baseline: join(dir, 'plan') });
    expect(r.kind, r.kind === 'bad-input' ? formatIssues(r.issues).join('\n') : r.kind).toBe('written');
    if (r.kind !== 'written') return;
    const warnings = formatIssues(r.report.county.warnings ?? []);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^edited\.xlsx\[edited\]: 注意: 「工号」列有\d+个编号不在表中，开头的0被去掉了/u);
    const moves = new Map(r.report.plan.moves.map((m) => [m.teacher.id, m.to.id]));
    for (const [teacher, to] of edited.changed) expect(moves.get(teacher), teacher).toBe(to);
    for (const teacher of edited.deleted) expect(moves.has(teacher), teacher).toBe(false);
    const before = readPlanCsv(join(dir, 'plan', 'assignments.csv')).rows.map((x) => x['工号']);
    const kept = before.filter((t) => t !== undefined && !edited.deleted.includes(t));
    expect(kept.every((t) => moves.has(t ?? ''))).toBe(true);
    expect(readFileSync(join(dir, 'replan', 'plan.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('plan.xlsx read back without a spreadsheet program', () => {
  it('is a locks file: planning with it keeps every move', async () => {
    const r = await planInProcess([...inputs, join(dir, 'plan.xlsx')], join(dir, 'again'), { sets: YEAR });
    expect(r.kind).toBe('written');
    const a = readPlanCsv(join(dir, 'plan', 'assignments.csv')).rows.map((x) => [x['工号'], x['交流学校代码']]);
    const b = readPlanCsv(join(dir, 'again', 'assignments.csv')).rows.map((x) => [x['工号'], x['交流学校代码']]);
    expect(b).toEqual(a);
  });
});
