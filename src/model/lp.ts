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
  /** The row's columns, merged (one entry per column, in increasing order), and their coefficients (never 0). */
  cols: Int32Array;
  vals: Float64Array;
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
    const { cols, vals } = mergeTerms(terms);
    if (cols.length === 0) {
      if (lo > 1e-9 || hi < -1e-9) this.impossible.push(name);
      return;
    }
    const key = coefsHash(cols, vals);
    const bucket = this.byCoefs.get(key);
    const same = bucket?.find((r) => sameCoefs(r, cols, vals));
    // (Bounds that cross are left as two rows: the model is infeasible then, and each row still says which rule it is.)
    if (same && Math.max(same.lo, lo) <= Math.min(same.hi, hi)) {
      same.lo = Math.max(same.lo, lo);
      same.hi = Math.min(same.hi, hi);
      return;
    }
    const row: LpRow = { name, family, cols, vals, lo, hi };
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

/** A row's terms as [column, coefficient] pairs, in column order (for the writers that take them so). */
export function rowTerms(r: Pick<LpRow, 'cols' | 'vals'>): [number, number][] {
  return Array.from(r.cols, (c, k): [number, number] => [c, r.vals[k] ?? 0]);
}

/**
 * Terms by column, a column's coefficients summed in their order, zeros dropped: typed arrays, not
 * pairs, since a row lives until the model is packed (an 80,000-teacher city's model has about
 * 390,000 of them).
 */
function mergeTerms(terms: readonly [number, number][]): { cols: Int32Array; vals: Float64Array } {
  // Rows whose columns come in increasing order, each once (most of them), need no sort.
  let ordered = true;
  for (let k = 1; k < terms.length && ordered; k++) ordered = (terms[k - 1] as [number, number])[0] < (terms[k] as [number, number])[0];
  // Stable: a column's coefficients stay in their order, so their sum is the same as adding them as they come.
  const byCol = ordered ? terms : terms.slice().sort((x, y) => x[0] - y[0]);
  const cols = new Int32Array(byCol.length);
  const vals = new Float64Array(byCol.length);
  let n = 0;
  for (let k = 0; k < byCol.length; ) {
    const c = (byCol[k] as [number, number])[0];
    let a = 0;
    for (; k < byCol.length && (byCol[k] as [number, number])[0] === c; k++) a += (byCol[k] as [number, number])[1];
    if (a !== 0) {
      cols[n] = c;
      vals[n] = a;
      n++;
    }
  }
  return n === byCol.length ? { cols, vals } : { cols: cols.slice(0, n), vals: vals.slice(0, n) };
}

const HASH_BITS = new Float64Array(1);
const HASH_WORDS = new Int32Array(HASH_BITS.buffer);

/** A 32-bit hash of a row's merged coefficients (columns and the exact bits of each value). */
function coefsHash(cols: Int32Array, vals: Float64Array): number {
  let h = 0x811c9dc5 ^ cols.length;
  for (let k = 0; k < cols.length; k++) {
    HASH_BITS[0] = vals[k] ?? 0;
    h = Math.imul(h ^ (cols[k] ?? 0), 0x01000193);
    h = Math.imul(h ^ (HASH_WORDS[0] ?? 0), 0x01000193);
    h = Math.imul(h ^ (HASH_WORDS[1] ?? 0), 0x01000193);
  }
  return h;
}

/** Whether a row has the very same merged coefficients (the same columns, the same values). */
function sameCoefs(r: LpRow, cols: Int32Array, vals: Float64Array): boolean {
  if (r.cols.length !== cols.length) return false;
  for (let k = 0; k < cols.length; k++) if (r.cols[k] !== cols[k] || r.vals[k] !== vals[k]) return false;
  return true;
}
