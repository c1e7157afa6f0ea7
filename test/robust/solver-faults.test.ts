/**
 * Solver faults, forced through the pipeline's solver seam: a time-out, an answer that is NaN or
 * garbage, a solver that throws, and a solver that quietly drops rules. Each is reported with
 * what was tried, writes nothing, and gets its own exit code; the tool never writes a plan that
 * breaks a hard rule.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanOutcome } from '../../src/pipeline/run-plan.js';
import { EXIT, exitCodeOf } from '../../src/cli/exit-codes.js';
import { solverFailureText } from '../../src/text/solver-failure.js';
import { jslpSolver, type ModelSolver } from '../../src/solve/choose-solver.js';
import type { SolveResult } from '../../src/solve/result.js';
import { planInProcess } from '../helpers/plan-run.js';
import { RULES } from '../../src/rules/registry.js';

const BASE = 'test/fixtures/adversarial/_base';
const INPUTS = ['base-schools.csv', 'base-teachers.csv', 'base-posts.csv'].map((f) => join(BASE, f));

const result = (status: SolveResult['status'], x: number[], method: string): SolveResult => ({ status, x, objective: 0, seconds: 60.2, solver: 'fake-lp', method });

/** Runs the base county with a solver stand-in; returns the outcome, its exit code and whether anything was written. */
async function withSolver(solver: ModelSolver, sets: Record<string, string> = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'rotate-fault-')), 'plan');
  const outcome = await planInProcess(INPUTS, out, { sets: Object.entries(sets).map(([key, value]) => ({ key, value, file: '--set' })) }, { solver });
  return { outcome, code: exitCodeOf(outcome.kind), written: existsSync(out) };
}

const failureText = (o: PlanOutcome) => (o.kind === 'solver-failed' ? solverFailureText(o.solve, o.timeLimit).join('\n') : '');

describe('solver faults', () => {
  it('a time-out: exit 4, nothing written, the limit and what was tried named, and how to give it more time', async () => {
    const r = await withSolver(() => result('timedout', [], 'relax-and-fix on 12 fractional columns found no whole solution'), { 'solver.time_limit': '60' });
    expect(r.outcome.kind).toBe('solver-failed');
    expect(r.code).toBe(EXIT.solverFailed);
    expect(r.written).toBe(false);
    expect(failureText(r.outcome).split('\n')).toEqual([
      '求解超时（上限 60 秒, 已用 60.2 秒）, 未找到可用方案, 未写入任何文件。已尝试: fake-lp: 松弛固定: 对 12 个非整数变量分支, 未找到整数解',
      '  可放宽时限再试: --time-limit 240（或 --set solver.time_limit=240）',
      'the solver ran out of time (limit 60 s, ran 60.2 s) without a usable plan; nothing was written. Tried: fake-lp: relax-and-fix on 12 fractional columns found no whole solution',
      '  try again with more time: --time-limit 240 (or --set solver.time_limit=240)',
    ]);
  });

  it('a numerically failed solve (NaN called optimal): exit 4, nothing written, the bad value named', async () => {
    const r = await withSolver((lp) => result('optimal', lp.vars.map(() => NaN), 'LP relaxation came out integral'));
    expect(r.code).toBe(EXIT.solverFailed);
    expect(r.written).toBe(false);
    expect(failureText(r.outcome)).toMatch(/^求解失败（失败, 用时 60.2 秒）, 未写入任何文件。已尝试: fake-lp: 线性规划松弛解即为整数解; 其结果（最优）不是模型的解: 变量 \S+ 的值为 NaN$/mu);
  });

  it('garbage called feasible (absurd values, all zeros, too few values): exit 4 and nothing written, every time', async () => {
    const garbage: ModelSolver[] = [
      (lp) => result('feasible', lp.vars.map((_, i) => (i * 7919) % 13), 'made up'),
      (lp) => result('feasible', lp.vars.map(() => 1e9), 'made up'),
      (lp) => result('optimal', lp.vars.map(() => 0.5), 'made up'),
      () => result('optimal', [1, 2, 3], 'made up'),
    ];
    for (const solver of garbage) {
      const r = await withSolver(solver);
      expect(r.outcome.kind).toBe('solver-failed');
      expect(r.code).toBe(EXIT.solverFailed);
      expect(r.written).toBe(false);
      expect(failureText(r.outcome)).toContain('is not a solution of the model');
    }
  });

  it('a solver that throws (a WebAssembly abort): exit 4 with its message, nothing written', async () => {
    const r = await withSolver(() => {
      throw new Error('RuntimeError: unreachable');
    });
    expect(r.code).toBe(EXIT.solverFailed);
    expect(r.written).toBe(false);
    expect(failureText(r.outcome)).toContain('the solver stopped with an error: RuntimeError: unreachable');
  });

  it('a solver that quietly drops the rules: its plan fails the independent verifier, exit 1, nothing written', async () => {
    const hard = new Set<string>(RULES.filter((r) => r.kind === 'hard').map((r) => r.name));
    const liar: ModelSolver = (lp, opts, now) => {
      // Loosen every hard rule's row of the model it was given (the answer then "solves" it), then
      // solve. (The rows that only define a term's columns stay: without them the objective has no floor.)
      for (const row of lp.rows) if (hard.has(row.family)) [row.lo, row.hi] = [-Infinity, Infinity];
      return jslpSolver(lp, opts, now);
    };
    const r = await withSolver(liar);
    expect(r.outcome.kind).toBe('unverified');
    expect(r.code).toBe(EXIT.internal);
    expect(r.written).toBe(false);
    if (r.outcome.kind === 'unverified') {
      expect(r.outcome.plan.checks.filter((c) => !c.held).map((c) => c.rule).length).toBeGreaterThan(0);
      expect(r.outcome.solve?.solver).toBe('javascript-lp-solver');
    }
  });

  it('the other codes: a plan written 0, bad input 2, rules that cannot all hold 3', async () => {
    expect((await withSolver(jslpSolver)).code).toBe(EXIT.ok);
    const infeasible = await withSolver(jslpSolver, { 'rules.max_backbone_outflow_share': '0' });
    expect(infeasible.outcome.kind).toBe('infeasible');
    expect(infeasible.code).toBe(EXIT.infeasible);
    expect(infeasible.written).toBe(false);
    const bad = await withSolver(jslpSolver, { 'rules.quota_share': 'lots' });
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.written).toBe(false);
    // 0 to 4, and 5 for the environment (read-only or full disk, output closed: test/robust/side-doors.test.ts).
    expect(new Set(Object.values(EXIT)).size).toBe(6);
  });

  it('an output path under a file is refused as bad input, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-fault-'));
    writeFileSync(join(dir, 'file.txt'), 'x');
    const outcome = await planInProcess(INPUTS, join(dir, 'file.txt', 'plan'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input') expect(outcome.issues[0]?.en).toContain('is a file, not a folder');
  });
});
