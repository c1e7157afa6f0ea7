import { floorQ } from '../context.js';
import { addHardRow, type Family } from '../family.js';
import { sums, terms } from '../sums.js';

/** A school loses at most ⌊cap × its teachers⌋ teachers in one year. */
export const outflowCap: Family = {
  name: 'outflow_cap',
  kind: 'hard',
  zh: '一所学校调出教师不超过其教师数的规定比例（向下取整）',
  en: 'a school loses at most its share of teachers (rounded down)',
  relaxable: true,
  build(ctx, cols, b, opts) {
    for (const [school, outs] of [...sums(cols).outBySchool].sort()) {
      const cap = floorQ(ctx.policy.maxOutflowShare * (ctx.stock.get(school)?.teachers ?? 0));
      addHardRow(b, opts, `outflow_cap[${school}]`, 'outflow_cap', terms(outs, 1), -Infinity, cap);
    }
  },
};

/** A school loses at most ⌊cap × its backbone teachers⌋ backbone teachers in one year. */
export const backboneOutflowCap: Family = {
  name: 'backbone_outflow_cap',
  kind: 'hard',
  zh: '一所学校调出骨干教师不超过其骨干数的规定比例（向下取整）',
  en: 'a school loses at most its share of backbone teachers (rounded down)',
  relaxable: true,
  build(ctx, cols, b, opts) {
    for (const [school, outs] of [...sums(cols).outBySchool].sort()) {
      const bb = outs.filter((o) => o.b > 0);
      if (bb.length === 0) continue;
      const cap = floorQ(ctx.policy.maxBackboneOutflowShare * (ctx.stock.get(school)?.backbone ?? 0));
      addHardRow(b, opts, `backbone_outflow_cap[${school}]`, 'backbone_outflow_cap', terms(bb, 1), -Infinity, cap);
    }
  },
};
