/**
 * summary.json: every rule with its threshold and the value reached, the counts, shortage and
 * 优质均衡 indicators, the objective by term, the solver's facts, the policy used, the SHA-256 of
 * every input, and what the locks did. One shape ({@link Summary}, the schema's type) for the
 * writer and for whoever reads it back (`rotate diff`).
 */
import { isLeader } from '../domain/leaders.js';
import { z } from 'zod';
import type { InputFile, InputIssue, School } from '../domain/types.js';
import type { Policy } from '../domain/policy.js';
import type { Plan } from '../plan/build-plan.js';
import type { LockReport } from '../plan/lock-effects.js';
import type { SchoolFigures } from '../plan/school-figures.js';
import type { CvEntry } from '../indicators/cv-summary.js';
import type { MeetingAll } from '../indicators/meeting-all.js';
import { LABEL, type TeacherStatus } from '../plan/teacher-status.js';
import { RULES } from '../rules/registry.js';
import type { SolveResult } from '../solve/result.js';
import { stableJson } from '../output/stable-json.js';
import { parseJsonFile } from './read-issues.js';
import { quotaSchools } from '../domain/estimated-posts.js';
import { countedMoves } from '../plan/counted-moves.js';
import { outOfScopeShortage } from '../plan/out-of-scope-shortage.js';

/** A finite number (JSON.parse reads `1e999` as Infinity: refused). */
const num = z.number();
const text = z.object({ zh: z.string(), en: z.string() });
// A CV is null where it is not measured (cv-summary.ts); plan folders written before that hold 0 there.
const cvNum = num.nullable();
/** One stage's CVs, an indicator's before and after each (null where not measured: the degree CV without 学历), as the `cv` list gives them. */
const cvBlockSchema = z.object({ schools: num, threshold: num, degree_per_100_before: cvNum, degree_per_100_after: cvNum, backbone_per_100_before: cvNum, backbone_per_100_after: cvNum, arts_pe_per_100_before: cvNum, arts_pe_per_100_after: cvNum });
const supplySchema = z.object({ stage: z.enum(['primary', 'junior']), indicator: z.enum(['degree_per_100', 'backbone_per_100', 'arts_pe_per_100']), sections: num, teachers: num, needed: num, short: num });
const cvEntrySchema = z.object({ stage: z.enum(['primary', 'junior']), indicator: z.enum(['degree_per_100', 'backbone_per_100', 'arts_pe_per_100']), threshold: num, before: cvNum, after: cvNum, schools: num });
/**
 * One indicator's threshold and how many judged sections meet it: a 小学 or 初中 is one section,
 * a 一贯制 school's 小学部 and 初中部 two, the set the CVs are computed over. The names say
 * schools, as the file always has: plan folders and their readers keep them.
 */
const meetingSchema = z.object({ threshold: num, schools_meeting_before: num, schools_meeting_after: num });
/**
 * The degree indicator's block: its standard differs by stage (小学 专科+ ≥ 4.2, 初中 本科+ ≥ 5.3
 * by default), each section judged by its own stage's; the counts are null when no teacher's
 * 学历 is given. Plan folders written before it have no such block.
 */
const degreeMeetingSchema = z.object({ threshold_primary: num, threshold_junior: num, schools_meeting_before: num.nullable(), schools_meeting_after: num.nullable() });
const lockEffectSchema = z.object({
  teacher_id: z.string(),
  name: z.string(),
  subject: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  from_school_id: z.string(),
  baseline_to: z.string().optional(),
  to: z.string().optional(),
  cause: text,
  linked: z.array(z.string()),
});
const lockReportSchema = z.object({
  locks: z.object({ move: num, stay: num, forbid: num, rows_from_plan: num, deleted_rows: num }),
  against: z
    .object({ reference: z.enum(['baseline', 'unlocked']), moves: num, kept: num, added: num, removed: num, changed: num, forced_by_own_lock: num, linked_to_locks: num, unlinked: num, effects: z.array(lockEffectSchema) })
    .nullable(),
});

