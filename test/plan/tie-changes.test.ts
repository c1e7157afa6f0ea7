import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLeader } from '../../src/domain/leaders.js';
import { buildContext } from '../../src/model/context.js';
import { bookOf } from '../../src/plan/plan-book.js';
import { evaluateChange, modelPartOf } from '../../src/plan/plan-terms.js';
import { tieChanges, type TieCandidate } from '../../src/plan/tie-changes.js';
import { moveClasses } from '../../src/rules/allows-move.js';
import { rebook } from '../../src/rules/rebook.js';
import { county, policy } from '../helpers/make-county.js';
import { drawnCounty, SCHOOL_DRAW, TEACHER_DRAW } from '../helpers/random-county.js';

/** Weights under which a teacher's going ties for the model wherever it fills a post: a move costs what a post filled saves. */
const TIED = { 'rules.direction': 'no', 'eligibility.min_years': '4', 'weights.moves': '1', 'weights.shortage': '1', 'weights.scarce_factor': '1', 'weights.rural_weak_factor': '1', 'weights.backbone_balance': '0', 'weights.indicator_spread': '0', 'weights.indicator_shortfall': '0', 'weights.priority': '0.5' };

const arbCase = fc.record({
  schools: fc.array(SCHOOL_DRAW, { minLength: 3, maxLength: 12 }),
  teachers: fc.array(fc.record({ ...TEACHER_DRAW }), { minLength: 10, maxLength: 50 }),
  posts: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 60, maxLength: 60 }),
  // Weights under which many changes tie for the model: priority points and home townships decide.
  sets: fc.constantFrom<Record<string, string>[]>(
    {},
    { 'weights.priority': '0.5', 'weights.home_township': '2' },
    { 'rules.direction': 'no', 'weights.home_township': '3', 'weights.preference': '1' },
    TIED,
    TIED,
  ),
  // Changes made after the first find: a teacher (by position) and a destination (a school by position, or staying).
  // Every post full before the changes (then a going teacher's ties come only where the changes open a post).
  full: fc.boolean(),
  changes: fc.array(fc.record({ teacher: fc.nat(), to: fc.option(fc.nat(), { freq: 4 }) }), { minLength: 1, maxLength: 20 }),
});

/** Each candidate option as `teacher>destination` with its total. */
const flat = (cs: readonly TieCandidate[]): Map<string, number> => new Map(cs.flatMap((c) => c.options.map((o): [string, number] => [`${c.t.id}>${o.to ?? 'stay'}`, o.total])));

describe('the ties a plan leaves', () => {
  it('are found as a fresh search finds them, after changes, from what the changes touched', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        const { ss, at, ts, ps, locks } = drawnCounty(c.full ? { ...c, posts: c.posts.map((n) => Math.min(0, n)) } : c);
        const ctx = buildContext(county(ss, ts, ps, locks), policy(c.sets));
        const placements = c.teachers.flatMap((t, i) => {
          const id = ts[i]?.id ?? '';
          const from = ts[i]?.schoolId ?? '';
          return t.moveTo !== null && at(t.moveTo) !== from ? [{ teacherId: id, fromSchoolId: from, toSchoolId: at(t.moveTo) }] : [];
        });
        const book = bookOf(ctx, placements);
        const judge = moveClasses(ctx.schools, ctx);
        const free = ctx.teachers.filter((t) => ctx.eligibility.get(t.id)?.status === 'eligible' && !isLeader(t));
        const ties = tieChanges(book, judge);
        const first = flat(ties.find(free));
        // The first find is a fresh search: each option it gives ties for the model and lowers the objective.
        for (const [key, total] of first) {
          const [id, to] = key.split('>');
          const t = ctx.teacherById.get(id ?? '');
          if (!t) throw new Error(key);
          const e = evaluateChange(book, t, to === 'stay' ? null : (to ?? null));
          expect(Math.abs(modelPartOf(e.delta)), key).toBeLessThanOrEqual(1e-7);
          expect(e.total, key).toBeCloseTo(total, 9);
          expect(e.total, key).toBeLessThan(-1e-9);
        }
        for (const ch of c.changes) {
          const t = ts[ch.teacher % ts.length];
          if (!t) continue;
          const cur = book.dest.get(t.id);
          const to = ch.to === null ? undefined : at(ch.to);
          if (to === t.schoolId || to === cur) continue;
          rebook(book, t, to);
          ties.moved(t, cur, to);
        }
        const again = flat(ties.find(free));
        const fresh = flat(tieChanges(book, judge).find(free));
        // The options of a fresh search on the changed plan; those found after the changes are the same.
        expect([...again.keys()].sort()).toEqual([...fresh.keys()].sort());
        for (const [key, total] of fresh) expect(again.get(key), key).toBeCloseTo(total, 9);
        if (fresh.size > 0) compared++;
      }),
      { numRuns: 400, seed: 20261207 },
    );
    expect(compared).toBeGreaterThan(50);
  });
});
