/**
 * indicator_keep (weights.indicator_keep, off by default): a section that met a 优质均衡 standard
 * before the plan costs the weight for each teacher it lacks after. On the sample county, whose
 * primary sections have 0.655 county-level backbone teachers per 100 students against a standard of
 * 1.0, the default plan takes all 7 sections that met both standards below one of them; with the
 * weight, most stay, at the price sweep shows (fewer moves, more rural vacancies).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookOfMoves } from '../../src/plan/plan-book.js';
import { termsOf } from '../../src/plan/plan-terms.js';
import { contextOf, datedOf, policyOf, readCounty } from '../../src/pipeline/prepare.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { chooseSolver } from '../../src/solve/choose-solver.js';
import { loadHighs } from '../../src/solve/highs.js';

const DATA = join(import.meta.dirname, '../../data');

async function planAt(keep: string) {
  const read = await readCounty(readdirSync(DATA).sort().map((f) => join(DATA, f)));
  if (!read.ok) throw new Error('sample');
  const p = policyOf(read.value.county, [{ key: 'plan.year', value: '2026', file: '--set' }, { key: 'weights.indicator_keep', value: keep, file: '--set' }], 2026);
  if (!p.ok) throw new Error('policy');
  const dated = datedOf(read.value, p.value);
  if (!dated.ok) throw new Error('dated');
  const ctx = contextOf(dated.value.inputs, p.value);
  const r = solveCounty(ctx, false, () => 0, chooseSolver('auto', await loadHighs()));
  if (r.kind !== 'planned') throw new Error(r.kind);
  return { ctx, r };
}

describe('indicator_keep: sections at a 优质均衡 standard kept at it, when asked', () => {
  it('is off by default, and at weight 20 keeps most of the sections that met both standards, its value the book\'s', async () => {
    const off = await planAt('0');
    const on = await planAt('20');
    expect(off.r.plan.quality.meetingAll).toEqual({ before: 7, after: 0 });
    expect(on.r.plan.quality.meetingAll.after).toBeGreaterThanOrEqual(5);
    for (const c of on.r.plan.checks) expect(c.held, c.rule).toBe(true);
    expect(termsOf(bookOfMoves(off.ctx, off.r.plan.moves)).indicator_keep).toBe(0);
    // The model's value of the term at its solution is what the plan's book scores.
    expect(on.r.modelFigures.terms['indicator_keep'] ?? 0).toBeCloseTo(termsOf(bookOfMoves(on.ctx, on.r.plan.moves)).indicator_keep, 6);
    expect(on.r.plan.moves.length).toBeLessThan(off.r.plan.moves.length);
  }, 60_000);
});
