/**
 * A county's teachers sheet often names each teacher's school (学校名称, 所在学校) instead of giving
 * its code. Such a sheet, one with the names and no 学校代码 column, has its school column read from
 * the names ({@link schoolColumn}); once every file is read, each name is read as the code of the
 * schools file's school of that name ({@link readSchoolNames}): a name no school has, or several
 * schools have, is an error at the cell saying which. Names are compared with full-width forms
 * folded and spaces dropped (`河口 小学` is 河口小学). A sheet with codes is read by them; where a
 * code is no school's (another system's, the 学校标识码 where the schools file has the county's own
 * codes) and the sheet names the school too, the name that is one school's gives the code, with a
 * warning ({@link codesByName}).
 */
import { countEn, plural } from '../domain/plural.js';
import type { InputIssue, School, Teacher } from '../domain/types.js';
import type { HeaderMatch } from './match-headers.js';
import { showEn, showZh } from './show-value.js';

/**
 * A teachers header as its school column is read: with no 学校代码 but the names, the school
 * column is the names (`byName`); with the codes, the first names column is the name beside the
 * code (two of them, 学校名称 and 所在学校, are then no duplicate to refuse).
 */
export function schoolColumn(match: HeaderMatch): { match: HeaderMatch; byName: boolean } {
  const names = match.columns.get('school_name');
  if (match.kind !== 'teachers' || names === undefined) return { match, byName: false };
  if (match.columns.has('school_id')) return { match: { ...match, duplicates: match.duplicates.filter((d) => d.first.key !== 'school_name') }, byName: false };
  const columns = new Map(match.columns);
  columns.delete('school_name');
  columns.set('school_id', { ...names, key: 'school_id' });
  return { match: { ...match, columns }, byName: true };
}

/**
 * A names column's cell problems in its own words: the column is parsed as the school's id (an
 * empty cell, a resident ID number), so its issues say `应为编号` (expected an id); a user who wrote
 * names is told a name is expected.
 */
export function asNameIssues(issues: readonly InputIssue[], column: string): InputIssue[] {
  return issues.map((i) =>
    i.column === column && i.zh.startsWith('应为编号') ? { ...i, key: 'school_name', zh: `应为学校名称${i.zh.slice('应为编号'.length)}`, en: i.en.replace(/^expected an id/u, 'expected a school name') } : i,
  );
}

/** Pairs of neighbouring characters of a name (城关一小 → 城关, 关一, 一小). */
function bigrams(name: string): string[] {
  const cs = [...name];
  return cs.slice(1).map((c, i) => `${cs[i] ?? ''}${c}`);
}

