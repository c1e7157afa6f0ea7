import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { exchangeTerm, yearMonthCode } from '../../src/domain/term.js';
import { readRosterCsv } from '../../src/plan-folder/roster-file.js';
import { readPlanCsv } from '../helpers/plan-run.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin/rotate.js');
const DATA = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));
const rotate = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the term of an exchange', () => {
  it('starts the month after the cut-off date and lasts the term years', () => {
    const t = exchangeTerm({ year: 2026, month: 8, day: 31 }, 3);
    expect([yearMonthCode(t.start), yearMonthCode(t.end)]).toEqual(['202609', '202908']);
    const december = exchangeTerm({ year: 2026, month: 12, day: 31 }, 2);
    expect([yearMonthCode(december.start), yearMonthCode(december.end)]).toEqual(['202701', '202812']);
  });
});

describe('rotate roster PLAN_DIR: the 交流人员花名册 of a plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-roster-'));
  const plan = join(dir, 'plan');
  beforeAll(() => {
    const r = rotate('plan', ...DATA, '-o', plan, '-q', '--set', 'plan.year=2026');
    if (r.status !== 0) throw new Error(r.stderr);
  }, 120_000);

  it('lists every move of the plan with its term, as CSV and as a workbook that read back the same', () => {
    const out = join(dir, 'roster');
    const r = rotate('roster', plan, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['交流人员花名册.csv', '交流人员花名册.xlsx']);
    const moves = readPlanCsv(join(plan, 'assignments.csv')).rows;
    const csvText = readFileSync(join(out, '交流人员花名册.csv'), 'utf8');
    expect(csvText.startsWith('\uFEFF姓名,工号,交流轮岗类型,是否调动人事关系,开始年月,结束年月,原单位,交流单位,任教学科,交流任教学段,骨干等级,交流方向,原单位代码,交流单位代码\r\n')).toBe(true);
    const csv = readRosterCsv(csvText, '交流人员花名册.csv');
    if (!csv.ok) throw new Error(JSON.stringify(csv.issues));
    const expected = moves.map((m) => [m['姓名'], m['工号'], '交流', '否', '202609', '202908', m['原学校'], m['交流学校'], m['任教学科'], m['交流任教学段'], m['骨干等级'], m['交流方向'], m['原学校代码'], m['交流学校代码']]);
    expect(
      csv.value.rows.map((x) => [x.name, x.teacher_id, x.exchange_type, x.transfer_personnel, x.start_month, x.end_month, x.from_unit, x.to_unit, x.subject, x.to_teaching_stage, x.backbone, x.direction, x.from_unit_id, x.to_unit_id]),
    ).toEqual(expected);
    const wb = XLSX.read(readFileSync(join(out, '交流人员花名册.xlsx')), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['交流人员花名册']);
    const sheet = wb.Sheets['交流人员花名册'] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
    expect(rows.slice(1)).toEqual(expected);
    // Ids and year-months are text cells: 000123 keeps its zeros.
    expect(sheet['B2']?.t).toBe('s');
    expect(sheet['E2']?.t).toBe('s');
  }, 60_000);

  it('takes the exchange type, the personnel transfer and the term from --set, and refuses other parameters', () => {
    const out = join(dir, 'roster2');
    const r = rotate('roster', plan, '-o', out, '--set', 'roster.exchange_type=支教', '--set', 'roster.transfer_personnel=是', '--set', 'eligibility.term_years=2');
    expect(r.status, r.stderr).toBe(0);
    const first = readFileSync(join(out, '交流人员花名册.csv'), 'utf8').split('\r\n')[1] ?? '';
    expect(first.split(',').slice(2, 6)).toEqual(['支教', '是', '202609', '202808']);
    const bad = rotate('roster', plan, '-o', join(dir, 'roster3'), '--set', 'weights.moves=3');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('rotate roster takes only these parameters');
    const badType = rotate('roster', plan, '-o', join(dir, 'roster3'), '--set', 'roster.exchange_type=挂职');
    expect(badType.status).toBe(2);
    expect(badType.stderr).toContain('roster.exchange_type');
  }, 60_000);

  it('never writes into or over the plan folder, nor over a folder it did not write', () => {
    for (const target of [plan, join(plan, 'roster')]) {
      const r = rotate('roster', plan, '-o', target, '--force');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('the roster folder may not be the plan folder');
    }
    expect(readdirSync(plan).some((f) => f.includes('花名册') || f === 'roster')).toBe(false);
    const r = rotate('roster', plan, '-o', join(ROOT, 'data'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a roster folder written by rotate');
  }, 60_000);

  it('writes English headers and values for an English plan', () => {
    const county = join(dir, 'en');
    const g = rotate('generate', county, '--teachers', '300', '--schools', '15', '--seed', '3', '--lang', 'en');
    expect(g.status, g.stderr).toBe(0);
    const enPlan = join(dir, 'en-plan');
    const p = rotate('plan', ...readdirSync(county).sort().map((f) => join(county, f)), '-o', enPlan, '-q', '--set', 'plan.year=2026');
    expect(p.status, p.stderr).toBe(0);
    const out = join(dir, 'en-roster');
    expect(rotate('roster', enPlan, '-o', out).status).toBe(0);
    const lines = readFileSync(join(out, 'roster.csv'), 'utf8').replace(/^\uFEFF/u, '').split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('name,teacher_id,exchange_type,transfer_personnel,start_month,end_month,from_unit,to_unit,subject,to_teaching_stage,backbone,direction,from_unit_id,to_unit_id');
    const moves = readPlanCsv(join(enPlan, 'assignments.csv')).rows;
    expect(lines.length - 1).toBe(moves.length);
    expect(lines[1]?.split(',').slice(2, 6)).toEqual(['exchange', 'no', '202609', '202908']);
  }, 120_000);
});