/** A summary.json written before the two totals were named had one `model` figure: read as model_total, the terms summed. */
function olderObjective(o: unknown): unknown {
  if (typeof o !== 'object' || o === null || !('model' in o) || 'model_total' in o) return o;
  const { model, ...rest } = o as { model: unknown; terms?: unknown };
  const terms = typeof rest.terms === 'object' && rest.terms !== null ? Object.values(rest.terms) : [];
  return { ...rest, model_total: model, terms_total: terms.reduce((a: number, v) => a + (typeof v === 'number' ? v : NaN), 0), note: '' };
}

/** A summary.json written before the stage blocks gave the degree CV: taken from its `cv` list, which has always held it. */
function olderCvBlocks(o: unknown): unknown {
  if (typeof o !== 'object' || o === null) return o;
  const ind = o as Record<string, unknown>;
  const cv = Array.isArray(ind['cv']) ? (ind['cv'] as unknown[]) : [];
  const filled = (stage: string): unknown => {
    const block = ind[`cv_${stage}`];
    if (typeof block !== 'object' || block === null || 'degree_per_100_before' in block) return block;
    const e = cv.find((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && (x as Record<string, unknown>)['stage'] === stage && (x as Record<string, unknown>)['indicator'] === 'degree_per_100');
    return { ...block, degree_per_100_before: e?.['before'] ?? null, degree_per_100_after: e?.['after'] ?? null };
  };
  return { ...ind, cv_primary: filled('primary'), cv_junior: filled('junior') };
}

/** The schema of summary.json, field by field as {@link summaryObject} writes it. */
export const summarySchema = z.object({
  tool: z.string(),
  plan_year: num,
  relaxed: z.boolean(),
  inputs: z.array(z.object({ kind: z.string(), file: z.string(), sha256: z.string(), encoding: z.string(), language: z.enum(['zh', 'en']), rows: num })),
  /** Where the posts came from: the posts file, or estimated from the staffing norm (or, for `quota_schools` schools, their 核定编制数) and the per-stage subject shares. */
  posts: z.object({ source: z.enum(['file', 'estimated']), quota_schools: z.number().int().nonnegative().optional() }).optional(),
  /**
   * Teachers by status as teachers.csv labels them: eligible (principals due apart), exempt
   * (免交流), retiring (退休: they reach the statutory date by the cut-off date; also exempt in
   * the eligibility rules, counted apart so that exempt is teachers.csv's 免交流), not eligible.
   */
  counts: z.object({ schools: num, teachers: num, eligible: num, exempt: num, not_eligible: num, moved: num, backbone_moved: num, backbone_share: num, locked_moves: num, preferences_met: num, home_township: num, two_way_moved: num.default(0), returned_from_exchange: num.default(0), retiring: num.default(0), principals_due: num.default(0), principals_moved: num.default(0), principals_kept: num.default(0) }),
  rules: z.array(z.object({ rule: z.string(), zh: z.string(), en: z.string(), threshold: z.string(), value: z.string(), held: z.boolean(), relaxed: z.boolean(), failures: z.array(text) })),
  /**
   * The county's shortage before and after, counting every school, those outside rules.scope too
   * (a 高中 when the scope is 小学;初中: they take no part, and their shortage stays), as schools.csv
   * adds up. The `out_of_scope_` figures are that part of each total, so that a reader can take it
   * away: 0 when every school and section with posts is in the scope (or has no shortage); absent
   * from plan folders written before them.
   */
  shortage: z.object({
    before: num,
    after: num,
    closed: num,
    scarce_before: num,
    scarce_after: num,
    rural_weak_before: num,
    rural_weak_after: num,
    out_of_scope_before: num.optional(),
    out_of_scope_after: num.optional(),
    out_of_scope_scarce_before: num.optional(),
    out_of_scope_scarce_after: num.optional(),
    out_of_scope_rural_weak_before: num.optional(),
    out_of_scope_rural_weak_after: num.optional(),
  }),
  indicators: z.preprocess(olderCvBlocks, z.object({ backbone_per_100: meetingSchema, arts_pe_per_100: meetingSchema, degree_per_100: degreeMeetingSchema.optional(), cv_primary: cvBlockSchema, cv_junior: cvBlockSchema, cv: z.array(cvEntrySchema), sections_meeting_all: z.object({ before: num, after: num }), county_supply: z.array(supplySchema).default([]), degree_given: z.boolean(), schools_missing_section_students: z.array(z.string()) })),
  objective: z.preprocess(olderObjective, z.object({ model_total: num, terms_total: num, note: z.string(), bound: num.nullable(), gap: num, terms: z.record(z.string(), num), families: z.array(z.object({ name: z.string(), kind: z.enum(['hard', 'soft']), zh: z.string(), en: z.string() })) })),
  solver: z.object({ name: z.string(), status: z.string(), proven_optimal: z.boolean(), method: z.string(), rows: num, columns: num, integer_columns: num, time_limit_seconds: num, seconds: z.record(z.string(), num).optional() }),
  policy: z.record(z.string(), z.string()),
  locks: lockReportSchema,
});

/** summary.json's content. */
export type Summary = z.infer<typeof summarySchema>;

/** One inter-school coefficient-of-variation block of summary.json. */
export type CvBlock = Summary['indicators']['cv_primary'];

export interface SummaryInput {
  version: string;
  files: InputFile[];
  rows: Record<string, number>;
  policy: Policy;
  plan: Plan;
  statuses: TeacherStatus[];
  solve: SolveResult;
  modelSize: { rows: number; columns: number; integerColumns: number };
  /** Objective terms of the counting model, by family. */
  modelTerms: Record<string, number>;
  /** The model's constant terms: what its objective adds to the solver's. */
  modelConstant: number;
  relaxed: boolean;
  /** Seconds, only when the user asks to record timings (they break byte-identical reruns). */
  seconds?: Record<string, number>;
  /** What the locks did, against the baseline or the plan without them. */
  locks: LockReport;
}

/** The file's name in a plan folder. */
export const SUMMARY_FILE = 'summary.json';

const KIND_ORDER = ['schools', 'teachers', 'posts', 'locks', 'objections', 'policy'];
const byKindThenName = (a: InputFile, b: InputFile): number => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const sum = (fs: SchoolFigures[], f: (x: SchoolFigures) => number): number => fs.reduce((a, x) => a + f(x), 0);
const needy = (s: School): boolean => s.area === 'rural' || s.weak;

/** One stage's coefficients of variation, the inspectors' way (enrolment-weighted: src/indicators/), as the report's block. */
function cvBlock(cv: readonly CvEntry[], stage: 'primary' | 'junior', threshold: number): CvBlock {
  const of = (indicator: string): CvEntry | undefined => cv.find((e) => e.stage === stage && e.indicator === indicator);
  const degree = of('degree_per_100');
  const bb = of('backbone_per_100');
  const arts = of('arts_pe_per_100');
  return { schools: bb?.schools ?? 0, threshold, degree_per_100_before: degree?.before ?? null, degree_per_100_after: degree?.after ?? null, backbone_per_100_before: bb?.before ?? null, backbone_per_100_after: bb?.after ?? null, arts_pe_per_100_before: arts?.before ?? null, arts_pe_per_100_after: arts?.after ?? null };
}

/** One indicator's block of `indicators`: its threshold and the judged sections meeting it (plan/quality.ts). */
function meetingBlock(threshold: number, m: MeetingAll): Summary['indicators']['backbone_per_100'] {
  return { threshold, schools_meeting_before: m.before, schools_meeting_after: m.after };
}

/** The degree indicator's block: both stages' standards and the judged sections meeting their own stage's, null without 学历. */
function degreeBlock(p: Policy, m: MeetingAll, given: boolean): NonNullable<Summary['indicators']['degree_per_100']> {
  return { threshold_primary: p.degreePer100Primary, threshold_junior: p.degreePer100Junior, schools_meeting_before: given ? m.before : null, schools_meeting_after: given ? m.after : null };
}

/**
 * The one line summary.json gives beside the two totals, so that they are never mixed: the
 * solver minimised model_total (bound and gap are about it); terms_total also counts the
 * teacher-level terms (preferences, home township, priority) scored when teachers are named.
 */
export const OBJECTIVE_NOTE =
  'model_total: the linear program\'s objective, which bound and gap refer to / 模型目标值（下界与差距均指它）; terms_total: the sum of terms, which also counts the teacher-level terms scored when teachers are named, outside the model / 各项合计（含模型之外、确定具体人选时计入的教师层面各项）';

/** Where the posts came from; estimated ones say how many schools' 核定编制数 they followed, where any. */
function postsSource(file: boolean, quotaSchools: number): NonNullable<Summary['posts']> {
  if (file) return { source: 'file' };
  return quotaSchools > 0 ? { source: 'estimated', quota_schools: quotaSchools } : { source: 'estimated' };
}

/** summary.json's content: every rule with threshold and value, the objective by term, solver facts, input hashes. */
export function summaryObject(s: SummaryInput): Summary {
  const fs = s.plan.figures;
  const p = s.policy;
  const moves = s.plan.moves;
  // The backbone share is of the teachers sent out: two-way moves and principals are outside it.
  const sent = countedMoves(moves);
  const backboneMovers = sent.filter((m) => m.teacher.backbone !== 'none').length;
  const count = (st: string): number => s.statuses.filter((x) => x.state === st).length;
  // Retirees are exempt too, but teachers.csv lists them as 退休, not 免交流: counted in `retiring` only.
  const retiring = s.statuses.filter((x) => x.teacher.retiring === true).length;
  const leaders = s.statuses.filter((x) => isLeader(x.teacher) && (x.state === 'moved' || x.state === 'stays'));
  const eligible = s.statuses.filter((x) => x.state === 'moved' || x.state === 'stays').length - leaders.length;
  const before = sum(fs, (f) => f.shortageBefore);
  const after = sum(fs, (f) => f.shortageAfter);
  // The part of each total at schools (sections) outside rules.scope, which no exchange fills.
  const outside = outOfScopeShortage(fs, p);
  // Sorted by name; the stage-two (teacher-level) terms sit beside the model's, so terms_total ≠ model_total.
  const terms: Record<string, number> = {};
  for (const [k, v] of Object.entries({ ...s.modelTerms, ...s.plan.stageTwo }).sort()) terms[k] = v;
  const modelObjective = Object.entries(s.modelTerms).reduce((a, [, v]) => a + v, 0);
  // The solver's objective leaves out the constant terms; the bound is shifted by the same constants.
  const fullBound = s.solve.bound !== undefined ? s.solve.bound + s.modelConstant : undefined;
  return {
    tool: `rotate ${s.version}`,
    plan_year: p.planYear,
    relaxed: s.relaxed,
    inputs: [...s.files].sort(byKindThenName).map((f) => ({ kind: f.kind, file: f.name, sha256: f.sha256, encoding: f.encoding, language: f.lang, rows: s.rows[f.name] ?? 0 })),
    posts: postsSource(s.files.some((f) => f.kind === 'posts'), quotaSchools(fs.map((f) => f.school))),
    counts: {
      schools: fs.length,
      teachers: s.statuses.length,
      eligible,
      exempt: s.statuses.filter((x) => x.state === 'exempt' && x.teacher.retiring !== true).length,
      not_eligible: count('not_eligible'),
      moved: moves.length,
      backbone_moved: backboneMovers,
      backbone_share: sent.length > 0 ? backboneMovers / sent.length : 0,
      locked_moves: moves.filter((m) => m.locked).length,
      preferences_met: moves.filter((m) => m.preferenceRank > 0).length,
      home_township: moves.filter((m) => m.homeTownship).length,
      two_way_moved: moves.filter((m) => m.twoWay).length,
      returned_from_exchange: s.statuses.filter((x) => x.teacher.returned === true).length,
      retiring,
      principals_due: leaders.length,
      principals_moved: leaders.filter((x) => x.state === 'moved').length,
      // Locked to stay: the county's decision, where the others still on the list wait for one.
      principals_kept: leaders.filter((x) => x.state === 'stays' && x.label.zh === LABEL.stays.zh).length,
    },
    rules: s.plan.checks.map((c) => ({ rule: c.rule, zh: c.zh, en: c.en, threshold: c.threshold, value: c.value, held: c.held, relaxed: s.relaxed && !c.held, failures: c.failures })),
    shortage: {
      before,
      after,
      closed: before - after,
      scarce_before: sum(fs, (f) => f.scarceShortageBefore),
      scarce_after: sum(fs, (f) => f.scarceShortageAfter),
      rural_weak_before: sum(fs.filter((f) => needy(f.school)), (f) => f.shortageBefore),
      rural_weak_after: sum(fs.filter((f) => needy(f.school)), (f) => f.shortageAfter),
      out_of_scope_before: outside.before,
      out_of_scope_after: outside.after,
      out_of_scope_scarce_before: outside.scarceBefore,
      out_of_scope_scarce_after: outside.scarceAfter,
      out_of_scope_rural_weak_before: outside.ruralWeakBefore,
      out_of_scope_rural_weak_after: outside.ruralWeakAfter,
    },
    indicators: {
      backbone_per_100: meetingBlock(p.backbonePer100, s.plan.quality.meeting.backbone_per_100),
      arts_pe_per_100: meetingBlock(p.artsPePer100, s.plan.quality.meeting.arts_pe_per_100),
      degree_per_100: degreeBlock(p, s.plan.quality.meeting.degree_per_100, s.plan.quality.degreeGiven),
      cv_primary: cvBlock(s.plan.quality.cv, 'primary', p.cvPrimary),
      cv_junior: cvBlock(s.plan.quality.cv, 'junior', p.cvJunior),
      cv: s.plan.quality.cv,
      sections_meeting_all: s.plan.quality.meetingAll,
      county_supply: s.plan.quality.supply,
      degree_given: s.plan.quality.degreeGiven,
      schools_missing_section_students: s.plan.quality.missing.map((m) => m.schoolId),
    },
    objective: {
      model_total: modelObjective,
      terms_total: Object.values(terms).reduce((a, v) => a + v, 0),
      note: OBJECTIVE_NOTE,
      bound: fullBound ?? null,
      gap: fullBound !== undefined && modelObjective !== 0 ? Math.max(0, (modelObjective - fullBound) / Math.abs(modelObjective)) : 0,
      terms,
      families: RULES.map((f) => ({ name: f.name, kind: f.kind, zh: f.zh, en: f.en })),
    },
    solver: {
      name: s.solve.solver,
      status: s.solve.status,
      proven_optimal: s.solve.status === 'optimal',
      method: s.solve.method,
      rows: s.modelSize.rows,
      columns: s.modelSize.columns,
      integer_columns: s.modelSize.integerColumns,
      time_limit_seconds: p.timeLimit,
      ...(s.seconds ? { seconds: s.seconds } : {}),
    },
    policy: p.values,
    locks: s.locks,
  };
}

/** summary.json's bytes: stable (fixed key order, numbers to 6 decimals). */
export function summaryJson(summary: Summary): string {
  return stableJson(summary);
}

/** Reads summary.json back through {@link summarySchema}: a crafted, cut or older file is a list of issues, never a crash. */
export function parseSummary(text: string, file: string): { ok: true; value: Summary } | { ok: false; issues: InputIssue[] } {
  return parseJsonFile(text, file, summarySchema);
}
