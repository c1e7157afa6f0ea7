import { isQuotaSchool } from '../domain/direction.js';
import { floorQ } from '../domain/rounding.js';
import type { Text } from '../domain/text.js';
import { isQuota } from '../model/context.js';
import { addHardRow } from '../model/hard-row.js';
import { sums, terms } from '../model/sums.js';
import { checkResult } from './check-result.js';
import { pct } from '../domain/share-text.js';
import { openPosts } from './supply.js';
import type { HardRule } from './rule.js';

/** Each 城镇 school that is not weak rotates at least ⌊quota × its eligible teachers⌋. */
export const schoolQuota: HardRule = {
  name: 'school_quota',
  kind: 'hard',
  zh: '城镇非薄弱学校交流人数不低于本校符合条件教师的规定比例（向下取整）',
  en: 'each urban/town school that is not weak rotates at least its share of eligible teachers (rounded down)',
  relaxable: true,
  moveOnly: false,
  loosen: { param: 'rules.quota_share', field: 'quotaShare', down: true },
  build(ctx, cols, b, opts) {
    const s = sums(cols);
    for (const school of ctx.schools) {
      if (!isQuota(ctx, school.id)) continue;
      const need = floorQ(ctx.policy.quotaShare * (ctx.stock.get(school.id)?.eligible ?? 0));
      if (need <= 0) continue;
      addHardRow(b, opts, `school_quota[${school.id}]`, 'school_quota', terms(s.outBySchool.get(school.id) ?? [], 1), need, Infinity);
    }
  },
  check(f) {
    const p = f.policy;
    const quotaSchools = f.schools.filter(isQuotaSchool);
    const bad: Text[] = [];
    for (const s of quotaSchools) {
      const st = f.tally.get(s.id);
      if (!st) continue;
      const need = floorQ(p.quotaShare * st.eligible);
      if (st.sent < need) bad.push({ zh: `${s.name}(${s.id}) 交流${st.sent}人, 应不少于${need}人`, en: `${s.id} rotates ${st.sent}, at least ${need} required` });
    }
    // A county without such a school has nothing to check: a dash, as for a plan without locks (not 10% and 0/0).
    const shown = quotaSchools.length === 0 ? { threshold: '—', value: '—' } : { threshold: `${pct(p.quotaShare)}`, value: `${quotaSchools.length - bad.length}/${quotaSchools.length}` };
    return checkResult({ rule: 'school_quota', zh: '城镇非薄弱学校交流比例（每校, 向下取整）', en: 'each urban/town school that is not weak rotates its share (rounded down)', ...shown, failures: bad, relaxable: true });
  },
  breaks(book, t, _cur, _next, dMovers) {
    const from = book.ctx.schoolById.get(t.schoolId);
    if (dMovers >= 0 || !from || !isQuotaSchool(from)) return false;
    const need = floorQ(book.ctx.policy.quotaShare * (book.ctx.stock.get(t.schoolId)?.eligible ?? 0));
    // Principals and vice principals (moved by locks only) are outside the quota.
    const out = (book.outflow.get(t.schoolId) ?? 0) - (book.ctx.leadersOut.get(t.schoolId)?.all ?? 0);
    return out >= need && out - 1 < need;
  },
  needs(ctx) {
    const p = ctx.policy;
    const needs = ctx.schools.filter((s) => isQuota(ctx, s.id)).map((s) => floorQ(p.quotaShare * (ctx.stock.get(s.id)?.eligible ?? 0))).filter((n) => n > 0);
    const total = needs.reduce((a, n) => a + n, 0);
    return [{ zh: `规则: ${needs.length} 所城镇非薄弱学校各需交流 ≥ ${pct(p.quotaShare)} × 符合条件教师（向下取整）, 合计 ≥ ${total} 人`, en: `rule: ${needs.length} urban/town schools that are not weak each rotate ≥ ${pct(p.quotaShare)} of their eligible teachers (rounded down), ${total} in all` }];
  },
  capacity: (ctx) => openPosts(ctx),
  hint: (p) => ({ zh: `降低 rules.quota_share（现为 ${p.quotaShare}）, 或检查这些学校同学科的乡村空岗`, en: `lower rules.quota_share (now ${p.quotaShare}) or check open rural posts in those schools' subjects` }),
};
