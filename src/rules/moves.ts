import type { SoftTerm } from './rule.js';

/** Each move has a cost, so that nobody is moved without a reason the other terms give. */
export const moves: SoftTerm = {
  name: 'moves',
  kind: 'soft',
  zh: '调动代价（每调动1人计一份 weights.moves, 无必要不调动）',
  en: 'cost of moves (each move costs weights.moves, so nobody moves without a reason)',
  label: { zh: '调动代价', en: 'moves (weighted)' },
  build(ctx, cols, b) {
    for (const o of cols.out) b.addCost(o.col, 'moves', ctx.policy.weights.moves);
  },
  value: (book) => book.ctx.policy.weights.moves * book.movers,
  change: (book, t, next) => book.ctx.policy.weights.moves * ((next !== undefined ? 1 : 0) - (book.dest.has(t.id) ? 1 : 0)),
  leave: (book, t) => book.ctx.policy.weights.moves * (book.dest.has(t.id) ? 0 : 1),
  arrive: () => 0,
};
