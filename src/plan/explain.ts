import { subjectNamesOf, type SubjectNames } from '../domain/subject-names.js';
import { isLeader } from '../domain/leaders.js';
import { isCountyBackbone } from '../domain/backbone.js';
import { isQuotaSchool } from '../domain/direction.js';
import type { School, Section, Teacher } from '../domain/types.js';
import { floorQ } from '../domain/rounding.js';
import type { Text } from '../domain/text.js';
import { arrivalPlaceOf, ownPlace, postsAt, teachersOf, type ModelContext } from '../model/context.js';
import { placesOf, sectionOfPlace } from '../domain/sections.js';
import { cellOf, countyBackboneAt, type PlanBook } from '../rules/book.js';
import { bookOfMoves } from './plan-book.js';
import { rebook } from '../rules/rebook.js';
import { TERM_NAMES } from '../rules/registry.js';
import { alternative, alternatives, LISTED, LISTED_BREAKING, nonZero, type Alternative, type Options } from './alternatives.js';
import type { Move, Plan } from './build-plan.js';
import { evaluateChange, schoolTerms, termsOf, totalOf, zeroTerms, type Terms } from './plan-terms.js';
import { destinationRanking } from './rank-destinations.js';
import { stayNotes } from './stay-notes.js';
import { explainSections, type SectionExplain } from './explain-sections.js';
import { barredSchools, type Barred } from './explain-barred.js';
import { sectionsBySchool } from './school-lines.js';
import { schoolIndicatorTerms, type SchoolIndicatorTerms } from './school-indicator-terms.js';
import { LABEL, teacherStatuses, type TeacherStatus } from './teacher-status.js';

export type { Alternative, Barred, Options };

/** Posts, teachers and shortage of one subject at one school (or, with `section`, in that section of a school of two), before and after the plan. */
export interface SubjectFigures {
  school_id: string;
  subject: string;
  /** The section the figures are of, at a school of two sections (a move's ends); absent: the whole school. */
  section?: Section;
  posts: number;
  teachers: [number, number];
  shortage: [number, number];
}

export interface TeacherExplain {
  id: string;
  name: string;
  subject: string;
  backbone: string;
  school_id: string;
  school: string;
  status: TeacherStatus['state'];
  /** The words teachers.csv gives the status where they are not the state's own: 列入校长交流名单, 返回原校. */
  label?: Text;
  reason: Text;
  move?: {
    to_id: string;
    to: string;
    direction: Text;
    locked: boolean;
    preference_rank: number;
    home_township: boolean;
    /** The subject where the teacher arrives and where he or she leaves: at a school of two sections, the section's figures (the post the move fills or frees is the section's). */
    to_subject: SubjectFigures;
    from_subject: SubjectFigures;
    /** County-level-or-higher backbone per 100 students at both ends, for such a teacher. */
    backbone_per_100?: { to: [number, number]; from: [number, number]; needed_to: number };
    /** What this move adds to each term: the plan's objective minus the plan with the teacher staying (negative = served). */
    served: Partial<Terms>;
  };
  alternatives: Alternative[];
  /** Further allowed destinations not listed. */
  more: number;
  /**
   * The schools short of the teacher's subject after the plan (at his or her stage or below) that
   * the move rules bar him or her from, and by which rules: for a teacher whose alternatives are
   * priced, when there are any (absent too in an explain.json written before they were kept).
   */
  barred?: Barred;
}

/** A subject in one section of a school of two sections (九年一贯制, 完全中学): its posts and teachers there. */
export interface SectionSubjectFigures {
  section: Section;
  subject: string;
  posts: number;
  teachers: [number, number];
}

