import { z } from 'zod';
import { subjectKey } from '../../domain/subjects.js';
import type { Source, Teacher } from '../../domain/types.js';
import { cell } from '../cell-schema.js';
import { parseBackbone, parseGender, parseRole, parseTitle } from '../enums.js';
import { optional, orDefault, parseId, parsePreferences, parseText, parseWholeNumber, parseYear } from '../values.js';

/** A row of a teachers file, keyed by canonical column names. 身份证号 is never read. */
export const teacherRow = z.object({
  teacher_id: cell(parseId),
  name: cell(parseText),
  school_id: cell(parseId),
  subject: cell(parseText),
  years_at_school: cell(parseWholeNumber),
  gender: cell(optional(parseGender)),
  birth_year: cell(optional(parseYear)),
  backbone: cell(orDefault(parseBackbone, 'none')),
  title: cell(orDefault(parseTitle, 'none')),
  rural_years: cell(orDefault(parseWholeNumber, 0)),
  role: cell(orDefault(parseRole, 'teacher')),
  exempt: cell(optional(parseText)),
  preferences: cell(orDefault(parsePreferences, [])),
  home_township: cell(optional(parseText)),
});

export type TeacherRow = z.output<typeof teacherRow>;

/** The domain teacher of a valid row; optional fields that are empty are left out. */
export function toTeacher(r: TeacherRow, source: Source): Teacher {
  return {
    id: r.teacher_id,
    name: r.name,
    schoolId: r.school_id,
    subject: subjectKey(r.subject),
    subjectLabel: r.subject,
    yearsAtSchool: r.years_at_school,
    ...(r.gender !== undefined && { gender: r.gender }),
    ...(r.birth_year !== undefined && { birthYear: r.birth_year }),
    backbone: r.backbone,
    title: r.title,
    ruralYears: r.rural_years,
    role: r.role,
    ...(r.exempt !== undefined && { exempt: r.exempt }),
    preferences: r.preferences,
    ...(r.home_township !== undefined && { homeTownship: r.home_township }),
    source,
  };
}
