import type { Policy } from '../domain/policy.js';
import type { County, School, Teacher } from '../domain/types.js';
import { countSections, shiftTallies } from '../indicators/count-sections.js';
import { countySupply, type CountySupply } from '../indicators/county-supply.js';
import { cvEntries, type CvEntry } from '../indicators/cv-summary.js';
import { meetingAll, meetingEach, type MeetingAll } from '../indicators/meeting-all.js';
import { schoolSections, teacherSectionStage, type MissingSection } from '../indicators/school-sections.js';
import { sectionIndicators, type SectionIndicators } from '../indicators/section-indicators.js';
import { inCv } from '../indicators/stage-cv.js';
import type { IndicatorName, IndicatorTeacher, IndicatorThresholds, Section, SectionStage, SectionTally } from '../indicators/types.js';
import { arrivalStage } from '../rules/indicator-arrival.js';
import type { MoveIds } from '../rules/facts.js';

/** The 优质均衡 teacher indicators of a plan, the inspectors' way, before and after it. */
export interface QualityFigures {
  /** `indicators.cv` of summary.json. */
  cv: CvEntry[];
  /** Judged sections meeting all three indicators, before and after. */
  meetingAll: MeetingAll;
  /**
   * Per indicator, the sections meeting it before and after: the sections the CVs are computed
   * over (a 一贯制 school's 小学部 and 初中部 each on its own students; small teaching points and
   * schools without per-section students left out), as 教督〔2017〕6号 judges each indicator.
   */
  meeting: Readonly<Record<IndicatorName, MeetingAll>>;
  /** Per stage and indicator, the county's counted teachers before the plan (a plan moves them, it adds none) against what every judged section meeting it needs. */
  supply: CountySupply[];
  /**
   * Each section's indicators before and after, in school id then stage order; `judged` says
   * whether the inspectors judge it (students, and not a teaching point under the minimum): a
   * section not judged is in no figure above, and its indicators are shown blank.
   */
  sections: { before: SectionIndicators; after: SectionIndicators; judged: boolean }[];
  /** Schools whose per-section students are missing (a 一贯制 without 小学部学生数, say): left out of the figures. */
  missing: MissingSection[];
  /** Whether any teacher's 学历 is given: without it the degree indicator is not known (and left out of meeting all three). */
  degreeGiven: boolean;
}

/** The thresholds of the policy table. */
export function indicatorThresholds(p: Policy): IndicatorThresholds {
  return {
    primary: { degree_per_100: p.degreePer100Primary, backbone_per_100: p.backbonePer100, arts_pe_per_100: p.artsPePer100 },
    junior: { degree_per_100: p.degreePer100Junior, backbone_per_100: p.backbonePer100, arts_pe_per_100: p.artsPePer100 },
  };
}

const asIndicatorTeacher = (t: Teacher, schoolId: string, stage: SectionStage): IndicatorTeacher => ({ schoolId, stage, ...(t.degree !== undefined && { degree: t.degree }), backbone: t.backbone, subject: t.subject });

/** What {@link qualityFigures} takes from the county alone, the same for every plan of it. */
interface QualityGround {
  school: Map<string, School>;
  missing: QualityFigures['missing'];
  /** Each teacher (in county order) as counted before any plan: undefined where he or she counts in no section. */
  was: (IndicatorTeacher | undefined)[];
  /** The sections' tallies before any plan. */
  before: SectionTally[];
}

/** Per county object, worked out once: a county is never changed once read. */
const grounds = new WeakMap<County, QualityGround>();

/**
 * The sections of the county and their tallies before any plan, worked out once per county: a run
 * figures several plans of one county, and works this out while the solver works (see
 * {@link groundQuality}). Pure: the same county gives the same ground.
 */
function qualityGround(county: County): QualityGround {
  const hit = grounds.get(county);
  if (hit) return hit;
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const sections: Section[] = [];
  const missing: QualityFigures['missing'] = [];
  for (const s of [...county.schools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const split = schoolSections({ schoolId: s.id, stage: s.stage, students: s.students, primaryStudents: s.primaryStudents, juniorStudents: s.juniorStudents, teachingPoint: s.teachingPoint });
    sections.push(...split.sections);
    if (split.missing.length > 0) missing.push({ schoolId: s.id, stage: s.stage, columns: split.missing });
  }
  // Every teacher where he or she is before the plan.
  const was = county.teachers.map((t): IndicatorTeacher | undefined => {
    const from = school.get(t.schoolId);
    const stage = from === undefined ? undefined : teacherSectionStage(from.stage, t.teachingStage);
    return from === undefined || stage === undefined ? undefined : asIndicatorTeacher(t, from.id, stage);
  });
  const ground: QualityGround = { school, missing, was, before: countSections(sections, was.filter((w) => w !== undefined)) };
  grounds.set(county, ground);
  return ground;
}

/** Works out ahead what every plan of this county is figured against (a caller with time to spare, as while the solver works). */
export function groundQuality(county: County): void {
  qualityGround(county);
}

/** The indicators of every section, before the plan and after its moves. */
export function qualityFigures(county: County, p: Policy, moves: readonly MoveIds[]): QualityFigures {
  const { school, missing, was, before: tb } = qualityGround(county);
  const dest = new Map(moves.map((m) => [m.teacherId, m.toSchoolId]));
  // After the plan, only the movers change section.
  const leaving: IndicatorTeacher[] = [];
  const arriving: IndicatorTeacher[] = [];
  county.teachers.forEach((t, i) => {
    const toId = dest.get(t.id);
    const from = toId === undefined ? undefined : school.get(t.schoolId);
    const to = toId === undefined ? undefined : school.get(toId);
    if (!from || !to) return;
    const w = was[i];
    if (w) leaving.push(w);
    const placed = arrivalStage(t, from, to, p);
    if (placed !== undefined) arriving.push(asIndicatorTeacher(t, to.id, placed));
  });
  const ta = shiftTallies(tb, leaving, arriving);
  const degreeGiven = county.teachers.some((t) => t.degree !== undefined);
  const known = indicatorThresholds(p);
  // Without 学历 the degree indicator is unknown: sections are judged on the other two.
  const thresholds: IndicatorThresholds = degreeGiven ? known : { primary: { ...known.primary, degree_per_100: 0 }, junior: { ...known.junior, degree_per_100: 0 } };
  const scope = { minTeachingPointStudents: p.teachingPointMinStudents };
  const judged = (ts: readonly SectionTally[]): SectionTally[] => ts.filter((t) => inCv(t.section, scope));
  return {
    cv: cvEntries(tb, ta, { primary: p.cvPrimary, junior: p.cvJunior }, scope, (indicator) => degreeGiven || indicator !== 'degree_per_100'),
    meetingAll: meetingAll(judged(tb), judged(ta), thresholds),
    meeting: meetingEach(judged(tb), judged(ta), thresholds),
    supply: countySupply(judged(tb), known, (indicator) => degreeGiven || indicator !== 'degree_per_100'),
    sections: tb.map((b, i) => ({ before: sectionIndicators(b, thresholds), after: sectionIndicators(ta[i] ?? b, thresholds), judged: inCv(b.section, scope) })),
    missing,
    degreeGiven,
  };
}

/** The sections the figures leave out although the schools file gives their students: no students, or a teaching point under the minimum; in school id then stage order. */
export function unjudged(q: Pick<QualityFigures, 'sections'>): Section[] {
  return q.sections.filter((x) => !x.judged).map((x) => x.before.section);
}
