import { plural } from './plural.js';
import { apportion } from './apportion.js';
import { sectionStudents, sectionWeights } from './staffing.js';
import { SECTION_NAME, sectionsOf, teacherSection, sectioned } from './sections.js';
import { gradeSplits, sectionedKinds } from './sectioned-kinds.js';
import { stageFromExchangeWarning } from './returned-stages.js';
import { firstOf, type Text } from './text.js';
import type { County, FileKind, InputIssue, School, Section, Teacher } from './types.js';

const resolved = new WeakMap<County, County>();

/**
 * The county with every teacher's section (`section`) set: the school's when it has one, else
 * `teaching_stage`. A roster without a 任教学段 column leaves the teachers of a 九年一贯制 or 完全中学
 * without one (a roster that has the column but leaves a cell empty there is an input error): they
 * are then split between the sections per subject in proportion to the sections' students
 * (小学部/初中部/高中部学生数, or the split of `students` that {@link sectionStudents} makes),
 * by teacher id, the larger remainder first, and given that `teachingStage`. Said in a warning
 * (see {@link splitSummary}). A teacher back from an exchange is placed by the exchange school's
 * stage instead, where it says (see {@link exchangeStage}). Pure; the same county gives the same object.
 */
export function withSections(county: County): County {
  const known = resolved.get(county);
  if (known) return known;
  if (county.teachers.every((t) => t.section !== undefined)) return county;
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const split = splitStages(county, school);
  const teachers = county.teachers.map((t): Teacher => {
    const s = school.get(t.schoolId);
    const teachingStage = t.teachingStage ?? exchangeStage(t, school) ?? split.get(t.id);
    const withStage = teachingStage === undefined ? t : { ...t, teachingStage };
    return s === undefined ? withStage : { ...withStage, section: teacherSection(withStage, s) };
  });
  const out = { ...county, teachers };
  resolved.set(county, out);
  resolved.set(out, out);
  return out;
}

/**
 * The section a teacher back from an exchange (`returned`) with no 任教学段 counts in at the home
 * school: the exchange school's stage, when that school has one section and the home school has it
 * too. The roster left the cell blank because the exchange school, of one section, needed none;
 * the stage taught there is what the data say. A move never goes up a stage, so a teacher back
 * from a 初中 came from the 初中部; one back from a 小学 may have gone one down, which the warning
 * asks the county to check. The certificate does not decide it: a 初级中学 certificate covers the
 * 小学部 too. Undefined otherwise (the proportional split then places the teacher).
 */
export function exchangeStage(t: Teacher, school: ReadonlyMap<string, School>): Section | undefined {
  if (!t.returned || t.teachingStage !== undefined || t.exchangeSchool === undefined) return undefined;
  const home = school.get(t.schoolId);
  const there = school.get(t.exchangeSchool);
  if (!home || !there || !sectioned(home) || sectioned(there)) return undefined;
  const stage = sectionsOf(there)[0];
  return stage !== undefined && sectionsOf(home).includes(stage) ? stage : undefined;
}

/** Whether a teacher's section at a two-section school is not given and must be made up: by the exchange school's stage or by the split. */
const unplaced = (t: Teacher, s: School | undefined): s is School => s !== undefined && sectioned(s) && t.teachingStage === undefined;

/** Teacher id → the section given by the proportional split, for teachers of two-section schools without a teaching stage (nor one from an exchange). */
function splitStages(county: County, school: Map<string, School>): Map<string, Section> {
  const groups = new Map<string, Teacher[]>();
  for (const t of county.teachers) {
    const s = school.get(t.schoolId);
    if (!unplaced(t, s) || exchangeStage(t, school) !== undefined) continue;
    const k = `${t.schoolId}\u0000${t.subject}`;
    const list = groups.get(k) ?? [];
    list.push(t);
    groups.set(k, list);
  }
  const out = new Map<string, Section>();
  for (const [k, ts] of groups) {
    const s = school.get(k.slice(0, k.indexOf('\u0000')));
    if (!s) continue;
    const { sections, weights } = sectionWeights(s);
    const counts = apportion(ts.length, weights);
    // By teacher id: the first counts[0] to the lowest section, the next counts[1] to the next …
    let section = 0;
    let left = counts[0] ?? 0;
    for (const t of [...ts].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
      while (left === 0 && section < sections.length - 1) left = counts[++section] ?? 0;
      out.set(t.id, sections[section] ?? 'primary');
      left--;
    }
  }
  return out;
}

/** How many teachers the split placed, and in which schools (sorted), for the warning. */
export function splitSummary(county: County): { teachers: number; schools: string[] } {
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const ids = new Set<string>();
  let n = 0;
  for (const t of county.teachers) {
    const s = school.get(t.schoolId);
    if (unplaced(t, s) && exchangeStage(t, school) === undefined) {
      n++;
      ids.add(s.id);
    }
  }
  return { teachers: n, schools: [...ids].sort() };
}

/**
 * The teachers back from an exchange placed by the exchange school's stage (teacher id order),
 * their home schools (sorted) and sections, and whether any was placed below the home school's
 * top section (then the teacher may have gone one stage down to the exchange), for the warning.
 */
function exchangeSummary(county: County): { ids: string[]; schools: string[]; sections: Section[]; below: boolean } {
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const placed = county.teachers.flatMap((t) => {
    const stage = exchangeStage(t, school);
    const home = school.get(t.schoolId);
    return stage === undefined || !home ? [] : [{ id: t.id, schoolId: t.schoolId, stage, below: sectionsOf(home).at(-1) !== stage }];
  });
  placed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ids: placed.map((p) => p.id), schools: [...new Set(placed.map((p) => p.schoolId))].sort(), sections: placed.map((p) => p.stage), below: placed.some((p) => p.below) };
}

