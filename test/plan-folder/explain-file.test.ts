import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import type { County } from '../../src/domain/types.js';
import { buildCounty } from '../../src/generate/build-county.js';
import { EXPLAIN_ABOUT, explainJson, readExplain } from '../../src/plan-folder/explain-file.js';
import { explainPlan, type Explanation } from '../../src/plan/explain.js';
import { context, county, post, school, teachers } from '../helpers/make-county.js';
import { smallCounty } from '../review/helpers.js';
import { chooseSolver, type ModelSolver } from '../../src/solve/choose-solver.js';
import { loadHighs } from '../../src/solve/highs.js';

/*
 * explain.json is written compactly and read back by `rotate explain` through a schema
 * (src/plan-folder/explain-file.ts, explain-layout.ts). Reading it back must give exactly what the explanation said,
 * as the earlier one-object-per-line file did: every field, numbers rounded to 6 decimals.
 */

const clock = () => 0;
/** explain.json read back, or the test fails with its issues. */
function read(text: string): unknown {
  const r = readExplain(text, 'explain.json');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const round = (_k: string, v: unknown): unknown => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v);
/** The explanation as the earlier layout wrote it and JSON.parse read it. */
const asWritten = (e: Explanation): unknown => JSON.parse(JSON.stringify({ about: EXPLAIN_ABOUT, files: {}, ...e }, round));

function explained(c: County, sets: Record<string, string> = {}, relax = false, solver?: ModelSolver): Explanation {
  const ctx = context(c, sets);
  const r = solveCounty(ctx, relax, clock, solver);
  if (r.kind !== 'planned') throw new Error(r.kind);
  return explainPlan(ctx, r.plan, r.relaxed).explanation;
}

/** The sample county `rotate init` writes: preferences, home townships, locks of every kind. */
function sample(): County {
  const g = buildCounty({ teachers: 800, schools: 30, seed: 1, lang: 'zh', locks: true });
  return county(g.schools, g.teachers, g.posts, g.locks ?? []);
}

/** Quota against backbone share: planned only with --relax. */
function conflicting(): County {
  return county(
    [school('S1', 'urban'), school('S2', 'town'), school('R1', 'rural')],
    [...teachers('A', 30, 'S1', '语文'), ...teachers('AB', 2, 'S1', '语文', { backbone: 'county' }), ...teachers('B', 30, 'S2', '数学'), ...teachers('BB', 1, 'S2', '数学', { backbone: 'city' })],
    [post('S1', '语文', 32), post('S2', '数学', 31), post('R1', '语文', 20), post('R1', '数学', 20)],
  );
}

