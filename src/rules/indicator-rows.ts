import { teacherSectionStage } from '../indicators/school-sections.js';
import { squaredDeviation, squaredDeviationPwl, varianceCeiling } from '../indicators/squared-deviation.js';
import type { SectionStage } from '../indicators/types.js';
import type { Columns, InCol, OutCol } from '../model/columns.js';
import { postsAt, teachersOf, type ModelContext } from '../model/context.js';
import { groupKey } from '../model/keys.js';
import type { LpBuilder } from '../model/lp.js';
import { countsToward, type StageIndicator } from './indicator-sections.js';

/**
 * The inspectors' variance of one stage indicator as linear rows of the counting model (see
 * src/indicators/squared-deviation.ts): the stage's total C as a column, and for each section
 * whose count can change a column v_i ≥ (P_i / P)(X_i − X̄)², held from below by one row per
 * segment of a piecewise-linear interpolation through whole counts (exact at whole counts while
 * C is the total before the plan, above the curve between them). `terms ≤ rhs` is then "CV ≤ τ",
 * through the tangent of τ² X̄² at the total before the plan, which never lets a CV above τ pass.
 */
export interface VarianceRows {
  /** Σ v_i − a × C, the variance less the ceiling's part that moves with C. */
  terms: [number, number][];
  /** The ceiling's constant less the variance of the sections whose count and share cannot change. */
  rhs: number;
  /** τ² X̄₀²: the ceiling at the total before the plan (the scale of an excess). */
  ceiling: number;
}

/** Whole counts from lo to hi: every count within `near` of the marks, then steps that double. */
export function breakpoints(lo: number, hi: number, marks: readonly number[], near = 3): number[] {
  const set = new Set<number>([lo, hi]);
  for (const m of marks) for (let c = Math.floor(m) - near; c <= Math.ceil(m) + near; c++) if (c >= lo && c <= hi) set.add(c);
  for (const m of marks) {
    for (let step = 1, c = Math.floor(m) - near; c > lo; step *= 2, c -= step) set.add(c);
    for (let step = 1, c = Math.ceil(m) + near; c < hi; step *= 2, c += step) set.add(c);
  }
  return [...set].sort((a, b) => a - b);
}

/** The section an out column's teachers teach in: the school's own, or (two sections) the one all its movable teachers share. */
function outSection(ctx: ModelContext, cols: Columns, o: OutCol): SectionStage | undefined {
  const s = ctx.schoolById.get(o.schoolId);
  if (!s) return undefined;
  const one = teacherSectionStage(s.stage);
  if (one !== undefined || s.stage === 'senior') return one;
  const own = o.teacherId !== undefined ? ctx.teacherById.get(o.teacherId) : undefined;
  if (own) return teacherSectionStage(s.stage, own.teachingStage);
  const group = [...(ctx.free.get(groupKey(o.schoolId, o.subject, o.b)) ?? [])];
  for (const l of ctx.moveLock.values()) {
    const t = ctx.teacherById.get(l.teacherId);
    if (t && t.schoolId === o.schoolId && t.subject === o.subject) group.push(t);
  }
  const stages = new Set(group.filter((t) => cols.teacherClass(t) === o.tk).map((t) => teacherSectionStage(s.stage, t.teachingStage)));
  return stages.size === 1 ? [...stages][0] : undefined;
}

/** The section an in column's arrivals count in: the school's own when it has one section. */
function inSection(ctx: ModelContext, i: InCol): SectionStage | undefined {
  // A two-section school's in columns are per section (model/columns.ts).
  if (i.section !== undefined) return i.section === 'senior' ? undefined : i.section;
  const s = ctx.schoolById.get(i.schoolId);
  return s ? teacherSectionStage(s.stage) : undefined;
}

/** Each section's counted teachers as the model's columns change them, and how far they can go. */
export interface SectionTerms {
  /** Per section: [column, ±1] for the counted teachers who leave or arrive. */
  terms: [number, number][][];
  outMax: Float64Array;
  inMax: Float64Array;
  /** Counted teachers who may move in the whole county. */
  supply: number;
}

const termsCache = new WeakMap<Columns, Map<StageIndicator, SectionTerms>>();

/** The columns that change each section's count of one stage indicator (once per set of columns). */
export function sectionTerms(ctx: ModelContext, cols: Columns, g: StageIndicator): SectionTerms {
  const byG = termsCache.get(cols) ?? new Map<StageIndicator, SectionTerms>();
  termsCache.set(cols, byG);
  const hit = byG.get(g);
  if (hit) return hit;
  const n = g.sections.length;
  const terms: [number, number][][] = g.sections.map(() => []);
  const outMax = new Float64Array(n);
  const inMax = new Float64Array(n);
  const outBySubject = new Map<string, number>();
  for (const o of cols.out) outBySubject.set(`${o.place}|${o.subject}`, (outBySubject.get(`${o.place}|${o.subject}`) ?? 0) + o.max);
  let supply = 0;
  for (const o of cols.out) {
    if (!countsToward(g.indicator, o.subject, o.b === 2)) continue;
    supply += o.max;
    const at = g.at.get(o.schoolId);
    if (at === undefined || outSection(ctx, cols, o) !== g.stage) continue;
    terms[at]?.push([o.col, -1]);
    outMax[at] = (outMax[at] ?? 0) + o.max;
  }
  for (const i of cols.in) {
    const at = g.at.get(i.schoolId);
    if (at === undefined || !countsToward(g.indicator, i.subject, i.c === 'k') || inSection(ctx, i) !== g.stage) continue;
    terms[at]?.push([i.col, 1]);
    inMax[at] = (inMax[at] ?? 0) + Math.max(0, postsAt(ctx, i.place, i.subject) - teachersOf(ctx, i.place, i.subject)) + (outBySubject.get(`${i.place}|${i.subject}`) ?? 0);
  }
  const made = { terms, outMax, inMax, supply };
  byG.set(g, made);
  return made;
}

