import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { planBook } from '../../src/rules/book.js';
import { countyQuota } from '../../src/rules/county-quota.js';
import { county, policy, post, school, teachers } from '../helpers/make-county.js';

/**
 * An urban junior school and an urban senior school, ten eligible teachers each, and a rural school
 * of each stage with open posts. Moves cost more than a vacancy filled gains (weights.moves 20), so
 * the plan moves only what the quota asks; a music vacancy (scarce) weighs more than a maths one.
 */
function twoStages() {
  const schools: School[] = [school('J', 'urban', { stage: 'junior' }), school('H', 'urban', { stage: 'senior' }), school('R', 'rural', { stage: 'junior' }), school('RS', 'rural', { stage: 'senior' })];
  const ts: Teacher[] = [...teachers('j', 10, 'J', '音乐'), ...teachers('h', 10, 'H', '数学'), ...teachers('r', 5, 'R', '音乐'), ...teachers('s', 5, 'RS', '数学')];
  return county(schools, ts, [post('J', '音乐', 10), post('H', '数学', 10), post('R', '音乐', 10), post('RS', '数学', 10)]);
}
const SETS = { 'plan.year': '2026', 'rules.backbone_share': '0', 'weights.moves': '20', 'rules.scope': '小学;初中;高中' };

describe('county_quota: 高中, when in the scope, has a quota of its own', () => {
  it('asks 10% of compulsory education\'s eligible teachers and 10% of 高中\'s apart, and the plan sends from each', () => {
    const c = twoStages();
    const r = solveCounty(buildContext(c, policy(SETS)), false, () => 0);
    if (r.kind !== 'planned') throw new Error(r.kind);
    for (const ch of r.plan.checks) expect(ch.held, ch.rule).toBe(true);
    expect(r.plan.moves.map((m) => `${m.from.id}>${m.to.id}`).sort()).toEqual(['H>RS', 'J>R']);
    const check = r.plan.checks.find((ch) => ch.rule === 'county_quota');
    expect(check?.threshold).toBe('≥ 1 (10% × 10); 高中 ≥ 1 (10% × 10)');
    expect(check?.value).toBe('1; 高中 1');
  });

  it('is broken by a plan that meets the total from compulsory education alone, and a single change sees it', () => {
    const c = twoStages();
    const p = policy(SETS);
    const twoJunior = [{ teacherId: 'j001', fromSchoolId: 'J', toSchoolId: 'R' }, { teacherId: 'j002', fromSchoolId: 'J', toSchoolId: 'R' }];
    const check = verifyPlan(c, p, twoJunior).find((x) => x.rule === 'county_quota');
    expect(check?.held).toBe(false);
    expect(check?.failures.map((f) => f.zh)).toEqual(['高中 交流0人, 应不少于1人']);
    const ctx = buildContext(c, p);
    const book = planBook(ctx, [twoJunior[0] as (typeof twoJunior)[0], { teacherId: 'h001', fromSchoolId: 'H', toSchoolId: 'RS' }], () => '');
    expect(countyQuota.breaks?.(book, ctx.teacherById.get('h001') as Teacher, 'RS', undefined, -1)).toBe(true);
    expect(countyQuota.needs?.(ctx).map((t) => t.zh)).toEqual(['规则: 城镇非薄弱学校符合条件教师 10 人, 需交流 ≥ 1 人（10%, 向上取整）', '规则: 城镇非薄弱学校高中符合条件教师 10 人, 需交流 ≥ 1 人（10%, 向上取整）']);
  });

  it('is the one county quota it always was while 高中 is outside the scope (the default)', () => {
    const c = twoStages();
    const r = solveCounty(buildContext(c, policy({ ...SETS, 'rules.scope': '小学;初中' })), false, () => 0);
    if (r.kind !== 'planned') throw new Error(r.kind);
    expect(r.plan.checks.find((ch) => ch.rule === 'county_quota')?.threshold).toBe('≥ 1 (10% × 10)');
    expect(r.plan.moves.map((m) => `${m.from.id}>${m.to.id}`)).toEqual(['J>R']);
  });
});

describe('the quota rows of a county without 城镇 schools that are not weak', () => {
  it('show a dash, nothing to check, where they read 10% 0/0 and ≥ 0 (10% × 0) 0', () => {
    const schools: School[] = [school('A', 'rural'), school('B', 'rural', { weak: true })];
    const c = county(schools, [...teachers('a', 6, 'A', '语文'), ...teachers('b', 2, 'B', '语文')], [post('A', '语文', 6), post('B', '语文', 4)]);
    const checks = verifyPlan(c, policy({ 'plan.year': '2026' }), [{ teacherId: 'a001', fromSchoolId: 'A', toSchoolId: 'B' }]);
    for (const rule of ['school_quota', 'county_quota']) {
      const ch = checks.find((x) => x.rule === rule);
      expect([ch?.threshold, ch?.value, ch?.held], rule).toEqual(['—', '—', true]);
    }
    // A county with such a school shows its share and count as before.
    const urban = county([school('U', 'urban'), ...schools], [...teachers('u', 10, 'U', '语文'), ...teachers('b', 2, 'B', '语文')], [post('U', '语文', 10), post('B', '语文', 4)]);
    const withQuota = verifyPlan(urban, policy({ 'plan.year': '2026' }), [{ teacherId: 'u001', fromSchoolId: 'U', toSchoolId: 'B' }]);
    expect(withQuota.find((x) => x.rule === 'school_quota')?.value).toBe('1/1');
    expect(withQuota.find((x) => x.rule === 'county_quota')?.threshold).toBe('≥ 1 (10% × 10)');
  });
});

describe('the county quota with nowhere to send anyone', () => {
  it('says there is no rural or weak school taking part, and what to change, not "0 open posts"', () => {
    // Seen: a county of 城区 schools, none marked weak, was told 乡村、薄弱学校空岗共 0 个 and to lower rules.quota_share.
    const urban = county([school('U1', 'urban'), school('U2', 'town')], [...teachers('u', 10, 'U1', '语文'), ...teachers('v', 10, 'U2', '语文')], [post('U1', '语文', 10), post('U2', '语文', 12)]);
    const said = countyQuota.capacity?.(buildContext(urban, policy())) ?? [];
    expect(said.map((t) => t.zh)).toEqual([expect.stringContaining('参加交流的学校中没有乡村学校, 也没有薄弱学校')]);
    expect(said[0]?.zh).toContain('「城乡类型」「薄弱学校」两列, 或设 rules.direction=no');
    // A rural school taking part: its open posts are counted as before.
    const one = county([school('U1', 'urban'), school('R1', 'rural')], teachers('u', 10, 'U1', '语文'), [post('U1', '语文', 10), post('R1', '语文', 2)]);
    expect(countyQuota.capacity?.(buildContext(one, policy())).map((t) => t.zh)).toEqual(['乡村、薄弱学校空岗共 2 个（须同学科才能接收）']);
  });
});

describe('the county quota of a county with one school taking part', () => {
  it('says there is no other school to go to, not to turn the direction rule off (which would not help)', () => {
    // Seen: a one-school county was told to set rules.direction=no, and with it the plan was as infeasible as before.
    const one = county([school('U1', 'urban')], teachers('u', 20, 'U1', '语文'), [post('U1', '语文', 20)]);
    const said = countyQuota.capacity?.(buildContext(one, policy())) ?? [];
    expect(said.map((t) => t.zh)).toEqual([expect.stringContaining('参加交流的学校只有 1 所')]);
    expect(said[0]?.zh).not.toContain('rules.direction');
    expect(said[0]?.en).toContain('only one school takes part');
  });
});
