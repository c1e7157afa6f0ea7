import { ceilQ, floorQ, isQuota } from '../context.js';
import { addHardRow, type Family } from '../family.js';
import { sums, terms } from '../sums.js';

/** Each 城镇 school that is not weak rotates at least ⌊quota × its eligible teachers⌋. */
export const schoolQuota: Family = {
  name: 'school_quota',
  kind: 'hard',
  zh: '城镇非薄弱学校交流人数不低于本校符合条件教师的规定比例（向下取整）',
  en: 'each urban/town school that is not weak rotates at least its share of eligible teachers (rounded down)',
  relaxable: true,
  build(ctx, cols, b, opts) {
    const s = sums(cols);
    for (const school of ctx.schools) {
      if (!isQuota(ctx, school.id)) continue;
      const need = floorQ(ctx.policy.quotaShare * (ctx.stock.get(school.id)?.eligible ?? 0));
      if (need <= 0) continue;
      addHardRow(b, opts, `school_quota[${school.id}]`, 'school_quota', terms(s.outBySchool.get(school.id) ?? [], 1), need, Infinity);
    }
  },
};

/** Together, the 城镇 schools that are not weak rotate at least ⌈quota × their eligible teachers⌉. */
export const countyQuota: Family = {
  name: 'county_quota',
  kind: 'hard',
  zh: '全县城镇非薄弱学校交流人数不低于其符合条件教师的规定比例（向上取整）',
  en: 'the county\'s urban/town schools that are not weak together rotate at least the share of their eligible teachers (rounded up)',
  relaxable: true,
  build(ctx, cols, b, opts) {
    let eligible = 0;
    for (const school of ctx.schools) if (isQuota(ctx, school.id)) eligible += ctx.stock.get(school.id)?.eligible ?? 0;
    const need = ceilQ(ctx.policy.quotaShare * eligible);
    if (need <= 0) return;
    const outs = cols.out.filter((o) => isQuota(ctx, o.schoolId));
    addHardRow(b, opts, 'county_quota', 'county_quota', terms(outs, 1), need, Infinity);
  },
};
