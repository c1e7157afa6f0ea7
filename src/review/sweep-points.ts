import { isNeedySchool } from '../domain/direction.js';
import type { PolicySetting } from '../domain/policy.js';
import { PARAMETERS } from '../domain/parameters.js';
import type { InputIssue } from '../domain/types.js';
import type { ModelContext } from '../model/context.js';
import { checkLocks } from '../plan/check-locks.js';
import { verifyPlan } from '../plan/verify.js';
import type { PlanSolver } from '../solve/result.js';
import { jslpSolver } from '../solve/choose-solver.js';
import { solveLocked } from '../pipeline/unlocked-first.js';
import { bookOfMoves } from '../plan/plan-book.js';
import { termsOf, totalOf } from '../plan/plan-terms.js';
import type { CvEntry } from '../indicators/cv-summary.js';
import type { QualityFigures } from '../plan/quality.js';
import type { SchoolFigures } from '../plan/school-figures.js';
import type { Move } from '../plan/build-plan.js';
import { countNeeded } from '../indicators/per-100.js';

/** A weight swept over a list of values. */
export interface SweepAxis {
  key: string;
  values: string[];
}

/**
 * A value as a list to sweep is read: full-width digits, commas and ％ made half-width, and the
 * enumeration comma 、 a comma (`0，5，10`, `0、5、10` and `０，５，１０` are `0,5,10`).
 */
export const sweepListText = (value: string): string => value.normalize('NFKC').replace(/、/gu, ',');

/** The parameters whose values are words of a closed list (yes/no, a choice): a comma list of them is swept too (`rules.two_way=yes,no`). */
const WORD_PARAMETERS: ReadonlySet<string> = new Set(PARAMETERS.filter((p) => p.type === 'boolean' || p.type === 'choice').map((p) => p.name));

/**
 * A `--set` whose value is a comma list of numbers (`weights.moves=0.5,1,2,4`), or of words for a
 * yes/no or choice parameter (`rules.two_way=yes,no`), is an axis; any other is a fixed setting.
 */
export function splitSweepSets(sets: readonly PolicySetting[]): { axes: SweepAxis[]; fixed: PolicySetting[] } {
  const axes: SweepAxis[] = [];
  const fixed: PolicySetting[] = [];
  for (const s of sets) {
    const list = sweepListText(s.value);
    const values = list.split(',').map((v) => v.trim());
    const numbers = /^\s*\d+(\.\d+)?\s*%?\s*(,\s*\d+(\.\d+)?\s*%?\s*)+$/u.test(list);
    const words = WORD_PARAMETERS.has(s.key.trim()) && values.length > 1 && values.every((v) => v !== '');
    if (numbers || words) axes.push({ key: s.key.trim(), values });
    else fixed.push(s);
  }
  return { axes, fixed };
}

/** Values of one swept weight, at most (each is one plan: a longer list is surely a slip). */
export const MAX_SWEEP_VALUES = 50;
/** Points of a whole sweep, at most (two weights of 50 values would be 2,500 plans). */
export const MAX_SWEEP_POINTS = 200;

/** The issue of a sweep with too many points, naming the weight; null when it is within the limits. */
export function sweepSizeIssue(axes: readonly SweepAxis[]): InputIssue | null {
  const long = axes.find((a) => a.values.length > MAX_SWEEP_VALUES);
  if (long) return { file: `--set ${long.key}`, zh: `扫描取值有 ${long.values.length} 个, 上限 ${MAX_SWEEP_VALUES} 个`, en: `${long.values.length} values to sweep, at most ${MAX_SWEEP_VALUES}` };
  const points = axes.reduce((n, a) => n * a.values.length, 1);
  if (points > MAX_SWEEP_POINTS) return { file: '--set', zh: `扫描共 ${points} 个组合, 上限 ${MAX_SWEEP_POINTS} 个`, en: `${points} combinations to sweep, at most ${MAX_SWEEP_POINTS}` };
  return null;
}

/** Every combination of the axes' values, the first axis varying slowest. */
export function sweepPoints(axes: readonly SweepAxis[]): Record<string, string>[] {
  let points: Record<string, string>[] = [{}];
  for (const a of axes) points = points.flatMap((p) => a.values.map((v) => ({ ...p, [a.key]: v })));
  return points;
}

/** A hard rule a point's plan cannot keep: its key (`county_quota`) and its Chinese name as the rule table of `rotate plan` gives it. */
export interface SweepConflict {
  rule: string;
  zh: string;
}

