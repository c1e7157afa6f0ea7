/**
 * A county roster from the national system lists every school the bureau runs: beside the
 * primary and secondary schools, its 幼儿园, its 特殊教育学校 and its 中等职业学校. None takes part
 * in the rotation (教师〔2014〕4号 is about 义务教育 in ordinary schools; rules.scope can add 高中,
 * never these): their 学段 was refused as unknown and the clerk had to cut them out of the export.
 * Their rows are now left out before the rows are read, with their teachers (and a teacher whose
 * 任教学段 is one of them), their posts, and one warning saying how many schools and teachers and
 * why, as a roster's staff who do not teach are (non-teaching-rows.ts). A 学段 that is none of
 * these nor a stage of the rotation (a typo) is still refused.
 */
import { LOCK_TAIL, leftOutText } from '../domain/left-out-text.js';
import { countEn } from '../domain/plural.js';
import type { InputIssue, Lock, Stage } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { closestParameter } from '../domain/closest-parameter.js';
import { enumParser, parseSchoolStage } from './enums.js';
import type { CellParser } from './values.js';
import { leaveOut } from './left-out-rows.js';
import type { HeaderMatch } from './match-headers.js';

/** The kinds of school outside every rotation. */
export type OutsideStage = 'kindergarten' | 'special' | 'vocational';

/**
 * Their words and the statistics' 办学类型 codes (111 幼儿园, 119 附设幼儿班; 411 普通中专, 412
 * 成人中专, 421 职业高中, 431 技工学校; 511–519 特殊教育学校). 职业初中 (319) is a junior
 * secondary school of the compulsory years (enums.ts), not one of these.
 */
const OUTSIDE = enumParser<OutsideStage>({
  kindergarten: ['幼儿园', '幼儿', '学前', '学前教育', '幼儿班', '附设幼儿班', '学前班', '111', '119', 'preschool', 'pre-school', 'nursery'],
  special: ['特殊教育', '特教', '特殊教育学校', '特教学校', '培智学校', '培智', '聋哑学校', '聋校', '盲校', '盲聋哑学校', '启智学校', '511', '512', '513', '514', '519', 'special education', 'special'],
  vocational: ['中职', '中等职业学校', '中等职业教育', '职业高中', '职高', '职业中学', '中专', '中等专业学校', '技工学校', '职教中心', '职业教育中心', '411', '412', '421', '431', 'vocational', 'vocational school'],
});

const NAME: Readonly<Record<OutsideStage, { zh: string; en: string }>> = {
  kindergarten: { zh: '幼儿园', en: 'kindergarten' },
  special: { zh: '特殊教育学校', en: 'special education' },
  vocational: { zh: '中等职业学校', en: 'vocational' },
};

/** The words a mistyped 学段 is compared with: the rotation's stages and the kinds outside it. */
const STAGE_WORDS = ['小学', '初中', '高中', '九年一贯制', '完全中学', '十二年一贯制', '教学点', '幼儿园', '特殊教育学校', '中等职业学校', 'primary', 'junior', 'senior', 'nine_year', 'complete', 'twelve_year', 'kindergarten', 'special education', 'vocational'];

/** The stage word a 学段 cell most likely meant: within a slip per three characters (幼儿圆 → 幼儿园, not 大学 → 小学). */
function nearestStage(text: string): string | null {
  return closestParameter(text, STAGE_WORDS);
}

/**
 * A schools row's 学段 (enums.ts parseSchoolStage); refused, it is told the word it most likely
 * meant (幼儿圆 → 幼儿园) and that a school outside the rotation may stay in the file.
 */
export const parseSchoolStageCell: CellParser<{ stage: Stage; teachingPoint: boolean }> = (text) => {
  const r = parseSchoolStage(text);
  if (r.ok) return r;
  const near = nearestStage(text);
  const guess = near === null ? { zh: '', en: '' } : { zh: `（是否应为「${near}」?）`, en: ` (did you mean "${near}"?)` };
  return {
    ok: false,
    zh: `${r.zh}${guess.zh}; 幼儿园、特殊教育学校、中等职业学校可以照写, 读入时与其教师一并略去（不参加交流）`,
    en: `${r.en}${guess.en}; a kindergarten, special-education or vocational school may stay as written, and is left out with its teachers (no part in the rotation)`,
  };
};

/** The kind of school outside the rotation a 学段 cell names, or undefined. */
export function outsideStage(cell: string): OutsideStage | undefined {
  if (cell.trim() === '') return undefined;
  const r = OUTSIDE(cell);
  return r.ok ? r.value : undefined;
}

/** A school left out: its code and name as written (teachers name it by either) and its kind. */
export interface OutsideSchool {
  id: string;
  name: string;
  stage: OutsideStage;
}

/** What a table left out: schools (a schools table), and teachers by kind (a teachers table whose 任教学段 says one). */
export interface OutsideRows {
  schools: OutsideSchool[];
  teachers: Partial<Record<OutsideStage, number>>;
}

/**
 * The records of a schools table without its schools outside the rotation, of a teachers table
 * without its teachers of such a stage (任教学段 幼儿园), of a posts table without its posts of
 * such a stage; the others' records as given.
 */
