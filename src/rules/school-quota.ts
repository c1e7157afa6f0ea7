import { plural } from '../domain/plural.js';
import { isQuotaSchool } from '../domain/direction.js';
import { floorQ } from '../domain/rounding.js';
import { isLeader } from '../domain/leaders.js';
import type { Text } from '../domain/text.js';
import type { Lock } from '../domain/types.js';
import { isQuota, type ModelContext } from '../model/context.js';
import { addHardRow } from '../model/hard-row.js';
import { sums, terms } from '../model/sums.js';
import { checkResult } from './check-result.js';
import { pct } from '../domain/share-text.js';
import { openPosts } from './supply.js';
import type { HardRule } from './rule.js';

/** `u001 异议.csv 第2行、u002 第3行`: each lock's teacher and row, its file named where it changes. */
function lockRows(locks: readonly Lock[]): Text {
  const zh: string[] = [];
  const en: string[] = [];
  locks.forEach((l, i) => {
    const file = i === 0 || locks[i - 1]?.source.file !== l.source.file ? `${l.source.file} ` : '';
    zh.push(`${l.teacherId} ${file}第${l.source.row}行`);
    en.push(`${l.teacherId} ${file}row ${l.source.row}`);
  });
  return { zh: zh.join('、'), en: en.join(', ') };
}

/**
 * Stay locks (upheld objections, most often) that leave a quota school fewer unlocked eligible
 * teachers than its share: named with their rows where the rule is found in conflict, which the
 * rule's figures alone would not say (`--relax` still gives way on the rule, so they are no lock conflict).
 */
function staysOverQuota(ctx: ModelContext): Text[] {
  const stays = new Map<string, Lock[]>();
  for (const l of ctx.county.locks) {
    const t = ctx.teacherById.get(l.teacherId);
    if (l.action !== 'stay' || !t || isLeader(t) || ctx.eligibility.get(t.id)?.status !== 'eligible') continue;
    stays.set(t.schoolId, [...(stays.get(t.schoolId) ?? []), l]);
  }
  const out: Text[] = [];
  for (const [sid, locks] of [...stays].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const eligible = ctx.stock.get(sid)?.eligible ?? 0;
    const need = floorQ(ctx.policy.quotaShare * eligible);
    const free = eligible - locks.length;
    if (!isQuota(ctx, sid) || free >= need) continue;
    const sorted = [...locks].sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1));
    const rows = lockRows(sorted);
    const name = ctx.schoolById.get(sid)?.name ?? sid;
    const share = pct(ctx.policy.quotaShare);
    out.push({
      zh: `锁定留任 ${locks.length} 人（${rows.zh}）后, ${name}(${sid}) 符合条件教师 ${eligible} 人中至多交流 ${free} 人, 应不少于 ${need} 人（${share} × ${eligible}, 向下取整）: 删除其中 ${need - free} 行留任锁定（或驳回该异议）即可`,
      en: `${locks.length} ${plural(locks.length, 'teacher is', 'teachers are')} locked to stay at ${sid} (${rows.en}): at most ${free} of its ${eligible} eligible ${plural(eligible, 'teacher')} can rotate, at least ${need} must (${share} of ${eligible}, rounded down): remove ${need - free} of those stay locks (or reject the objection)`,
    });
  }
  return out;
}

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
    // Schools outside rules.scope (a 高中 by default) send nobody and are held to no share: not counted.
    const quotaSchools = f.rotating.filter(isQuotaSchool);
    const bad: Text[] = [];
    for (const s of quotaSchools) {
      const st = f.tally.get(s.id);
      if (!st) continue;
      const need = floorQ(p.quotaShare * st.eligible);
      if (st.sent < need) bad.push({ zh: `${s.name}(${s.id}) 交流${st.sent}人, 应不少于${need}人`, en: `${s.id} rotates ${st.sent}, at least ${need} required` });
    }
    // A county without such a school taking part has nothing to check: a dash, as for a plan without locks (not 10% and 0/0).
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
    return [{ zh: `规则: ${needs.length} 所城镇非薄弱学校各需交流 ≥ ${pct(p.quotaShare)} × 符合条件教师（向下取整）, 合计 ≥ ${total} 人`, en: `rule: ${needs.length} ${plural(needs.length, 'urban/town school that is not weak rotates', 'urban/town schools that are not weak each rotate')} ≥ ${pct(p.quotaShare)} of ${plural(needs.length, 'its', 'their')} eligible teachers (rounded down), ${total} in all` }, ...staysOverQuota(ctx)];
  },
  capacity: (ctx) => openPosts(ctx),
  hint: (p) => ({ zh: `降低 rules.quota_share（现为 ${p.quotaShare}）, 或检查这些学校同学科的乡村空岗`, en: `lower rules.quota_share (now ${p.quotaShare}) or check open rural posts in those schools' subjects` }),
};