/**
 * Adds the rows of one stage indicator; null when no plan can change it. With `fixed` the county
 * mean is held at the one before the plan (no total column: each section's part stands alone, and
 * `cost` is put on each v_i); a section whose count cannot change is then a constant in `rhs`.
 */
export function varianceRows(ctx: ModelContext, cols: Columns, b: LpBuilder, g: StageIndicator, family: string, fixed?: { cost: number }): VarianceRows | null {
  const { terms, outMax, inMax, supply } = sectionTerms(ctx, cols, g);
  if (terms.every((t) => t.length === 0)) return null;
  if (fixed) return fixedRows(b, g, family, terms, outMax, inMax, supply, fixed.cost);
  const total = b.addVar({ name: `cv_total[${family}|${g.stage}|${g.indicator}]`, lb: 0, ub: Infinity, integer: false, cost: 0, term: family });
  b.addRow(`cv_total[${family}|${g.stage}|${g.indicator}]`, family, [[total, 1], ...terms.flat().map(([c, a]): [number, number] => [c, -a])], g.total, g.total);
  const swing = Math.max(outMax.reduce((a, x) => a + x, 0), inMax.reduce((a, x) => a + Math.min(x, supply), 0));
  const ceilingRow = varianceCeiling(g.threshold, { totalStudents: g.students, scale: 100 }, g.total);
  const all: [number, number][] = [[total, -ceilingRow.coefficient]];
  const input = { totalStudents: g.students, scale: 100 };
  g.sections.forEach((s, i) => {
    const share = s.students / g.students;
    const shift = Math.ceil(share * swing);
    const lo = Math.max(0, s.before - (outMax[i] ?? 0) - shift);
    const hi = s.before + Math.min(inMax[i] ?? 0, supply) + shift;
    const pwl = squaredDeviationPwl({ ...input, students: s.students }, breakpoints(lo, hi, [s.before, share * g.total]), g.total);
    // A count that cannot move (and a total that cannot either) leaves v_i at its value.
    const still = pwl.segments.length === 0 ? squaredDeviation({ ...input, students: s.students }, s.before, g.total) : undefined;
    const v = b.addVar({ name: `cv_var[${family}|${g.stage}|${g.indicator}|${s.schoolId}]`, lb: still ?? 0, ub: still ?? Infinity, integer: false, cost: 0, term: family });
    all.push([v, 1]);
    pwl.segments.forEach((seg, k) => {
      const own = (terms[i] ?? []).map(([c, a]): [number, number] => [c, -seg.own * a]);
      b.addRow(`cv_seg[${family}|${g.stage}|${g.indicator}|${s.schoolId}|${k}]`, family, [[v, 1], [total, -seg.total], ...own], seg.constant + seg.own * s.before, Infinity);
    });
  });
  const mean = (100 * g.total) / g.students;
  return { terms: all, rhs: ceilingRow.constant, ceiling: g.threshold * g.threshold * mean * mean };
}

/** The sections' parts with the county mean held at the one before the plan (see {@link varianceRows}). */
function fixedRows(b: LpBuilder, g: StageIndicator, family: string, terms: [number, number][][], outMax: Float64Array, inMax: Float64Array, supply: number, cost: number): VarianceRows {
  const input = { totalStudents: g.students, scale: 100 };
  const all: [number, number][] = [];
  let rhs = 0;
  g.sections.forEach((s, i) => {
    const own = terms[i] ?? [];
    const d = { ...input, students: s.students };
    if (own.length === 0) {
      rhs -= squaredDeviation(d, s.before, g.total);
      return;
    }
    const lo = Math.max(0, s.before - (outMax[i] ?? 0));
    const hi = s.before + Math.min(inMax[i] ?? 0, supply);
    const pwl = squaredDeviationPwl(d, breakpoints(lo, hi, [s.before, (s.students / g.students) * g.total]), g.total);
    if (pwl.segments.length === 0) {
      rhs -= squaredDeviation(d, s.before, g.total);
      return;
    }
    const v = b.addVar({ name: `cv_var[${family}|${g.stage}|${g.indicator}|${s.schoolId}]`, lb: 0, ub: Infinity, integer: false, cost, term: family });
    all.push([v, 1]);
    pwl.segments.forEach((seg, k) => {
      b.addRow(`cv_seg[${family}|${g.stage}|${g.indicator}|${s.schoolId}|${k}]`, family, [[v, 1], ...own.map(([c, a]): [number, number] => [c, -seg.own * a])], seg.constant + seg.total * g.total + seg.own * s.before, Infinity);
    });
  });
  const mean = (100 * g.total) / g.students;
  return { terms: all, rhs, ceiling: g.threshold * g.threshold * mean * mean };
}