/** How alike two names are: twice the character pairs they share over all their pairs (0 to 1). */
function likeness(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length + y.length === 0) return 0;
  const left = [...y];
  let shared = 0;
  for (const g of x) {
    const i = left.indexOf(g);
    if (i >= 0) {
      shared++;
      left.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Least likeness for a name to be suggested: 城关一小 and 城关第一小学 share half their pairs. */
const SUGGEST = 0.5;

/** The one school whose name is likest a name no school has (a short form, a slip), when one stands out. */
export function likeliestSchool(named: string, schools: readonly Pick<School, 'id' | 'name'>[]): Pick<School, 'id' | 'name'> | undefined {
  const key = nameKey(named);
  let best: Pick<School, 'id' | 'name'> | undefined;
  let top = 0;
  let tied = false;
  for (const s of schools) {
    const k = nameKey(s.name);
    const l = k.includes(key) || key.includes(k) ? Math.max(likeness(key, k), SUGGEST) : likeness(key, k);
    if (l > top) {
      [best, top, tied] = [s, l, false];
    } else if (l === top) tied = true;
  }
  return top >= SUGGEST && !tied ? best : undefined;
}

/** The form two school names are compared in. */
export const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '');

/**
 * `; 「山背小学」是学校名称, 其学校代码是 003` to add to an unknown 学校代码 that is a school's name
 * (typed where the code goes, in a locks or objections file), or null.
 */
export function nameAsCode(value: string, schools: readonly Pick<School, 'id' | 'name'>[]): { zh: string; en: string } | null {
  const ids = schools.filter((s) => nameKey(s.name) === nameKey(value)).map((s) => s.id);
  if (ids.length === 0) return null;
  return { zh: `; ${showZh(value)}是学校名称, 其学校代码是 ${ids.join('、')}`, en: `; ${showEn(value)} is the name of school ${ids.join(', ')}` };
}

/** The schools by their names' form, in the schools file's order. */
function schoolsByName<S extends Pick<School, 'name'>>(schools: readonly S[]): Map<string, S[]> {
  const byName = new Map<string, S[]>();
  for (const s of schools) {
    const k = nameKey(s.name);
    const same = byName.get(k);
    if (same) same.push(s);
    else byName.set(k, [s]);
  }
  return byName;
}

/** What the names are read against. */
export interface SchoolNamesInput {
  teachers: readonly Teacher[];
  schools: readonly School[];
  /** The files (or sheets) whose teachers' school is a name. */
  namedIn: ReadonlySet<string>;
  /** Whether every schools row was read (else a name may be a school whose row has an error: not reported). */
  complete: boolean;
  label(file: string, key: string): string;
}

/** The teachers with each school name read as its code, and the names that are no school's or several schools'. */
export function readSchoolNames(input: SchoolNamesInput): { teachers: Teacher[]; issues: InputIssue[] } {
  if (input.namedIn.size === 0) return { teachers: [...input.teachers], issues: [] };
  const byName = schoolsByName(input.schools);
  const issues: InputIssue[] = [];
  const teachers = input.teachers.map((t) => {
    if (!input.namedIn.has(t.source.file)) return t;
    const named = t.schoolId;
    const ids = (byName.get(nameKey(named)) ?? []).map((s) => s.id);
    const [id] = ids;
    if (ids.length === 1 && id !== undefined) return { ...t, schoolId: id };
    const where = { file: t.source.file, row: t.source.row, column: input.label(t.source.file, 'school_id'), key: 'school_name' };
    if (ids.length > 1) issues.push({ ...where, zh: `学校表中有 ${ids.length} 所学校名为${showZh(named)}（${ids.join('、')}）, 请改填学校代码`, en: `${ids.length} schools of the schools file are named ${showEn(named)} (${ids.join(', ')}): give the school_id instead` });
    else if (input.complete) {
      const like = likeliestSchool(named, input.schools);
      const hint = like ? { zh: `（是否为「${like.name}」${like.id}?）`, en: ` (is it "${like.name}", ${like.id}?)` } : { zh: '', en: '' };
      issues.push({ ...where, zh: `学校表中没有名为${showZh(named)}的学校${hint.zh}; 请改成学校表中的名称, 或改填学校代码`, en: `no school of the schools file is named ${showEn(named)}${hint.en}: write its name as the schools file does, or give the school_id` });
    }
    return t;
  });
  return { teachers, issues };
}

/**
 * Teachers whose 学校代码 is no school's but whose 学校名称 beside it is one school's, given that
 * school's code; one warning per file with how many and the first code so read. Where the name
 * is no one school's either, the teacher is left as written (the unknown code is the error). And
 * a 志愿学校 or 交流原学校代码 that is no school's code but one school's name (城关第一小学、河口小学,
 * as a teacher writes a wish) is that school, with one warning per file; one in the other system's
 * codes, where rows of the teachers' files pair that code with one school's name, is that school.
 */
export function codesByName(teachers: readonly Teacher[], schools: readonly School[]): { teachers: Teacher[]; warnings: InputIssue[] } {
  const known = new Set(schools.map((s) => s.id));
  const byName = schoolsByName(schools);
  const one = (name: string): School | undefined => {
    const [only, other] = byName.get(nameKey(name)) ?? [];
    return other === undefined ? only : undefined;
  };
  const read = new Map<string, { n: number; from: string; to: School }>();
  const named = new Map<string, { n: number; from: string; to: School }>();
  const count = (tally: typeof read, file: string, from: string, to: School): void => {
    const seen = tally.get(file);
    if (seen) seen.n++;
    else tally.set(file, { n: 1, from, to });
  };
  // The other system's codes the rows pair with one school's name: a 志愿学校 or 交流原学校代码 in that system's codes is read by them.
  const paired = new Map<string, School | null>();
  for (const t of teachers) {
    const s = t.schoolName !== undefined && !known.has(t.schoolId) ? one(t.schoolName) : undefined;
    if (s) paired.set(t.schoolId, paired.has(t.schoolId) && paired.get(t.schoolId) !== s ? null : s);
  }
  const byCode = new Map<string, { n: number; from: string; to: School }>();
  const byNameOr = (t: Teacher, id: string): string => {
    if (known.has(id)) return id;
    const s = one(id);
    const p = s ? undefined : paired.get(id);
    if (p) count(byCode, t.source.file, id, p);
    else if (s) count(named, t.source.file, id, s);
    return (s ?? p)?.id ?? id;
  };
  const out = teachers.map((t) => {
    let u = t;
    if (t.schoolName !== undefined && !known.has(t.schoolId)) {
      const s = one(t.schoolName);
      if (s) {
        count(read, t.source.file, t.schoolId, s);
        u = { ...u, schoolId: s.id };
      }
    }
    if (t.preferences.some((p) => !known.has(p))) u = { ...u, preferences: [...new Set(t.preferences.map((p) => byNameOr(t, p)))] };
    if (t.exchangeHomeSchool !== undefined && !known.has(t.exchangeHomeSchool)) u = { ...u, exchangeHomeSchool: byNameOr(t, t.exchangeHomeSchool) };
    return u;
  });
  const warnings = [
    ...[...read].map(([file, r]) => ({
      file,
      zh: `${r.n} 名教师的学校代码不在学校表中, 已按同一行的学校名称读作学校表中的代码（如 ${r.from} → ${r.to.id} ${r.to.name}）; 请核对两表的学校代码是否同一套`,
      en: `${countEn(r.n, "teacher's", "teachers'")} school_id is no school's of the schools file and was read by the school's name on the same row (as ${r.from} → ${r.to.id} ${r.to.name}); check that both files use the same school codes`,
    })),
    ...[...named].map(([file, r]) => ({
      file,
      zh: `${r.n} 处志愿学校或交流原学校写的是学校名称, 已读作其学校代码（如 ${r.from} → ${r.to.id}）`,
      en: `${countEn(r.n, 'preferred or exchange home school')} ${plural(r.n, 'is', 'are')} written by name and ${plural(r.n, 'was', 'were')} read as ${plural(r.n, 'its', 'their')} school_id (as ${r.from} → ${r.to.id})`,
    })),
    ...[...byCode].map(([file, r]) => ({
      file,
      zh: `${r.n} 处志愿学校或交流原学校写的是与学校代码列同一套的另一系统代码, 已按教师表中同一代码所在行的学校名称读作学校表中的代码（如 ${r.from} → ${r.to.id} ${r.to.name}）`,
      en: `${countEn(r.n, 'preferred or exchange home school')} ${plural(r.n, 'is', 'are')} given in the other system's codes of the school_id column and ${plural(r.n, 'was', 'were')} read by the school names the teachers' rows pair those codes with (as ${r.from} → ${r.to.id} ${r.to.name})`,
    })),
  ];
  return { teachers: out, warnings };
}
