import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { bookOf } from '../../src/plan/plan-book.js';
import { evaluateChange, termsOf } from '../../src/plan/plan-terms.js';
import { county, context, post, school, teachers } from '../helpers/make-county.js';

/**
 * An urban primary school of 1,000 students with twelve PE teachers (the standard, 0.9 per 100,
 * asks for 9) and ten 语文 teachers, and a rural one of 300 students with no PE teacher (it needs
 * 2.7) and open posts of 体育 and 语文 alike (three each). The quota sends three teachers; the
 * shortage closed is the same number of posts whichever subject they teach.
 */
function shortCounty() {
  const schools: School[] = [school('U1', 'urban', { students: 1000 }), school('R1', 'rural', { students: 300 })];
  const ts: Teacher[] = [
    ...teachers('a', 12, 'U1', '体育').map((t, i) => ({ ...t, backbone: i < 3 ? ('school' as const) : ('none' as const) })),
    ...teachers('c', 10, 'U1', '语文').map((t, i) => ({ ...t, backbone: i < 3 ? ('school' as const) : ('none' as const) })),
    ...teachers('r', 2, 'R1', '语文', { yearsAtSchool: 1 }),
  ];
  const posts = [post('U1', '体育', 12), post('U1', '语文', 10), post('R1', '体育', 3), post('R1', '语文', 5)];
  return county(schools, ts, posts);
}

// 语文 counted scarce at 1.5×, so that a 语文 post filled weighs a little more than a PE post: without the term the choice is no tie.
const base = { 'plan.year': '2026', 'weights.indicator_spread': '0', 'rules.cv_ceiling': 'no', 'subjects.scarce': '语文', 'weights.scarce_factor': '1.5' };
const planned = (sets: Record<string, string>) => {
  const ctx = context(shortCounty(), { ...base, ...sets });
  const r = solveCounty(ctx, false, () => 0);
  if (r.kind !== 'planned') throw new Error(`${r.kind} ${JSON.stringify(r.kind === 'infeasible' ? r.conflicts : '')}`);
  const moves = r.plan.moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id }));
  return { ctx, r, moves, book: bookOf(ctx, moves) };
};

describe('indicator_shortfall: each section\'s shortfall below the standard as a soft term', () => {
  it('the model takes the value recomputed from the plan', () => {
    const { r, book } = planned({ 'weights.indicator_shortfall': '7' });
    const model = r.modelFigures.terms['indicator_shortfall'] ?? NaN;
    expect(termsOf(book).indicator_shortfall).toBeCloseTo(model, 6);
    // The backbone standard (1.0 per 100) is unmet at both schools whatever moves: 10 + 3 teachers short.
    expect(model).toBeGreaterThanOrEqual(7 * 13 - 1e-6);
  });

  it('a weight sends PE teachers where the standard is unmet; the shortage closed is the same', () => {
    const without = planned({ 'weights.indicator_shortfall': '0' });
    const withIt = planned({ 'weights.indicator_shortfall': '5' });
    const pe = (p: ReturnType<typeof planned>) => p.moves.filter((m) => p.ctx.teacherById.get(m.teacherId)?.subject === '体育' && m.toSchoolId === 'R1').length;
    expect(pe(withIt)).toBe(3);
    expect(pe(without)).toBeLessThan(3);
    expect(withIt.r.plan.moves.length).toBe(without.r.plan.moves.length);
    // R1 then has 3 PE teachers for its 2.7: its shortfall is gone.
    const r1 = withIt.r.plan.quality.sections.find((s) => s.after.section.schoolId === 'R1');
    expect(r1?.after.values.arts_pe_per_100.met).toBe(true);
    expect(r1?.before.values.arts_pe_per_100.met).toBe(false);
  });

  it('a single change costs what recomputing the term after it gives', () => {
    const { ctx, moves, book } = planned({ 'weights.indicator_shortfall': '5' });
    const before = termsOf(book).indicator_shortfall;
    let seen = 0;
    for (const t of ctx.teachers) {
      for (const to of [null, 'U1', 'R1']) {
        if (to === t.schoolId) continue;
        const rest = moves.filter((m) => m.teacherId !== t.id);
        const changed = to === null ? rest : [...rest, { teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: to }];
        const after = termsOf(bookOf(ctx, changed)).indicator_shortfall;
        expect(evaluateChange(book, t, to).delta.indicator_shortfall, `${t.id} → ${to}`).toBeCloseTo(after - before, 9);
        if (Math.abs(after - before) > 1e-9) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
