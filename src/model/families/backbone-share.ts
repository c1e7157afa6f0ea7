import { ceilQ } from '../context.js';
import { addHardRow, type Family } from '../family.js';
import { terms } from '../sums.js';

/**
 * Backbone teachers are at least a share of those rotated. With base `movers`:
 * backbone movers ≥ share × movers, which for whole numbers is ⌈share × movers⌉.
 * With base `eligible`: backbone movers ≥ ⌈share × eligible backbone teachers⌉.
 */
export const backboneShare: Family = {
  name: 'backbone_share',
  kind: 'hard',
  zh: '交流教师中骨干教师比例不低于规定比例',
  en: 'backbone teachers make up at least the share of those rotated',
  relaxable: true,
  build(ctx, cols, b, opts) {
    const share = ctx.policy.backboneShare;
    if (share <= 0) return;
    const bb = cols.out.filter((o) => o.b > 0);
    if (ctx.policy.backboneShareBase === 'eligible') {
      let eligibleBackbone = 0;
      for (const st of ctx.stock.values()) eligibleBackbone += st.eligibleBackbone;
      const need = ceilQ(share * eligibleBackbone);
      if (need > 0) addHardRow(b, opts, 'backbone_share', 'backbone_share', terms(bb, 1), need, Infinity);
      return;
    }
    const all = cols.out.map((o): [number, number] => [o.col, o.b > 0 ? 1 - share : -share]);
    addHardRow(b, opts, 'backbone_share', 'backbone_share', all, 0, Infinity);
  },
};
