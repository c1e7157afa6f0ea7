/**
 * A lean solve (solveCounty, from LEAN_ROWS rows, with a solver that takes packed models): the
 * model is packed and let go while HiGHS works; the answer is checked against a copy of the packed
 * rows and read with the columns kept. It must name the very teachers a solve of the held model
 * names, give the same figures, release the solver before the teachers are named, and still refuse
 * an answer that is not a solution of the model, naming the row it breaks.
 */
import { describe, expect, it } from 'vitest';
import { LEAN_ROWS, solveCounty } from '../../src/pipeline/solve-county.js';
import { chooseSolver } from '../../src/solve/choose-solver.js';
import { loadHighs } from '../../src/solve/highs.js';
import type { PackedSolver, PlanSolver } from '../../src/solve/result.js';
import { context, county, post, school, teachers } from '../helpers/make-county.js';

const clock = (): number => 0;

/** Three town schools sending to two rural ones, in two subjects, some backbone teachers among them. */
const towns = () =>
  context(
    county(
      [school('T1', 'town'), school('T2', 'urban'), school('T3', 'town'), school('R1', 'rural'), school('R2', 'rural', { weak: true })],
      [
        ...teachers('a', 12, 'T1', '语文', { yearsAtSchool: 9 }),
        ...teachers('ab', 2, 'T1', '语文', { yearsAtSchool: 9, backbone: 'county' }),
        ...teachers('b', 10, 'T2', '数学', { yearsAtSchool: 7 }),
        ...teachers('bb', 2, 'T2', '数学', { yearsAtSchool: 7, backbone: 'city' }),
        ...teachers('c', 8, 'T3', '语文', { yearsAtSchool: 6 }),
        ...teachers('d', 2, 'R1', '语文'),
        ...teachers('e', 1, 'R2', '数学'),
      ],
      [post('T1', '语文', 12), post('T2', '数学', 10), post('T3', '语文', 7), post('R1', '语文', 5), post('R1', '数学', 3), post('R2', '语文', 4), post('R2', '数学', 4)],
    ),
    { 'rules.backbone_share': '0' },
  );

/** The HiGHS solver of a run, each call (held model or packed) recorded in `events`. */
async function recorded(events: string[], answer?: (p: Parameters<PackedSolver>[0]) => ReturnType<PackedSolver>): Promise<PlanSolver> {
  const s = chooseSolver('highs', await loadHighs());
  const packed = s.packed;
  if (!packed) throw new Error('HiGHS offers no packed solve');
  return Object.assign<PlanSolver, Pick<PlanSolver, 'packed'>>(
    (lp, o, now) => {
      events.push('model solved');
      return s(lp, o, now);
    },
    {
      packed: (lp, o, now) => {
        events.push('packed solved');
        return answer ? answer(lp) : packed(lp, o, now);
      },
    },
  );
}

const movesOf = (r: ReturnType<typeof solveCounty>): string[] => (r.kind === 'planned' ? r.plan.moves.map((m) => `${m.teacher.id}→${m.to.id}`).sort() : []);

describe('a lean solve', () => {
  it('names the same teachers and gives the same figures as a solve of the held model, and releases the solver before naming them', async () => {
    const held: string[] = [];
    const byHeld = solveCounty(towns(), false, clock, await recorded(held), (s) => held.push(s), () => held.push('solved all'));
    const lean: string[] = [];
    const byLean = solveCounty(towns(), false, clock, await recorded(lean), (s) => lean.push(s), () => lean.push('solved all'), 0);
    expect(byHeld.kind).toBe('planned');
    expect(byLean.kind).toBe('planned');
    expect(movesOf(byLean).length).toBeGreaterThan(0);
    expect(movesOf(byLean)).toEqual(movesOf(byHeld));
    if (byHeld.kind !== 'planned' || byLean.kind !== 'planned') return;
    expect(byLean.solve.objective).toBeCloseTo(byHeld.solve.objective, 9);
    expect(byLean.modelFigures).toEqual(byHeld.modelFigures);
    expect(held).toEqual(['model', 'model solved', 'solve', 'solved all', 'assign']);
    expect(lean).toEqual(['model', 'packed solved', 'solve', 'solved all', 'assign']);
  });

  it('is left to models of LEAN_ROWS rows and more', async () => {
    const events: string[] = [];
    const r = solveCounty(towns(), false, clock, await recorded(events));
    expect(r.kind).toBe('planned');
    if (r.kind === 'planned') expect(r.modelFigures.size.rows).toBeLessThan(LEAN_ROWS);
    expect(events).toEqual(['model solved']);
  });

  it('refuses an answer that is not a solution of the model, naming the row it breaks', async () => {
    const events: string[] = [];
    // Every column at its upper bound: integer and within bounds, but the rows do not hold.
    const bogus = await recorded(events, (p) => ({ status: 'optimal', x: Array.from(p.upper, (u) => (Number.isFinite(u) ? u : 0)), objective: 0, seconds: 0, solver: 'highs', method: 'made up' }));
    const r = solveCounty(towns(), false, clock, bogus, undefined, undefined, 0);
    expect(events).toEqual(['packed solved']);
    expect(r.kind).toBe('solver-failed');
    if (r.kind === 'solver-failed') expect(r.solve.method).toMatch(/made up; its answer \(optimal\) is not a solution of the model: row/);
  });
});
