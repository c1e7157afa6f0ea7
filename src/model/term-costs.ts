import type { Lp } from './lp.js';

/** A column's cost by term when more than one term prices it (see LpBuilder.addCost). */
const SHARED = 255;

/**
 * The objective split by term, apart from the model's objects: a term per column (its cost is the
 * model's cost) or, for a column several terms price, each term's part. A few bytes a column, so
 * a lean solve keeps it where the model (about 80 MB at 80,000 teachers) is let go.
 */
export interface TermCosts {
  constants: Record<string, number>;
  names: string[];
  /** Per column: the index of its term in `names`, or {@link SHARED} for a column with parts. */
  term: Uint8Array;
  cost: Float64Array;
  parts: Map<number, Record<string, number>>;
}

export function termCosts(lp: Lp): TermCosts {
  const names: string[] = [];
  const index = new Map<string, number>();
  const t: TermCosts = { constants: { ...lp.constants }, names, term: new Uint8Array(lp.vars.length), cost: new Float64Array(lp.vars.length), parts: new Map() };
  lp.vars.forEach((v, i) => {
    t.cost[i] = v.cost;
    if (v.parts) {
      t.parts.set(i, v.parts);
      t.term[i] = SHARED;
      return;
    }
    let k = index.get(v.term);
    if (k === undefined) {
      k = names.length;
      if (k >= SHARED) throw new Error(`more than ${SHARED} objective terms`);
      index.set(v.term, k);
      names.push(v.term);
    }
    t.term[i] = k;
  });
  return t;
}

/** Objective value of a solution, broken down by term, constants included. */
export function termValues(t: TermCosts, x: readonly number[]): Record<string, number> {
  const out: Record<string, number> = { ...t.constants };
  for (let i = 0; i < t.term.length; i++) {
    const k = t.term[i] as number;
    if (k === SHARED) {
      for (const [term, c] of Object.entries(t.parts.get(i) ?? {})) out[term] = (out[term] ?? 0) + c * (x[i] ?? 0);
    } else if (t.cost[i] !== 0) {
      const term = t.names[k] as string;
      out[term] = (out[term] ?? 0) + (t.cost[i] as number) * (x[i] ?? 0);
    }
  }
  return out;
}

/** Objective value of a solution, broken down by term, constants included. */
export function objectiveByTerm(lp: Lp, x: readonly number[]): Record<string, number> {
  return termValues(termCosts(lp), x);
}