export interface SchoolExplain {
  id: string;
  name: string;
  stage: string;
  area: string;
  weak: boolean;
  students: number;
  quota_school: boolean;
  subjects: SubjectFigures[];
  /**
   * The school's part of the weighted terms, [before, after]: shortage and backbone balance always;
   * each 优质均衡 term that is on (weight > 0; absent in an explain.json written before they were kept).
   */
  terms: { shortage: [number, number]; backbone_balance: [number, number] } & SchoolIndicatorTerms;
  county_backbone: [number, number];
  backbone_per_100: [number, number];
  backbone_per_100_needed: number;
  /** The 优质均衡 indicators of each judged section (小学部, 初中部); absent in an explain.json written before they were kept. */
  sections?: SectionExplain[];
  /** For a school of two sections, each subject per section (the shortage is max(0, posts − teachers) there); absent for a school of one and in an explain.json written before they were kept. */
  subject_sections?: SectionSubjectFigures[];
  rules: { quota: { need: number; eligible: number } | null; outflow_cap: number; backbone_outflow_cap: number };
  outflow: { teacher_id: string; name: string; subject: string; to_id: string; to: string }[];
  inflow: { teacher_id: string; name: string; subject: string; from_id: string; from: string }[];
}

export interface Explanation {
  relaxed: boolean;
  /** How far the plan's model terms are above the bound the solve proved (see Plan.aboveBound), when known. */
  aboveBound?: number;
  terms: Terms;
  total: number;
  teachers: TeacherExplain[];
  schools: SchoolExplain[];
  /**
   * How English outputs name the subjects (subject key → the county's own spelling, domain/subject-names.ts),
   * where that is not the key; absent for a county that writes its subjects in Chinese, and in an explain.json written before they were kept.
   */
  subjectNames?: SubjectNames;
}

const per100 = (n: number, students: number): number => (students > 0 ? (n * 100) / students : 0);

/**
 * Everything `rotate explain` needs, computed once when the plan is written: for every teacher
 * the decision, the terms a move served, and the best alternatives, each evaluated exactly by
 * recomputing the objective terms of the plan with that single change (not re-optimised); for
 * every school its subjects, terms and movers.
 */
export function explainPlan(ctx: ModelContext, plan: Plan, relaxed: boolean): { statuses: TeacherStatus[]; explanation: Explanation } {
  const book = bookOfMoves(ctx, plan.moves);
  const terms = termsOf(book);
  const moveOf = new Map(plan.moves.map((m) => [m.teacher.id, m]));
  const rank = destinationRanking(book, { room: LISTED, full: LISTED_BREAKING });
  // Per teacher, in ctx.teachers' order, for the eligible ones: the allowed destinations evaluated.
  // Principals and vice principals are the county's to post (principals.csv): no subject post to rank for them.
  const options = ctx.teachers.map((t) => (ctx.eligibility.get(t.id)?.status === 'eligible' && !isLeader(t) ? alternatives(book, t, rank(t)) : undefined));
  const statuses = teacherStatuses(ctx, plan.moves, stayNotes(book, ctx.teachers, options, plan.aboveBound));
  const barredOf = barredSchools(book);
  const figures = subjectFiguresOf(book);
  // The statuses list the teachers who retire by the cut-off date too (no options: they take no part).
  const optionOf = new Map(ctx.teachers.map((t, i) => [t.id, options[i]]));
  const teachers = statuses.map((st): TeacherExplain => {
    const t = st.teacher;
    const o = optionOf.get(t.id);
    const m = moveOf.get(t.id);
    // Staying is an alternative only for a teacher the ranking priced (eligible, not a principal).
    const stay = m && o ? evaluateChange(book, t, null) : undefined;
    const x: TeacherExplain = {
      id: t.id,
      name: t.name,
      subject: t.subjectLabel,
      backbone: t.backbone,
      school_id: t.schoolId,
      school: ctx.schoolById.get(t.schoolId)?.name ?? '',
      status: st.state,
      ...(st.label.zh !== LABEL[st.state].zh ? { label: { zh: st.label.zh, en: st.label.en } } : {}),
      reason: { zh: st.reason.zh, en: st.reason.en },
      alternatives: o ? (stay ? [alternative(stay, 'stay'), ...o.listed] : o.listed) : [],
      more: o?.more ?? 0,
    };
    const barred = o ? barredOf(t) : undefined;
    if (barred) x.barred = barred;
    if (!m) return x;
    const served = stay ? servedOf(stay.delta) : servedByRebooking(book, t, m.to.id);
    x.move = {
      to_id: m.to.id,
      to: m.to.name,
      direction: m.direction,
      locked: m.locked,
      preference_rank: m.preferenceRank,
      home_township: m.homeTownship,
      to_subject: endFigures(book, figures, arrivalPlaceOf(ctx, t, m.to), m.to.id, t.subject),
      from_subject: endFigures(book, figures, ownPlace(ctx, t), t.schoolId, t.subject),
      ...(isCountyBackbone(t) ? { backbone_per_100: { to: backboneFigures(book, m.to), from: backboneFigures(book, m.from), needed_to: ctx.policy.backbonePer100 } } : {}),
      served: nonZero(served),
    };
    return x;
  });
  const out = new Map<string, Move[]>();
  const into = new Map<string, Move[]>();
  const add = (by: Map<string, Move[]>, id: string, m: Move): void => {
    const list = by.get(id);
    if (list) list.push(m);
    else by.set(id, [m]);
  };
  for (const m of plan.moves) {
    add(out, m.from.id, m);
    add(into, m.to.id, m);
  }
  const sections = sectionsBySchool(plan.quality);
  const schools = ctx.schools.map((s) => ({ ...explainSchool(book, figures, s, out.get(s.id) ?? [], into.get(s.id) ?? []), sections: explainSections(sections.get(s.id) ?? {}, plan.quality.degreeGiven) }));
  // ctx.subjects holds every teacher's subject and every subject with posts (model/context.ts).
  const subjectNames = subjectNamesOf(ctx.county, ctx.subjects);
  const named = Object.keys(subjectNames).length > 0 ? { subjectNames } : {};
  return { statuses, explanation: { relaxed, ...(plan.aboveBound !== undefined ? { aboveBound: plan.aboveBound } : {}), terms, total: totalOf(terms), teachers, schools, ...named } };
}

