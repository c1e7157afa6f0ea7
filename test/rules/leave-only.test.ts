import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/model/context.js';
import { bookOf } from '../../src/plan/plan-book.js';
import { rebook } from '../../src/rules/rebook.js';
import { HARD_RULES } from '../../src/rules/registry.js';
import { county, policy } from '../helpers/make-county.js';
import { drawnCounty, drawnMoves, SCHOOL_DRAW, TEACHER_DRAW } from '../helpers/random-county.js';

const LEAVE_ONLY = HARD_RULES.filter((r) => r.leaveOnly === true);

const arbCase = fc.record({
  schools: fc.array(SCHOOL_DRAW, { minLength: 3, maxLength: 8 }),
  teachers: fc.array(fc.record({ ...TEACHER_DRAW }), { minLength: 10, maxLength: 50 }),
  posts: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 60, maxLength: 60 }),
  // Tight caps, so that they bind.
  sets: fc.constantFrom<Record<string, string>[]>({}, { 'rules.max_outflow_share': '0.1', 'rules.max_backbone_outflow_share': '0.1' }, { 'rules.max_outflow_share': '0.3', 'rules.max_backbone_outflow_share': '0.2' }),
  // A change of another teacher's decision: by position, and a destination (a school by position, or staying).
  other: fc.record({ teacher: fc.nat(), to: fc.option(fc.nat(), { freq: 3 }) }),
});

describe('a rule that judges only a teacher’s leaving (HardRule.leaveOnly)', () => {
  it('gives the same verdict wherever the teacher goes or is now, and the same after a change that does not touch the own school', () => {
    let barred = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        const { ss, at, ts, ps, locks } = drawnCounty(c);
        const ctx = buildContext(county(ss, ts, ps, locks), policy(c.sets));
        const placements = drawnMoves(c, { ts, at });
        const book = bookOf(ctx, placements);
        const u = ts[c.other.teacher % ts.length];
        const uTo = c.other.to === null ? undefined : at(c.other.to);
        for (const t of ctx.teachers) {
          for (const r of LEAVE_ONLY) {
            const verdict = (dMovers: number): boolean | undefined => r.breaks?.(book, t, undefined, undefined, dMovers);
            for (const cur of [undefined, ...ctx.schools.map((s) => s.id)]) {
              for (const next of [undefined, ...ctx.schools.map((s) => s.id)]) {
                for (const dMovers of [-1, 0, 1]) expect(r.breaks?.(book, t, cur, next, dMovers), `${r.name} ${t.id} ${cur}→${next} ${dMovers}`).toBe(verdict(dMovers));
              }
            }
            if (verdict(1) === true) barred++;
          }
        }
        // After another teacher's change, the verdicts stay for every teacher whose school the change did not touch (the other teacher's school, destination before and after).
        if (!u || uTo === u.schoolId || uTo === book.dest.get(u.id)) return;
        const before = new Map(ctx.teachers.map((t) => [t.id, LEAVE_ONLY.map((r) => r.breaks?.(book, t, undefined, undefined, 1))]));
        const touched = new Set([u.schoolId, book.dest.get(u.id), uTo]);
        rebook(book, u, uTo);
        for (const t of ctx.teachers) {
          if (touched.has(t.schoolId)) continue;
          expect(LEAVE_ONLY.map((r) => r.breaks?.(book, t, undefined, undefined, 1)), t.id).toEqual(before.get(t.id));
        }
      }),
      { numRuns: 100, seed: 20261208 },
    );
    expect(LEAVE_ONLY.map((r) => r.name).sort()).toEqual(['backbone_outflow_cap', 'outflow_cap']);
    // The caps bind in these counties: some teachers are barred from leaving.
    expect(barred).toBeGreaterThan(50);
  });
});
