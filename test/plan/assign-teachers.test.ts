import { describe, expect, it } from 'vitest';
import type { Teacher } from '../../src/domain/types.js';
import type { Columns } from '../../src/model/columns.js';
import { assignTeachers } from '../../src/plan/assign-teachers.js';
import { moveClasses } from '../../src/rules/allows-move.js';
import { context, county, post, school, teachers } from '../helpers/make-county.js';

/**
 * Naming teachers for solved counts, on counts made by hand: the matching names only places the
 * rules allow (here the rule that the destination has posts in the subject, which the matching
 * judges once per place and subject), and a group the counts send nobody from is left alone.
 */
describe('naming teachers for the counts', () => {
  // U sends 语文 teachers; R1 has 语文 posts, R2 only 数学 posts.
  const ctx = context(
    county([school('U', 'urban'), school('R1', 'rural'), school('R2', 'rural')], [...teachers('u', 3, 'U', '语文'), ...teachers('m', 2, 'U', '数学')], [post('U', '语文', 3), post('U', '数学', 2), post('R1', '语文', 2), post('R2', '数学', 2)]),
    { 'plan.year': '2026' },
  );
  const tk = moveClasses(ctx.schools, ctx).teacherClass(ctx.teachers[0] as Teacher);
  const cols = {
    out: [
      { col: 0, schoolId: 'U', place: 'U', subject: '语文', b: 0, tk, locked: 0, max: 3 },
      { col: 1, schoolId: 'U', place: 'U', subject: '数学', b: 0, tk, locked: 0, max: 2 },
    ],
    in: [
      { col: 2, schoolId: 'R1', place: 'R1', subject: '语文', c: 'p', locked: 0 },
      { col: 3, schoolId: 'R2', place: 'R2', subject: '语文', c: 'p', locked: 0 },
    ],
  } as unknown as Columns;

  it('names the teachers for the places the counts open', () => {
    const r = assignTeachers(ctx, { cols }, [2, 0, 2, 0]);
    expect(r.ok && r.placements.map((p) => `${p.teacherId}>${p.toSchoolId}`)).toEqual(['u001>R1', 'u002>R1']);
  });

  it('finds no place for a teacher when the only other place opened has no post in his subject', () => {
    const r = assignTeachers(ctx, { cols }, [2, 0, 1, 1]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.en).toContain('u002');
  });
});
