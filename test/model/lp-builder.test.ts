import { describe, expect, it } from 'vitest';
import { LpBuilder } from '../../src/model/lp.js';
import { objectiveByTerm } from '../../src/model/term-costs.js';

const col = (b: LpBuilder, name: string, cost = 0, term = 'moves'): number => b.addVar({ name, lb: 0, ub: 10, integer: true, cost, term });

describe('LpBuilder', () => {
  it('gives a row with the very coefficients of one made already only its narrower bounds; rows whose bounds cross stay two', () => {
    const b = new LpBuilder();
    const [x, y] = [col(b, 'x'), col(b, 'y')];
    b.addRow('cap', 'outflow_cap', [[x, 1], [y, 1]], -Infinity, 5);
    b.addRow('quota', 'school_quota', [[y, 1], [x, 1]], 2, Infinity);
    b.addRow('other', 'two_way', [[x, 1], [y, -1]], -Infinity, 0);
    expect(b.rows.map((r) => [r.name, r.lo, r.hi])).toEqual([['cap', 2, 5], ['other', -Infinity, 0]]);
    b.addRow('too much', 'school_quota', [[x, 1], [y, 1]], 6, Infinity);
    expect(b.rows.map((r) => [r.name, r.lo, r.hi])).toEqual([['cap', 2, 5], ['other', -Infinity, 0], ['too much', 6, Infinity]]);
  });

  it('merges only rows with the very same coefficients: another value, however close, or another column makes another row', () => {
    const b = new LpBuilder();
    const [x, y, z] = [col(b, 'x'), col(b, 'y'), col(b, 'z')];
    b.addRow('a', 'f', [[x, 1], [y, 0.1 + 0.2]], 0, 4);
    b.addRow('near', 'f', [[x, 1], [y, 0.3]], 0, 3);
    b.addRow('other column', 'f', [[x, 1], [z, 0.1 + 0.2]], 0, 3);
    b.addRow('longer', 'f', [[x, 1], [y, 0.1 + 0.2], [z, 1e-300]], 0, 3);
    b.addRow('same', 'g', [[y, 0.1], [x, 1], [y, 0.2]], 1, 5);
    expect(b.rows.map((r) => [r.name, r.lo, r.hi])).toEqual([['a', 1, 4], ['near', 0, 3], ['other column', 0, 3], ['longer', 0, 3]]);
  });

  it('keeps a row as its columns in increasing order, each once, with their coefficients summed in the order given and zero sums dropped', () => {
    const b = new LpBuilder();
    const [x, y, z] = [col(b, 'x'), col(b, 'y'), col(b, 'z')];
    b.addRow('mixed', 'f', [[z, 1], [x, 0.1], [z, -1], [y, 3], [x, 0.2]], 0, 9);
    b.addRow('ordered', 'g', [[x, 1], [z, 2]], 0, 9);
    expect(b.rows.map((r) => [r.name, [...r.cols], [...r.vals]])).toEqual([
      ['mixed', [x, y], [0.1 + 0.2, 3]],
      ['ordered', [x, z], [1, 2]],
    ]);
  });

  it('keeps each term\'s part of a column priced by several terms', () => {
    const b = new LpBuilder();
    const x = col(b, 'x', 0);
    const y = col(b, 'y', 3, 'shortage');
    b.addCost(x, 'moves', 1);
    b.addCost(x, 'shortage', 15);
    b.addCost(y, 'moves', 1);
    expect(b.vars.map((v) => v.cost)).toEqual([16, 4]);
    expect(objectiveByTerm(b.build(), [2, 1])).toEqual({ moves: 3, shortage: 33 });
  });
});
