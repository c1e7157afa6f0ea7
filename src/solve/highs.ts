import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import * as highsModule from 'highs';
import type { Highs } from 'highs';
import type { Lp } from '../model/lp.js';
import { packLp, type PackedLp } from './packed-lp.js';
import { solveWithoutRows } from './no-rows.js';
import type { SolveOptions, SolveResult } from './result.js';

// The package's types read as CommonJS under NodeNext; at run time the ESM build's default is the loader.
const highsLoader = (highsModule as unknown as { default: () => Promise<Highs> }).default;

let runtime: Promise<Highs> | undefined;

/**
 * How many background tasks V8 may run at once to optimise HiGHS's WebAssembly: one core is left
 * to the solve. V8 compiles HiGHS function by function as a solve first calls them, then optimises
 * the hot ones in background tasks while the solve goes on. By default it runs as many at once as
 * its thread pool holds (four in Node), and on this 2-core machine they took the core the solve
 * runs on. One at a time, whole processes interleaved, generated counties: 300 teachers 2.3–3.1 s
 * → 1.4–1.7 s (the solve 1.1–1.4 → 0.55–0.8 s); 3,000 teachers 4.2–4.8 → 3.4–3.8 s (solve 1.8–2.2 →
 * 1.2–1.3 s); 12,000 teachers, medians of five, 7.3 → 7.0 s (solve 3.2 → 3.0 s). The plans are the
 * same: which tier runs a function does not change what WebAssembly computes.
 */
