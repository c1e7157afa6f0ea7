import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/cli/sweep-command.js';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';

const DATA = join(import.meta.dirname, '../../data');
const inputs = (): string[] => readdirSync(DATA).sort().map((f) => join(DATA, f));

/** The sample county planned without locks, in a folder of its own (`dir/free`). */
async function planFree() {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-unlocked-first-'));
  const free = await planInProcess(inputs(), join(dir, 'free'));
  if (free.kind !== 'written') throw new Error(free.kind);
  return { dir, report: free.report };
}

/** The sample county planned (`planFree`), then with a locks file of these rows (工号,操作,学校代码); the two assignments.csv tables and the lock report. */
async function withLocks(dir: string, rows: string[]) {
  writeFileSync(join(dir, 'locks.csv'), `\uFEFF工号,操作,学校代码\n${rows.join('\n')}\n`);
  const locked = await planInProcess([...inputs(), join(dir, 'locks.csv')], join(dir, 'locked'));
  if (locked.kind !== 'written') throw new Error(locked.kind);
  const moves = (d: string) => readPlanCsv(join(dir, d, 'assignments.csv')).rows.map((r) => `${r['工号']}>${r['交流学校代码']}`).sort();
  return { free: moves('free'), locked: moves('locked'), report: locked.report.locks, lockedDir: join(dir, 'locked') };
}

describe('locks without a baseline: the county is planned without them first', () => {
  it('a lock the plan without locks keeps already changes nothing: the same moves, the lock marked', async () => {
    const { dir, report } = await planFree();
    const mover = report.plan.moves[0];
    const stayer = readPlanCsv(join(dir, 'free', 'teachers.csv')).rows.find((t) => t['状态'] === '留任')?.['工号'];
    if (!mover || !stayer) throw new Error('the sample has movers and stayers');
    // A stay lock on a teacher who stays, a move lock where the plan sends one, a forbid lock on a school it does not send him or her to.
    const other = mover.to.id === '341122030' ? '341122029' : '341122030';
    const r = await withLocks(dir, [`${stayer},留任,`, `${mover.teacher.id},调往,${mover.to.id}`, `${mover.teacher.id},禁止,${other}`]);
    expect(r.locked).toEqual(r.free);
    expect(r.report.against).toMatchObject({ reference: 'unlocked', kept: r.free.length, added: 0, removed: 0, changed: 0, unlinked: 0 });
    const row = readPlanCsv(join(r.lockedDir, 'assignments.csv')).rows.find((x) => x['工号'] === mover.teacher.id);
    expect(row?.['理由']).toContain('人工锁定');
  }, 60_000);

  it('a lock that binds is measured against the plan a run without the locks writes', async () => {
    const { dir, report } = await planFree();
    const mover = report.plan.moves.find((m) => !m.twoWay && !m.leader);
    if (!mover) throw new Error('the sample has movers');
    const r = await withLocks(dir, [`${mover.teacher.id},留任,`]);
    expect(r.locked).not.toContain(`${mover.teacher.id}>${mover.to.id}`);
    const against = r.report.against;
    expect(against?.reference).toBe('unlocked');
    // Every difference between the two written plans is in the report, and nothing else.
    const a = new Set(r.free);
    const b = new Set(r.locked);
    const differing = new Set([...r.free.filter((x) => !b.has(x)), ...r.locked.filter((x) => !a.has(x))].map((x) => x.split('>')[0]));
    expect(new Set(against?.effects.map((e) => e.teacher_id))).toEqual(differing);
    expect(against?.effects.find((e) => e.teacher_id === mover.teacher.id)?.change).toBe('removed');
    expect(readFileSync(join(r.lockedDir, 'summary.json'), 'utf8')).toContain('"reference": "unlocked"');
  }, 60_000);

  it('a lock that binds moves what it must: the plan without the locks is the locked plan\'s baseline, so the rest stays', async () => {
    const { dir, report } = await planFree();
    const movers = report.plan.moves.filter((m) => !m.twoWay && !m.leader);
    const [first, second] = movers;
    if (!first || !second) throw new Error('the sample has movers');
    // Two teachers kept at home, and a third barred from where the plan sends him or her.
    const third = movers.find((m) => m.to.id !== first.to.id && m.to.id !== second.to.id && m.from.id !== first.from.id);
    if (!third) throw new Error('the sample has movers to other schools');
    const r = await withLocks(dir, [`${first.teacher.id},留任,`, `${second.teacher.id},留任,`, `${third.teacher.id},禁止,${third.to.id}`]);
    const against = r.report.against;
    // Without that baseline the locked model's solve took another of several equally good plans: these three locks kept 41 of the sample's 107 moves (measured before the change).
    expect(against?.kept).toBeGreaterThanOrEqual(r.free.length - 10);
    expect((against?.changed ?? 0) + (against?.added ?? 0) + (against?.removed ?? 0)).toBeLessThanOrEqual(10);
    expect(JSON.parse(readFileSync(join(r.lockedDir, 'summary.json'), 'utf8')).objective.terms.baseline).toBeGreaterThan(0);
  }, 60_000);

  it('sweep plans each point as rotate plan does: with binding locks, its row is the locked plan\'s', async () => {
    const { dir, report } = await planFree();
    const [first, second] = report.plan.moves.filter((m) => !m.twoWay && !m.leader);
    if (!first || !second) throw new Error('the sample has movers');
    const r = await withLocks(dir, [`${first.teacher.id},留任,`, `${second.teacher.id},禁止,${second.to.id}`]);
    expect(r.report.against?.reference).toBe('unlocked');
    const swept = await runSweep({ inputs: [...inputs(), join(dir, 'locks.csv')], sets: [{ key: 'weights.moves', value: '1,2', file: '--set' }] }, () => 0, YEAR, 'sweep-test', () => undefined);
    if (swept.kind !== 'swept') throw new Error(swept.kind);
    const row = swept.rows.find((x) => x.point['weights.moves'] === '1');
    const summary = JSON.parse(readFileSync(join(r.lockedDir, 'summary.json'), 'utf8')) as { counts: { moved: number }; shortage: { rural_weak_after: number }; objective: { terms_total: number } };
    // Solving the locked model directly, as sweep did, gave another plan: here an objective of 2960.49 against the plan's 2980.89; with the README's locks (000062 留任, 000047 禁止 341122027), 108 moves and 26 rural or weak vacancies against 107 and 27.
    expect(row?.moves).toBe(r.locked.length);
    expect(row?.moves).toBe(summary.counts.moved);
    expect(row?.ruralWeakShortage).toBe(summary.shortage.rural_weak_after);
    expect(row?.termsTotal).toBeCloseTo(summary.objective.terms_total, 6);
  }, 90_000);
});
