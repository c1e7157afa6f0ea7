import { isQuotaSchool } from '../domain/direction.js';
import { ceilQ } from '../domain/rounding.js';
import { isQuota } from '../model/context.js';
import { addHardRow } from '../model/hard-row.js';
import { terms } from '../model/sums.js';
import { checkResult } from './check-result.js';
import { pct } from '../domain/share-text.js';
import { openPosts } from './supply.js';
import type { HardRule } from './rule.js';

/** Together, the 城镇 schools that are not weak rotate at least ⌈quota × their eligible teachers⌉. */
export const countyQuota: HardRule = {
  name: 'county_quota',
  kind: 'hard',
  zh: '全县城镇非薄弱学校交流人数不低于其符合条件教师的规定比例（向上取整）',
  en: 'the county\'s urban/town schools that are not weak together rotate at least the share of their eligible teachers (rounded up)',
  relaxable: true,
  moveOnly: false,
  loosen: { param: 'rules.quota_share', field: 'quotaShare', down: true },
  build(ctx, cols, b, opts) {
    let eligible = 0;
    for (const school of ctx.schools) if (isQuota(ctx, school.id)) eligible += ctx.stock.get(school.id)?.eligible ?? 0;
    const need = ceilQ(ctx.policy.quotaShare * eligible);
    if (need <= 0) return;
    const outs = cols.out.filter((o) => isQuota(ctx, o.schoolId));
    addHardRow(b, opts, 'county_quota', 'county_quota', terms(outs, 1), need, Infinity);
  },
  check(f) {
    const p = f.policy;
    let eligible = 0;
    let out = 0;
    for (const s of f.schools.filter(isQuotaSchool)) {
      const st = f.tally.get(s.id);
      eligible += st?.eligible ?? 0;
      out += st?.sent ?? 0;
    }
    const need = ceilQ(p.quotaShare * eligible);
    const held = out >= need;
    return checkResult({ rule: 'county_quota', zh: '全县城镇非薄弱学校交流比例（向上取整）', en: 'urban/town schools that are not weak together rotate their share (rounded up)', threshold: `≥ ${need} (${pct(p.quotaShare)} × ${eligible})`, value: String(out), held, failures: held ? [] : [{ zh: `交流${out}人, 应不少于${need}人`, en: `${out} rotated, at least ${need} required` }], relaxable: true });
  },
  breaks(book, t, _cur, _next, dMovers) {
    const from = book.ctx.schoolById.get(t.schoolId);
    if (dMovers >= 0 || !from || !isQuotaSchool(from)) return false;
    const need = ceilQ(book.ctx.policy.quotaShare * book.quotaEligible);
    return book.quotaOut >= need && book.quotaOut - 1 < need;
  },
  needs(ctx) {
    const p = ctx.policy;
    const e = ctx.schools.filter((s) => isQuota(ctx, s.id)).reduce((a, s) => a + (ctx.stock.get(s.id)?.eligible ?? 0), 0);
    const need = ceilQ(p.quotaShare * e);
    return [{ zh: `规则: 城镇非薄弱学校符合条件教师 ${e} 人, 需交流 ≥ ${need} 人（${pct(p.quotaShare)}, 向上取整）`, en: `rule: urban/town schools that are not weak have ${e} eligible teachers, so at least ${need} rotate (${pct(p.quotaShare)}, rounded up)` }];
  },
  capacity: (ctx) => openPosts(ctx),
  hint: (p) => ({ zh: `乡村、薄弱学校同学科空岗不足以接收: 降低 rules.quota_share（现为 ${p.quotaShare}）或补充岗位表`, en: `rural and weak schools lack open posts in those subjects: lower rules.quota_share (now ${p.quotaShare}) or add posts` }),
};
