/**
 * What the county's own files say about the 优质均衡 standards before any plan, for the terminal:
 * the indicators it has too few counted teachers for every section to meet (no plan can help it),
 * the two-section schools its figures leave out for want of per-section students, and the schools
 * (sections) they leave out for having no students or being a small teaching point. `rotate
 * plan` prints them under its indicator table, `rotate validate` after its check.
 */
import { countEn, plural } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import type { Lang, School } from '../domain/types.js';
import type { CountySupply } from '../indicators/county-supply.js';
import { sectionedKinds } from '../domain/sectioned-kinds.js';
import { COLUMN_SECTION, missingSectionGroups, type MissingSection } from '../indicators/school-sections.js';
import { INDICATOR_TEACHERS, SECTION_LABEL, sectionColumnNames, STAGE_LABEL } from '../plan/indicator-labels.js';
import type { Section } from '../indicators/types.js';
import { sectioned } from '../domain/sections.js';
import { sharedNames } from '../domain/shared-names.js';

/** A stage's indicator as the rows name it: `小学 县级以上骨干教师`, `primary county-level backbone`. */
export const stageIndicator = (e: Pick<CountySupply, 'stage' | 'indicator'>, lang: Lang): string => `${STAGE_LABEL[e.stage][lang]} ${INDICATOR_TEACHERS[e.indicator][lang]}`;

/** The indicators the county has too few counted teachers for every section to meet, whatever the plan: a line each under a heading; none when it has enough for all. */
export function supplyLines(supply: readonly CountySupply[], lang: Lang): string[] {
  const short = supply.filter((e) => e.short > 0);
  if (short.length === 0) return [];
  const zh = lang === 'zh';
  return [
    zh ? '  全县人数不够各学部都达标（交流只在学校间调配, 不增加人数; 差额需培养、评定或补充）:' : '  too few in the county for every section to meet the standard (rotation moves teachers, it adds none; the rest must be trained, appointed or recruited):',
    ...short.map((e) => (zh ? `    ${stageIndicator(e, lang)}: 现有 ${e.teachers} 人, 各学部都达标需 ${e.needed} 人, 差 ${e.short} 人` : `    ${stageIndicator(e, lang)}: ${e.teachers} in the county, ${e.needed} for every section to meet it, ${e.short} short`)),
  ];
}

/** How many schools a line names before `…`. */
const NAMED = 5;

/**
 * The two-section schools left out of the indicators for want of per-section students: a line for
 * each set of columns lacked, none when every school has them. A school that keeps a judged section
 * (a 九年一贯制 given its 小学部学生数 only) is not left out: the line says which of its sections is.
 */
export function missingSectionLines(missing: readonly MissingSection[], lang: Lang): string[] {
  return missingSectionGroups(missing).map(({ columns, partial, ids, stages }) => {
    const cols = sectionColumnNames(columns, lang);
    const kinds = sectionedKinds(stages, ids.length);
    const named = lang === 'zh' ? firstOf(ids, NAMED, '、', ' …') : firstOf(ids, NAMED, ', ', ' …');
    if (partial) {
      const secs = columns.map((c) => SECTION_LABEL[COLUMN_SECTION[c]][lang]);
      return lang === 'zh'
        ? `  ${ids.length} 所${kinds.zh}缺少分学部学生数（${cols}）, 其${secs.join('、')}未计入: ${named}`
        : `  ${ids.length} ${kinds.en} ${plural(ids.length, 'lacks', 'lack')} per-section students (${cols}) and ${plural(ids.length, 'its', 'their')} ${secs.map((x) => (ids.length > 1 ? `${x}s` : x)).join(', ')} ${plural(ids.length, 'is', 'are')} left out: ${named}`;
    }
    return lang === 'zh' ? `  ${ids.length} 所${kinds.zh}缺少分学部学生数（${cols}）, 未计入: ${named}` : `  ${ids.length} ${kinds.en} ${plural(ids.length, 'lacks', 'lack')} per-section students (${cols}) and ${plural(ids.length, 'is', 'are')} left out: ${named}`;
  });
}

/** The English noun of `n` schools, or schools and sections. */
const emptyNoun = (whole: boolean, n: number): string => (whole ? (n > 1 ? 'schools' : 'school') : n > 1 ? 'schools or sections' : 'school or section');

/** What an unjudged-sections line needs of a school. */
type NamedSchool = Pick<School, 'id' | 'name' | 'stage'>;

/**
 * The sections the 优质均衡 figures leave out (`left`, QualityFigures.sections not judged), though their students are given: a school (or
 * a section of one) with no students, and a teaching point under `indicator.teaching_point_min_students`;
 * a line for each, naming them (the code beside a name two schools carry, the section of a school
 * of two), none when every section is judged. What report.html's chart leaves out, said by name.
 */
export function unjudgedSectionLines(left: readonly Section[], schools: readonly NamedSchool[], minStudents: number, lang: Lang): string[] {
  const zh = lang === 'zh';
  const byId = new Map(schools.map((s) => [s.id, s]));
  const repeated = sharedNames(schools);
  const label = (x: Section): string => {
    const s = byId.get(x.schoolId);
    if (!s) return x.schoolId;
    const name = repeated.has(s.name) ? (zh ? `${s.name}（${s.id}）` : `${s.name} (${s.id})`) : s.name;
    return sectioned(s) ? (zh ? `${name}${SECTION_LABEL[x.stage].zh}` : `${name} ${SECTION_LABEL[x.stage].en}`) : name;
  };
  const empty = left.filter((x) => x.students <= 0);
  const small = left.filter((x) => x.students > 0);
  const sep = zh ? '、' : ', ';
  const lines: string[] = [];
  if (empty.length > 0) {
    // A whole school is a school; a section of a school of two is a section.
    const whole = empty.every((x) => !sectioned(byId.get(x.schoolId) ?? { stage: 'primary' }));
    const names = firstOf(empty.map(label), NAMED, sep, ' …');
    lines.push(zh ? `  ${empty.length} ${whole ? '所学校' : '个学校（学部）'}无在校学生, 未计入: ${names}` : `  ${empty.length} ${emptyNoun(whole, empty.length)} with no students ${empty.length > 1 ? 'are' : 'is'} left out: ${names}`);
  }
  if (small.length > 0) {
    const names = firstOf(small.map((x) => (zh ? `${label(x)}（${x.students} 人）` : `${label(x)} (${x.students})`)), NAMED, sep, ' …');
    lines.push(zh ? `  ${small.length} 个教学点学生数不足 ${minStudents} 人（indicator.teaching_point_min_students）, 未计入: ${names}` : `  ${countEn(small.length, 'teaching point')} under ${minStudents} students (indicator.teaching_point_min_students) ${plural(small.length, 'is', 'are')} left out: ${names}`);
  }
  return lines;
}
