import { describe, expect, it } from 'vitest';
import { inStringOrder } from '../../src/model/string-order.js';

describe('inStringOrder', () => {
  it('orders items as the default sort does: by their string forms, a key\'s terms included', () => {
    const entries: [string, [number, number][]][] = [
      ['a|b', [[10, 1]]],
      ['a|b|c', [[2, -1]]],
      ['a|b!', [[1, 1]]],
      ['a|b', [[9, 1]]],
      ['甲|乙', [[3, 1]]],
      ['a,b', [[4, 1]]],
      ['A|b', [[5, 1], [6, -1]]],
      ['', []],
    ];
    expect(inStringOrder(new Map(entries.slice(0, 3)))).toEqual([...new Map(entries.slice(0, 3))].sort());
    expect(inStringOrder(entries)).toEqual([...entries].sort());
    expect(inStringOrder([10, 9, 1, 100, -1])).toEqual([10, 9, 1, 100, -1].sort());
  });
});
