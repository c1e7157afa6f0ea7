/**
 * An objection copied from a paper form often has the objector's 姓名 and no 工号. The row is
 * still refused (a name alone is no id: two teachers may share it, and a round's file is given
 * again in later rounds, against a roster that may by then hold another of that name; the
 * decision, a 留任 or a 禁止, must never fall on a guess), but its blank 工号 is told with the
 * teachers the name is: the one teacher of the county it names, with the school, so that the
 * clerk can fill it in; the several it names, so that the clerk can pick; or none. A 工号 typed
 * that is no teacher's (a digit wrong) beside a 姓名 is told the same.
 */
import type { InputIssue, School, Teacher } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { matchHeaders, type HeaderMatch } from './match-headers.js';
import { personKey } from './objection-names.js';
import { showEn, showZh } from './show-value.js';

/** An objections row with a 姓名: where it is, the name written, and whether its 工号 is blank. */
export interface UnnumberedRow {
  row: number;
  name: string;
  /** The 工号 as typed, trimmed ('' when blank). */
  id: string;
}

/** More teachers of one name than this are listed as the first ones and a count. */
const LISTED = 5;

/** The rows of an objections table with a 姓名 (none when the table has no 工号 or 姓名 column): an objections file is short. */
export function unnumberedRows(match: HeaderMatch, records: readonly CsvRecord[]): UnnumberedRow[] {
  const id = match.columns.get('teacher_id')?.index;
  const name = match.columns.get('name')?.index;
  if (match.kind !== 'objections' || id === undefined || name === undefined) return [];
  return records.flatMap((r) => {
    const typed = (r.cells[name] ?? '').trim();
    return typed !== '' ? [{ row: r.row, name: typed, id: (r.cells[id] ?? '').trim() }] : [];
  });
}

/** Rows of a file with no 工号 column listed with the 工号 their names are; the rest are counted as 等. */
const LISTED_ROWS = 20;

/**
 * The rows with a 姓名 of a file refused as an objections table lacking its 工号 column (none
 * otherwise): the names a clerk typed from paper forms, each to be told the 工号 it is.
 */
export function idlessRows(header: readonly string[], records: readonly CsvRecord[]): UnnumberedRow[] {
  const match = matchHeaders(header, 'objections');
  const name = match.columns.get('name')?.index;
  if (name === undefined || !match.missing.includes('teacher_id')) return [];
  return records.flatMap((r) => {
    const typed = (r.cells[name] ?? '').trim();
    return typed !== '' ? [{ row: r.row, name: typed, id: '' }] : [];
  });
}

/** What a name tells of the teachers it is: `；…` to add to the blank 工号's issue. */
function hint(typed: UnnumberedRow, named: readonly Teacher[], schoolName: (id: string) => string, complete: boolean): { zh: string; en: string } | null {
  const name = typed.name;
  const blank = typed.id === '';
  const who = (t: Teacher, lang: 'zh' | 'en') => {
    const s = schoolName(t.schoolId);
    return lang === 'zh' ? `${t.id}（${s}）` : `${t.id} (${s})`;
  };
  const [zhName, enName] = [showZh(name), showEn(name)];
  if (named.length === 1 && named[0] !== undefined) {
    const t = named[0];
    return { zh: `; 本县姓名为${zhName}的教师只有 ${who(t, 'zh')}, 若是此人请${blank ? '填写' : '改为'}其工号`, en: `; the one teacher of the county named ${enName} is ${who(t, 'en')}: if that is the objector, ${blank ? 'write the teacher_id' : 'correct it to that teacher_id'}` };
  }
  if (named.length > 1) {
    const shown = named.slice(0, LISTED);
    const more = named.length - shown.length;
    return {
      zh: `; 本县姓名为${zhName}的教师有 ${named.length} 位: ${shown.map((t) => who(t, 'zh')).join('、')}${more > 0 ? ` 等` : ''}, ${blank ? '请核对后填写工号' : '请核对工号'}`,
      en: `; ${named.length} teachers of the county are named ${enName}: ${shown.map((t) => who(t, 'en')).join(', ')}${more > 0 ? ` and ${more} more` : ''}; ${blank ? "write the objector's teacher_id" : 'check the teacher_id'}`,
    };
  }
  // A teachers file with unread rows may hold the name: nothing is said rather than "none".
  if (!complete) return null;
  return { zh: `; 本县教师中没有姓名为${zhName}的人, 请核对姓名${blank ? '并填写工号' : '和工号'}`, en: `; no teacher of the county is named ${enName}: check the name${blank ? ' and write the teacher_id' : ' and the teacher_id'}` };
}

