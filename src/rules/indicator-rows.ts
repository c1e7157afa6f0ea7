import { teacherSectionStage } from '../indicators/school-sections.js';
import type { SectionStage } from '../indicators/types.js';
import type { Columns, InCol, OutCol } from '../model/columns.js';
import { postsAt, teachersOf, type ModelContext } from '../model/context.js';
import { groupKey } from '../model/keys.js';
import { countsToward, type StageIndicator } from './indicator-sections.js';
import type { Teacher } from '../domain/types.js';

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

/** The locked movers per school and subject (any backbone class), in the order of the locks. */
function lockedBySchoolSubject(ctx: ModelContext): Map<string, Map<string, Teacher[]>> {
  const out = new Map<string, Map<string, Teacher[]>>();
  for (const l of ctx.moveLock.values()) {
    const t = ctx.teacherById.get(l.teacherId);
    if (!t) continue;
    const bySubject = out.get(t.schoolId) ?? new Map<string, Teacher[]>();
    out.set(t.schoolId, bySubject);
    const list = bySubject.get(t.subject);
    if (list) list.push(t);
    else bySubject.set(t.subject, [t]);
  }
  return out;
}

/** The section an out column's teachers teach in: the school's own, or (two sections) the one all its movable teachers share. */
function outSection(ctx: ModelContext, cols: Columns, o: OutCol, locked: () => Map<string, Map<string, Teacher[]>>): SectionStage | undefined {
  const s = ctx.schoolById.get(o.schoolId);
  if (!s) return undefined;
  const one = teacherSectionStage(s.stage);
  if (one !== undefined || s.stage === 'senior') return one;
  const own = o.teacherId !== undefined ? ctx.teacherById.get(o.teacherId) : undefined;
  if (own) return teacherSectionStage(s.stage, own.teachingStage);
  const group = [...(ctx.free.get(groupKey(o.schoolId, o.subject, o.b)) ?? []), ...(locked().get(o.schoolId)?.get(o.subject) ?? [])];
  const stages = new Set(group.filter((t) => cols.teacherClass(t) === o.tk).map((t) => teacherSectionStage(s.stage, t.teachingStage)));
  return stages.size === 1 ? [...stages][0] : undefined;
}

/** What the stage indicators ask of one set of columns, worked out once: each out column's section, the most that may leave each place and subject, and each indicator's terms. */
interface ColumnFacts {
  sections: Map<OutCol, SectionStage | undefined>;
  outBySubject: Map<string, number>;
  byIndicator: Map<StageIndicator, SectionTerms>;
}

const factsCache = new WeakMap<Columns, ColumnFacts>();

function columnFacts(cols: Columns): ColumnFacts {
  let known = factsCache.get(cols);
  if (!known) {
    const outBySubject = new Map<string, number>();
    for (const o of cols.out) {
      const k = `${o.place}|${o.subject}`;
      outBySubject.set(k, (outBySubject.get(k) ?? 0) + o.max);
    }
    known = { sections: new Map(), outBySubject, byIndicator: new Map() };
    factsCache.set(cols, known);
  }
  return known;
}

/** Each out column's section (see {@link outSection}), worked out once per set of columns; the locks are indexed only when a two-section school asks. */
function sectionOf(ctx: ModelContext, cols: Columns, sections: Map<OutCol, SectionStage | undefined>): (o: OutCol) => SectionStage | undefined {
  let locked: Map<string, Map<string, Teacher[]>> | undefined;
  const lockedOnce = (): Map<string, Map<string, Teacher[]>> => (locked ??= lockedBySchoolSubject(ctx));
  return (o) => {
    if (sections.has(o)) return sections.get(o);
    const sec = outSection(ctx, cols, o, lockedOnce);
    sections.set(o, sec);
    return sec;
  };
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

/** The columns that change each section's count of one stage indicator (once per set of columns). */
export function sectionTerms(ctx: ModelContext, cols: Columns, g: StageIndicator): SectionTerms {
  const facts = columnFacts(cols);
  const hit = facts.byIndicator.get(g);
  if (hit) return hit;
  const n = g.sections.length;
  const terms: [number, number][][] = g.sections.map(() => []);
  const outMax = new Float64Array(n);
  const inMax = new Float64Array(n);
  const { outBySubject } = facts;
  const section = sectionOf(ctx, cols, facts.sections);
  let supply = 0;
  for (const o of cols.out) {
    if (!countsToward(g.indicator, o.subject, o.b === 2)) continue;
    supply += o.max;
    const at = g.at.get(o.schoolId);
    if (at === undefined || section(o) !== g.stage) continue;
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
  facts.byIndicator.set(g, made);
  return made;
}
