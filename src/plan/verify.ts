import { isBackbone } from '../domain/backbone.js';
import { isQuotaSchool, moveDirection } from '../domain/direction.js';
import { eligibility } from '../domain/eligibility.js';
import type { Policy } from '../domain/policy.js';
import { postsOf, postTable } from '../domain/staffing.js';
import type { County } from '../domain/types.js';

/** A move as the verifier sees it: ids only. */
export interface MoveIds {
  teacherId: string;
  fromSchoolId: string;
  toSchoolId: string;
}

/** One hard rule checked on the plan, with the threshold and the value the plan reached. */
export interface RuleCheck {
  rule: string;
  zh: string;
  en: string;
  threshold: string;
  value: string;
  held: boolean;
  /** The first few places where it failed, in both languages. */
  failures: { zh: string; en: string }[];
  /** True for rules a user may ask to relax when they conflict. */
  relaxable: boolean;
}

const ceilQ = (x: number): number => Math.ceil(x - 1e-9);
const floorQ = (x: number): number => Math.floor(x + 1e-9);

/**
 * Checks every hard rule on a finished plan, from the county, the policy and the list of moves
 * alone: nothing from the model or the solver is trusted here.
 */
export function verifyPlan(county: County, p: Policy, moves: readonly MoveIds[]): RuleCheck[] {
  const teacher = new Map(county.teachers.map((t) => [t.id, t]));
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const posts = postTable(county, p);
  const checks: RuleCheck[] = [];
  const rule = (r: Omit<RuleCheck, 'held'> & { held?: boolean }): void => {
    checks.push({ ...r, held: r.held ?? r.failures.length === 0, failures: r.failures.slice(0, 20) });
  };

  const seen = new Map<string, number>();
  const bad1: RuleCheck['failures'] = [];
  for (const m of moves) {
    seen.set(m.teacherId, (seen.get(m.teacherId) ?? 0) + 1);
    const t = teacher.get(m.teacherId);
    if (!t) bad1.push({ zh: `未知教师 ${m.teacherId}`, en: `unknown teacher ${m.teacherId}` });
    else if (t.schoolId !== m.fromSchoolId) bad1.push({ zh: `${t.id} 原学校应为 ${t.schoolId}`, en: `${t.id} is at ${t.schoolId}, not ${m.fromSchoolId}` });
    if (!school.has(m.toSchoolId) || m.toSchoolId === m.fromSchoolId) bad1.push({ zh: `${m.teacherId} 交流学校 ${m.toSchoolId} 无效`, en: `${m.teacherId}: destination ${m.toSchoolId} is not another known school` });
  }
  for (const [id, n] of seen) if (n > 1) bad1.push({ zh: `${id} 出现${n}次`, en: `${id} is moved ${n} times` });
  rule({ rule: 'one_destination', zh: '每名教师至多调往一所学校', en: 'each teacher goes to at most one other school', threshold: '1', value: String(Math.max(0, ...seen.values())), failures: bad1, relaxable: false });

  const bad2 = moves.filter((m) => {
    const t = teacher.get(m.teacherId);
    return t !== undefined && eligibility(t, p).status !== 'eligible';
  });
  rule({ rule: 'eligibility', zh: '只交流符合条件的教师', en: 'only eligible teachers rotate', threshold: '0', value: String(bad2.length), failures: bad2.map((m) => ({ zh: `${m.teacherId} 不符合交流条件`, en: `${m.teacherId} is not eligible` })), relaxable: false });

  const moved = new Map(moves.map((m) => [m.teacherId, m]));
  const bad3: RuleCheck['failures'] = [];
  for (const l of county.locks) {
    const m = moved.get(l.teacherId);
    if (l.action === 'stay' && m) bad3.push({ zh: `${l.teacherId} 锁定留任却被调动`, en: `${l.teacherId} is locked to stay but moves` });
    if (l.action === 'move' && m?.toSchoolId !== l.schoolId) bad3.push({ zh: `${l.teacherId} 锁定调往 ${l.schoolId}`, en: `${l.teacherId} is locked to move to ${l.schoolId}` });
    if (l.action === 'forbid' && m?.toSchoolId === l.schoolId) bad3.push({ zh: `${l.teacherId} 禁止调往 ${l.schoolId}`, en: `${l.teacherId} must not go to ${l.schoolId}` });
  }
  rule({ rule: 'locks', zh: '人工锁定必须遵守', en: 'human locks hold', threshold: String(county.locks.length), value: String(county.locks.length - bad3.length), failures: bad3, relaxable: false });

  const bad4: RuleCheck['failures'] = [];
  const bad5: RuleCheck['failures'] = [];
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const m of moves) {
    const t = teacher.get(m.teacherId);
    const from = school.get(m.fromSchoolId);
    const to = school.get(m.toSchoolId);
    if (!t || !from || !to) continue;
    if (p.sameSubject && postsOf(posts, to.id, t.subject) <= 0) bad4.push({ zh: `${t.id} 的学科「${t.subjectLabel}」在 ${to.id} 没有岗位`, en: `${t.id}: ${to.id} has no post in ${t.subjectLabel}` });
    if (moveDirection(from, to, p) === null) bad5.push({ zh: `${t.id} ${from.id}→${to.id} 不符合交流方向`, en: `${t.id} ${from.id}→${to.id} is against the direction rule` });
    inflow.set(`${to.id}|${t.subject}`, (inflow.get(`${to.id}|${t.subject}`) ?? 0) + 1);
    outflow.set(`${from.id}|${t.subject}`, (outflow.get(`${from.id}|${t.subject}`) ?? 0) + 1);
  }
  rule({ rule: 'same_subject', zh: '交流教师在流入学校任教同一学科', en: 'a rotated teacher teaches the same subject at the destination', threshold: '0', value: String(bad4.length), failures: bad4, relaxable: false });
  rule({ rule: 'direction', zh: '交流方向：城镇→乡村、优质→薄弱', en: 'direction: urban/town → rural, strong → weak', threshold: '0', value: String(bad5.length), failures: bad5, relaxable: false });

  const before = new Map<string, number>();
  for (const t of county.teachers) before.set(`${t.schoolId}|${t.subject}`, (before.get(`${t.schoolId}|${t.subject}`) ?? 0) + 1);
  const bad6: RuleCheck['failures'] = [];
  for (const [key, n] of [...inflow].sort()) {
    const [sid = '', j = ''] = key.split('|');
    const after = (before.get(key) ?? 0) - (outflow.get(key) ?? 0) + n;
    const cap = postsOf(posts, sid, j);
    if (after > cap) bad6.push({ zh: `${sid} ${j} 调整后${after}人, 岗位${cap}个`, en: `${sid} ${j}: ${after} teachers after, ${cap} posts` });
  }
  rule({ rule: 'posts_capacity', zh: '调入不超过岗位数', en: 'teachers arrive only into posts that are not full', threshold: '0', value: String(bad6.length), failures: bad6, relaxable: false });

  const stat = new Map<string, { teachers: number; backbone: number; eligible: number; eligibleBackbone: number; out: number; outBackbone: number }>();
  for (const s of county.schools) stat.set(s.id, { teachers: 0, backbone: 0, eligible: 0, eligibleBackbone: 0, out: 0, outBackbone: 0 });
  for (const t of county.teachers) {
    const st = stat.get(t.schoolId);
    if (!st) continue;
    st.teachers++;
    if (isBackbone(t)) st.backbone++;
    if (eligibility(t, p).status === 'eligible') {
      st.eligible++;
      if (isBackbone(t)) st.eligibleBackbone++;
    }
  }
  let movers = 0;
  let backboneMovers = 0;
  for (const m of moves) {
    const t = teacher.get(m.teacherId);
    const st = stat.get(m.fromSchoolId);
    if (!t || !st) continue;
    movers++;
    st.out++;
    if (isBackbone(t)) {
      backboneMovers++;
      st.outBackbone++;
    }
  }
  const quotaSchools = county.schools.filter(isQuotaSchool).sort((a, b) => (a.id < b.id ? -1 : 1));
  const bad7: RuleCheck['failures'] = [];
  let quotaEligible = 0;
  let quotaOut = 0;
  for (const s of quotaSchools) {
    const st = stat.get(s.id);
    if (!st) continue;
    quotaEligible += st.eligible;
    quotaOut += st.out;
    const need = floorQ(p.quotaShare * st.eligible);
    if (st.out < need) bad7.push({ zh: `${s.name}(${s.id}) 交流${st.out}人, 应不少于${need}人`, en: `${s.id} rotates ${st.out}, at least ${need} required` });
  }
  rule({ rule: 'school_quota', zh: '城镇非薄弱学校交流比例（每校, 向下取整）', en: 'each urban/town school that is not weak rotates its share (rounded down)', threshold: `${p.quotaShare * 100}%`, value: `${quotaSchools.length - bad7.length}/${quotaSchools.length}`, failures: bad7, relaxable: true });
  const countyNeed = ceilQ(p.quotaShare * quotaEligible);
  rule({ rule: 'county_quota', zh: '全县城镇非薄弱学校交流比例（向上取整）', en: 'urban/town schools that are not weak together rotate their share (rounded up)', threshold: `≥ ${countyNeed} (${p.quotaShare * 100}% × ${quotaEligible})`, value: String(quotaOut), held: quotaOut >= countyNeed, failures: quotaOut >= countyNeed ? [] : [{ zh: `交流${quotaOut}人, 应不少于${countyNeed}人`, en: `${quotaOut} rotated, at least ${countyNeed} required` }], relaxable: true });

  let eligibleBackbone = 0;
  for (const st of stat.values()) eligibleBackbone += st.eligibleBackbone;
  const base = p.backboneShareBase === 'eligible' ? eligibleBackbone : movers;
  const bbNeed = ceilQ(p.backboneShare * base);
  rule({ rule: 'backbone_share', zh: p.backboneShareBase === 'eligible' ? '交流骨干教师不低于符合条件骨干的比例' : '骨干教师占交流人数比例', en: p.backboneShareBase === 'eligible' ? 'backbone movers at least the share of eligible backbone teachers' : 'backbone teachers among those rotated', threshold: `≥ ${bbNeed} (${p.backboneShare * 100}% × ${base})`, value: String(backboneMovers), held: backboneMovers >= bbNeed, failures: backboneMovers >= bbNeed ? [] : [{ zh: `需要骨干 ≥ ${bbNeed} 人, 实际 ${backboneMovers} 人`, en: `needs ≥ ${bbNeed} backbone movers, has ${backboneMovers}` }], relaxable: true });

  const bad8: RuleCheck['failures'] = [];
  const bad9: RuleCheck['failures'] = [];
  for (const s of [...county.schools].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const st = stat.get(s.id);
    if (!st) continue;
    const cap = floorQ(p.maxOutflowShare * st.teachers);
    if (st.out > cap) bad8.push({ zh: `${s.name}(${s.id}) 调出${st.out}人, 上限${cap}人`, en: `${s.id} loses ${st.out}, at most ${cap}` });
    const bcap = floorQ(p.maxBackboneOutflowShare * st.backbone);
    if (st.outBackbone > bcap) bad9.push({ zh: `${s.name}(${s.id}) 调出骨干${st.outBackbone}人, 上限${bcap}人`, en: `${s.id} loses ${st.outBackbone} backbone, at most ${bcap}` });
  }
  rule({ rule: 'outflow_cap', zh: '每校调出教师上限（向下取整）', en: 'a school loses at most its share of teachers (rounded down)', threshold: `≤ ${p.maxOutflowShare * 100}%`, value: `${county.schools.length - bad8.length}/${county.schools.length}`, failures: bad8, relaxable: true });
  rule({ rule: 'backbone_outflow_cap', zh: '每校调出骨干上限（向下取整）', en: 'a school loses at most its share of backbone teachers (rounded down)', threshold: `≤ ${p.maxBackboneOutflowShare * 100}%`, value: `${county.schools.length - bad9.length}/${county.schools.length}`, failures: bad9, relaxable: true });
  return checks;
}