export function withoutOutside(match: HeaderMatch, records: readonly CsvRecord[]): { records: readonly CsvRecord[]; outside: OutsideRows } {
  const outside: OutsideRows = { schools: [], teachers: {} };
  const stageKey = match.kind === 'schools' || match.kind === 'posts' ? 'stage' : match.kind === 'teachers' ? 'teaching_stage' : undefined;
  const column = stageKey === undefined ? undefined : match.columns.get(stageKey)?.index;
  if (column === undefined) return { records, outside };
  const id = match.columns.get('school_id')?.index;
  const name = match.columns.get('name')?.index;
  const kept = leaveOut(records, (r) => {
    const stage = outsideStage(r.cells[column] ?? '');
    if (stage === undefined) return false;
    // A posts row of such a stage goes with its school, untold.
    if (match.kind === 'posts') return true;
    if (match.kind === 'schools') outside.schools.push({ id: (id === undefined ? '' : r.cells[id] ?? '').trim(), name: (name === undefined ? '' : r.cells[name] ?? '').trim(), stage });
    else outside.teachers[stage] = (outside.teachers[stage] ?? 0) + 1;
    return true;
  });
  return { records: kept.records, outside };
}

/**
 * The one warning of a county with schools or teachers left out: how many of each kind, that they
 * take no part and count in no figure of the plan nor the 优质均衡 indicators.
 */
export function outsideWarning(file: string, schools: readonly OutsideSchool[], teachers: Partial<Record<OutsideStage, number>>): InputIssue | null {
  const kinds = (Object.keys(NAME) as OutsideStage[]).filter((k) => schools.some((s) => s.stage === k) || (teachers[k] ?? 0) > 0);
  if (kinds.length === 0) return null;
  const count = (k: OutsideStage): number => schools.filter((s) => s.stage === k).length;
  const zh = kinds.map((k) => `${NAME[k].zh} ${count(k)} 所、教师 ${teachers[k] ?? 0} 名`).join('；');
  const en = kinds.map((k) => `${NAME[k].en}: ${countEn(count(k), 'school')}, ${countEn(teachers[k] ?? 0, 'teacher')}`).join('; ');
  return {
    file,
    zh: `不在交流轮岗范围的学校及其教师未读入（${zh}）: 交流轮岗只在义务教育学校（可加高中）间进行, 这些学校和教师不参加交流, 也不计入方案和优质均衡指标的任何数字`,
    en: `schools outside the rotation and their teachers were not read (${en}): the rotation is among compulsory-education schools (and 高中 when added); these take no part and count in no figure of the plan or the 优质均衡 indicators`,
  };
}

/**
 * The county's teachers and posts without those at a school left out (a teacher's school cell
 * holds its code, or its name where the roster names the schools), and the one warning, on the
 * first schools table that left a school out (else the first teachers table that left a teacher).
 */
export function withoutOutsideSchools<T extends { id: string; schoolId: string }, P extends { schoolId: string }>(
  files: readonly { name: string; outside?: OutsideRows }[],
  teachers: readonly T[],
  posts: readonly P[],
): { teachers: readonly T[]; posts: readonly P[]; left: ReadonlyMap<string, OutsideSchool>; warning: InputIssue | null } {
  const left = new Map<string, OutsideSchool>();
  const told = files.filter((f) => f.outside !== undefined);
  if (told.length === 0) return { teachers, posts, left, warning: null };
  const schools = told.flatMap((f) => f.outside?.schools ?? []);
  const byCell = new Map<string, OutsideSchool>();
  for (const s of schools) {
    if (s.name !== '') byCell.set(s.name, s);
    if (s.id !== '') byCell.set(s.id, s);
  }
  const counts: Partial<Record<OutsideStage, number>> = {};
  for (const f of told) for (const [k, n] of Object.entries(f.outside?.teachers ?? {}) as [OutsideStage, number][]) counts[k] = (counts[k] ?? 0) + n;
  const keptTeachers = byCell.size === 0 ? teachers : teachers.filter((t) => {
    const school = byCell.get(t.schoolId.trim());
    if (school !== undefined) {
      counts[school.stage] = (counts[school.stage] ?? 0) + 1;
      left.set(t.id, school);
    }
    return school === undefined;
  });
  const keptPosts = byCell.size === 0 ? posts : posts.filter((p) => !byCell.has(p.schoolId.trim()));
  const file = (told.find((f) => (f.outside?.schools.length ?? 0) > 0) ?? told[0])?.name ?? '';
  return { teachers: keptTeachers, posts: keptPosts, left, warning: outsideWarning(file, schools, counts) };
}

/**
 * A lock (or upheld objection) on a teacher of a school left out: refused, saying why in the words
 * rotate explain uses (left-out-text.ts), rather than passed to a plan that has no such teacher.
 */
export function outsideLockIssues(locks: readonly Lock[], left: ReadonlyMap<string, OutsideSchool>, label: (file: string, key: string) => string): InputIssue[] {
  if (left.size === 0) return [];
  return locks.flatMap((l) => {
    const school = left.get(l.teacherId);
    if (school === undefined) return [];
    const why = leftOutText(l.teacherId, school.stage, school.name || school.id, LOCK_TAIL);
    return [{ file: l.source.file, row: l.source.row, column: label(l.source.file, 'teacher_id'), zh: why.zh, en: why.en }];
  });
}
