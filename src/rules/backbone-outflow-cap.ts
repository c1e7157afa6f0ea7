import { plural } from '../domain/plural.js';
import { isBackbone } from '../domain/backbone.js';
import { floorQ } from '../domain/rounding.js';
import { addHardRow } from '../model/hard-row.js';
import { sums, terms } from '../model/sums.js';
import { capacityTotal, capFailures, capShown, locksOverCap } from './caps.js';
import { checkResult } from './check-result.js';
import { pct } from '../domain/share-text.js';
import type { HardRule } from './rule.js';
import { inStringOrder } from '../model/string-order.js';

/** A school loses at most ⌊cap × its backbone teachers⌋ backbone teachers in one year. */
export const backboneOutflowCap: HardRule = {
  name: 'backbone_outflow_cap',
  kind: 'hard',
  zh: '一所学校调出骨干教师不超过其骨干数的规定比例（向下取整）',
  en: 'a school loses at most its share of backbone teachers (rounded down)',
  relaxable: true,
  moveOnly: false,
  leaveOnly: true,
  loosen: { param: 'rules.max_backbone_outflow_share', field: 'maxBackboneOutflowShare', down: false },
  build(ctx, cols, b, opts) {
    for (const [school, outs] of inStringOrder(sums(cols).outBySchool)) {
      const bb = outs.filter((o) => o.b > 0);
      if (bb.length === 0) continue;
      const cap = floorQ(ctx.policy.maxBackboneOutflowShare * (ctx.stock.get(school)?.backbone ?? 0)) - (ctx.leadersOut.get(school)?.backbone ?? 0);
      addHardRow(b, opts, `backbone_outflow_cap[${school}]`, 'backbone_outflow_cap', terms(bb, 1), -Infinity, cap);
    }
  },
  check(f) {
    const p = f.policy;
    const bad = capFailures(f, p.maxBackboneOutflowShare, (st) => ({ out: st.outBackbone, base: st.backbone }), (s, out, cap) => ({ zh: `${s.name}(${s.id}) 调出骨干${out}人, 上限${cap}人`, en: `${s.id} loses ${out} backbone, at most ${cap}` }));
    return checkResult({ rule: 'backbone_outflow_cap', zh: '每校调出骨干上限（向下取整）', en: 'a school loses at most its share of backbone teachers (rounded down)', ...capShown(f, p.maxBackboneOutflowShare, bad.length), failures: bad, relaxable: true });
  },
  breaks(book, t, _cur, _next, dMovers) {
    if (dMovers <= 0 || !isBackbone(t)) return false;
    const out = book.backboneOutflow.get(t.schoolId) ?? 0;
    const cap = floorQ(book.ctx.policy.maxBackboneOutflowShare * (book.ctx.stock.get(t.schoolId)?.backbone ?? 0));
    return out <= cap && out + 1 > cap;
  },
  locksTogether: (ctx) => locksOverCap(ctx, 'rules.max_backbone_outflow_share', ctx.policy.maxBackboneOutflowShare, isBackbone, (st) => st.backbone, { zh: '骨干教师', en: 'backbone teachers', one: 'backbone teacher' }),
  needs(ctx) {
    const p = ctx.policy;
    const cap = capacityTotal(ctx, p.maxBackboneOutflowShare, (st) => st.backbone);
    return [{ zh: `规则: 每校调出骨干 ≤ ${pct(p.maxBackboneOutflowShare)} × 骨干数（向下取整）, 各校上限合计 ${cap} 人`, en: `rule: each school loses ≤ ${pct(p.maxBackboneOutflowShare)} of its backbone teachers (rounded down), ${cap} in all` }];
  },
  hint: (p) => ({ zh: `提高 rules.max_backbone_outflow_share（现为 ${p.maxBackboneOutflowShare}）`, en: `raise rules.max_backbone_outflow_share (now ${p.maxBackboneOutflowShare})` }),
  stayNote(book, t) {
    const cap = floorQ(book.ctx.policy.maxBackboneOutflowShare * (book.ctx.stock.get(t.schoolId)?.backbone ?? 0));
    return { zh: `本校骨干调出已达上限${cap}人`, en: `the school already loses its maximum of ${cap} backbone ${plural(cap, 'teacher')}` };
  },
};
