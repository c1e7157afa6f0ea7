import type { Family } from '../family.js';

/** Each move has a cost, so that nobody is moved without a reason the other terms give. */
export const moves: Family = {
  name: 'moves',
  kind: 'soft',
  zh: '调动人数（每调动1人计代价, 无必要不调动）',
  en: 'number of moves (each costs, so nobody moves without a reason)',
  relaxable: false,
  build(ctx, cols, b) {
    for (const o of cols.out) {
      const v = b.vars[o.col];
      if (v) v.cost = ctx.policy.weights.moves;
    }
  },
};
