/**
 * A move's reason names its destination; where another school of the county has that name (西坝中心学校
 * twice), the reason gives the code beside it, as the validate warning promises ("shown beside the
 * name throughout the plan"): the reason alone is what publish's lists, the report and explain print.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import { context, county, post, school, teachers } from '../helpers/make-county.js';

describe('the reason of a move to a school whose name another school has', () => {
  it('gives the destination\'s code beside its name, in both languages; a name of its own stays alone', () => {
    const schools = [school('s1', 'urban'), school('s2', 'rural', { name: '西坝中心学校' }), school('s3', 'rural', { name: '西坝中心学校' }), school('s4', 'rural', { name: '罗集小学' })];
    const ts = teachers('t', 9, 's1', '语文');
    const ctx = context(county(schools, ts, [post('s1', '语文', 6), post('s2', '语文', 1), post('s3', '语文', 1), post('s4', '语文', 1)]));
    const plan = buildPlan(ctx, [
      { teacherId: 't001', fromSchoolId: 's1', toSchoolId: 's2', locked: false },
      { teacherId: 't002', fromSchoolId: 's1', toSchoolId: 's3', locked: false },
      { teacherId: 't003', fromSchoolId: 's1', toSchoolId: 's4', locked: false },
    ]);
    const reason = (id: string) => plan.moves.find((m) => m.teacher.id === id)?.reason;
    expect(reason('t001')?.zh).toContain('「西坝中心学校（s2）」');
    expect(reason('t001')?.en).toContain('rural school 西坝中心学校 (s2)');
    expect(reason('t002')?.zh).toContain('「西坝中心学校（s3）」');
    expect(reason('t003')?.zh).toContain('「罗集小学」语文');
  });
});
