import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { allowsMove } from '../../src/rules/allows-move.js';
import { barringRules, moveBars } from '../../src/rules/move-bars.js';
import { context, county, lock, post, school, teacher } from '../helpers/make-county.js';

/**
 * Which rules bar a move (move-bars.ts): each move judge's own check, so that a move is barred by
 * some rule exactly when allowsMove refuses it, and the class-cached answer is the one asked move by move.
 */
describe('the rules that bar a move', () => {
  const schools: School[] = [
    school('U1', 'urban'),
    school('U2', 'urban'),
    school('W1', 'town', { weak: true }),
    school('R1', 'rural'),
    school('J1', 'urban', { stage: 'junior' }),
    school('J2', 'rural', { stage: 'junior' }),
    school('N1', 'rural', { stage: 'nine_year', primaryStudents: 300, juniorStudents: 200 }),
  ];
  const ts: Teacher[] = [
    teacher('P1', 'U1', '语文'),
    teacher('P2', 'R1', '语文'),
    teacher('P3', 'U1', '语文'),
    teacher('J', 'J1', '语文'),
    teacher('JP', 'J1', '语文', { certificate: 'primary' }),
    teacher('M', 'U1', '音乐'),
    teacher('VP', 'U1', '语文', { role: 'vice_principal' }),
  ];
  const posts = schools.flatMap((s) => [post(s.id, '语文', 5)]);
  const c = county(schools, ts, posts, [lock('P3', 'forbid', 'R1')]);
  const byId = new Map(schools.map((s) => [s.id, s]));
  const at = (id: string): School => byId.get(id) as School;
  const who = (id: string): Teacher => ts.find((t) => t.id === id) as Teacher;
  const bars = (id: string, to: string, sets: Record<string, string> = {}) => {
    const t = who(id);
    return barringRules({ teacher: t, from: at(t.schoolId), to: at(to) }, context(c, sets));
  };

  it('names the rule that bars each move, none for an allowed one', () => {
    expect(bars('P1', 'R1')).toEqual([]);
    expect(bars('P1', 'W1')).toEqual([]);
    expect(bars('P1', 'U2')).toEqual(['direction']);
    expect(bars('P1', 'U1')).toEqual(['one_destination', 'direction']);
    expect(bars('P3', 'R1')).toEqual(['locks']);
    // Up a stage, and a subject with no post there.
    expect(bars('P1', 'J2')).toEqual(['same_stage']);
    expect(bars('M', 'R1')).toEqual(['same_subject']);
    // A junior teacher may go one down; his certificate decides, and with stage_down off he may not.
    expect(bars('J', 'R1')).toEqual([]);
    expect(bars('J', 'R1', { 'rules.stage_down': 'no' })).toEqual(['same_stage']);
    expect(bars('JP', 'N1')).toEqual([]);
    expect(bars('J', 'J2')).toEqual([]);
    expect(bars('JP', 'J2')).toEqual(['same_stage']);
    expect(bars('JP', 'J1')).toEqual(['one_destination', 'same_stage', 'direction']);
    // A vice principal is posted by the county: neither the direction nor the subject posts hold him.
    expect(bars('VP', 'U2')).toEqual([]);
    expect(bars('P2', 'U2', { 'rules.direction': 'no' })).toEqual([]);
  });

  it('bars a move exactly when allowsMove refuses it, and the cached answer is the move-by-move one', () => {
    const policies: Record<string, string>[] = [{}, { 'rules.stage_down': 'no' }, { 'rules.two_way': 'no' }];
    for (const sets of policies) {
      const ctx = context(c, sets);
      const cached = moveBars(ctx.schools, ctx);
      for (const t of ts) {
        const from = at(t.schoolId);
        const byClass = cached.byClass(t, from);
        ctx.schools.forEach((to, i) => {
          const q = { teacher: t, from, to };
          const rules = barringRules(q, ctx);
          expect(rules.length === 0, `${t.id} → ${to.id}`).toBe(allowsMove(q, ctx));
          expect(cached.rules(byClass(i) | cached.byTeacher(q)), `${t.id} → ${to.id}`).toEqual(rules);
        });
      }
    }
  });
});
