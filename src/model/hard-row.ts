import type { LpBuilder } from './lp.js';

export interface BuildOptions {
  /**
   * Elastic mode: every relaxable hard rule gets a slack column with a heavy cost, so the model is
   * always feasible and the slack says which rules conflict and by how much.
   */
  elastic: boolean;
  /** In elastic mode, only these rules' rows give way (all relaxable ones when absent). */
  elasticOnly?: ReadonlySet<string>;
  /** Rules left out of the model altogether (to find which rules conflict). */
  omit?: ReadonlySet<string>;
}

/** Cost of one unit of slack on a hard rule in elastic mode: far above any soft term. */
export const RELAX_COST = 10_000;

/**
 * Adds a hard row; in elastic mode a slack column (term `relax:<family>`) lets it give way,
 * upward for ≥ rows and downward for ≤ rows, at {@link RELAX_COST} per unit.
 */
export function addHardRow(b: LpBuilder, opts: BuildOptions, name: string, family: string, terms: [number, number][], lo: number, hi: number): void {
  const all = [...terms];
  if (opts.elastic && (opts.elasticOnly?.has(family) ?? true)) {
    if (lo > -Infinity) all.push([b.addVar({ name: `relax_lo[${name}]`, lb: 0, ub: Infinity, integer: false, cost: RELAX_COST, term: `relax:${family}` }), 1]);
    if (hi < Infinity) all.push([b.addVar({ name: `relax_hi[${name}]`, lb: 0, ub: Infinity, integer: false, cost: RELAX_COST, term: `relax:${family}` }), -1]);
  }
  b.addRow(name, family, all, lo, hi);
}