/**
 * The issues, each of a blank or unknown 工号 beside a 姓名 told the teachers the name is. `rows`: per file,
 * its unnumbered rows; `label`: the header as written. No index of names is built when no row asks.
 */
export function withNameHints(
  issues: readonly InputIssue[],
  rows: ReadonlyMap<string, readonly UnnumberedRow[]>,
  county: { teachers: readonly Teacher[]; schools: readonly School[]; complete: boolean; leftOut?: ReadonlyMap<string, unknown> },
  label: (file: string, key: string) => string,
  idless: readonly { issue: InputIssue; rows: readonly UnnumberedRow[] }[] = [],
): InputIssue[] {
  // A file with no 工号 column is told its rows' 工号 only when the teachers were read.
  const told = county.teachers.length > 0 ? idless : [];
  if (rows.size === 0 && told.length === 0) return [...issues];
  const at = new Map<string, UnnumberedRow>();
  for (const [file, list] of rows) for (const r of list) at.set(`${file}\u0000${r.row}\u0000${label(file, 'teacher_id')}`, r);
  const byName = new Map<string, Teacher[]>();
  for (const t of county.teachers) {
    const k = personKey(t.name);
    const list = byName.get(k);
    if (list) list.push(t);
    else byName.set(k, [t]);
  }
  // Only a 工号 that is blank or no teacher's: beside a known one, the 姓名 check says what is wrong.
  const known = new Set(county.teachers.map((t) => t.id));
  const schools = new Map(county.schools.map((s) => [s.id, s.name]));
  const schoolName = (id: string) => schools.get(id) || id;
  const sorted = (name: string) => [...(byName.get(personKey(name)) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const whole = new Map(told.map((f) => [f.issue, columnHint(f.rows, sorted, schoolName, county.complete)]));
  return issues.map((i) => {
    const column = whole.get(i);
    if (column !== undefined) return { ...i, zh: i.zh + column.zh, en: i.en + column.en };
    const typed = at.get(`${i.file}\u0000${i.row ?? ''}\u0000${i.column ?? ''}`);
    // A 工号 cell holding a teacher's name is told so already (nameAsId).
    // Nor is one of the roster's people left out when read (代课, 退休 …): the issue says why already.
    if (typed === undefined || known.has(typed.id) || byName.has(personKey(typed.id)) || county.leftOut?.has(typed.id) === true) return i;
    const named = sorted(typed.name);
    const h = hint(typed, named, schoolName, county.complete);
    return h === null ? i : { ...i, zh: i.zh + h.zh, en: i.en + h.en };
  });
}

/**
 * The 工号 each row's name is, for a file lacking the whole 工号 column: one teacher's with the school, several
 * teachers' each, or none (unsaid when a teacher row could not be read), the first {@link LISTED_ROWS} rows and 等.
 */
function columnHint(
  rows: readonly UnnumberedRow[],
  named: (name: string) => Teacher[],
  schoolName: (id: string) => string,
  complete: boolean,
): { zh: string; en: string } {
  const shown = rows.slice(0, LISTED_ROWS);
  const zh: string[] = [];
  const en: string[] = [];
  for (const r of shown) {
    const all = named(r.name);
    const list = all.slice(0, LISTED);
    const more = all.length > list.length;
    const [zhName, enName] = [showZh(r.name), showEn(r.name)];
    if (all.length === 0) {
      zh.push(`第${r.row}行 ${zhName}: ${complete ? '本县教师中没有此姓名' : '未找到（教师表有未读入的行）'}`);
      en.push(`row ${r.row} ${enName}: ${complete ? 'no teacher of the county has this name' : 'not found (some teacher rows could not be read)'}`);
    } else {
      zh.push(`第${r.row}行 ${zhName}: ${list.map((t) => `${t.id}（${schoolName(t.schoolId)}）`).join('、')}${more ? ' 等' : ''}${all.length > 1 ? `（同名 ${all.length} 位, 请核对）` : ''}`);
      en.push(`row ${r.row} ${enName}: ${list.map((t) => `${t.id} (${schoolName(t.schoolId)})`).join(', ')}${more ? ` and ${all.length - list.length} more` : ''}${all.length > 1 ? ` (${all.length} of that name: check)` : ''}`);
    }
  }
  const rest = rows.length - shown.length;
  return {
    zh: `; 请加「工号」列（姓名不能代替工号）, 各行姓名对应的本县教师: ${zh.join('；')}${rest > 0 ? ` 等（另有 ${rest} 行）` : ''}`,
    en: `; add the teacher_id column (a name is no id); the teachers of the county each row's name is: ${en.join('; ')}${rest > 0 ? `; and ${rest} more rows` : ''}`,
  };
}
