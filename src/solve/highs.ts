import * as highsModule from 'highs';
import type { Highs } from 'highs';
import type { Lp } from '../model/lp.js';
import type { SolveOptions, SolveResult } from './result.js';

// The package's types read as CommonJS under NodeNext; at run time the ESM build's default is the loader.
const highsLoader = (highsModule as unknown as { default: () => Promise<Highs> }).default;

let runtime: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly runtime once per process (it is reused by every solve). */
export function loadHighs(): Promise<Highs> {
  runtime ??= highsLoader();
  return runtime;
}

/**
 * Models up to this many columns (a county of about 1,000 teachers) get HiGHS's branch and cut on
 * the whole model after relax-and-fix: measured, the sample county's model (722 columns) is proven
 * optimal by it in about 1 s, while a 3,000-teacher county's (3,014 columns) took 12 s on a busy machine.
 */
export const FULL_MIP_COLUMNS = 1_500;

const isWhole = (v: number): boolean => Math.abs(v - Math.round(v)) <= 1e-6;

/**
 * Solves the model with HiGHS (WebAssembly), passing the matrix as structured arrays (row-wise),
 * never as LP text. Relax-and-fix: the LP relaxation first; if its integer columns came out whole,
 * that is the proven optimum (the LP bound equals it). Otherwise the whole columns are fixed and
 * HiGHS branches on the few fractional ones; if that fails, the full MIP is solved. The bound
 * reported is the LP relaxation's optimum.
 */
export function solveWithHighs(h: Highs, lp: Lp, opts: SolveOptions, now: () => number): SolveResult {
  const start = now();
  const done = (r: Omit<SolveResult, 'seconds' | 'solver'>): SolveResult => ({ ...r, seconds: (now() - start) / 1000, solver: 'highs' });
  if (lp.impossible.length > 0) return done({ status: 'infeasible', x: [], objective: NaN, method: `rows no plan can meet: ${lp.impossible.join(', ')}` });
  const left = (): number => Math.max(0.1, opts.timeLimit - (now() - start) / 1000);
  const relax = runHighs(h, lp, { integer: false, fixed: new Map(), timeLimit: left() });
  if (relax.kind !== 'solved') {
    if (relax.kind === 'infeasible') return done({ status: 'infeasible', x: [], objective: NaN, method: 'HiGHS proved the LP relaxation infeasible' });
    return done({ status: relax.kind === 'timedout' ? 'timedout' : 'failed', x: [], objective: NaN, method: `HiGHS LP relaxation: ${relax.detail}` });
  }
  const bound = relax.objective;
  const fractional = lp.vars.flatMap((v, i) => (v.integer && !isWhole(relax.x[i] ?? 0) ? [i] : []));
  if (fractional.length === 0) {
    const x = relax.x.map((v, i) => (lp.vars[i]?.integer ? Math.round(v) : v));
    return done({ status: 'optimal', x, objective: objectiveOf(lp, x), bound, method: 'HiGHS LP relaxation came out integral' });
  }
  const fixed = new Map<number, number>();
  const frac = new Set(fractional);
  lp.vars.forEach((v, i) => {
    if (v.integer && !frac.has(i)) fixed.set(i, Math.round(relax.x[i] ?? 0));
  });
  let mip = runHighs(h, lp, { integer: true, fixed, timeLimit: left() });
  let method = `HiGHS relax-and-fix: ${fractional.length} fractional columns branched on`;
  if (mip.kind !== 'solved') {
    mip = runHighs(h, lp, { integer: true, fixed: new Map(), timeLimit: left() });
    method = 'HiGHS branch and cut on the whole model';
  }
  if (mip.kind !== 'solved') {
    if (mip.kind === 'infeasible') return done({ status: 'infeasible', x: [], objective: NaN, method: 'HiGHS proved the model infeasible' });
    return done({ status: mip.kind === 'timedout' ? 'timedout' : 'failed', x: [], objective: NaN, bound, method: `${method}: ${mip.detail}` });
  }
  let x = mip.x.map((v, i) => (lp.vars[i]?.integer ? Math.round(v) : v));
  let objective = objectiveOf(lp, x);
  let proven = objective - bound <= 1e-6 * Math.max(1, Math.abs(objective));
  let stopped = mip.stopped;
  // Relax-and-fix ends about 0.5% above the bound; on a small county's model HiGHS's branch and
  // cut on the whole model closes the gap quickly, so it is asked for the proof while the time
  // allows, and its plan is taken when it is better.
  if (!proven && lp.vars.length <= FULL_MIP_COLUMNS) {
    const full = runHighs(h, lp, { integer: true, fixed: new Map(), timeLimit: left() });
    if (full.kind === 'solved' && !full.stopped) {
      const fx = full.x.map((v, i) => (lp.vars[i]?.integer ? Math.round(v) : v));
      const fo = objectiveOf(lp, fx);
      if (fo < objective - 1e-9) {
        x = fx;
        objective = fo;
        method = 'HiGHS branch and cut on the whole model (after relax-and-fix)';
      }
      proven = true;
      stopped = false;
    }
  }
  return done({ status: proven ? 'optimal' : 'feasible', x, objective, bound: proven ? Math.min(bound, objective) : bound, method: stopped ? `${method}; stopped at the time limit` : method });
}

