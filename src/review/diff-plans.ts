import type { MoveRow } from '../plan-folder/assignments-file.js';
import type { PlanRecord } from '../plan-folder/read-plan.js';
import { diffSources, type SourceDiff } from './diff-sources.js';

/**
 * How two plans differ: what they were made from (parameters and input files, only those that
 * differ), moves, schools (only the figures that differ) and every objective term.
 */
export interface PlanDiff extends SourceDiff {
  added: MoveRow[];
  removed: MoveRow[];
  changed: { a: MoveRow; b: MoveRow }[];
  same: number;
  schools: { id: string; name: string; fields: { field: string; a: string; b: string }[] }[];
  terms: { term: string; a: number; b: number }[];
  counts: { key: string; a: number; b: number }[];
}

const byId = (x: MoveRow, y: MoveRow): number => (x.teacher_id < y.teacher_id ? -1 : x.teacher_id > y.teacher_id ? 1 : 0);

/**
 * The figures a plan folder may not give: written before them (the shortage at schools outside
 * rules.scope, the sections meeting the degree standard), or not counted (the degree figures
 * without 学历, a CV the formula gives none for). Compared only where both plans give them, so that
 * one plan's missing figure does not read as 0.
 */
const BOTH_ONLY = ['shortage.out_of_scope_', 'indicators.degree_per_100.', 'indicators.cv_'];

/** Compares plan A with plan B, as their files say. */
export function diffPlans(a: PlanRecord, b: PlanRecord): PlanDiff {
  const added = [...b.moves.values()].filter((m) => !a.moves.has(m.teacher_id)).sort(byId);
  const removed = [...a.moves.values()].filter((m) => !b.moves.has(m.teacher_id)).sort(byId);
  const changed: PlanDiff['changed'] = [];
  let same = 0;
  for (const ma of [...a.moves.values()].sort(byId)) {
    const mb = b.moves.get(ma.teacher_id);
    if (!mb) continue;
    if (mb.to_school_id === ma.to_school_id) same++;
    else changed.push({ a: ma, b: mb });
  }
  const fields = [...new Set([...a.schoolFields, ...b.schoolFields])].filter((f) => !['school_id', 'name', 'plan_status'].includes(f));
  const schools: PlanDiff['schools'] = [];
  for (const id of [...new Set([...a.schools.keys(), ...b.schools.keys()])].sort()) {
    const ra = a.schools.get(id);
    const rb = b.schools.get(id);
    const diffs = fields.filter((f) => (ra?.[f] ?? '') !== (rb?.[f] ?? '')).map((f) => ({ field: f, a: ra?.[f] ?? '', b: rb?.[f] ?? '' }));
    if (diffs.length > 0) schools.push({ id, name: rb?.name ?? ra?.name ?? '', fields: diffs });
  }
  const ta = a.summary.objective.terms;
  const tb = b.summary.objective.terms;
  const termNames = [...new Set([...Object.keys(ta), ...Object.keys(tb)])];
  const terms = termNames.map((term) => ({ term, a: ta[term] ?? 0, b: tb[term] ?? 0 }));
  terms.push({ term: 'total', a: termNames.reduce((s, t) => s + (ta[t] ?? 0), 0), b: termNames.reduce((s, t) => s + (tb[t] ?? 0), 0) });
  const flat = (r: PlanRecord): Record<string, number> => ({ ...prefixed('counts', r.summary.counts), ...prefixed('shortage', r.summary.shortage), ...indicatorFigures(r.summary) });
  const fa = flat(a);
  const fb = flat(b);
  const keys = [...new Set([...Object.keys(fa), ...Object.keys(fb)])].filter((key) => !BOTH_ONLY.some((p) => key.startsWith(p)) || (key in fa && key in fb));
  const counts = keys.map((key) => ({ key, a: fa[key] ?? 0, b: fb[key] ?? 0 }));
  return { ...diffSources(a.summary, b.summary), added, removed, changed, same, schools, terms, counts };
}

/**
 * The 优质均衡 figures of a plan by their summary.json paths: the judged sections meeting every
 * indicator and each one, before and after, and each stage's CVs (those the inspectors' formula
 * gives: a CV it gives no figure for, null in summary.json, is left out).
 */
function indicatorFigures(summary: PlanRecord['summary']): Record<string, number> {
  const ind = summary.indicators;
  const out: Record<string, number> = {
    'indicators.sections_meeting_all.before': ind.sections_meeting_all.before,
    'indicators.sections_meeting_all.after': ind.sections_meeting_all.after,
  };
  for (const k of ['backbone_per_100', 'arts_pe_per_100'] as const) {
    out[`indicators.${k}.schools_meeting_before`] = ind[k].schools_meeting_before;
    out[`indicators.${k}.schools_meeting_after`] = ind[k].schools_meeting_after;
  }
  // Counted only where 学历 is given (null otherwise), and absent from plan folders written before it.
  const before = ind.degree_per_100?.schools_meeting_before;
  const after = ind.degree_per_100?.schools_meeting_after;
  if (typeof before === 'number') out['indicators.degree_per_100.schools_meeting_before'] = before;
  if (typeof after === 'number') out['indicators.degree_per_100.schools_meeting_after'] = after;
  for (const e of ind.cv) {
    if (e.before !== null) out[`indicators.cv_${e.stage}.${e.indicator}_before`] = e.before;
    if (e.after !== null) out[`indicators.cv_${e.stage}.${e.indicator}_after`] = e.after;
  }
  return out;
}

/** The figures under `prefix.`, those a plan folder does not give (written before them) left out. */
function prefixed(prefix: string, r: Readonly<Record<string, number | undefined>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined) out[`${prefix}.${k}`] = v;
  return out;
}

/** A cell of a plan table as a number when it is one (`-1.5`), else null. */
export function numberCell(s: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}
