import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { County } from '../../src/domain/types.js';
import { buildCounty } from '../../src/generate/build-county.js';
import { rowTerms, type Lp } from '../../src/model/lp.js';
import { buildModel } from '../../src/plan/build-model.js';
import { context } from '../helpers/make-county.js';

/** Every column and row of a model, in order, with names, bounds, costs and coefficients. */
function digest(lp: Lp): string {
  const h = createHash('sha256');
  for (const v of lp.vars) h.update(`${v.name} ${v.lb} ${v.ub} ${v.integer} ${v.cost} ${v.term} ${JSON.stringify(v.parts ?? null)}\n`);
  for (const r of lp.rows) h.update(`${r.name} ${r.family} ${r.lo} ${r.hi} ${rowTerms(r).map(([c, a]) => `${c}:${a}`).join(' ')}\n`);
  h.update(JSON.stringify([lp.constants, lp.impossible]));
  return `${lp.vars.length} ${lp.rows.length} ${h.digest('hex').slice(0, 16)}`;
}

function generated(seed: number, o: { posts?: boolean; stages?: boolean } = {}): County {
  const c = buildCounty({ teachers: 2400, schools: 40, seed, lang: 'zh', locks: true, ...(o.posts === false && { posts: false }) });
  // Without a teaching stage, the teachers of two-section schools are split between the sections.
  const teachers = o.stages === false ? c.teachers.map(({ teachingStage: _, ...t }) => t) : c.teachers;
  return { schools: c.schools, teachers, posts: o.posts === false ? null : c.posts, locks: c.locks ?? [], policy: [], files: [], lang: 'zh' };
}

// The models of varied counties (move, stay and forbid locks; two-section schools; posts from the
// norm), held exactly: a faster build of the columns or rows must make the very same model.
describe('the model of a county', () => {
  it.each([
    ['locks', generated(11), {}, '4123 1455 e186a7f5582db173'],
    ['no posts file, no teaching stages', generated(12, { posts: false, stages: false }), {}, '3932 1478 c41d250749a80454'],
    ['locks, two-way off', generated(13), { 'rules.two_way': 'no' }, '3308 1295 a5de20eca669faff'],
  ] as const)('is the same model: %s', (_name, county, sets, want) => {
    const { lp } = buildModel(context(county, sets), { elastic: false });
    expect(digest(lp)).toBe(want);
    // The builder does not index names: no family may make a column's name twice.
    expect(new Set(lp.vars.map((v) => v.name)).size).toBe(lp.vars.length);
    const elastic = buildModel(context(county, sets), { elastic: true }).lp;
    expect(new Set(elastic.vars.map((v) => v.name)).size).toBe(elastic.vars.length);
  });

  it('covers locked movers and teachers with a column of their own', () => {
    const ctx = context(generated(11));
    const { lp } = buildModel(ctx, { elastic: false });
    expect(ctx.moveLock.size).toBeGreaterThan(0);
    expect(lp.vars.some((v) => v.name.startsWith('direct['))).toBe(true);
    expect(lp.vars.some((v) => v.name.startsWith('out[') && v.lb > 0)).toBe(true);
  });
});
