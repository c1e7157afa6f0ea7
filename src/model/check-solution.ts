import type { Lp } from './lp.js';

/** Absolute slack allowed on bounds and rows: counts are whole numbers, so this is generous. */
const TOL = 1e-6;

/** What is wrong with a solver's answer, in both languages; null when it solves the model. */
export type SolutionFault = { zh: string; en: string } | null;

/**
 * Checks a solver's column values against the model, trusting nothing the solver said: one
 * finite value per column, inside its bounds, whole where the column is integer, and every
 * row within its limits. Catches the known failures of LP libraries (NaN, absurd values with
 * a "feasible" status, all zeros after a time-out) before any teacher is named.
 */
export function checkSolution(lp: Lp, x: readonly number[]): SolutionFault {
  if (x.length !== lp.vars.length) {
    return { zh: `给出${x.length}个变量值，模型有${lp.vars.length}个变量`, en: `it gave ${x.length} values for ${lp.vars.length} columns` };
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i] ?? NaN;
    const col = lp.vars[i];
    if (!col) continue;
    if (!Number.isFinite(v)) return { zh: `变量 ${col.name} 的值为 ${v}`, en: `column ${col.name} is ${v}` };
    if (v < col.lb - TOL || v > col.ub + TOL) return { zh: `变量 ${col.name} = ${v} 超出范围 [${col.lb}, ${col.ub}]`, en: `column ${col.name} = ${v} is outside [${col.lb}, ${col.ub}]` };
    if (col.integer && Math.abs(v - Math.round(v)) > TOL) return { zh: `整数变量 ${col.name} = ${v} 不是整数`, en: `integer column ${col.name} = ${v} is not whole` };
  }
  for (const row of lp.rows) {
    let sum = 0;
    for (const [c, a] of row.coefs) sum += a * (x[c] ?? 0);
    const tol = TOL * Math.max(1, Math.abs(row.lo) < Infinity ? Math.abs(row.lo) : 0, Math.abs(row.hi) < Infinity ? Math.abs(row.hi) : 0);
    if (sum < row.lo - tol || sum > row.hi + tol) {
      return { zh: `约束 ${row.name}（${row.family}）= ${sum}，应在 [${row.lo}, ${row.hi}] 内`, en: `row ${row.name} (${row.family}) = ${sum}, not within [${row.lo}, ${row.hi}]` };
    }
  }
  return null;
}
