import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanCsv } from '../helpers/plan-run.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin/rotate.js');
const rotate = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** A CSV as a clerk's script writes it: UTF-8 with BOM, CRLF, every cell quoted. */
const csvText = (header: readonly string[], rows: readonly Record<string, string>[]): string =>
  `\uFEFF${[header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((cells) => cells.map((c) => `"${c.replace(/"/gu, '""')}"`).join(',')).join('\r\n')}\r\n`;

/**
 * The end of the yearly cycle: the final plan's roster (交流人员花名册) is reported, and next year's
 * teachers file is this year's with each exchange in progress written from the roster's own columns,
 * as its README section says (学校代码 ← 交流单位代码, 交流原学校代码 ← 原单位代码, 交流结束年月 ←
 * 结束年月, 任教学段 ← 交流任教学段). Next year's plan must read it: those on exchange are not rotated
 * again, and those whose term ends by the cut-off date go home.
 */
describe('next year reads this year\'s roster back as exchanges in progress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-next-year-'));
  const county = join(dir, '2027');
  let roster: Record<string, string>[] = [];
  beforeAll(() => {
    const p = rotate('plan', ...['学校.csv', '岗位.csv', '教师.csv'].map((f) => join(ROOT, 'data', f)), '-o', join(dir, 'plan'), '-q', '--set', 'plan.year=2026');
    if (p.status !== 0) throw new Error(p.stderr);
    const r = rotate('roster', join(dir, 'plan'), '-o', join(dir, 'roster'));
    if (r.status !== 0) throw new Error(r.stderr);
    roster = readPlanCsv(join(dir, 'roster', '交流人员花名册.csv')).rows;
  }, 120_000);

  it('gives every exchange its schools\' codes, the section taught there, the subject, backbone level and direction', () => {
    const moves = new Map(readPlanCsv(join(dir, 'plan', 'assignments.csv')).rows.map((m) => [m['工号'], m]));
    expect(roster.length).toBe(moves.size);
    for (const x of roster) {
      const m = moves.get(x['工号'] ?? '');
      expect([x['原单位代码'], x['交流单位代码'], x['任教学科'], x['交流任教学段'], x['骨干等级'], x['交流方向']], x['工号']).toEqual([
        m?.['原学校代码'],
        m?.['交流学校代码'],
        m?.['任教学科'],
        m?.['交流任教学段'],
        m?.['骨干等级'],
        m?.['交流方向'],
      ]);
    }
  });

  it('plans next year from teachers updated with the roster: no one on exchange moves again, ended terms go home', () => {
    mkdirSync(county);
    for (const f of ['学校.csv', '岗位.csv']) copyFileSync(join(ROOT, 'data', f), join(county, f));
    const text = readFileSync(join(ROOT, 'data', '教师.csv'), 'utf8').replace(/^\uFEFF/u, '');
    const [header = [], ...body] = parse(text) as string[][];
    const teachers = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
    const byId = new Map(roster.map((x) => [x['工号'], x]));
    for (const t of teachers) {
      const x = byId.get(t['工号'] ?? '');
      if (!x) continue;
      Object.assign(t, { 学校代码: x['交流单位代码'], 交流原学校代码: x['原单位代码'], 交流结束年月: x['结束年月'], 任教学段: x['交流任教学段'] });
    }
    writeFileSync(join(county, '教师.csv'), csvText(header, teachers));
    const plan = join(dir, 'plan2027');
    const r = rotate('plan', ...['学校.csv', '岗位.csv', '教师.csv'].map((f) => join(county, f)), '-o', plan, '-q', '--set', 'plan.year=2027');
    expect(r.status, r.stderr).toBe(0);
    const status = new Map(readPlanCsv(join(plan, 'teachers.csv')).rows.map((t) => [t['工号'], t]));
    for (const x of roster) {
      const t = status.get(x['工号'] ?? '');
      expect(t?.['状态'], x['工号']).toBe('不符合条件');
      expect(t?.['理由'], x['工号']).toContain('正在交流中');
    }
    const moved = new Set(readPlanCsv(join(plan, 'assignments.csv')).rows.map((m) => m['工号']));
    expect(roster.filter((x) => moved.has(x['工号']))).toEqual([]);
    // The sample's exchanges ending 2027-07 end by 2027-08-31: those teachers go home.
    const ending = teachers.filter((t) => t['交流结束年月'] === '2027-07').map((t) => t['工号']);
    expect(ending.length).toBeGreaterThan(0);
    for (const id of ending) expect(status.get(id)?.['状态'], id).toBe('返回原校');
  }, 120_000);

  it('names the roster as what it is when given among next year\'s inputs, with what to write in the teachers file', () => {
    const r = rotate('validate', ...['学校.csv', '岗位.csv', '教师.csv'].map((f) => join(ROOT, 'data', f)), join(dir, 'roster', '交流人员花名册.csv'), '--set', 'plan.year=2027');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rotate roster 写出的交流人员花名册');
    expect(r.stderr).toContain('学校代码 填交流单位代码');
  }, 60_000);
});
