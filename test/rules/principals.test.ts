import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { checkLocks } from '../../src/plan/check-locks.js';
import { teacherStatuses } from '../../src/plan/teacher-status.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { principalRows, principalsCsv } from '../../src/plan-folder/principals-file.js';
import { county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

/** A town school of 10 语文 teachers, its principal (语文, 8 years) and vice principal (数学, 3 years), and a rural school short of 语文. */
function withLeaders(locks = [] as ReturnType<typeof lock>[]) {
  const schools: School[] = [school('T', 'town'), school('R', 'rural')];
  const ts: Teacher[] = [
    ...teachers('t', 10, 'T', '语文'),
    teacher('P1', 'T', '语文', { role: 'principal', yearsAtSchool: 8, backbone: 'county' }),
    teacher('V1', 'T', '数学', { role: 'vice_principal', yearsAtSchool: 3 }),
  ];
  return county(schools, ts, [post('T', '语文', 10), post('R', '语文', 4), post('T', '数学', 0)], locks);
}
const SETS = { 'plan.year': '2026', 'rules.backbone_share': '0' };

describe('principals and vice principals: outside subject posts, quotas and the backbone share', () => {
  it('hold no subject post, are not in the quota base, and the model never places them', () => {
    const ctx = buildContext(withLeaders(), policy(SETS));
    const st = ctx.stock.get('T');
    expect(st?.teachers).toBe(12);
    expect(st?.bySubject.get('语文')).toBe(10);
    expect(st?.bySubject.get('数学')).toBeUndefined();
    expect(st?.eligible).toBe(10);
    const solved = solveCounty(ctx, false, () => 0);
    expect(solved.kind).toBe('planned');
    if (solved.kind !== 'planned') return;
    expect(solved.plan.moves.some((m) => m.teacher.role !== 'teacher')).toBe(false);
    // Shortage counts teachers in subject posts: T has 10 语文 posts and 10 语文 teachers besides its principal.
    const t = solved.plan.figures.find((f) => f.school.id === 'T');
    expect(t?.teachersBefore).toBe(12);
    expect(t?.shortageBefore).toBe(0);
  });

  it('lists those due to rotate (two terms) for the county, with their status in teachers.csv', () => {
    const ctx = buildContext(withLeaders(), policy(SETS));
    const statuses = teacherStatuses(ctx, []);
    const rows = principalRows(statuses, ctx.schoolById);
    expect(rows.map((r) => r.status.teacher.id)).toEqual(['P1']);
    expect(rows[0]?.status.label.zh).toBe('列入校长交流名单');
    expect(rows[0]?.status.reason.zh).toContain('校长本校任职8年, 满6年（2届, 每届3年）');
    const csv = principalsCsv(rows, 'zh', []);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF工号,姓名,岗位类别,学校代码,学校名称,本校任职年限,状态,交流学校代码,理由');
    expect(csv).toContain('P1,教师P1,校长,T,学校T,8,列入校长交流名单,,');
    expect(statuses.find((s) => s.teacher.id === 'V1')?.reason.zh).toContain('副校长本校任职3年, 未满6年（2届, 每届3年）');
  });

  it('a lock moves one without a subject post; the outflow cap counts him, the quota does not', () => {
    const c = withLeaders([lock('P1', 'move', 'R')]);
    const ctx = buildContext(c, policy({ ...SETS, 'rules.quota_share': '0.2', 'rules.max_outflow_share': '0.25', 'rules.max_backbone_outflow_share': '1' }));
    // R has no 数学 post and 语文 posts to spare, but a principal needs none: no conflict.
    expect(checkLocks(ctx)).toEqual([]);
    const solved = solveCounty(ctx, false, () => 0);
    expect(solved.kind).toBe('planned');
    if (solved.kind !== 'planned') return;
    const p1 = solved.plan.moves.find((m) => m.teacher.id === 'P1');
    expect(p1?.leader).toBe(true);
    expect(p1?.reason.zh).toContain('校长交流, 由县教育局组织选派');
    // ⌊25% × 12⌋ = 3 may leave T: the principal and two teachers (the quota ⌊20% × 10⌋ = 2 counts the teachers only).
    expect(solved.plan.moves.filter((m) => m.from.id === 'T')).toHaveLength(3);
    const r = solved.plan.figures.find((f) => f.school.id === 'R');
    expect(r?.shortageAfter).toBe(2);
    expect(r?.teachersAfter).toBe(3);
  });

  it('the verifier: a principal leaving counts in the outflow cap, not in the quota, the share or the posts', () => {
    const c = withLeaders();
    const p = policy({ 'plan.year': '2026', 'rules.quota_share': '0.2', 'rules.max_outflow_share': '0.2', 'rules.backbone_share': '0.5' });
    const moves = [
      { teacherId: 'P1', fromSchoolId: 'T', toSchoolId: 'R' },
      { teacherId: 't001', fromSchoolId: 'T', toSchoolId: 'R' },
      { teacherId: 't002', fromSchoolId: 'T', toSchoolId: 'R' },
    ];
    const checks = verifyPlan(c, p, moves);
    expect(checks.find((x) => x.rule === 'outflow_cap')?.failures[0]?.zh).toContain('调出3人, 上限2人');
    expect(checks.find((x) => x.rule === 'school_quota')?.held).toBe(true);
    expect(checks.find((x) => x.rule === 'county_quota')?.value).toBe('2');
    // The principal is a county-level backbone teacher, but not among those sent out: 0 of 2.
    expect(checks.find((x) => x.rule === 'backbone_share')?.value).toBe('0');
    expect(checks.find((x) => x.rule === 'posts_capacity')?.held).toBe(true);
    expect(checks.find((x) => x.rule === 'same_subject')?.held).toBe(true);
  });

  it('the county posts one wherever it decides: a lock from a town school to another is not held to the teachers\' direction', () => {
    const c = withLeaders([lock('P1', 'move', 'T2')]);
    const both = { ...c, schools: [...c.schools, school('T2', 'town')] };
    const ctx = buildContext(both, policy({ ...SETS, 'rules.max_outflow_share': '0.25', 'rules.max_backbone_outflow_share': '1' }));
    expect(checkLocks(ctx)).toEqual([]);
    const moves = [{ teacherId: 'P1', fromSchoolId: 'T', toSchoolId: 'T2' }];
    expect(verifyPlan(both, ctx.policy, moves).find((x) => x.rule === 'direction')?.held).toBe(true);
    // A teacher's move between the two is against the rule, for the lock check and the verifier alike.
    const teacherMove = buildContext({ ...both, locks: [lock('t001', 'move', 'T2')] }, policy({ ...SETS, 'rules.max_outflow_share': '0.25' }));
    expect(checkLocks(teacherMove).map((x) => x.rule)).toContain('direction');
    expect(verifyPlan(both, ctx.policy, [{ teacherId: 't001', fromSchoolId: 'T', toSchoolId: 'T2' }]).find((x) => x.rule === 'direction')?.held).toBe(false);
  });
  it('a principal of the subject makes no room for a locked arrival: the lock check says so before solving, as the model does', () => {
    // R: two 语文 posts, both held by teachers not yet eligible (2 years), and its principal, a 语文 teacher of 8 years.
    // A lock brings u003 into R's 语文: only a teacher leaving a 语文 post would make room, and none may.
    const c = county(
      [school('U', 'urban'), school('R', 'rural')],
      [...teachers('u', 10, 'U', '语文'), ...teachers('r', 2, 'R', '语文', { yearsAtSchool: 2 }), teacher('P2', 'R', '语文', { role: 'principal', yearsAtSchool: 8 })],
      [post('U', '语文', 10), post('R', '语文', 2)],
      [lock('u003', 'move', 'R')],
    );
    const ctx = buildContext(c, policy({ ...SETS, 'rules.two_way': 'no' }));
    expect(ctx.eligibility.get('P2')?.status).toBe('eligible');
    // No plan keeps the lock: the principal's move would free no subject post.
    expect(solveCounty(ctx, false, () => 0).kind).toBe('infeasible');
    const conflicts = checkLocks(ctx);
    expect(conflicts.map((x) => x.rule)).toEqual(['posts_capacity']);
    expect(conflicts[0]?.failures[0]?.zh).toContain('该校语文岗位 2 个、现有 2 人, 最多可接收 0 人');
    expect(conflicts[0]?.hint.zh).toContain('删除或改动其中 1 行锁定');
  });
});
