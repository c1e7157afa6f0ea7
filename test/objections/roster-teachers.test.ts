/**
 * `rotate roster PLAN --teachers FILE`: the province's 性别, 出生年月, 学历, 职称 of each exchanged
 * teacher, from the teachers file the plan was made from (by its SHA-256 in summary.json); any
 * other teachers file refused with nothing written; no ID number in any output.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanCsv } from '../helpers/plan-run.js';
import { idNumber } from '../publish/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin/rotate.js');
const rotate = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const DEGREES = ['本科', '专科', '研究生'];

describe('rotate roster --teachers: the exchanged teachers\' gender, birth month, degree and title', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-roster-teachers-'));
  const county = join(dir, 'county');
  const plan = join(dir, 'plan');
  const teachersFile = join(county, '教师.csv');
  const ids: string[] = [];
  let byId = new Map<string, Record<string, string>>();
  beforeAll(() => {
    mkdirSync(county);
    for (const f of ['学校.csv', '岗位.csv']) copyFileSync(join(ROOT, 'data', f), join(county, f));
    // The sample's teachers with a 学历 column, and the 身份证件号 a roster exported from the national system carries.
    const { header, rows } = readPlanCsv(join(ROOT, 'data', '教师.csv'));
    const cols = ['身份证件号', ...header, '学历'];
    const lines = rows.map((r, i) => {
      ids.push(idNumber(i));
      return cols.map((c) => (c === '身份证件号' ? (ids[i] ?? '') : c === '学历' ? (DEGREES[i % 3] ?? '') : (r[c] ?? '')));
    });
    writeFileSync(teachersFile, `\uFEFF${[cols, ...lines].map((l) => l.join(',')).join('\r\n')}\r\n`);
    byId = new Map(readPlanCsv(teachersFile).rows.map((r) => [r['工号'] ?? '', r]));
    const r = rotate('plan', ...['学校.csv', '岗位.csv', '教师.csv'].map((f) => join(county, f)), '-o', plan, '-q', '--set', 'plan.year=2026');
    if (r.status !== 0) throw new Error(r.stderr);
  }, 120_000);

  it('without --teachers writes the columns of before and says how to add the four', () => {
    const out = join(dir, 'plain');
    const r = rotate('roster', plan, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    expect(readPlanCsv(join(out, '交流人员花名册.csv')).header).toEqual(['姓名', '工号', '交流轮岗类型', '是否调动人事关系', '开始年月', '结束年月', '原单位', '交流单位', '任教学科', '交流任教学段', '骨干等级', '交流方向', '原单位代码', '交流单位代码']);
    expect(r.stdout).toContain('加 --teachers 教师.csv（制定方案的教师表）可填入 性别、出生年月、学历、职称');
    expect(r.stdout).toContain("add --teachers 教师.csv (the plan's teachers file)");
  }, 60_000);

  it('fills them for every exchanged teacher as the teachers file gives them, text cells in the workbook, no ID number anywhere', () => {
    const out = join(dir, 'full');
    const r = rotate('roster', plan, '-o', out, '--teachers', teachersFile);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('性别、出生年月、学历、职称 取自');
    const roster = readPlanCsv(join(out, '交流人员花名册.csv'));
    expect(roster.header.slice(14)).toEqual(['性别', '出生年月', '学历', '职称']);
    const moves = readPlanCsv(join(plan, 'assignments.csv')).rows;
    expect(roster.rows.length).toBe(moves.length);
    expect(roster.rows.length).toBeGreaterThan(0);
    const expected = roster.rows.map((x) => {
      const t = byId.get(x['工号'] ?? '') ?? {};
      return [x['工号'], t['性别'], (t['出生年月'] ?? '').replace('-', ''), t['学历'], t['职称']];
    });
    expect(roster.rows.map((x) => [x['工号'], x['性别'], x['出生年月'], x['学历'], x['职称']])).toEqual(expected);
    expect(roster.rows.every((x) => /^\d{6}$/u.test(x['出生年月'] ?? ''))).toBe(true);
    const wb = XLSX.read(readFileSync(join(out, '交流人员花名册.xlsx')), { type: 'buffer' });
    const sheet = wb.Sheets['交流人员花名册'] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
    expect(rows.slice(1).map((row) => row.slice(14))).toEqual(roster.rows.map((x) => [x['性别'], x['出生年月'], x['学历'], x['职称']]));
    // 出生年月 (column P) and 工号 are text: 198902 is no number to Excel.
    expect(sheet['P2']?.t).toBe('s');
    expect(sheet['B2']?.t).toBe('s');
    const cells = rows.flat().join('\n');
    const texts = [readFileSync(join(out, '交流人员花名册.csv'), 'utf8'), cells, r.stdout, r.stderr];
    for (const id of ids) for (const text of texts) expect(text.includes(id)).toBe(false);
    expect(texts.some((t) => t.includes('身份证'))).toBe(false);
  }, 60_000);

  it('refuses a teachers file the plan was not made from, in both languages, writing nothing', () => {
    const out = join(dir, 'other');
    // The sample's own teachers file: the same teachers, but not the file this plan was made from.
    const r = rotate('roster', plan, '-o', out, '--teachers', join(ROOT, 'data', '教师.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不是制定此方案所用的教师表');
    expect(r.stderr).toContain('not the teachers file this plan was made from');
    expect(r.stderr).toContain('教师.csv（SHA-256');
    expect(existsSync(out)).toBe(false);
    const notTeachers = rotate('roster', plan, '-o', out, '--teachers', join(county, '学校.csv'));
    expect(notTeachers.status).toBe(2);
    expect(notTeachers.stderr).toContain('--teachers must be a teachers file');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('is still named as a roster when given among next year\'s inputs', () => {
    const r = rotate('validate', ...['学校.csv', '岗位.csv', '教师.csv'].map((f) => join(county, f)), join(dir, 'full', '交流人员花名册.csv'), '--set', 'plan.year=2027');
    expect(r.stderr).toContain('rotate roster 写出的交流人员花名册');
  }, 60_000);
});