/** The whole model as one MIP (branch and cut, no relax-and-fix): the reference the benchmark compares against. */
export function solveWithHighsExact(h: Highs, lp: Lp, opts: SolveOptions, now: () => number): SolveResult {
  const start = now();
  const r = runHighs(h, lp, { integer: true, fixed: new Map(), timeLimit: opts.timeLimit });
  const seconds = (now() - start) / 1000;
  if (r.kind !== 'solved') return { status: r.kind === 'infeasible' ? 'infeasible' : r.kind === 'timedout' ? 'timedout' : 'failed', x: [], objective: NaN, seconds, solver: 'highs', method: `HiGHS branch and cut: ${r.detail}` };
  return { status: r.stopped ? 'feasible' : 'optimal', x: r.x, objective: r.objective, seconds, solver: 'highs', method: 'HiGHS branch and cut on the whole model' };
}

const objectiveOf = (lp: Lp, x: readonly number[]): number => lp.vars.reduce((a, v, i) => a + v.cost * (x[i] ?? 0), 0);

type Run = { kind: 'solved'; x: number[]; objective: number; stopped: boolean } | { kind: 'infeasible' | 'timedout' | 'failed'; detail: string };

const matrices = new WeakMap<Lp, { starts: number[]; indices: number[]; values: number[] }>();

/** The model's rows as a compressed sparse row matrix, built once per model (relax-and-fix runs HiGHS up to three times). */
function rowMatrix(lp: Lp): { starts: number[]; indices: number[]; values: number[] } {
  const known = matrices.get(lp);
  if (known) return known;
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of lp.rows) {
    for (const [c, a] of r.coefs) {
      indices.push(c);
      values.push(a);
    }
    starts.push(indices.length);
  }
  const made = { starts, indices, values };
  matrices.set(lp, made);
  return made;
}

/** One HiGHS run on the model, as LP or MIP, with some integer columns fixed. */
function runHighs(h: Highs, lp: Lp, o: { integer: boolean; fixed: ReadonlyMap<number, number>; timeLimit: number }): Run {
  const inf = h.infinity;
  const fin = (v: number): number => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  const { starts, indices, values } = rowMatrix(lp);
  return h.withModel((m): Run => {
    m.passModel({
      numCols: lp.vars.length,
      numRows: lp.rows.length,
      colCost: lp.vars.map((v) => v.cost),
      colLower: lp.vars.map((v, i) => fin(o.fixed.get(i) ?? v.lb)),
      colUpper: lp.vars.map((v, i) => fin(o.fixed.get(i) ?? v.ub)),
      rowLower: lp.rows.map((r) => fin(r.lo)),
      rowUpper: lp.rows.map((r) => fin(r.hi)),
      matrix: { format: 'csr', numRows: lp.rows.length, numCols: lp.vars.length, starts, indices, values },
      integrality: lp.vars.map((v) => (o.integer && v.integer ? 1 : 0)),
    });
    m.options.set({ output_flag: false, time_limit: o.timeLimit, mip_rel_gap: 1e-6, random_seed: 1 });
    const status = m.run().modelStatus;
    const codes = h.constants.modelStatus;
    const hasSolution = Number(m.info.get('primal_solution_status')) === 2;
    const x = hasSolution ? Array.from(m.getSolution().colValue) : [];
    if (status === codes.optimal && hasSolution) return { kind: 'solved', x, objective: objectiveOf(lp, x), stopped: false };
    if (status === codes.infeasible) return { kind: 'infeasible', detail: 'infeasible' };
    if (status === codes.timeLimit && hasSolution && o.integer) return { kind: 'solved', x, objective: objectiveOf(lp, x), stopped: true };
    if (status === codes.timeLimit) return { kind: 'timedout', detail: 'no solution within the time limit' };
    return { kind: 'failed', detail: `model status ${status}` };
  });
}
