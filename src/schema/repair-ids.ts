/**
 * Ids a spreadsheet changed. A list opened in Excel or LibreOffice and saved loses the leading
 * zeros of every id (`0000010` → `10`), and an id that starts with `- + = @` comes back with
 * the formula guard `'` before it. An id that is not known but matches exactly one known id once
 * the zeros are restored or the guard removed (or a `.0` a conversion added) is read as that id, with a warning; one that
 * matches several is an error naming them. A whole column of such ids gets one line.
 */
import type { InputIssue, Lock, Objection, Post, Source, Teacher } from '../domain/types.js';
import { showEn, showZh } from './show-value.js';

/** Rows whose references may be repaired, and what they refer to. */
export interface RepairInput {
  teachers: readonly Teacher[];
  posts: readonly Post[];
  locks: readonly Lock[];
  objections: readonly Objection[];
  /** Ids of every schools (teachers) record whose id is valid; a school's 学校标识码, where the file gives one, stands for its code in the other files. */
  schoolIds: readonly { id: string; identifier?: string }[];
  teacherIds: readonly { id: string }[];
  /** Whether references to schools (teachers) can be checked at all. */
  complete: { schools: boolean; teachers: boolean };
  /** The header as the user wrote it in `file` for a canonical column. */
  label(file: string, key: string): string;
}

/** The rows with their references repaired, the warnings about it and the errors (ambiguous ids). */
export interface RepairOutput {
  teachers: Teacher[];
  posts: Post[];
  locks: Lock[];
  objections: Objection[];
  warnings: InputIssue[];
  issues: InputIssue[];
}

/** More repaired ids than this in one column of one file are told in one line. */
const ONE_LINE_FROM = 3;

