/**
 * A solver-neutral linear program: columns with bounds, cost and an objective term name;
 * rows lo ≤ Σ coef·x ≤ hi. Built in a fixed order so the same county gives the same model.
 * Only `src/solve/` turns it into a solver's format.
 */

export interface LpVar {
  name: string;
  lb: number;
  ub: number;
  integer: boolean;
  /** Cost per unit in the minimised objective. */
  cost: number;
  /** Name of the objective term (constraint family) the cost belongs to. */
  term: string;
  /** When more than one term prices the column (see {@link LpBuilder.addCost}): each term's part of `cost`. */
  parts?: Record<string, number>;
}

export interface LpRow {
  name: string;
  /** Constraint family that owns the row. */
  family: string;
  /** [column index, coefficient], merged: one entry per column. */
  coefs: [number, number][];
  lo: number;
  hi: number;
}

export interface Lp {
  vars: LpVar[];
  rows: LpRow[];
  /** Constant part of the objective, per term (costs the plan cannot change). */
  constants: Record<string, number>;
  /** Rows with no column that no plan can satisfy (e.g. a quota where nobody can move): the model is infeasible. */
  impossible: string[];
}

/** Builds an {@link Lp} and remembers columns by name. */
export class LpBuilder {
  readonly vars: LpVar[] = [];
  readonly rows: LpRow[] = [];
  readonly constants: Record<string, number> = {};
  readonly impossible: string[] = [];
  private readonly index = new Map<string, number>();
  /** Rows by their coefficients, so that a row another family already made is not made twice. */
  private readonly byCoefs = new Map<string, LpRow>();

  addVar(v: LpVar): number {
    if (this.index.has(v.name)) throw new Error(`duplicate column ${v.name}`);
    const i = this.vars.length;
    this.vars.push(v);
    this.index.set(v.name, i);
    return i;
  }

  /**
   * Adds a term's cost to a column another term made (a term whose value is linear in columns the
   * model has anyway needs no column or row of its own); `parts` keeps each term's share.
   */
  addCost(col: number, term: string, cost: number): void {
    const v = this.vars[col];
    if (!v || cost === 0) return;
    const parts = v.parts ?? (v.cost !== 0 ? { [v.term]: v.cost } : {});
    parts[term] = (parts[term] ?? 0) + cost;
    v.parts = parts;
    v.cost += cost;
  }

  col(name: string): number | undefined {
    return this.index.get(name);
  }

  /**
   * Adds a row; duplicate columns are merged, zero coefficients dropped. An empty row is not added;
   * if no plan can meet it, it is remembered as impossible. A row with the very coefficients of one
   * already made (two rules bounding the same sum: a school's two-way arrivals and its posts) only
   * narrows that row's bounds: the solver is not given the same row twice.
   */
  addRow(name: string, family: string, terms: [number, number][], lo: number, hi: number): void {
    const merged = new Map<number, number>();
    for (const [c, a] of terms) merged.set(c, (merged.get(c) ?? 0) + a);
    const coefs = [...merged.entries()].filter(([, a]) => a !== 0).sort((x, y) => x[0] - y[0]);
    if (coefs.length === 0) {
      if (lo > 1e-9 || hi < -1e-9) this.impossible.push(name);
      return;
    }
    const key = coefs.join(';');
    const same = this.byCoefs.get(key);
    // (Bounds that cross are left as two rows: the model is infeasible then, and each row still says which rule it is.)
    if (same && Math.max(same.lo, lo) <= Math.min(same.hi, hi)) {
      same.lo = Math.max(same.lo, lo);
      same.hi = Math.min(same.hi, hi);
      return;
    }
    const row = { name, family, coefs, lo, hi };
    if (!same) this.byCoefs.set(key, row);
    this.rows.push(row);
  }

  addConstant(term: string, value: number): void {
    this.constants[term] = (this.constants[term] ?? 0) + value;
  }

  build(): Lp {
    return { vars: this.vars, rows: this.rows, constants: this.constants, impossible: this.impossible };
  }
}

/** Objective value of a solution, broken down by term, constants included. */
export function objectiveByTerm(lp: Lp, x: readonly number[]): Record<string, number> {
  const out: Record<string, number> = { ...lp.constants };
  lp.vars.forEach((v, i) => {
    if (v.parts) for (const [term, c] of Object.entries(v.parts)) out[term] = (out[term] ?? 0) + c * (x[i] ?? 0);
    else if (v.cost !== 0) out[v.term] = (out[v.term] ?? 0) + v.cost * (x[i] ?? 0);
  });
  return out;
}