/** The trade-off figures of one point of a sweep. */
export interface SweepRow {
  point: Record<string, string>;
  /** `before`: the county before any plan (sweep-before.ts), the table's reference row. */
  status: 'planned' | 'infeasible' | 'solver-failed' | 'unverified' | 'before';
  /** The conflicting rules when infeasible: each one's key and its Chinese name as the terminal's rule table gives it. */
  conflicts: SweepConflict[];
  /** Infeasible because a lock breaks a hard rule (checked before solving, as rotate plan does). */
  byLocks?: boolean;
  moves: number;
  backboneMoves: number;
  shortage: number;
  scarceShortage: number;
  ruralWeakShortage: number;
  /** County-level-or-higher backbone teachers missing below the per-100-students indicator, summed over the judged sections. */
  backboneGap: number;
  /** Judged sections meeting the backbone indicator after the plan, as summary.json's indicators.backbone_per_100 counts them. */
  backboneSectionsMeeting: number;
  /** Sections meeting every 优质均衡 indicator known (two without 学历) after the plan, as summary.json's sections_meeting_all. */
  sectionsMeetingAll: number;
  preferencesMet: number;
  homeTownship: number;
  /**
   * The sum of the objective's terms of the plan, at this point's own weights (summary.json's
   * `objective.terms_total`, not its `model_total`); not comparable across points.
   */
  termsTotal: number;
  /** The inspectors' CVs of the plan at this point (summary.json's `indicators.cv`); empty when there is no plan. */
  cv: CvEntry[];
  /** Whether 学历 is given: without it the degree CVs are not known. */
  degreeGiven: boolean;
  /** Who goes where in the point's plan, as one text (`teacher→school`, by teacher id): two points with the same one have the same plan; absent without a plan. */
  movesKey?: string;
}

/** The moves of a plan as one text, each `teacher→school` in teacher id order: equal for two plans exactly when they move the same teachers to the same schools. */
export function movesKeyOf(moves: readonly Pick<Move, 'teacher' | 'to'>[]): string {
  return moves
    .map((m) => `${m.teacher.id}→${m.to.id}`)
    .sort()
    .join('\n');
}

/**
 * Plans the county at one point as `rotate plan` would (locks without a baseline: the plan without
 * them first, unlocked-first.ts) and measures the result.
 */
/**
 * The county-level backbone teachers missing below the per-100-students indicator after the plan,
 * summed over the judged sections (those the CVs and summary.json's counts are over: a 一贯制
 * school's 小学部 and 初中部 each on its own students, small teaching points left out).
 */
function backboneGapOf(q: QualityFigures, per100: number): number {
  return q.sections.filter((s) => s.judged).reduce((a, s) => a + Math.max(0, countNeeded(per100, s.after.section.students) - s.after.counts.backbone_per_100), 0);
}

export function sweepRow(ctx: ModelContext, point: Record<string, string>, now: () => number, solver: PlanSolver = jslpSolver): SweepRow {
  const empty = { point, conflicts: [], moves: 0, backboneMoves: 0, shortage: 0, scarceShortage: 0, ruralWeakShortage: 0, backboneGap: 0, backboneSectionsMeeting: 0, sectionsMeetingAll: 0, preferencesMet: 0, homeTownship: 0, termsTotal: NaN, cv: [], degreeGiven: false };
  const lockConflicts = checkLocks(ctx);
  if (lockConflicts.length > 0) {
    // A lock's conflict reads 人工锁定与规则冲突: the rule's own name is its check's, as on a plan.
    const names = new Map(verifyPlan(ctx.county, ctx.policy, []).map((c) => [c.rule as string, c.zh]));
    return { ...empty, status: 'infeasible', conflicts: lockConflicts.map((c) => ({ rule: c.rule, zh: names.get(c.rule) ?? c.rule })), byLocks: true };
  }
  // The locked plan's context holds the plan without the locks as its baseline, when it has one: its objective is the one summary.json gives.
  const { solved: r, ctx: planCtx } = solveLocked(ctx, false, false, now, solver);
  if (r.kind === 'infeasible') return { ...empty, status: 'infeasible', conflicts: r.conflicts.map((c) => ({ rule: c.rule, zh: c.zh })) };
  if (r.kind !== 'planned') return { ...empty, status: r.kind };
  const book = bookOfMoves(planCtx, r.plan.moves);
  return { ...measured(point, 'planned', r.plan.moves, r.plan.figures, r.plan.quality, ctx.policy.backbonePer100, totalOf(termsOf(book))), movesKey: movesKeyOf(r.plan.moves) };
}

/** The moves a row counts: who they are and what each asked for. */
type MovesMeasured = readonly Pick<Move, 'teacher' | 'preferenceRank' | 'homeTownship'>[];

/** A row's figures, measured on a plan's moves, school figures and 优质均衡 figures (after the plan). */
export function measured(point: Record<string, string>, status: SweepRow['status'], moves: MovesMeasured, fs: readonly SchoolFigures[], quality: QualityFigures, backbonePer100: number, termsTotal: number): SweepRow {
  const sum = (xs: readonly SchoolFigures[], f: (x: SchoolFigures) => number): number => xs.reduce((a, x) => a + f(x), 0);
  return {
    point,
    status,
    conflicts: [],
    moves: moves.length,
    backboneMoves: moves.filter((m) => m.teacher.backbone !== 'none').length,
    shortage: sum(fs, (x) => x.shortageAfter),
    scarceShortage: sum(fs, (x) => x.scarceShortageAfter),
    ruralWeakShortage: sum(fs.filter((x) => isNeedySchool(x.school)), (x) => x.shortageAfter),
    backboneGap: backboneGapOf(quality, backbonePer100),
    backboneSectionsMeeting: quality.meeting.backbone_per_100.after,
    sectionsMeetingAll: quality.meetingAll.after,
    preferencesMet: moves.filter((m) => m.preferenceRank > 0).length,
    homeTownship: moves.filter((m) => m.homeTownship).length,
    termsTotal,
    cv: quality.cv,
    degreeGiven: quality.degreeGiven,
  };
}
