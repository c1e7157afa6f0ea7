import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { assignmentColumns } from '../../src/plan-folder/assignments-file.js';
import type { Move } from '../../src/plan/build-plan.js';
import { context, county, lock, post, school, teacher, teachers } from '../helpers/make-county.js';

/**
 * A vice principal of a 小学 and a principal of an 初中, both county-level backbone, that locks send
 * into a 九年一贯制 school; vice principals of an 初中 and a 小学 that locks send into a 完全中学; a
 * vice principal of a 小学 that a lock sends to a 小学.
 */
function leadersLocked() {
  const c = county(
    [
      school('P1', 'urban'),
      school('J1', 'urban', { stage: 'junior' }),
      school('N1', 'rural', { stage: 'nine_year', students: 600, primaryStudents: 400, juniorStudents: 200 }),
      school('R1', 'rural'),
      school('M1', 'rural', { stage: 'complete', students: 700, juniorStudents: 400, seniorStudents: 300 }),
    ],
    [
      teacher('VP1', 'P1', '语文', { role: 'vice_principal', backbone: 'county' }),
      teacher('PR1', 'J1', '数学', { role: 'principal', backbone: 'county' }),
      teacher('VP2', 'P1', '数学', { role: 'vice_principal' }),
      teacher('VP3', 'J1', '语文', { role: 'vice_principal' }),
      teacher('VP4', 'P1', '语文', { role: 'vice_principal' }),
      ...teachers('A', 10, 'P1', '语文'),
      ...teachers('B', 10, 'J1', '数学'),
      // Backbone enough that each school may lose its backbone leader (30%, rounded down).
      ...teachers('K', 3, 'P1', '语文', { backbone: 'county' }),
      ...teachers('L', 3, 'J1', '数学', { backbone: 'county' }),
      ...teachers('C', 4, 'N1', '语文', { teachingStage: 'primary' }),
      ...teachers('D', 4, 'N1', '数学', { teachingStage: 'junior' }),
      ...teachers('E', 3, 'R1', '语文'),
      ...teachers('F', 3, 'M1', '语文', { teachingStage: 'junior' }),
    ],
    [post('P1', '语文', 13), post('J1', '数学', 13), { ...post('N1', '语文', 4), section: 'primary' }, { ...post('N1', '数学', 4), section: 'junior' }, post('R1', '语文', 3), { ...post('M1', '语文', 3), section: 'junior' }],
    [lock('VP1', 'move', 'N1'), lock('PR1', 'move', 'N1'), lock('VP2', 'move', 'R1'), lock('VP3', 'move', 'M1'), lock('VP4', 'move', 'M1')],
  );
  // No quota: the teachers need not move, only the locked leaders do.
  const r = solveCounty(context(c, { 'rules.quota_share': '0' }), false, () => 0);
  if (r.kind !== 'planned') throw new Error(r.kind);
  return r.plan;
}

describe('交流任教学段 of a principal or vice principal a lock moves: the section the indicators count him or her in', () => {
  const plan = leadersLocked();
  const column = assignmentColumns('zh').find((c) => c.zh === '交流任教学段');
  const stageOf = (id: string): unknown => {
    const m = plan.moves.find((x: Move) => x.teacher.id === id);
    if (!m || !column) throw new Error(`no move of ${id}`);
    return column.get(m);
  };
  const backbone = (stage: 'primary' | 'junior') => {
    const s = plan.quality.sections.find((x) => x.before.section.schoolId === 'N1' && x.before.section.stage === stage);
    return [s?.before.values.backbone_per_100.count, s?.after.values.backbone_per_100.count];
  };

  it('at a 九年一贯制 school: 小学 for the 小学 leader, 初中 for the 初中 one, as the backbone indicator counts them', () => {
    expect(backbone('primary')).toEqual([0, 1]);
    expect(backbone('junior')).toEqual([0, 1]);
    expect(stageOf('VP1')).toBe('小学');
    expect(stageOf('PR1')).toBe('初中');
  });

  it('at a 完全中学: 初中 for an 初中 leader; none for a 小学 one, whom no judged section counts', () => {
    expect(stageOf('VP3')).toBe('初中');
    expect(stageOf('VP4')).toBe('');
  });

  it('at a school of one section: its section, as for a teacher', () => {
    expect(stageOf('VP2')).toBe('小学');
  });
});
