/**
 * The synthetic county as CSV tables in the DOMAIN.md column contract, headers and values in
 * one language (中文 or English).
 */
import type { CalendarDate } from '../domain/calendar.js';
import type { Lang, Lock, Post, School, Teacher } from '../domain/types.js';
import { buildCounty, type GenerateOptions, type SyntheticCounty } from './build-county.js';
import type { CsvTable } from './to-csv.js';
import { AREA, BACKBONE, CERTIFICATE, EMPLOYMENT, GENDER, HEADERS, LOCK_ACTION, ROLE, SECTION, STAGE, STATE, TITLE, YES_NO, label, type TableKind } from './vocabulary.js';

export interface GeneratedFile extends CsvTable {
  /** Default file name (schools.csv, teachers.csv, posts.csv, locks.csv). */
  name: string;
  kind: TableKind;
  header: string[];
  rows: string[][];
}

export interface GeneratedCounty {
  files: GeneratedFile[];
}

function schoolRow(s: School, lang: Lang): string[] {
  return [s.id, s.name, label(STAGE[s.stage], lang), label(AREA[s.area], lang), String(s.students), label(YES_NO[s.weak ? 'yes' : 'no'], lang), s.classes === undefined ? '' : String(s.classes), s.township ?? '', s.lat === undefined ? '' : s.lat.toFixed(5), s.lon === undefined ? '' : s.lon.toFixed(5)];
}

function teacherRow(t: Teacher, lang: Lang): string[] {
  return [
    t.id,
    t.name,
    t.schoolId,
    t.subjectLabel,
    String(t.yearsAtSchool),
    yearMonth(t.joinedSchool),
    t.gender === undefined ? '' : label(GENDER[t.gender], lang),
    t.birthDate ? yearMonth(t.birthDate) : t.birthYear === undefined ? '' : String(t.birthYear),
    label(BACKBONE[t.backbone], lang),
    label(TITLE[t.title], lang),
    String(t.ruralYears),
    label(ROLE[t.role], lang),
    t.teachingStage === undefined ? '' : label(SECTION[t.teachingStage], lang),
    optionalLabel(t.certificate === undefined ? undefined : CERTIFICATE[t.certificate], lang),
    label(EMPLOYMENT[t.employment ?? 'regular'] ?? EMPLOYMENT.regular ?? { en: '', zh: '' }, lang),
    label(STATE[t.state ?? 'on_post'] ?? STATE.on_post ?? { en: '', zh: '' }, lang),
    t.exchangeHomeSchool ?? '',
    yearMonth(t.exchangeEnd),
    t.exempt ?? '',
    t.preferences.join(lang === 'zh' ? '、' : ';'),
    t.homeTownship ?? '',
  ];
}

/** `2019-08`, or empty. */
function yearMonth(d: CalendarDate | undefined): string {
  if (!d) return '';
  return d.month === undefined ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`;
}

function optionalLabel(w: { en: string; zh: string } | undefined, lang: Lang): string {
  return w === undefined ? '' : label(w, lang);
}

function postRow(p: Post, lang: Lang): string[] {
  return [p.schoolId, p.subjectLabel, String(p.posts), p.section === undefined ? '' : label(STAGE[p.section], lang)];
}

function lockRow(l: Lock, lang: Lang): string[] {
  return [l.teacherId, label(LOCK_ACTION[l.action], lang), l.schoolId ?? ''];
}

function file(kind: TableKind, lang: Lang, rows: string[][]): GeneratedFile {
  return { name: `${kind}.csv`, kind, header: [...HEADERS[kind][lang]], rows };
}

/** Renders a built county as tables: schools, teachers, then posts and locks when asked. */
export function renderCounty(county: SyntheticCounty, opts: { posts?: boolean } = {}): GeneratedCounty {
  const { lang } = county;
  const files = [file('schools', lang, county.schools.map((s) => schoolRow(s, lang))), file('teachers', lang, county.teachers.map((t) => teacherRow(t, lang)))];
  if (opts.posts !== false) files.push(file('posts', lang, county.posts.map((p) => postRow(p, lang))));
  if (county.locks) files.push(file('locks', lang, county.locks.map((l) => lockRow(l, lang))));
  return { files };
}

/**
 * A synthetic county of exactly `teachers` teachers in `schools` schools, as CSV tables.
 * Pure: the same options give the same tables, cell for cell.
 */
export function generateCounty(opts: GenerateOptions): GeneratedCounty {
  return renderCounty(buildCounty(opts), { posts: opts.posts });
}
