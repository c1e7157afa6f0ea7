import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { allowsMove } from '../../src/rules/allows-move.js';
import { planBook } from '../../src/rules/book.js';
import { twoWay } from '../../src/rules/two-way.js';
import { county, policy, post, school, teachers } from '../helpers/make-county.js';

/**
 * The case of issue 10: an urban junior school must send 10% but the rural junior posts are full.
 * Only a two-way exchange makes room: a rural teacher goes to the urban school, an urban one takes
 * the rural post. The urban school's mover must be a backbone teacher (share 60%), which holds only
 * when the two-way mover is left out of the backbone share.
 */
function fullRural() {
  const schools: School[] = [school('U', 'urban', { stage: 'junior' }), school('R', 'rural', { stage: 'junior' })];
  const ts: Teacher[] = [...teachers('b', 5, 'U', '数学', { backbone: 'school' }), ...teachers('u', 5, 'U', '数学'), ...teachers('r', 5, 'R', '数学')];
  return county(schools, ts, [post('U', '数学', 10), post('R', '数学', 5)]);
}
const SETS = { 'plan.year': '2026', 'rules.backbone_share': '0.6' };
const ids = (ms: { teacherId: string; fromSchoolId: string; toSchoolId: string }[]) => ms;

describe('two_way: rural or weak → 城镇 non-weak schools, at most as many as the school sends', () => {
  it('lets the direction rule through only for rural/weak → 城镇 non-weak, and only when on', () => {
    const c = fullRural();
    const [u, r] = c.schools as [School, School];
    const rt = c.teachers.find((t) => t.schoolId === 'R') as Teacher;
    expect(allowsMove({ teacher: rt, from: r, to: u }, buildContext(c, policy(SETS)))).toBe(true);
    expect(allowsMove({ teacher: rt, from: r, to: u }, buildContext(c, policy({ ...SETS, 'rules.two_way': 'no' })))).toBe(false);
    const weakTown = school('W', 'town', { stage: 'junior', weak: true });
    expect(allowsMove({ teacher: rt, from: weakTown, to: u }, buildContext(c, policy(SETS)))).toBe(true);
    // Never into a weak school the other way round, nor between two strong 城镇 schools.
    expect(allowsMove({ teacher: rt, from: school('T', 'town', { stage: 'junior' }), to: u }, buildContext(c, policy(SETS)))).toBe(false);
  });

  it('makes the plan that same-direction moves alone cannot, labelled and outside the backbone share', () => {
    const c = fullRural();
    const on = solveCounty(buildContext(c, policy(SETS)), false, () => 0);
    expect(on.kind).toBe('planned');
    if (on.kind !== 'planned') return;
    const two = on.plan.moves.filter((m) => m.twoWay);
    expect(two.map((m) => `${m.from.id}>${m.to.id}`)).toEqual(['R>U']);
    expect(two[0]?.direction.zh).toBe('乡村→城镇（跟岗）');
    expect(two[0]?.reason.zh).toContain('跟岗交流');
    const sent = on.plan.moves.filter((m) => !m.twoWay);
    expect(sent.map((m) => `${m.from.id}>${m.to.id}`)).toEqual(['U>R']);
    expect(sent[0]?.teacher.backbone).toBe('school');
    for (const ch of on.plan.checks) expect(ch.held, ch.rule).toBe(true);
    expect(on.plan.checks.find((ch) => ch.rule === 'backbone_share')?.threshold).toContain('× 1');
    // Off: the rural posts are full, so the quota cannot be met.
    const off = solveCounty(buildContext(c, policy({ ...SETS, 'rules.two_way': 'no' })), false, () => 0);
    expect(off.kind).toBe('infeasible');
  });

  it('the verifier names two-way arrivals beyond what the school sends, and the share counts only those sent out', () => {
    const c = fullRural();
    const p = policy(SETS);
    const alone = verifyPlan(c, p, ids([{ teacherId: 'r001', fromSchoolId: 'R', toSchoolId: 'U' }]));
    const r = alone.find((x) => x.rule === 'two_way');
    expect(r?.held).toBe(false);
    expect(r?.failures[0]?.zh).toContain('U 数学 跟岗交流调入1人, 同学段同学科调出0人');
    const swap = verifyPlan(c, p, ids([{ teacherId: 'r001', fromSchoolId: 'R', toSchoolId: 'U' }, { teacherId: 'u001', fromSchoolId: 'U', toSchoolId: 'R' }]));
    expect(swap.find((x) => x.rule === 'two_way')?.held).toBe(true);
    // u001 is no backbone teacher: 0 of 1 sent out, whatever the two-way mover is.
    expect(swap.find((x) => x.rule === 'backbone_share')?.value).toBe('0');
    expect(swap.find((x) => x.rule === 'backbone_share')?.threshold).toBe('≥ 1 (60% × 1)');
  });

  it('counts per stage and subject: a 九年一贯制 sending from its 小学部 takes no 跟岗 teacher into its 初中部', () => {
    // N (urban, 九年一贯制) sends one primary English teacher to the rural primary school P; R's junior English teacher goes two-way into N.
    const schools: School[] = [
      school('N', 'urban', { stage: 'nine_year', primaryStudents: 300, juniorStudents: 200 }),
      school('P', 'rural'),
      school('R', 'rural', { stage: 'junior' }),
    ];
    const ts: Teacher[] = [...teachers('np', 4, 'N', '英语', { teachingStage: 'primary' }), ...teachers('nj', 4, 'N', '英语', { teachingStage: 'junior' }), ...teachers('p', 2, 'P', '英语'), ...teachers('r', 3, 'R', '英语')];
    const posts = [{ ...post('N', '英语', 5), section: 'primary' as const }, { ...post('N', '英语', 5), section: 'junior' as const }, post('P', '英语', 4), post('R', '英语', 4)];
    const c = county(schools, ts, posts);
    const p = policy({ 'plan.year': '2026' });
    const across = verifyPlan(c, p, ids([{ teacherId: 'np001', fromSchoolId: 'N', toSchoolId: 'P' }, { teacherId: 'r001', fromSchoolId: 'R', toSchoolId: 'N' }])).find((x) => x.rule === 'two_way');
    expect(across?.held).toBe(false);
    expect(across?.failures[0]?.zh).toContain('N 初中部 英语 跟岗交流调入1人, 同学段同学科调出0人');
    // Sent from the 初中部, it holds.
    const within = verifyPlan(c, p, ids([{ teacherId: 'nj001', fromSchoolId: 'N', toSchoolId: 'P' }, { teacherId: 'r001', fromSchoolId: 'R', toSchoolId: 'N' }])).find((x) => x.rule === 'two_way');
    expect(within?.held).toBe(true);
    // A single change that sends r002 in as well breaks it at the 初中部, whichever section sent.
    const ctx = buildContext(c, p);
    const book = planBook(ctx, [{ teacherId: 'np001', fromSchoolId: 'N', toSchoolId: 'P' }], () => '');
    expect(twoWay.breaks?.(book, ctx.teacherById.get('r002') as Teacher, undefined, 'N', 1)).toBe(true);
    const book2 = planBook(ctx, [{ teacherId: 'nj001', fromSchoolId: 'N', toSchoolId: 'P' }], () => '');
    expect(twoWay.breaks?.(book2, ctx.teacherById.get('r002') as Teacher, undefined, 'N', 1)).toBe(false);
  });

  it('a single change that would outnumber the departures breaks it; the quota is not counted with two-way moves', () => {
    const c = fullRural();
    const ctx = buildContext(c, policy(SETS));
    const book = planBook(ctx, [{ teacherId: 'r001', fromSchoolId: 'R', toSchoolId: 'U' }, { teacherId: 'b001', fromSchoolId: 'U', toSchoolId: 'R' }], () => '');
    const r2 = ctx.teacherById.get('r002') as Teacher;
    const b1 = ctx.teacherById.get('b001') as Teacher;
    expect(twoWay.breaks?.(book, r2, undefined, 'U', 1)).toBe(true);
    // b001 staying home would leave one arrival and no departure.
    expect(twoWay.breaks?.(book, b1, 'R', undefined, -1)).toBe(true);
    expect(book.sent).toBe(1);
    expect(book.movers).toBe(2);
  });
  it('the checklist row counts school-section-subject groups and its words say so (3 people into 2 groups read 2/2)', () => {
    // Two 语文 teachers and one 数学 teacher of R go two-way into U; U sends as many of each to R.
    const schools: School[] = [school('U', 'urban'), school('R', 'rural')];
    const ts: Teacher[] = [...teachers('uy', 5, 'U', '语文'), ...teachers('us', 5, 'U', '数学'), ...teachers('ry', 5, 'R', '语文'), ...teachers('rs', 5, 'R', '数学')];
    const c = county(schools, ts, [post('U', '语文', 5), post('U', '数学', 5), post('R', '语文', 5), post('R', '数学', 5)]);
    const moves = [
      { teacherId: 'ry001', fromSchoolId: 'R', toSchoolId: 'U' }, { teacherId: 'ry002', fromSchoolId: 'R', toSchoolId: 'U' }, { teacherId: 'rs001', fromSchoolId: 'R', toSchoolId: 'U' },
      { teacherId: 'uy001', fromSchoolId: 'U', toSchoolId: 'R' }, { teacherId: 'uy002', fromSchoolId: 'U', toSchoolId: 'R' }, { teacherId: 'us001', fromSchoolId: 'U', toSchoolId: 'R' },
    ];
    const r = verifyPlan(c, policy({ 'plan.year': '2026' }), ids(moves)).find((x) => x.rule === 'two_way');
    expect(r?.held).toBe(true);
    // Three people moved two-way, into two (school, section, subject) groups: the row counts the groups.
    expect(r?.threshold).toBe('2/2');
    expect(r?.value).toBe('2/2');
    expect(r?.zh).toContain('每校每学段每学科');
    expect(r?.en).toContain('per school, stage and subject');
  });
});