export function compileTasks(cores: number = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** V8's flag for that count (a flag V8 does not know would print an error line on every run: a test checks it). */
export const COMPILE_TASKS_FLAG = '--wasm-num-compilation-tasks';

/** Loads the HiGHS WebAssembly runtime once per process (it is reused by every solve). */
export function loadHighs(): Promise<Highs> {
  if (!runtime) {
    // Read when V8 makes its compile jobs, so set before HiGHS is first compiled.
    setFlagsFromString(`${COMPILE_TASKS_FLAG}=${compileTasks()}`);
    runtime = highsLoader();
  }
  return runtime;
}

/**
 * Models with up to this many integer columns (a county of about 1,000 teachers) get HiGHS's branch
 * and cut on the whole model to a proof after relax-and-fix: measured, the sample county's model
 * (604 integer columns) is proven optimal by it in about 1 s, while a 3,000-teacher county's (3,107)
 * took 12 s on a busy machine. Integer columns, not all columns: the continuous ones (shortage,
 * the indicators' curves) add little to the search.
 */
export const FULL_MIP_INTEGER_COLUMNS = 1_000;

/**
 * Larger models get branch and cut on the whole model, started from the relax-and-fix plan, until
 * the plan is within this share of the bound (0.1%): relax-and-fix alone ends about 0.3–0.5% above
 * the LP bound, while the bound is within 0.001% of the optimum (SOLVERS.md).
 */
export const TARGET_GAP = 0.001;

/**
 * That search stops after this many branch-and-bound nodes, a budget counted in work, not seconds,
 * so that the plan does not depend on how busy the machine is (HiGHS is deterministic for a seed);
 * the time limit still applies.
 */
export const CLOSE_NODES = 200;

/**
 * HiGHS's dual simplex prices row-wise throughout (1), not its default (3, which switches between
 * row-wise and column-wise by density): on our models the pivots are the same (the same number of
 * iterations, the same optimum) and each is cheaper. Measured with native HiGHS on the LP
 * relaxation of the bench counties' models: 12,000 teachers 1.34 → 0.97 s, 80,000 teachers
 * 54.5 → 46.7 s (73,960 iterations either way).
 */
export const PRICE_STRATEGY = 1;

/**
 * Models with at least this many rows get their LP relaxation from HiGHS's interior point method
 * (with crossover to a vertex, which relax-and-fix needs), not the dual simplex. Measured on the
 * bench counties' models, LP relaxation alone (native HiGHS; HiGHS WebAssembly, LP text read included):
 * - 12,000 teachers (7,694 rows): simplex 0.97 s, interior point 1.02 s; WebAssembly 1.6–1.8 s either way;
 * - 30,000 teachers (18,101 rows): simplex 6.4 s, interior point 3.9 s; WebAssembly 8.8 s, 5.7–6.3 s;
 * - 80,000 teachers (29,736 rows): simplex 46.7 s, interior point 14.6 s; WebAssembly interior point 18.3 s.
 * The simplex takes about as many iterations as rows × 2.5 and each costs more as the model grows;
 * the interior point method takes some 40 iterations at every size.
 */
export const INTERIOR_ROWS = 12_000;

/**
 * Models of at least this many rows that the simplex solves (below {@link INTERIOR_ROWS}) are scaled
 * by HiGHS's max-value scaling (`simplex_scale_strategy` 4), not its default equilibration (2). The
 * model's coefficients span about 2·10⁻⁶ to 1 (the 优质均衡 curves' shares of students beside the
 * moves' ones), and on the larger models the simplex then takes fewer pivots. Measured on the
 * generated counties' LP relaxations (iterations, the same with native HiGHS and WebAssembly),
 * equilibration against max value:
 * - 12,000 teachers, three seeds (7,694–7,778 rows): 11,731 / 11,399 / 12,401 → 9,253 / 9,970 /
 *   10,814; rotate's solve stage (WebAssembly, medians of three) 4.89 → 3.11 s on the first;
 * - 18,000 teachers (11,352 rows): 17,737 → 13,854; the LP relaxation in WebAssembly 6.3–6.9 s →
 *   4.5–5.3 s (two runs each);
 * - 6,000 teachers (4,131 rows): 6,153 → 5,783; 3,000 teachers (2,566 rows): 3,173 → 2,764 and
 *   3,264 → 3,421; 1,500 teachers: 1,592 → 1,674; the sample county: 728 → 742;
 * - 80,000 teachers (interior point method, then crossover): no faster (native 21.7 / 24.0 s
 *   against 22.8 / 25.6 s).
 * So it is taken only where it measurably pays; smaller models keep HiGHS's default.
 */
export const MAX_VALUE_SCALING_ROWS = 5_000;

/** HiGHS's simplex scaling for a model: max value (4) from {@link MAX_VALUE_SCALING_ROWS} rows up to {@link INTERIOR_ROWS}; undefined (HiGHS's default) otherwise. */
export function simplexScaling(numRows: number): 4 | undefined {
  return numRows >= MAX_VALUE_SCALING_ROWS && numRows < INTERIOR_ROWS ? 4 : undefined;
}

const isWhole = (v: number): boolean => Math.abs(v - Math.round(v)) <= 1e-6;

/**
 * Solves the model with HiGHS (WebAssembly); see {@link solvePackedWithHighs}.
 */
export function solveWithHighs(h: Highs, lp: Lp, opts: SolveOptions, now: () => number): SolveResult {
  return solvePackedWithHighs(h, packLp(lp), opts, now);
}

/**
 * Solves a packed model with HiGHS, passing the matrix as typed arrays (row-wise), never as LP
 * text. Relax-and-fix: the LP relaxation first; if its integer columns came out whole, that is
 * the proven optimum. Otherwise the whole columns are fixed and HiGHS branches on the few
 * fractional ones (if that fails, on the whole model). Then, unless that plan is already proven,
 * branch and cut on the whole model starts from it: to a proof on small models, to within
 * {@link TARGET_GAP} of the bound on larger ones, within a budget; its plan is taken when better.
 * The bound reported is the best known: the LP relaxation's or branch and cut's dual bound.
 */
export function solvePackedWithHighs(h: Highs, lp: PackedLp, opts: SolveOptions, now: () => number): SolveResult {
  const start = now();
  const done = (r: Omit<SolveResult, 'seconds' | 'solver'>): SolveResult => ({ ...r, seconds: (now() - start) / 1000, solver: 'highs' });
  if (lp.impossible.length > 0) return done({ status: 'infeasible', x: [], objective: NaN, method: `rows no plan can meet: ${lp.impossible.join(', ')}` });
  const left = (): number => Math.max(0.1, opts.timeLimit - (now() - start) / 1000);
  const relax = runHighs(h, lp, { integer: false, timeLimit: left(), interior: lp.numRows >= INTERIOR_ROWS });
  if (relax.kind !== 'solved') {
    if (relax.kind === 'infeasible') return done({ status: 'infeasible', x: [], objective: NaN, method: 'HiGHS proved the LP relaxation infeasible' });
    return done({ status: relax.kind === 'timedout' ? 'timedout' : 'failed', x: [], objective: NaN, method: `HiGHS LP relaxation: ${relax.detail}` });
  }
  let bound = relax.objective;
  const fractional: number[] = [];
  for (let i = 0; i < lp.numCols; i++) if (lp.integer[i] && !isWhole(relax.x[i] ?? 0)) fractional.push(i);
  if (fractional.length === 0) {
    const x = whole(lp, relax.x);
    return done({ status: 'optimal', x, objective: objectiveOf(lp, x), bound, method: 'HiGHS LP relaxation came out integral' });
  }
  let mip = runHighs(h, lp, { integer: true, fixed: fixedOutside(lp, new Set(fractional), relax.x), timeLimit: left() });
  let method = `HiGHS relax-and-fix: ${fractional.length} fractional columns branched on`;
  // With every whole column fixed, the fractional ones may have no whole values that keep their
  // rows (a row 2f + w = 3 at f = 1.5, w = 0). Their neighbours are freed with them before the
  // whole model is searched: a 12,000-teacher county of the generator before sections (98
  // fractional columns) was planned so in 0.8 s, where branch and cut on the whole model took 6–7 s.
  let aroundFreed = false;
  if (mip.kind === 'infeasible') {
    const free = neighbourhood(lp, fractional);
    mip = runHighs(h, lp, { integer: true, fixed: fixedOutside(lp, free, relax.x), timeLimit: left() });
    method = `HiGHS relax-and-fix: ${fractional.length} fractional columns and the ${free.size - fractional.length} columns around them branched on`;
    aroundFreed = true;
  }
  if (mip.kind !== 'solved') {
    mip = runHighs(h, lp, { integer: true, timeLimit: left() });
    method = 'HiGHS branch and cut on the whole model';
  }
  if (mip.kind !== 'solved') {
    if (mip.kind === 'infeasible') return done({ status: 'infeasible', x: [], objective: NaN, method: 'HiGHS proved the model infeasible' });
    return done({ status: mip.kind === 'timedout' ? 'timedout' : 'failed', x: [], objective: NaN, bound, method: `${method}: ${mip.detail}` });
  }
  let x = whole(lp, mip.x);
  let objective = objectiveOf(lp, x);
  // Relative to the whole objective, constants included, as summary.json states the gap.
  const proven = (): boolean => objective - bound <= 1e-6 * Math.max(1, Math.abs(objective + lp.offset));
  const near = (): boolean => objective - bound <= TARGET_GAP * Math.max(1, Math.abs(objective + lp.offset));
  // The target as HiGHS's mip_rel_gap: HiGHS measures its gap against the objective without the constants, so the target is scaled to match.
  const targetGap = (): number => (TARGET_GAP * Math.max(1, Math.abs(objective + lp.offset))) / Math.max(1, Math.abs(objective));
  let stopped = mip.stopped;
  const small = integerColumns(lp) <= FULL_MIP_INTEGER_COLUMNS;
  if (!near() && !small && !aroundFreed) {
    // Relax-and-fix fixed every whole column, also those next to the fractional ones that a better
    // plan would change; freeing the columns of the fractional ones' rows, starting from its plan,
    // closes most of the gap at a fraction of a full branch and cut (12,000 teachers: 0.4% → 0).
    // It stops within 0.1% of its own bound: searched to a proof, the neighbourhood of a
    // 1,500-teacher county (567 columns) took 5.0–5.5 s of a 6.7 s solve and the plan ended 0.046%
    // above the bound; so stopped, 0.3 s, and 0.049% after the branch and cut below.
    const free = neighbourhood(lp, fractional);
    const nb = runHighs(h, lp, { integer: true, fixed: fixedOutside(lp, free, x), timeLimit: left(), gap: targetGap(), start: x, nodes: CLOSE_NODES });
    if (nb.kind === 'solved') {
      const nx = whole(lp, nb.x);
      const no = objectiveOf(lp, nx);
      if (no < objective - 1e-9) {
        x = nx;
        objective = no;
        method += `; then ${free.size} columns around them`;
      }
    }
  }
  if (!proven() && small) {
    // Small models: branch and cut on the whole model, from scratch, for the proof while the time
    // allows (a start would change which of equal optima is found); its plan is taken when better.
    const full = runHighs(h, lp, { integer: true, timeLimit: left() });
    if (full.kind === 'solved' && !full.stopped) {
      const fx = whole(lp, full.x);
      const fo = objectiveOf(lp, fx);
      if (fo < objective - 1e-9) {
        x = fx;
        objective = fo;
        method = 'HiGHS branch and cut on the whole model (after relax-and-fix)';
      }
      bound = objective;
      stopped = false;
    }
  } else if (!near()) {
    // Larger ones: branch and cut on the whole model from the plan so far, to 0.1% of the bound, within a node budget.
    const full = runHighs(h, lp, { integer: true, timeLimit: left(), gap: targetGap(), start: x, nodes: CLOSE_NODES });
    if (full.kind === 'solved') {
      const fx = whole(lp, full.x);
      const fo = objectiveOf(lp, fx);
      if (fo < objective - 1e-9) {
        x = fx;
        objective = fo;
      }
      if (full.dualBound !== undefined && full.dualBound > bound) bound = Math.min(full.dualBound, objective);
      method += `; then branch and cut on the whole model from that plan, to ${(100 * Math.max(0, objective - bound) / Math.max(1, Math.abs(objective + lp.offset))).toFixed(3)}% of the bound`;
    }
  }
  return done({ status: proven() ? 'optimal' : 'feasible', x, objective, bound: Math.min(bound, objective), method: stopped ? `${method}; stopped at the time limit` : method });
}

/** The integer columns not in `free`, each fixed at its value in `x` rounded to whole. */
function fixedOutside(lp: PackedLp, free: ReadonlySet<number>, x: readonly number[]): Map<number, number> {
  const fixed = new Map<number, number>();
  for (let i = 0; i < lp.numCols; i++) if (lp.integer[i] && !free.has(i)) fixed.set(i, Math.round(x[i] ?? 0));
  return fixed;
}

/** Rows longer than this (the county-wide quota and share rows) do not make their columns neighbours. */
const NEIGHBOUR_ROW_LIMIT = 60;

/** The integer columns of the fractional ones' rows (rows of at most {@link NEIGHBOUR_ROW_LIMIT} entries), the fractional ones included. */
function neighbourhood(lp: PackedLp, fractional: readonly number[]): Set<number> {
  const frac = new Set(fractional);
  const free = new Set(fractional);
  for (let r = 0; r < lp.numRows; r++) {
    const a = lp.starts[r]!;
    const b = lp.starts[r + 1]!;
    if (b - a > NEIGHBOUR_ROW_LIMIT) continue;
    let touches = false;
    for (let k = a; k < b && !touches; k++) touches = frac.has(lp.indices[k]!);
    if (!touches) continue;
    for (let k = a; k < b; k++) if (lp.integer[lp.indices[k]!]) free.add(lp.indices[k]!);
  }
  return free;
}

/** The whole model as one MIP (branch and cut, no relax-and-fix): the reference the benchmark compares against. */
export function solveWithHighsExact(h: Highs, model: Lp, opts: SolveOptions, now: () => number): SolveResult {
  const start = now();
  const lp = packLp(model);
  const r = runHighs(h, lp, { integer: true, timeLimit: opts.timeLimit });
  const seconds = (now() - start) / 1000;
  if (r.kind !== 'solved') return { status: r.kind === 'infeasible' ? 'infeasible' : r.kind === 'timedout' ? 'timedout' : 'failed', x: [], objective: NaN, seconds, solver: 'highs', method: `HiGHS branch and cut: ${r.detail}` };
  return { status: r.stopped ? 'feasible' : 'optimal', x: r.x, objective: r.objective, seconds, solver: 'highs', method: 'HiGHS branch and cut on the whole model' };
}

const integerColumns = (lp: PackedLp): number => {
  let n = 0;
  for (let i = 0; i < lp.numCols; i++) if (lp.integer[i]) n++;
  return n;
};

const objectiveOf = (lp: PackedLp, x: readonly number[]): number => {
  let a = 0;
  for (let i = 0; i < lp.numCols; i++) a += lp.cost[i]! * (x[i] ?? 0);
  return a;
};

const whole = (lp: PackedLp, x: readonly number[]): number[] => x.map((v, i) => (lp.integer[i] ? Math.round(v) : v));

type Run = { kind: 'solved'; x: number[]; objective: number; stopped: boolean; dualBound?: number } | { kind: 'infeasible' | 'timedout' | 'failed'; detail: string };

/** Bounds with ±Infinity written as HiGHS's infinity, made once per array and HiGHS build (each run of relax-and-fix passes the same bounds again: 126,691 columns in the 80,000-teacher city's model). */
const finiteBounds = new WeakMap<Float64Array, { inf: number; bounds: Float64Array }>();

function finite(a: Float64Array, inf: number): Float64Array {
  const known = finiteBounds.get(a);
  if (known?.inf === inf) return known.bounds;
  const bounds = a.some((v) => !Number.isFinite(v)) ? a.map((v) => (v === Infinity ? inf : v === -Infinity ? -inf : v)) : a;
  finiteBounds.set(a, { inf, bounds });
  return bounds;
}

/** One HiGHS run on the model, as LP (by the simplex or, `interior`, the interior point method) or MIP, with some integer columns fixed, optionally from a known plan and to a gap. */
function runHighs(h: Highs, lp: PackedLp, o: { integer: boolean; fixed?: ReadonlyMap<number, number>; timeLimit: number; gap?: number; start?: readonly number[]; nodes?: number; interior?: boolean }): Run {
  // HiGHS answers a model without rows as empty (model status 6), with no solution: solved here.
  if (lp.numRows === 0) {
    const x = solveWithoutRows(lp, o.fixed);
    return x ? { kind: 'solved', x, objective: objectiveOf(lp, x), stopped: false } : { kind: 'failed', detail: 'unbounded' };
  }
  const fin = (a: Float64Array): Float64Array => finite(a, h.infinity);
  let lower = fin(lp.lower);
  let upper = fin(lp.upper);
  if (o.fixed && o.fixed.size > 0) {
    lower = lower.slice();
    upper = upper.slice();
    for (const [i, v] of o.fixed) {
      lower[i] = v;
      upper[i] = v;
    }
  }
  const integrality = new Int32Array(lp.numCols);
  if (o.integer) integrality.set(lp.integer);
  // With columns fixed, the search is over a few fractional ones and their neighbours: HiGHS's
  // symmetry detection over the whole model finds nothing to use there. Measured on the
  // 12,000-teacher county's relax-and-fix (each the process's first MIP, three runs):
  // 0.45–0.55 → 0.39–0.41 s, the same plan; the same plans on 36 generated counties of 500 to 12,000 teachers.
  const symmetry: Record<string, boolean> = o.fixed && o.fixed.size > 0 ? { mip_detect_symmetry: false } : {};
  return h.withModel((m): Run => {
    m.passModel({
      numCols: lp.numCols,
      numRows: lp.numRows,
      colCost: lp.cost,
      colLower: lower,
      colUpper: upper,
      rowLower: fin(lp.rowLower),
      rowUpper: fin(lp.rowUpper),
      matrix: { format: 'csr', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
      integrality,
    });
    const scale = simplexScaling(lp.numRows);
    m.options.set({ output_flag: false, time_limit: o.timeLimit, mip_rel_gap: o.gap ?? 1e-6, random_seed: 1, simplex_price_strategy: PRICE_STRATEGY, ...(scale !== undefined ? { simplex_scale_strategy: scale } : {}), ...(o.interior ? { solver: 'ipm' } : {}), ...(o.nodes !== undefined ? { mip_max_nodes: o.nodes } : {}), ...symmetry });
    if (o.start) m.setSolution({ colValue: Float64Array.from(o.start) });
    const status = m.run().modelStatus;
    const codes = h.constants.modelStatus;
    const hasSolution = Number(m.info.get('primal_solution_status')) === 2;
    const x = hasSolution ? Array.from(m.getSolution().colValue) : [];
    const dualBound = o.integer ? Number(m.info.get('mip_dual_bound')) : undefined;
    const bound = dualBound !== undefined && Number.isFinite(dualBound) ? { dualBound } : {};
    if (status === codes.optimal && hasSolution) return { kind: 'solved', x, objective: objectiveOf(lp, x), stopped: false, ...bound };
    if (status === codes.infeasible) return { kind: 'infeasible', detail: 'infeasible' };
    // A node budget ends as solutionLimit (HiGHS's status for its work limits).
    const limited = status === codes.timeLimit || status === codes.solutionLimit || status === codes.iterationLimit;
    if (limited && hasSolution && o.integer) return { kind: 'solved', x, objective: objectiveOf(lp, x), stopped: true, ...bound };
    if (status === codes.timeLimit) return { kind: 'timedout', detail: 'no solution within the time limit' };
    return { kind: 'failed', detail: `model status ${status}` };
  });
}
