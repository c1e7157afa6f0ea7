import { floorQ } from '../domain/rounding.js';
import { addHardRow } from '../model/hard-row.js';
import { sums, terms } from '../model/sums.js';
import { checkResult } from './check-result.js';
import { pct } from '../domain/share-text.js';
import { capacityTotal, capFailures, capShown, locksOverCap } from './caps.js';
import type { HardRule } from './rule.js';

/** A school loses at most ⌊cap × its teachers⌋ teachers in one year. */
export const outflowCap: HardRule = {
  name: 'outflow_cap',
  kind: 'hard',
  zh: '一所学校调出教师不超过其教师数的规定比例（向下取整）',
  en: 'a school loses at most its share of teachers (rounded down)',
  relaxable: true,
  moveOnly: false,
  leaveOnly: true,
  loosen: { param: 'rules.max_outflow_share', field: 'maxOutflowShare', down: false },
  build(ctx, cols, b, opts) {
    for (const [school, outs] of [...sums(cols).outBySchool].sort()) {
      // Principals and vice principals a lock moves count here though the model has no column for them.
      const cap = floorQ(ctx.policy.maxOutflowShare * (ctx.stock.get(school)?.teachers ?? 0)) - (ctx.leadersOut.get(school)?.all ?? 0);
      addHardRow(b, opts, `outflow_cap[${school}]`, 'outflow_cap', terms(outs, 1), -Infinity, cap);
    }
  },
  check(f) {
    const p = f.policy;
    const bad = capFailures(f, p.maxOutflowShare, (st) => ({ out: st.out, base: st.teachers }), (s, out, cap) => ({ zh: `${s.name}(${s.id}) 调出${out}人, 上限${cap}人`, en: `${s.id} loses ${out}, at most ${cap}` }));
    return checkResult({ rule: 'outflow_cap', zh: '每校调出教师上限（向下取整）', en: 'a school loses at most its share of teachers (rounded down)', ...capShown(f, p.maxOutflowShare, bad.length), failures: bad, relaxable: true });
  },
  breaks(book, t, _cur, _next, dMovers) {
    if (dMovers <= 0) return false;
    const out = book.outflow.get(t.schoolId) ?? 0;
    const cap = floorQ(book.ctx.policy.maxOutflowShare * (book.ctx.stock.get(t.schoolId)?.teachers ?? 0));
    return out <= cap && out + 1 > cap;
  },
  locksTogether: (ctx) => locksOverCap(ctx, 'rules.max_outflow_share', ctx.policy.maxOutflowShare, () => true, (st) => st.teachers, { zh: '教师', en: 'teachers', one: 'teacher' }),
  needs(ctx) {
    const p = ctx.policy;
    const cap = capacityTotal(ctx, p.maxOutflowShare, (st) => st.teachers);
    return [{ zh: `规则: 每校调出 ≤ ${pct(p.maxOutflowShare)} × 教师数（向下取整）, 各校上限合计 ${cap} 人`, en: `rule: each school loses ≤ ${pct(p.maxOutflowShare)} of its teachers (rounded down), ${cap} in all` }];
  },
  hint: (p) => ({ zh: `提高 rules.max_outflow_share（现为 ${p.maxOutflowShare}）`, en: `raise rules.max_outflow_share (now ${p.maxOutflowShare})` }),
  stayNote(book, t) {
    const cap = floorQ(book.ctx.policy.maxOutflowShare * (book.ctx.stock.get(t.schoolId)?.teachers ?? 0));
    return { zh: `本校调出已达上限${cap}人`, en: `the school already loses its maximum of ${cap}` };
  },
};