/** What a move adds to each term, from what staying would change (`delta`: staying minus the plan). */
function servedOf(delta: Terms): Terms {
  const served = zeroTerms();
  for (const k of TERM_NAMES) served[k] = -delta[k];
  return served;
}

/**
 * What the move of `t` to `to` adds to each term, for a mover the ranking did not price (a
 * principal or vice principal moved by a lock): the plan's terms minus those of the plan with `t`
 * staying, the book changed in place and put back. Not {@link evaluateChange}: a leader holds no
 * subject post and is no mover of the teachers' terms (applyMove in rules/book.ts), which the
 * terms' `change` does not know; their `value` does.
 */
function servedByRebooking(book: PlanBook, t: Teacher, to: string): Terms {
  const planned = termsOf(book);
  rebook(book, t, undefined);
  try {
    const staying = termsOf(book);
    const served = zeroTerms();
    for (const k of TERM_NAMES) served[k] = planned[k] - staying[k];
    return served;
  } finally {
    rebook(book, t, to);
  }
}

/**
 * {@link subjectFigures}, worked out once per school and subject: the movers into and out of a
 * school share them, and the school's own figures list them. The figures are read, never changed.
 */
function subjectFiguresOf(book: PlanBook): (schoolId: string, subject: string) => SubjectFigures {
  const bySchool = new Map<string, Map<string, SubjectFigures>>();
  return (schoolId, subject) => {
    let at = bySchool.get(schoolId);
    if (!at) bySchool.set(schoolId, (at = new Map()));
    let f = at.get(subject);
    if (!f) at.set(subject, (f = subjectFigures(book, schoolId, subject)));
    return f;
  };
}

/** The subject's figures at one end of a move: the section's at a school of two (its place names the section), else the school's. */
function endFigures(book: PlanBook, figures: (schoolId: string, subject: string) => SubjectFigures, place: string, schoolId: string, subject: string): SubjectFigures {
  const section = sectionOfPlace(place);
  if (section === undefined) return figures(schoolId, subject);
  const { posts, before, after } = placeFigures(book, place, subject);
  return { school_id: schoolId, subject, section, posts, teachers: [before, after], shortage: [Math.max(0, posts - before), Math.max(0, posts - after)] };
}

