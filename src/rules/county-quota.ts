import { plural } from '../domain/plural.js';
import { isQuotaSchool } from '../domain/direction.js';
import { ceilQ } from '../domain/rounding.js';
import { POOL_WORDS, QUOTA_POOLS, quotaPool, type QuotaPool } from '../domain/scope.js';
import { isQuota, type ModelContext } from '../model/context.js';
import { addHardRow } from '../model/hard-row.js';
import { terms } from '../model/sums.js';
import { checkResult } from './check-result.js';
import { pct } from '../domain/share-text.js';
import { openPosts } from './supply.js';
import type { HardRule } from './rule.js';

/** Eligible teachers of the schools held to the quota, per pool (principals and vice principals are outside the quotas). */
function poolEligible(ctx: ModelContext): Record<QuotaPool, number> {
  const n: Record<QuotaPool, number> = { compulsory: 0, senior: 0 };
  for (const s of ctx.schools) {
    const st = ctx.stock.get(s.id);
    if (!st || !isQuota(ctx, s.id)) continue;
    n.compulsory += st.eligible - st.eligibleSenior;
    n.senior += st.eligibleSenior;
  }
  return n;
}

/** The pools with eligible teachers: compulsory education alone unless the county adds 高中 to the scope. */
const pools = (eligible: Record<QuotaPool, number>): QuotaPool[] => QUOTA_POOLS.filter((q) => q === 'compulsory' || eligible[q] > 0);

/**
 * Together, the 城镇 schools that are not weak rotate at least ⌈quota × their eligible teachers⌉:
 * compulsory education's teachers (小学, 初中) by their own count, and 高中's, when the county adds it
 * to the scope, by theirs (counties give 高中 a separate quota, DOMAIN.md).
 */
export const countyQuota: HardRule = {
  name: 'county_quota',
  kind: 'hard',
  zh: '全县城镇非薄弱学校交流人数不低于其符合条件教师的规定比例（向上取整）',
  en: 'the county\'s urban/town schools that are not weak together rotate at least the share of their eligible teachers (rounded up)',
  relaxable: true,
  moveOnly: false,
  loosen: { param: 'rules.quota_share', field: 'quotaShare', down: true },
  build(ctx, cols, b, opts) {
    const eligible = poolEligible(ctx);
    for (const q of pools(eligible)) {
      const need = ceilQ(ctx.policy.quotaShare * eligible[q]);
      if (need <= 0) continue;
      const outs = cols.out.filter((o) => isQuota(ctx, o.schoolId) && quotaPool(ctx.placeInfo.get(o.place)?.section) === q);
      addHardRow(b, opts, q === 'compulsory' ? 'county_quota' : `county_quota[${q}]`, 'county_quota', terms(outs, 1), need, Infinity);
    }
  },
  check(f) {
    const p = f.policy;
    const parts = pools(f.quotaEligible).map((q) => {
      const eligible = f.quotaEligible[q];
      const need = ceilQ(p.quotaShare * eligible);
      const out = f.quotaSent[q];
      return { q, eligible, need, out, held: out >= need };
    });
    const held = parts.every((x) => x.held);
    // Without eligible teachers at such schools there is nothing to check: a dash, as for a plan without locks (not ≥ 0 (10% × 0) and 0).
    const none = parts.every((x) => x.eligible === 0);
    return checkResult({
      rule: 'county_quota',
      zh: '全县城镇非薄弱学校交流比例（向上取整）',
      en: 'urban/town schools that are not weak together rotate their share (rounded up)',
      threshold: none ? '—' : parts.map((x) => `${POOL_WORDS[x.q].zh}≥ ${x.need} (${pct(p.quotaShare)} × ${x.eligible})`).join('; '),
      value: none ? '—' : parts.map((x) => `${POOL_WORDS[x.q].zh}${x.out}`).join('; '),
      held,
      failures: parts.filter((x) => !x.held).map((x) => ({ zh: `${POOL_WORDS[x.q].zh}交流${x.out}人, 应不少于${x.need}人`, en: `${POOL_WORDS[x.q].en}${x.out} rotated, at least ${x.need} required` })),
      relaxable: true,
    });
  },
  breaks(book, t, _cur, _next, dMovers) {
    const from = book.ctx.schoolById.get(t.schoolId);
    if (dMovers >= 0 || !from || !isQuotaSchool(from)) return false;
    const q = quotaPool(t.section);
    const need = ceilQ(book.ctx.policy.quotaShare * book.quotaEligible[q]);
    const out = book.quotaOut[q];
    return out >= need && out - 1 < need;
  },
  needs(ctx) {
    const p = ctx.policy;
    const eligible = poolEligible(ctx);
    return pools(eligible).map((q) => {
      const e = eligible[q];
      const need = ceilQ(p.quotaShare * e);
      return { zh: `规则: 城镇非薄弱学校${POOL_WORDS[q].zh.trim()}符合条件教师 ${e} 人, 需交流 ≥ ${need} 人（${pct(p.quotaShare)}, 向上取整）`, en: `rule: urban/town schools that are not weak have ${e} eligible ${POOL_WORDS[q].en}${plural(e, 'teacher')}, so at least ${need} rotate (${pct(p.quotaShare)}, rounded up)` };
    });
  },
  capacity: (ctx) => openPosts(ctx),
  hint: (p) => ({ zh: `乡村、薄弱学校同学科空岗不足以接收: 降低 rules.quota_share（现为 ${p.quotaShare}）或补充岗位表`, en: `rural and weak schools lack open posts in those subjects: lower rules.quota_share (now ${p.quotaShare}) or add posts` }),
};