describe('explain.json', () => {
  it('reads back as exactly the explanation it was written from', async () => {
    const cases: [string, Explanation][] = [
      ['small', explained(await smallCounty())],
      ['small, no direction rule', explained(await smallCounty(), { 'rules.direction': 'no', 'weights.moves': '4' })],
      // As `rotate plan` solves it (auto: HiGHS for a model of this size; javascript-lp-solver's
      // branch and bound does not finish on it).
      ['sample with locks', explained(sample(), {}, false, chooseSolver('auto', await loadHighs()))],
      ['relaxed', explained(conflicting(), {}, true)],
    ];
    for (const [name, e] of cases) {
      expect(e.teachers.some((t) => t.move), name).toBe(true);
      const text = explainJson(e, {});
      expect(read(text), name).toEqual(asWritten(e));
      // One school or teacher per line, so that a line can be found by its id.
      expect(text.split('\n').length, name).toBeGreaterThan(e.teachers.length + e.schools.length);
    }
    expect(cases.find(([n]) => n === 'relaxed')?.[1].relaxed).toBe(true);
    const withLocks = cases.find(([n]) => n === 'sample with locks')?.[1];
    expect(withLocks?.teachers.some((t) => t.move?.locked)).toBe(true);
    expect(withLocks?.teachers.some((t) => t.move?.backbone_per_100)).toBe(true);
    // Moves into and out of its 九年一贯制 schools carry the section at that end, and read back with it.
    expect(withLocks?.teachers.some((t) => t.move?.to_subject.section !== undefined)).toBe(true);
    expect(withLocks?.teachers.some((t) => t.move?.from_subject.section !== undefined)).toBe(true);
    // HiGHS gives a bound, and explain.json keeps how far the plan is above it; a relaxed plan has none.
    expect(withLocks?.aboveBound).toBeGreaterThanOrEqual(0);
    expect(cases.find(([n]) => n === 'relaxed')?.[1].aboveBound).toBeUndefined();
  });

  it('names a move\'s section it does not know, and reads a move written before sections as the school\'s figures', async () => {
    const e = explained(sample(), {}, false, chooseSolver('auto', await loadHighs()));
    const text = explainJson(e, {});
    const raw = JSON.parse(text) as { strings: string[]; teachers: unknown[][] };
    const at = raw.teachers.findIndex((t) => Array.isArray(t[10]) && (t[10] as unknown[]).length === 11 && (t[10] as unknown[])[9] !== null);
    expect(at).toBeGreaterThanOrEqual(0);
    const move = raw.teachers[at]?.[10] as unknown[];
    const crafted = JSON.parse(text) as typeof raw;
    (crafted.teachers[at]?.[10] as unknown[])[9] = '初三部';
    const bad = readExplain(JSON.stringify(crafted), 'explain.json');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.issues.map((i) => i.en).join('\n')).toContain('"初三部" is not a known section');
    // Written before: the row ends at the backbone flag, and the figures are the whole school's.
    const older = JSON.parse(text) as typeof raw;
    (older.teachers[at] as unknown[])[10] = move.slice(0, 9);
    const r = readExplain(JSON.stringify(older), 'explain.json');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const t = r.value.teachers[at];
    const school = r.value.schools.find((x) => x.id === t?.move?.to_id);
    expect(t?.move?.to_subject.section).toBeUndefined();
    expect(t?.move?.to_subject).toEqual(school?.subjects.find((f) => f.subject === t?.move?.to_subject.subject));
  });

  it('of the earlier layout is still read, as it is', async () => {
    // The earlier layout came before the bound was recorded.
    const { aboveBound: _, ...e } = explained(await smallCounty());
    const earlier = JSON.stringify({ about: EXPLAIN_ABOUT, files: { 'a.csv': 'x' }, ...e }, round);
    expect(read(earlier)).toEqual(JSON.parse(earlier));
    expect(readExplain('{"format": 99}', 'explain.json').ok).toBe(false);
    expect(readExplain('{}', 'explain.json').ok).toBe(false);
  });

  it("keeps each school's part of the 优质均衡 terms, and reads a file written before them as without", async () => {
    const e = explained(sample(), { 'weights.indicator_keep': '1' }, false, chooseSolver('auto', await loadHighs()));
    expect(e.schools.every((x) => x.terms.indicator_spread && x.terms.indicator_shortfall && x.terms.indicator_keep)).toBe(true);
    const text = explainJson(e, {});
    expect(read(text)).toEqual(asWritten(e));
    const raw = JSON.parse(text) as { schools: unknown[][]; term_names: string[] };
    expect((raw.schools[0]?.[8] as number[]).length).toBe(4 + 3 * 3);
    // Written before: element 8 ends at the backbone balance.
    const older = JSON.parse(text) as typeof raw;
    for (const x of older.schools) x[8] = (x[8] as number[]).slice(0, 4);
    const r = readExplain(JSON.stringify(older), 'explain.json');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.schools.map((x) => Object.keys(x.terms))).toEqual(e.schools.map(() => ['shortage', 'backbone_balance']));
    // A term with no part per school, or one cut short, is named.
    const crafted = JSON.parse(text) as typeof raw;
    (crafted.schools[0]?.[8] as number[])[4] = raw.term_names.indexOf('moves');
    const bad = readExplain(JSON.stringify(crafted), 'explain.json');
    expect(bad.ok ? '' : bad.issues.map((x) => x.en).join('\n')).toMatch(/schools\[0\]\[8\]\[4\]: "moves" is not a term with a part per school/u);
    const cut = JSON.parse(text) as typeof raw;
    (cut.schools[0] as unknown[])[8] = (raw.schools[0]?.[8] as number[]).slice(0, 6);
    const short = readExplain(JSON.stringify(cut), 'explain.json');
    expect(short.ok ? '' : short.issues.map((x) => x.en).join('\n')).toMatch(/schools\[0\]\[8\]: terms after the fourth number come in threes/u);
  });
});