/** How many of `sections` are each section, lowest first: 初中部 1 人 / junior 1. */
function sectionCounts(sections: readonly Section[]): Text {
  const order: Section[] = ['primary', 'junior', 'senior'];
  const counted = order.map((sec) => [sec, sections.filter((x) => x === sec).length] as const).filter(([, n]) => n > 0);
  return { zh: counted.map(([sec, n]) => `${SECTION_NAME[sec].zh}部 ${n} 人`).join('、'), en: counted.map(([sec, n]) => `${SECTION_NAME[sec].en} ${n}`).join(', ') };
}

const list = (ids: readonly string[]): string => firstOf(ids, 8, '、', '…');

/**
 * What the sections made up, as warnings: teachers of two-section schools split between the
 * sections for want of their 任教学段 (no column, or a blank cell), and (without a posts file) sections whose students were
 * not given, split from 在校学生数.
 */
export function sectionWarnings(county: County): InputIssue[] {
  const out: InputIssue[] = [];
  const fileOf = (kind: FileKind): string => county.files.find((f) => f.kind === kind)?.name ?? `${kind}.csv`;
  const stage = new Map(county.schools.map((s) => [s.id, s.stage]));
  // Counted (`1 nine-year school`) where the message gives how many schools; the kinds in general (`nine-year schools`) where it does not.
  const kinds = (ids: readonly string[], counted = true): Text => sectionedKinds(ids.flatMap((id) => stage.get(id) ?? []), counted ? new Set(ids).size : undefined);
  const split = splitSummary(county);
  if (split.teachers > 0) {
    const k = kinds(split.schools);
    out.push({
      file: fileOf('teachers'),
      zh: `未填「任教学段」（无此列或单元格空白）: ${split.schools.length} 所${k.zh}的 ${split.teachers} 名教师按各学部学生数的比例分到学部（每校每学科按工号顺序）: ${list(split.schools)}; 请补充任教学段`,
      en: `teaching_stage not given (no such column, or the cell blank): ${split.teachers} ${plural(split.teachers, 'teacher')} of ${split.schools.length} ${k.en} ${plural(split.teachers, 'was', 'were')} split between the sections in proportion to the sections' students (per school and subject, by teacher id): ${list(split.schools).replaceAll('、', ', ')}; add the teaching stage`,
    });
  }
  const back = exchangeSummary(county);
  if (back.ids.length > 0) {
    const k = kinds(back.schools, false);
    const n = sectionCounts(back.sections);
    const down = back.below ? { zh: '从低一学段学校返回的也可能原在高一学段的学部, ', en: 'one back from a school of a lower stage may have come from the section above: ' } : { zh: '', en: '' };
    out.push({
      file: fileOf('teachers'),
      zh: `交流期满返回${k.zh}的 ${back.ids.length} 名教师未填「任教学段」, 按交流学校的学段计入原校的学部（${n.zh}）: ${list(back.ids)}; ${down.zh}请核对并补充任教学段`,
      en: `${back.ids.length} ${plural(back.ids.length, 'teacher')} back at ${k.en} from an exchange ${plural(back.ids.length, 'has', 'have')} no teaching_stage: each counts in the home school's section of the exchange school's stage (${n.en}): ${list(back.ids).replaceAll('、', ', ')}; ${down.en}check and add the teaching stage`,
    });
  }
  const copied = stageFromExchangeWarning(county, fileOf('teachers'));
  if (copied) out.push(copied);
  const two = new Set(county.schools.filter(sectioned).map((s) => s.id));
  const unsplit = new Set((county.posts ?? []).filter((p) => p.section === undefined && two.has(p.schoolId)).map((p) => p.schoolId));
  if (unsplit.size > 0) {
    const ids = [...unsplit].sort();
    const k = kinds(ids);
    out.push({
      file: fileOf('posts'),
      zh: `没有「学段」列: ${ids.length} 所${k.zh}的岗位按各学部学生数的比例分到学部: ${list(ids)}; 请补充学段`,
      en: `no stage column: the posts of ${ids.length} ${k.en} were split between the sections in proportion to the sections' students: ${list(ids).replaceAll('、', ', ')}; add the stage`,
    });
  }
  if (county.posts === null) {
    const guessedSchools = county.schools.filter((s) => sectioned(s) && sectionStudents(s).estimated);
    const guessed = guessedSchools.map((s) => s.id).sort();
    if (guessed.length > 0) {
      const k = kinds(guessed);
      const grades = gradeSplits(guessed.flatMap((id) => stage.get(id) ?? []));
      // A school's 核定编制数, where given, is what its posts follow; the students per section still split it between them.
      const byNorm = guessedSchools.every((s) => s.staffQuota === undefined);
      const how = byNorm ? { zh: '岗位按编制标准估算', en: 'posts estimated from the staffing norm' } : { zh: '岗位为估算（核定编制数或编制标准按各学部学生数分到学部）', en: 'posts estimated (a staffing quota or the norm, split between the sections by their students)' };
      out.push({
        file: fileOf('schools'),
        zh: `${how.zh}: ${guessed.length} 所${k.zh}缺少分学部学生数, 按年级数拆分在校学生数（${grades.zh}; 给出部分学部时其余学部分余数）: ${list(guessed)}`,
        en: `${how.en}: ${guessed.length} ${k.en} ${plural(guessed.length, 'lacks', 'lack')} students per section; ${plural(guessed.length, 'its', 'their')} students were split by grades (${grades.en}; where some sections are given, the others share the rest): ${list(guessed).replaceAll('、', ', ')}`,
      });
    }
  }
  return out;
}
