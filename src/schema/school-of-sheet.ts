/**
 * A school's own roster, as bureaus collect them (each school sends its 教职工花名册): a teachers
 * sheet with no school column at all, the school named only by the file (城关第一小学.xlsx), the
 * sheet or the title above the table (`城关第一小学教职工花名册`). It was refused for the missing
 * 学校代码. Such a table's rows are read with a stand-in school ({@link SHEET_SCHOOL}); once the
 * schools file is read, the school whose name those texts hold (the longest such name, so
 * 城关第一小学 before 第一小学) is every row's, with a warning; none, or two as long, is an error
 * naming the texts looked in.
 */
import { countEn, plural } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue, School, Teacher } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import type { HeaderMatch } from './match-headers.js';
import { nameKey } from './school-names.js';

/** The school of a row of such a table until the schools are known: no code has this form. */
export const SHEET_SCHOOL = '#本表学校#';

/**
 * A teachers table with no school column given one, past its last cell, holding the stand-in
 * school on every record; any other table as it is.
 */
export function withSheetSchool(match: HeaderMatch, records: readonly CsvRecord[]): { match: HeaderMatch; records: readonly CsvRecord[]; sheetSchool: boolean } {
  if (match.kind !== 'teachers' || match.columns.has('school_id') || match.columns.has('school_name')) return { match, records, sheetSchool: false };
  let width = 0;
  for (const c of match.columns.values()) width = Math.max(width, c.index + 1);
  for (const r of records) width = Math.max(width, r.cells.length);
  const columns = new Map(match.columns);
  columns.set('school_id', { key: 'school_id', index: width, label: '学校代码' });
  const placed = records.map((r) => {
    const cells = r.cells.slice();
    while (cells.length < width) cells.push('');
    cells.push(SHEET_SCHOOL);
    return { row: r.row, cells };
  });
  return { match: { ...match, columns, missing: match.missing.filter((k) => k !== 'school_id') }, records: placed, sheetSchool: true };
}

/** The one school whose name the texts hold, the longest such name; undefined when none or two as long. */
export function schoolNamedIn(texts: readonly string[], schools: readonly School[]): School | undefined {
  const within = texts.map(nameKey);
  const found = schools.filter((s) => nameKey(s.name) !== '' && within.some((t) => t.includes(nameKey(s.name))));
  const longest = Math.max(0, ...found.map((s) => nameKey(s.name).length));
  const best = found.filter((s) => nameKey(s.name).length === longest);
  return best.length === 1 ? best[0] : undefined;
}

/** The teachers of tables with no school column given their school, a warning per table, and an error per table whose school was not found (its teachers dropped: the run stops on the error). */
export function readSheetSchools(teachers: readonly Teacher[], schools: readonly School[], texts: ReadonlyMap<string, readonly string[]>): { teachers: Teacher[]; issues: InputIssue[]; warnings: InputIssue[] } {
  if (texts.size === 0) return { teachers: [...teachers], issues: [], warnings: [] };
  const school = new Map([...texts].map(([file, t]) => [file, schoolNamedIn(t, schools)]));
  const issues: InputIssue[] = [];
  const read: string[] = [];
  for (const [file, s] of school) {
    const shown = (texts.get(file) ?? []).filter((t) => t.trim() !== '');
    const looked = shown.map((t) => `「${t}」`).join('');
    const lookedEn = shown.map((t) => `"${t}"`).join(', ');
    if (s) read.push(`${file} → ${s.id} ${s.name}`);
    else issues.push({ file, column: '学校代码', key: 'school_id', zh: `缺少必需列「学校代码」（school_id）, 也无法从${looked}认出是学校表中的哪所学校; 请加学校代码列`, en: `missing required column school_id (学校代码), and ${lookedEn} name no one school of the schools file; add the school_id column` });
  }
  // One warning for all such tables (a county may send a roster per school): how many, and the first few.
  const first = [...school].find(([, s]) => s !== undefined)?.[0];
  const warnings: InputIssue[] =
    first === undefined
      ? []
      : [{ file: first, zh: `${read.length} 个教师表没有「学校代码」列, 按文件名、工作表名或标题行中的学校名称读作该校的教师: ${firstOf(read, 3, '; ', ' …')}`, en: `${countEn(read.length, 'teachers table')} ${plural(read.length, 'has', 'have')} no school_id column and ${plural(read.length, 'was', 'were')} read as the teachers of the school ${plural(read.length, 'its', 'their')} file, sheet or title names: ${firstOf(read, 3, '; ', ' …')}` }];
  const out = teachers.flatMap((t) => {
    if (t.schoolId !== SHEET_SCHOOL) return [t];
    const s = school.get(t.source.file);
    return s ? [{ ...t, schoolId: s.id }] : [];
  });
  return { teachers: out, issues, warnings };
}
