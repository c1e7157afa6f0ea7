import { isTwoWay, moveDirection, type DirectionLabel } from '../domain/direction.js';
import { isLeader } from '../domain/leaders.js';
import { isCountyBackbone } from '../domain/backbone.js';
import { arrivalSectionOf, sectionsOf, sectioned } from '../domain/sections.js';
import type { School, Section, Teacher } from '../domain/types.js';
import type { ModelContext } from '../model/context.js';
import type { Placement } from './assign-teachers.js';
import { needsRuralService } from '../domain/priority.js';
import { retirementInTermMoveNote } from '../domain/retirement-in-term.js';
import { sharedNames } from '../domain/shared-names.js';
import { bookOf, moveIdsOf, rememberBook } from './plan-book.js';
import { groundQuality, qualityFigures, type QualityFigures } from './quality.js';
import { TERMS } from '../rules/registry.js';
import { moveReason, type Text } from './reasons.js';
import { groundSchoolFigures, schoolFigures, type SchoolFigures } from './school-figures.js';
import { verifyPlan, type RuleCheck } from './verify.js';
import { groundFacts } from '../rules/facts.js';
import { arrivalStage, type SectionPolicy } from '../rules/indicator-arrival.js';

export interface Move {
  teacher: Teacher;
  from: School;
  to: School;
  direction: DirectionLabel;
  reason: Text;
  locked: boolean;
  /** 1-based rank among the teacher's preferences, 0 when not asked for. */
  preferenceRank: number;
  homeTownship: boolean;
  /** A two-way exchange (跟岗交流): outside the quota and the backbone share. */
  twoWay: boolean;
  /** A principal or vice principal moved by a lock: no subject post taken, outside the quota and the backbone share. */
  leader: boolean;
  /**
   * The section whose post the move fills at the destination (its only one at a school of one
   * section). A leader takes no subject post: his or hers is the section the 优质均衡 indicators
   * count him or her in there (arrivalStage), so that assignments.csv and the figures agree. Absent
   * where there is none (a 小学 leader locked into a 完全中学). Next year's teachers file gives it as
   * the teacher's 任教学段 there.
   */
  stage?: Section;
}

export interface Plan {
  moves: Move[];
  figures: SchoolFigures[];
  checks: RuleCheck[];
  /** Stage-two objective terms (rewards are negative costs), by family name. */
  stageTwo: Record<string, number>;
  /** The 优质均衡 teacher indicators, the inspectors' way, before and after. */
  quality: QualityFigures;
  /** The single changes made after the teachers were named (polish.ts), when there were any: how many, and how much lower the objective is for them. */
  polish?: { changes: number; gain: number };
  /**
   * How far the plan's model terms are above the bound the solve proved, after the polish: a single
   * change that would lower them by more is one no plan the model allows can make. Absent when the
   * solve gave no bound or the plan was not polished (a relaxed plan).
   */
  aboveBound?: number;
}

/**
 * Works out ahead, from the county and the policy alone, what {@link buildPlan} figures and checks
 * every plan against (the schools' and sections' counts before the plan, every teacher's
 * eligibility, the posts): for a caller with time to spare, as while the solver works. Each piece
 * is kept per county and policy, so buildPlan then only adds the plan's moves.
 */
export function groundPlan(ctx: ModelContext): void {
  groundFacts(ctx.county, ctx.policy);
  groundSchoolFigures(ctx.county);
  groundQuality(ctx.county);
}

/**
 * The section a leader moved by a lock is in at the destination: the one the 优质均衡 indicators
 * count him or her in (as the teachers' moves are), else, at a school of one section outside them
 * (a 高中), that section.
 */
function leaderStage(t: Teacher, from: School, to: School, p: SectionPolicy): Section | undefined {
  return arrivalStage(t, from, to, p) ?? (sectioned(to) ? undefined : sectionsOf(to)[0]);
}

/** Names the moves, writes their reasons, recomputes every school's figures and checks every rule. */
export function buildPlan(ctx: ModelContext, placements: readonly Placement[]): Plan {
  const p = ctx.policy;
  const figures = schoolFigures(ctx.county, p, ctx.posts, placements);
  const fig = new Map(figures.map((f) => [f.school.id, f]));
  const shared = sharedNames(ctx.schools);
  const moves: Move[] = [];
  for (const pl of placements) {
    const teacher = ctx.teacherById.get(pl.teacherId);
    const from = ctx.schoolById.get(pl.fromSchoolId);
    const to = ctx.schoolById.get(pl.toSchoolId);
    if (!teacher || !from || !to) continue;
    const f = fig.get(to.id);
    const leader = isLeader(teacher);
    // At a school of two sections, the section whose post the move fills: its shortage, not the school's.
    const section = sectioned(to) && !leader ? arrivalSectionOf(teacher, from, to, p) : undefined;
    const stage = leader ? leaderStage(teacher, from, to, p) : (section ?? (sectioned(to) ? undefined : sectionsOf(to)[0]));
    const whole = f?.bySubject.get(teacher.subject);
    const sub = section === undefined ? whole : whole?.sections?.[sectionsOf(to).indexOf(section)];
    const preferenceRank = teacher.preferences.indexOf(to.id) + 1;
    const home = teacher.homeTownship !== undefined && teacher.homeTownship === to.township;
    const rural = needsRuralService(teacher, from, p);
    const need = (p.backbonePer100 * to.students) / 100;
    const twoWay = isTwoWay(from, to, p);
    const inTerm = retirementInTermMoveNote(teacher, p);
    moves.push({
      teacher,
      from,
      to,
      direction: moveDirection(from, to, p) ?? { zh: '—', en: '—' },
      locked: pl.locked,
      preferenceRank,
      homeTownship: home,
      twoWay,
      leader,
      ...(stage !== undefined ? { stage } : {}),
      reason: moveReason({
        teacher,
        to,
        ...(section !== undefined ? { section } : {}),
        shortBefore: sub?.before ?? 0,
        shortAfter: sub?.after ?? 0,
        scarce: p.scarce.includes(teacher.subject),
        locked: pl.locked,
        preferenceRank,
        homeTownship: home,
        needsRuralService: rural,
        backboneGap: isCountyBackbone(teacher) && (f?.countyBackboneBefore ?? 0) < need,
        twoWay,
        leader,
        sharedName: shared.has(to.name),
        ...(inTerm !== null && { retiresInTerm: inTerm }),
      }),
    });
  }
  // The terms about single teachers are outside the model: their values come from their own code.
  // The book is made from the moves (every placement names a teacher and schools of the county), and kept for the plan's explanation.
  const book = bookOf(ctx, moveIdsOf(moves));
  const plan: Plan = {
    moves,
    figures,
    checks: verifyPlan(ctx.county, p, placements),
    quality: qualityFigures(ctx.county, p, placements),
    stageTwo: Object.fromEntries(TERMS.filter((t) => t.build === undefined).map((t) => [t.name, t.value(book)])),
  };
  rememberBook(moves, book);
  return plan;
}