/** The form two ids are compared in: without a formula guard, and digits without leading zeros. */
export function looseId(id: string): string {
  // An id saved as a decimal number (`11.0`: a table converted by a script or another system) is its digits.
  const s = id.replace(/^'+/u, '').replace(/^(\d+)\.0+$/u, '$1');
  return /^\d+$/u.test(s) ? s.replace(/^0+(?=\d)/u, '') : s;
}

/** Known ids by their loose form, each list sorted. */
function looseIndex(exact: ReadonlySet<string>): Map<string, string[]> {
  const byLoose = new Map<string, string[]>();
  for (const id of [...exact].sort()) {
    const k = looseId(id);
    const ids = byLoose.get(k);
    if (ids) ids.push(id);
    else byLoose.set(k, [id]);
  }
  return byLoose;
}

/** An unknown id read as a known one: by its loose form, or (a school's) by its 学校标识码. */
type Found = { kind: 'known' | 'none' } | { kind: 'one'; id: string; byIdentifier?: true } | { kind: 'many'; ids: string[]; byIdentifier?: true };

/**
 * Finds the known id an unknown one was meant to be: the one school whose 学校标识码 it is, or
 * the one known id it is once zeros and guards are set aside. The indexes are built at the first
 * question (many resolvers are never asked) and the others at the first unknown id (in most
 * counties every id is known).
 */
function resolver(known: readonly { id: string; identifier?: string }[]): (id: string) => Found {
  let exact: Set<string> | undefined;
  let byLoose: Map<string, string[]> | undefined;
  let byIdentifier: Map<string, string[]> | undefined;
  return (id) => {
    exact ??= new Set(known.map((k) => k.id));
    if (exact.has(id)) return { kind: 'known' };
    byIdentifier ??= identifierIndex(known);
    const schools = byIdentifier.get(id.trim()) ?? [];
    if (schools.length === 1 && schools[0] !== undefined) return { kind: 'one', id: schools[0], byIdentifier: true };
    if (schools.length > 1) return { kind: 'many', ids: schools, byIdentifier: true };
    byLoose ??= looseIndex(exact);
    const candidates = byLoose.get(looseId(id)) ?? [];
    if (candidates.length === 1 && candidates[0] !== undefined) return { kind: 'one', id: candidates[0] };
    return candidates.length > 1 ? { kind: 'many', ids: candidates } : { kind: 'none' };
  };
}

/** The schools' codes by their 学校标识码. */
function identifierIndex(identified: readonly { id: string; identifier?: string }[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const s of identified) {
    if (s.identifier === undefined) continue;
    const ids = by.get(s.identifier);
    if (ids) ids.push(s.id);
    else by.set(s.identifier, [s.id]);
  }
  return by;
}

interface Repair {
  source: Source;
  column: string;
  from: string;
  to: string;
  /** Read by the schools file's 学校标识码, not by its form. */
  byIdentifier?: true;
}

/** An id a spreadsheet wrote with a formula guard before it (`'000001`). */
const isGuarded = (id: string): boolean => id.startsWith("'");
/** An id a spreadsheet saved as a decimal number (`1.0`). */
const isDecimal = (id: string): boolean => /^\d+\.0+$/u.test(id);
/** An id in a form only a spreadsheet writes: a formula guard before it or `.0` after it. */
export const spreadsheetForm = (id: string): boolean => isGuarded(id) || isDecimal(id);

/** What a spreadsheet did to an id read in the form `from`, in words: zeros lost, a formula guard or a `.0` added (`many`: said of several). */
export function idChange(from: string, many = false): { zh: string; en: string } {
  if (isGuarded(from)) return { zh: '开头多了公式保护符「\'」', en: `a formula guard ' was added before ${many ? 'them' : 'it'}` };
  if (isDecimal(from)) return { zh: '编号被存成了小数, 末尾多了「.0」', en: `${many ? 'they were' : 'it was'} saved as ${many ? 'decimal numbers' : 'a decimal number'}, ".0" added` };
  return { zh: '开头的0被去掉了', en: `${many ? 'their' : 'its'} leading zeros were lost` };
}

function warningsOf(repairs: readonly Repair[]): InputIssue[] {
  const groups = new Map<string, Repair[]>();
  for (const r of repairs) {
    const k = `${r.source.file}\u0000${r.column}\u0000${r.byIdentifier === true ? 'identifier' : ''}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const out: InputIssue[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    if (first.byIdentifier) {
      out.push(identifierWarning(group, first));
      continue;
    }
    const w = idChange(first.from, true);
    if (group.length < ONE_LINE_FROM) {
      for (const r of group) {
        const v = idChange(r.from);
        out.push({ file: r.source.file, row: r.source.row, column: r.column, zh: `注意: 编号${showZh(r.from)}不在表中, 按${showZh(r.to)}读取（${v.zh}）`, en: `note: id ${showEn(r.from)} is not known; read as ${showEn(r.to)} (${v.en})` });
      }
      continue;
    }
    out.push({
      file: first.source.file,
      column: first.column,
      zh: `注意: 「${first.column}」列有${group.length}个编号不在表中，${w.zh}（如第${first.source.row}行${showZh(first.from)} → ${showZh(first.to)}），已按已知编号读取；这通常是表格软件把编号当作数字保存了：请把该列设为“文本”格式后再保存，以保留开头的0`,
      en: `note: ${group.length} ids in column ${first.column} are not known; ${w.en} (row ${first.source.row}: ${showEn(first.from)} → ${showEn(first.to)}) and they were read as the known ids; a spreadsheet saved them as numbers: format the column as text before saving to keep the zeros`,
    });
  }
  return out;
}

/** One line for the ids of a column read by the schools file's 学校标识码. */
function identifierWarning(group: readonly Repair[], first: Repair): InputIssue {
  const one = group.length === 1;
  const zh = one ? `第${first.source.row}行${showZh(first.from)}是学校表「学校标识码」列中的标识码, 已读作该校的学校代码${showZh(first.to)}` : `有 ${group.length} 处是学校表「学校标识码」列中的标识码（如第${first.source.row}行${showZh(first.from)}）, 已读作各校的学校代码（如${showZh(first.to)}）`;
  const en = one ? `row ${first.source.row}: ${showEn(first.from)} is the 学校标识码 of a school in the schools file and was read as its school_id ${showEn(first.to)}` : `${group.length} cells give the 学校标识码 of schools in the schools file (as row ${first.source.row}: ${showEn(first.from)}) and were read as their school_id (as ${showEn(first.to)})`;
  return { file: first.source.file, column: first.column, zh: `注意: 「${first.column}」列${zh}`, en: `note: column ${first.column}, ${en}` };
}

/**
 * Repairs the references of teachers (school, preferred schools), posts (school), locks and
 * objections (teacher, school) that a spreadsheet changed. References that match nothing are left for the
 * cross-file checks to report.
 */
export function repairIds(input: RepairInput): RepairOutput {
  const repairs: Repair[] = [];
  const issues: InputIssue[] = [];
  const school = resolver(input.schoolIds);
  const teacher = resolver(input.teacherIds);
  const fix = (id: string, find: typeof school, enabled: boolean, source: Source, key: string, kindZh: string, kindEn: string): string => {
    if (!enabled) return id;
    const r = find(id);
    const column = input.label(source.file, key);
    if (r.kind === 'one') {
      repairs.push({ source, column, from: id, to: r.id, ...(r.byIdentifier && { byIdentifier: true }) });
      return r.id;
    }
    if (r.kind === 'many' && r.byIdentifier) {
      issues.push({ file: source.file, row: source.row, column, zh: `${showZh(id)}是学校表中 ${r.ids.length} 所学校的学校标识码（${r.ids.join('、')}）, 无法判断是哪一所; 请改填学校代码`, en: `${showEn(id)} is the 学校标识码 of ${r.ids.length} schools of the schools file (${r.ids.join(', ')}): give the school_id instead` });
    } else if (r.kind === 'many') {
      issues.push({ file: source.file, row: source.row, column, zh: `${kindZh}${showZh(id)}不在表中，去掉开头的0后与${r.ids.map(showZh).join('、')}都一致，无法判断是哪一个`, en: `${kindEn} ${showEn(id)} is not known and matches ${r.ids.map(showEn).join(', ')} once leading zeros are ignored: which one is meant?` });
    }
    return id;
  };
  const toSchool = (id: string, source: Source, key: string): string => fix(id, school, input.complete.schools, source, key, '学校代码', 'school_id');
  const teachers = input.teachers.map((t) => {
    const schoolId = toSchool(t.schoolId, t.source, 'school_id');
    const preferences = t.preferences.map((p) => toSchool(p, t.source, 'preferences'));
    const home = t.exchangeHomeSchool === undefined ? undefined : toSchool(t.exchangeHomeSchool, t.source, 'exchange_home_school');
    const changed = schoolId !== t.schoolId || home !== t.exchangeHomeSchool || preferences.some((p, i) => p !== t.preferences[i]);
    return changed ? { ...t, schoolId, preferences, ...(home !== undefined && { exchangeHomeSchool: home }) } : t;
  });
  const posts = input.posts.map((p) => {
    const schoolId = toSchool(p.schoolId, p.source, 'school_id');
    return schoolId !== p.schoolId ? { ...p, schoolId } : p;
  });
  const locks = input.locks.map((l) => {
    const teacherId = fix(l.teacherId, teacher, input.complete.teachers, l.source, 'teacher_id', '工号', 'teacher_id');
    const schoolId = l.schoolId === undefined ? undefined : toSchool(l.schoolId, l.source, l.schoolColumn ?? 'school_id');
    return teacherId !== l.teacherId || schoolId !== l.schoolId ? { ...l, teacherId, ...(schoolId !== undefined && { schoolId }) } : l;
  });
  const objections = input.objections.map((o) => {
    const teacherId = fix(o.teacherId, teacher, input.complete.teachers, o.source, 'teacher_id', '工号', 'teacher_id');
    const schoolId = o.schoolId === undefined ? undefined : toSchool(o.schoolId, o.source, o.schoolColumn ?? 'school_id');
    return teacherId !== o.teacherId || schoolId !== o.schoolId ? { ...o, teacherId, ...(schoolId !== undefined && { schoolId }) } : o;
  });
  return { teachers, posts, locks, objections, warnings: warningsOf(repairs), issues };
}

/**
 * The moves of a baseline plan (`--baseline`) with their teacher and school ids read as the
 * county's own when a spreadsheet changed them (zeros lost, a formula guard added), so that a
 * baseline saved by a spreadsheet still names the county's teachers. Ids that match nothing or
 * several are left as they are.
 */
export function repairMoves<M extends { teacherId: string; toSchoolId: string }>(county: { schools: readonly { id: string }[]; teachers: readonly { id: string }[] }, moves: readonly M[]): M[] {
  const school = resolver(county.schools);
  const teacher = resolver(county.teachers);
  const pick = (r: ReturnType<typeof school>, id: string): string => (r.kind === 'one' ? r.id : id);
  return moves.map((m) => ({ ...m, teacherId: pick(teacher(m.teacherId), m.teacherId), toSchoolId: pick(school(m.toSchoolId), m.toSchoolId) }));
}
