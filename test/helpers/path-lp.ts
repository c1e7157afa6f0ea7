import type { PackedLp } from '../../src/solve/packed-lp.js';

/**
 * The most columns of a path with no two neighbours both chosen: columns 0…n−1 in [0, 1], integer,
 * rows factor(r) · (x[r] + x[r+1]) ≤ factor(r) (factor 1 unless given). The rows' factors leave the
 * optimum as it is: half the columns, rounded up. Its matrix is totally unimodular, so the LP
 * relaxation has whole vertices; with an even number of columns, many vertices (and the segments
 * between them) are optimal: an interior point method without crossover ends inside that face.
 */
export function pathLp(columns: number, factor: (row: number) => number = () => 1): PackedLp {
  const rows = columns - 1;
  const starts = new Int32Array(rows + 1);
  const indices = new Int32Array(2 * rows);
  const values = new Float64Array(2 * rows);
  const rowUpper = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const f = factor(r);
    indices[2 * r] = r;
    indices[2 * r + 1] = r + 1;
    values[2 * r] = f;
    values[2 * r + 1] = f;
    rowUpper[r] = f;
    starts[r + 1] = 2 * (r + 1);
  }
  return {
    numCols: columns,
    numRows: rows,
    cost: new Float64Array(columns).fill(-1),
    lower: new Float64Array(columns),
    upper: new Float64Array(columns).fill(1),
    integer: new Uint8Array(columns).fill(1),
    rowLower: new Float64Array(rows).fill(-Infinity),
    rowUpper,
    starts,
    indices,
    values,
    impossible: [],
    offset: 0,
  };
}
