import type { Lp } from '../model/lp.js';
import { packLp, type PackedLp } from './packed-lp.js';

/** Absolute slack allowed on bounds and rows: counts are whole numbers, so this is generous. */
const TOL = 1e-6;

/** What is wrong with a solver's answer, in both languages; null when it solves the model. */
export type SolutionFault = { zh: string; en: string } | null;

/** What is wrong with an answer, by position in the model (named by {@link faultText}). */
type Fault =
  | { kind: 'length'; given: number; columns: number }
  | { kind: 'value' | 'bound' | 'whole'; column: number; value: number }
  | { kind: 'row'; row: number; sum: number };

/**
 * Checks a solver's column values against the model, trusting nothing the solver said: one
 * finite value per column, inside its bounds, whole where the column is integer, and every
 * row within its limits. Catches the known failures of LP libraries (NaN, absurd values with
 * a "feasible" status, all zeros after a time-out) before any teacher is named.
 */
export function checkSolution(lp: Lp, x: readonly number[]): SolutionFault {
  return checkPacked(packLp(lp), x, () => lp);
}

/** {@link checkSolution} on the packed model; `names` gives the model for the message, asked only when the answer is wrong. */
export function checkPacked(p: PackedLp, x: readonly number[], names: () => Lp): SolutionFault {
  const fault = packedFault(p, x);
  return fault ? faultText(fault, names()) : null;
}

/** {@link checkSolution} on the packed model: what is wrong, by position; null when the answer solves it. */
function packedFault(p: PackedLp, x: readonly number[]): Fault | null {
  if (x.length !== p.numCols) return { kind: 'length', given: x.length, columns: p.numCols };
  for (let i = 0; i < x.length; i++) {
    const v = x[i] ?? NaN;
    if (!Number.isFinite(v)) return { kind: 'value', column: i, value: v };
    if (v < (p.lower[i] as number) - TOL || v > (p.upper[i] as number) + TOL) return { kind: 'bound', column: i, value: v };
    if (p.integer[i] && Math.abs(v - Math.round(v)) > TOL) return { kind: 'whole', column: i, value: v };
  }
  for (let r = 0; r < p.numRows; r++) {
    let sum = 0;
    for (let k = p.starts[r] as number; k < (p.starts[r + 1] as number); k++) sum += (p.values[k] as number) * (x[p.indices[k] as number] ?? 0);
    const lo = p.rowLower[r] as number;
    const hi = p.rowUpper[r] as number;
    const tol = TOL * Math.max(1, Math.abs(lo) < Infinity ? Math.abs(lo) : 0, Math.abs(hi) < Infinity ? Math.abs(hi) : 0);
    if (sum < lo - tol || sum > hi + tol) return { kind: 'row', row: r, sum };
  }
  return null;
}

/** A fault in words, the model's names for its column or row. */
function faultText(f: Fault, lp: Lp): { zh: string; en: string } {
  if (f.kind === 'length') return { zh: `给出${f.given}个变量值，模型有${f.columns}个变量`, en: `it gave ${f.given} values for ${f.columns} columns` };
  if (f.kind === 'row') {
    const row = lp.rows[f.row];
    const [name, family, lo, hi] = row ? [row.name, row.family, row.lo, row.hi] : [`r${f.row}`, '', NaN, NaN];
    return { zh: `约束 ${name}（${family}）= ${f.sum}，应在 [${lo}, ${hi}] 内`, en: `row ${name} (${family}) = ${f.sum}, not within [${lo}, ${hi}]` };
  }
  const col = lp.vars[f.column];
  const name = col?.name ?? `x${f.column}`;
  if (f.kind === 'value') return { zh: `变量 ${name} 的值为 ${f.value}`, en: `column ${name} is ${f.value}` };
  if (f.kind === 'bound') return { zh: `变量 ${name} = ${f.value} 超出范围 [${col?.lb}, ${col?.ub}]`, en: `column ${name} = ${f.value} is outside [${col?.lb}, ${col?.ub}]` };
  return { zh: `整数变量 ${name} = ${f.value} 不是整数`, en: `integer column ${name} = ${f.value} is not whole` };
}
