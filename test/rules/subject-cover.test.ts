import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { planBook } from '../../src/rules/book.js';
import { subjectCover } from '../../src/rules/subject-cover.js';
import { county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

/**
 * An urban school with one PE teacher and five maths teachers, all eligible; a rural school with an
 * empty PE post and an empty maths post. The outflow cap lets one teacher go. A rural PE vacancy
 * weighs more than an urban one (scarce and rural), so without the rule the plan sends the urban
 * school's only PE teacher; with it, a maths teacher goes.
 */
function onlyPeTeacher(extraPe = 0) {
  const schools: School[] = [school('U', 'urban'), school('R', 'rural')];
  const ts: Teacher[] = [teacher('pe1', 'U', '体育'), ...teachers('pe-extra', extraPe, 'U', '体育'), ...teachers('m', 5, 'U', '数学'), ...teachers('r', 2, 'R', '数学')];
  return county(schools, ts, [post('U', '体育', 1 + extraPe), post('U', '数学', 5), post('R', '体育', 1), post('R', '数学', 3)]);
}
// No backbone teachers here: the backbone share is set aside.
const YEAR = { 'plan.year': '2026', 'rules.backbone_share': '0' };
const moved = (c: ReturnType<typeof onlyPeTeacher>, sets: Record<string, string>): string[] => {
  const r = solveCounty(buildContext(c, policy({ ...YEAR, ...sets })), false, () => 0);
  if (r.kind !== 'planned') throw new Error(r.kind);
  for (const ch of r.plan.checks) expect(ch.held, ch.rule).toBe(true);
  return r.plan.moves.map((m) => `${m.teacher.id}>${m.to.id}`);
};

describe('subject_cover: no subject with posts is left without its teachers', () => {
  it('keeps a school\'s only PE teacher, and lets him go with rules.keep_subject_teachers=0', () => {
    const c = onlyPeTeacher();
    expect(moved(c, {})).toEqual(['m001>R']);
    expect(moved(c, { 'rules.keep_subject_teachers': '0' })).toEqual(['pe1>R']);
  });

  it('lets one of two PE teachers go, and keeps both when the parameter asks for two', () => {
    const c = onlyPeTeacher(1);
    expect(moved(c, {})).toEqual(['pe-extra001>R']);
    expect(moved(c, { 'rules.keep_subject_teachers': '2' })).toEqual(['m001>R']);
  });

  it('the verifier names the place, the subject and the counts; a subject without posts there is not held', () => {
    const c = onlyPeTeacher();
    const p = policy(YEAR);
    const check = verifyPlan(c, p, [{ teacherId: 'pe1', fromSchoolId: 'U', toSchoolId: 'R' }]).find((x) => x.rule === 'subject_cover');
    expect(check?.held).toBe(false);
    expect(check?.failures[0]?.zh).toBe('U 体育 调整前1人, 调整后0人, 应至少保留1人');
    // U has PE and maths posts, R maths (R's PE post has no teacher to keep): three places and subjects checked.
    expect(check?.threshold).toBe('3/3');
    expect(check?.value).toBe('2/3');
    const noPosts = county(c.schools, c.teachers, [post('U', '数学', 5), post('R', '体育', 1), post('R', '数学', 3)]);
    expect(verifyPlan(noPosts, p, [{ teacherId: 'pe1', fromSchoolId: 'U', toSchoolId: 'R' }]).find((x) => x.rule === 'subject_cover')?.held).toBe(true);
  });

  it('a single change breaks it only when it takes the last teacher the place keeps', () => {
    const c = onlyPeTeacher(1);
    const ctx = buildContext(c, policy(YEAR));
    const pe1 = ctx.teacherById.get('pe1') as Teacher;
    const pe2 = ctx.teacherById.get('pe-extra001') as Teacher;
    const none = planBook(ctx, [], () => '');
    expect(subjectCover.breaks?.(none, pe1, undefined, 'R', 1)).toBe(false);
    const one = planBook(ctx, [{ teacherId: 'pe-extra001', fromSchoolId: 'U', toSchoolId: 'R' }], () => '');
    expect(subjectCover.breaks?.(one, pe1, undefined, 'R', 1)).toBe(true);
    // Bringing the mover home never breaks it.
    expect(subjectCover.breaks?.(one, pe2, 'R', undefined, -1)).toBe(false);
  });

  it('a lock that empties the subject is a conflict naming the rule and the value that lifts it', () => {
    const c = onlyPeTeacher();
    const locked = { ...c, locks: [lock('pe1', 'move', 'R')] };
    const r = solveCounty(buildContext(locked, policy(YEAR)), false, () => 0);
    expect(r.kind).toBe('infeasible');
    if (r.kind !== 'infeasible') return;
    const conflict = r.conflicts.find((x) => x.rule === 'subject_cover');
    expect(conflict?.hint.zh).toContain('rules.keep_subject_teachers 从 1 降到 0');
  });
});
