import type { Policy } from '../domain/policy.js';
import type { County, Teacher } from '../domain/types.js';
import { countSections, shiftTallies } from '../indicators/count-sections.js';
import { cvEntries, type CvEntry } from '../indicators/cv-summary.js';
import { meetingAll, type MeetingAll } from '../indicators/meeting-all.js';
import { placedSectionStage, schoolSections, teacherSectionStage } from '../indicators/school-sections.js';
import { sectionIndicators, type SectionIndicators } from '../indicators/section-indicators.js';
import type { IndicatorTeacher, IndicatorThresholds, Section, SectionStage } from '../indicators/types.js';
import type { MoveIds } from '../rules/facts.js';

/** The 优质均衡 teacher indicators of a plan, the inspectors' way, before and after it. */
export interface QualityFigures {
  /** `indicators.cv` of summary.json. */
  cv: CvEntry[];
  /** Sections meeting all three indicators, before and after. */
  meetingAll: MeetingAll;
  /** Each section's indicators before and after, in school id then stage order. */
  sections: { before: SectionIndicators; after: SectionIndicators }[];
  /** Schools whose per-section students are missing (a 一贯制 without 小学部学生数, say): left out of the figures. */
  missing: { schoolId: string; columns: string[] }[];
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

/** The indicators of every section, before the plan and after its moves. */
export function qualityFigures(county: County, p: Policy, moves: readonly MoveIds[]): QualityFigures {
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const sections: Section[] = [];
  const missing: QualityFigures['missing'] = [];
  for (const s of [...county.schools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const split = schoolSections({ schoolId: s.id, stage: s.stage, students: s.students, primaryStudents: s.primaryStudents, juniorStudents: s.juniorStudents, teachingPoint: s.teachingPoint });
    sections.push(...split.sections);
    if (split.missing.length > 0) missing.push({ schoolId: s.id, columns: split.missing });
  }
  const dest = new Map(moves.map((m) => [m.teacherId, m.toSchoolId]));
  // Every teacher where he or she is before the plan; after it, only the movers change section.
  const before: IndicatorTeacher[] = [];
  const leaving: IndicatorTeacher[] = [];
  const arriving: IndicatorTeacher[] = [];
  for (const t of county.teachers) {
    const from = school.get(t.schoolId);
    if (!from) continue;
    const stage = teacherSectionStage(from.stage, t.teachingStage);
    const was = stage === undefined ? undefined : asIndicatorTeacher(t, from.id, stage);
    if (was) before.push(was);
    const to = school.get(dest.get(t.id) ?? '');
    if (!to) continue;
    if (was) leaving.push(was);
    const placed = placedSectionStage(from.stage, t.teachingStage, to.stage);
    if (placed !== undefined) arriving.push(asIndicatorTeacher(t, to.id, placed));
  }
  const tb = countSections(sections, before);
  const ta = shiftTallies(tb, leaving, arriving);
  const degreeGiven = county.teachers.some((t) => t.degree !== undefined);
  const known = indicatorThresholds(p);
  // Without 学历 the degree indicator is unknown: sections are judged on the other two.
  const thresholds: IndicatorThresholds = degreeGiven ? known : { primary: { ...known.primary, degree_per_100: 0 }, junior: { ...known.junior, degree_per_100: 0 } };
  const scope = { minTeachingPointStudents: p.teachingPointMinStudents };
  return {
    cv: cvEntries(tb, ta, { primary: p.cvPrimary, junior: p.cvJunior }, scope),
    meetingAll: meetingAll(tb, ta, thresholds),
    sections: tb.map((b, i) => ({ before: sectionIndicators(b, thresholds), after: sectionIndicators(ta[i] ?? b, thresholds) })),
    missing,
    degreeGiven,
  };
}
