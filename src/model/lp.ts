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

/**
 * Builds an {@link Lp}. Column names are not indexed: each family makes its columns from keys of
 * its own, so a name is never made twice (test/model/model-digest.test.ts holds every column
 * name of its models unique); a name is read only when the model is written out (--export-model).
 * Indexing them cost the 80,000-teacher city's model about 190 ms (100,000 names hashed).
 */
export class LpBuilder {
  readonly vars: LpVar[] = [];
  readonly rows: LpRow[] = [];
  readonly constants: Record<string, number> = {};
  readonly impossible: string[] = [];
  /** Rows by a hash of their coefficients (then compared whole), so that a row another family already made is not made twice. */
  private readonly byCoefs = new Map<number, LpRow[]>();

  addVar(v: LpVar): number {
    return this.vars.push(v) - 1;
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

  /**
   * Adds a row; duplicate columns are merged, zero coefficients dropped. An empty row is not added;
   * if no plan can meet it, it is remembered as impossible. A row with the very coefficients of one
   * already made (two rules bounding the same sum: a school's two-way arrivals and its posts) only
   * narrows that row's bounds: the solver is not given the same row twice.
   */
  addRow(name: string, family: string, terms: [number, number][], lo: number, hi: number): void {
    const coefs = mergeTerms(terms);
    if (coefs.length === 0) {
      if (lo > 1e-9 || hi < -1e-9) this.impossible.push(name);
      return;
    }
    const key = coefsHash(coefs);
    const bucket = this.byCoefs.get(key);
    const same = bucket?.find((r) => sameCoefs(r.coefs, coefs));
    // (Bounds that cross are left as two rows: the model is infeasible then, and each row still says which rule it is.)
    if (same && Math.max(same.lo, lo) <= Math.min(same.hi, hi)) {
      same.lo = Math.max(same.lo, lo);
      same.hi = Math.min(same.hi, hi);
      return;
    }
    const row = { name, family, coefs, lo, hi };
    if (!same) {
      if (bucket) bucket.push(row);
      else this.byCoefs.set(key, [row]);
    }
    this.rows.push(row);
  }

  addConstant(term: string, value: number): void {
    this.constants[term] = (this.constants[term] ?? 0) + value;
  }

  build(): Lp {
    return { vars: this.vars, rows: this.rows, constants: this.constants, impossible: this.impossible };
  }
}

/** Terms by column, a column's coefficients summed in their order, zeros dropped. */
function mergeTerms(terms: readonly [number, number][]): [number, number][] {
  // Stable: a column's coefficients stay in their order, so their sum is the same as adding them as they come.
  const byCol = terms.slice().sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (let k = 0; k < byCol.length; ) {
    const c = (byCol[k] as [number, number])[0];
    let a = 0;
    for (; k < byCol.length && (byCol[k] as [number, number])[0] === c; k++) a += (byCol[k] as [number, number])[1];
    if (a !== 0) out.push([c, a]);
  }
  return out;
}

const HASH_BITS = new Float64Array(1);
const HASH_WORDS = new Int32Array(HASH_BITS.buffer);

/** A 32-bit hash of a row's merged coefficients (columns and the exact bits of each value). */
function coefsHash(coefs: readonly [number, number][]): number {
  let h = 0x811c9dc5 ^ coefs.length;
  for (const [c, a] of coefs) {
    HASH_BITS[0] = a;
    h = Math.imul(h ^ c, 0x01000193);
    h = Math.imul(h ^ (HASH_WORDS[0] ?? 0), 0x01000193);
    h = Math.imul(h ^ (HASH_WORDS[1] ?? 0), 0x01000193);
  }
  return h;
}

/** Whether two merged rows have the very same coefficients (the same columns, the same values). */
function sameCoefs(x: readonly [number, number][], y: readonly [number, number][]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const p = x[k] as [number, number];
    const q = y[k] as [number, number];
    if (p[0] !== q[0] || p[1] !== q[1]) return false;
  }
  return true;
}
