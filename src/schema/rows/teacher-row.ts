import { z } from 'zod';
import { firstOfSeveral, saysNoSubject, subjectKey } from '../../domain/subjects.js';
import type { Backbone, Source, Teacher } from '../../domain/types.js';
import { cellShape, type RowSpec } from '../row-spec.js';
import { parseDate } from '../dates.js';
import { parseBackbone, parseGender, parseRole, parseTitle } from '../enums.js';
import { labelled, parseCertificate, parseDegree, parseEmployment, parseOnStaff, parseSection, parseStaffState } from '../staff-enums.js';
import { noneIsEmpty, optional, orDefault, parseFullYears, parseId, parsePreferences, parseText, parseYear, parseYesNo } from '../values.js';
import { parseDuty, roleOf } from '../duty.js';
import { checkTeacherRow } from './teacher-row-checks.js';

/** The cells of a teachers row, keyed by canonical column names. 身份证号 is never read. */
const teacherCells = {
  teacher_id: parseId,
  name: parseText,
  school_id: parseId,
  // Beside 学校代码: the school read by its name where the code is no school's (another system's code).
  school_name: optional(parseText),
  // Required of a teacher; a principal or vice principal who teaches no class may leave it blank or write 无 (checkTeacherRow).
  subject: optional(parseText),
  years_at_school: optional(parseFullYears),
  joined_school: optional(parseDate),
  gender: optional(parseGender),
  birth_year: optional(parseYear),
  birth_date: optional(parseDate),
  backbone: optional(parseBackbone),
  county_backbone: optional(parseYesNo),
  any_backbone: optional(parseYesNo),
  title: orDefault(parseTitle, 'none'),
  rural_years: orDefault(parseFullYears, 0),
  role: orDefault(parseRole, 'teacher'),
  duty: optional(parseDuty),
  // 无 (or -, /, 暂无 …) in these says there is none: a reason, a wish, a home township of 无 would exempt the teacher or name no school.
  exempt: noneIsEmpty(optional(parseText)),
  preferences: noneIsEmpty(orDefault(parsePreferences, [])),
  home_township: noneIsEmpty(optional(parseText)),
  teaching_stage: optional(parseSection),
  certificate: optional(parseCertificate),
  degree: optional(parseDegree),
  on_staff: optional(parseOnStaff),
  employment: optional(labelled(parseEmployment)),
  state: optional(labelled(parseStaffState)),
  // Likewise no exchange in progress: 无 here would be a school no file has and a date that is none.
  exchange_home_school: noneIsEmpty(optional(parseId)),
  exchange_end: noneIsEmpty(optional(parseDate)),
};

/** A row of a teachers file. */
export const teacherRow = z.object(cellShape(teacherCells)).superRefine(checkTeacherRow);

export type TeacherRow = z.output<typeof teacherRow>;

/** The teachers row schema and its parts, for readRows's fast path. */
export const teacherSpec: RowSpec<typeof teacherRow> = { schema: teacherRow, cells: teacherCells, check: checkTeacherRow };

/**
 * 骨干等级 where given; else the least level a yes/no column says: 是否县级及以上骨干教师's 是 is 县级,
 * 是否骨干教师's 是 校级 (it names no level, and a warning per file says so: unlevelled-backbone.ts).
 */
function backboneOf(r: Pick<TeacherRow, 'backbone' | 'county_backbone' | 'any_backbone'>): Backbone {
  if (r.backbone !== undefined) return r.backbone;
  if (r.county_backbone === true) return 'county';
  return r.any_backbone === true ? 'school' : 'none';
}

/** The domain teacher of a valid row; optional fields that are empty are left out. */
export function toTeacher(r: TeacherRow, source: Source): Teacher {
  // A leader who teaches no class has no subject: the empty key, which no post and no indicator names.
  const written = saysNoSubject(r.subject) ? undefined : r.subject;
  // Several subjects in the cell (语文、道德与法治): the first is the one taught (several-subjects.ts warns).
  const taught = written === undefined ? undefined : (firstOfSeveral(written) ?? written);
  const birthYear = r.birth_date?.year ?? r.birth_year;
  return {
    id: r.teacher_id,
    name: r.name,
    schoolId: r.school_id,
    ...(r.school_name !== undefined && { schoolName: r.school_name }),
    subject: taught === undefined ? '' : subjectKey(taught),
    subjectLabel: r.subject ?? '',
    // Counted from joined_school once the cut-off date is known (applyCutoff); until then the stated years.
    yearsAtSchool: r.years_at_school ?? 0,
    ...(r.joined_school !== undefined && { joinedSchool: r.joined_school }),
    ...(r.joined_school !== undefined && r.years_at_school !== undefined && { statedYearsAtSchool: r.years_at_school }),
    ...(r.gender !== undefined && { gender: r.gender }),
    ...(birthYear !== undefined && { birthYear }),
    ...(r.birth_date !== undefined && { birthDate: r.birth_date }),
    backbone: backboneOf(r),
    title: r.title,
    ruralYears: r.rural_years,
    // 岗位类别 or 职务, whichever names a leader.
    role: roleOf(r.role, r.duty),
    ...(r.exempt !== undefined && { exempt: r.exempt }),
    preferences: r.preferences,
    ...(r.home_township !== undefined && { homeTownship: r.home_township }),
    ...(r.teaching_stage !== undefined && { teachingStage: r.teaching_stage }),
    ...(r.certificate !== undefined && { certificate: r.certificate }),
    ...(r.degree !== undefined && { degree: r.degree }),
    ...(r.on_staff !== undefined && { onStaff: r.on_staff }),
    ...(r.employment !== undefined && { employment: r.employment.value, employmentLabel: r.employment.label }),
    ...(r.state !== undefined && { state: r.state.value, stateLabel: r.state.label }),
    ...(r.exchange_home_school !== undefined && { exchangeHomeSchool: r.exchange_home_school }),
    ...(r.exchange_end !== undefined && { exchangeEnd: r.exchange_end }),
    source,
  };
}