/** A subject's posts and teachers before and after the plan at one place (a school, or a section of one). */
function placeFigures(book: PlanBook, place: string, subject: string): { posts: number; before: number; after: number } {
  const before = teachersOf(book.ctx, place, subject);
  const c = cellOf(book, place, subject);
  return { posts: postsAt(book.ctx, place, subject), before, after: c < 0 ? before : (book.after[c] ?? 0) };
}

/** A school of two sections' subjects, each per section (sections in the school's order, then subjects), where it has posts or teachers. */
function sectionSubjects(book: PlanBook, s: School): SectionSubjectFigures[] {
  const places = placesOf(s);
  if (places.length < 2) return [];
  return places.flatMap(([place, section]) =>
    book.ctx.subjects.flatMap((subject) => {
      const f = placeFigures(book, place, subject);
      return f.posts > 0 || f.before > 0 || f.after > 0 ? [{ section, subject, posts: f.posts, teachers: [f.before, f.after] as [number, number] }] : [];
    }),
  );
}

/** A subject at a school, all sections summed (shortage Σ over sections of max(0, posts − teachers)). */
function subjectFigures(book: PlanBook, schoolId: string, subject: string): SubjectFigures {
  const school = book.ctx.schoolById.get(schoolId);
  let posts = 0, before = 0, after = 0, short = 0, shortAfter = 0;
  for (const place of school ? placesOf(school).map(([id]) => id) : [schoolId]) {
    const { posts: n, before: b, after: a } = placeFigures(book, place, subject);
    posts += n;
    before += b;
    after += a;
    short += Math.max(0, n - b);
    shortAfter += Math.max(0, n - a);
  }
  return { school_id: schoolId, subject, posts, teachers: [before, after], shortage: [short, shortAfter] };
}

function backboneFigures(book: PlanBook, s: School): [number, number] {
  const before = book.ctx.stock.get(s.id)?.countyBackbone ?? 0;
  return [per100(before, s.students), per100(book.schoolAt.has(s.id) ? countyBackboneAt(book, s.id) : before, s.students)];
}

/** One school's figures, terms and rules, with the plan's moves out of it and into it (in the plan's order). */
function explainSchool(book: PlanBook, figures: (schoolId: string, subject: string) => SubjectFigures, s: School, outflow: readonly Move[], inflow: readonly Move[]): SchoolExplain {
  const { ctx } = book;
  const p = ctx.policy;
  const st = ctx.stock.get(s.id);
  const subjects = ctx.subjects
    .map((j) => figures(s.id, j))
    .filter((f) => f.posts > 0 || f.teachers[0] > 0 || f.teachers[1] > 0);
  const cbBefore = st?.countyBackbone ?? 0;
  const cbAfter = book.schoolAt.has(s.id) ? countyBackboneAt(book, s.id) : cbBefore;
  const bySection = sectionSubjects(book, s);
  return {
    id: s.id,
    name: s.name,
    stage: s.stage,
    area: s.area,
    weak: s.weak,
    students: s.students,
    quota_school: isQuotaSchool(s),
    subjects,
    ...(bySection.length > 0 ? { subject_sections: bySection } : {}),
    terms: { ...schoolTerms(book, s.id), ...schoolIndicatorTerms(book, s.id) },
    county_backbone: [cbBefore, cbAfter],
    backbone_per_100: [per100(cbBefore, s.students), per100(cbAfter, s.students)],
    backbone_per_100_needed: p.backbonePer100,
    rules: {
      quota: isQuotaSchool(s) ? { need: floorQ(p.quotaShare * (st?.eligible ?? 0)), eligible: st?.eligible ?? 0 } : null,
      outflow_cap: floorQ(p.maxOutflowShare * (st?.teachers ?? 0)),
      backbone_outflow_cap: floorQ(p.maxBackboneOutflowShare * (st?.backbone ?? 0)),
    },
    outflow: outflow.map((m) => ({ teacher_id: m.teacher.id, name: m.teacher.name, subject: m.teacher.subjectLabel, to_id: m.to.id, to: m.to.name })),
    inflow: inflow.map((m) => ({ teacher_id: m.teacher.id, name: m.teacher.name, subject: m.teacher.subjectLabel, from_id: m.from.id, from: m.from.name })),
  };
}
