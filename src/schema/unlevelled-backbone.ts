/**
 * A 是否骨干教师 column says who is a backbone teacher but not at what level, and so does a 骨干教师
 * column filled with 是 and 否. Its 是 is read as 校级, the least it can mean (teacher-row.ts): such
 * a teacher counts toward the backbone share of those rotated, not toward the county-level 优质均衡
 * indicator. One warning per table says how many were read so, so that a county that knows their
 * levels gives them.
 */
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import type { HeaderMatch } from './match-headers.js';
import { parseBackbone } from './enums.js';
import { parseYesNo } from './values.js';

/**
 * The match with its 骨干等级 column read as 是否骨干教师 where that column holds only yes and no
 * (骨干教师: 是/否) and some yes, which no level is: a column of levels (县级, 无) is left as it is.
 */
export function withYesNoBackbone(match: HeaderMatch, records: readonly CsvRecord[]): HeaderMatch {
  const column = match.columns.get('backbone');
  if (match.kind !== 'teachers' || column === undefined || match.columns.has('any_backbone')) return match;
  const cells = records.map((r) => r.cells[column.index] ?? '').filter((c) => c.trim() !== '');
  if (!cells.every((c) => parseYesNo(c).ok) || cells.every((c) => parseBackbone(c).ok)) return match;
  const columns = new Map(match.columns);
  columns.delete('backbone');
  columns.set('any_backbone', { ...column, key: 'any_backbone' });
  return { ...match, columns };
}

/** The warning of a table whose 是否骨干教师 says 是 on rows that give no level otherwise, or null. */
export function unlevelledBackboneWarning(match: HeaderMatch, records: readonly CsvRecord[], file: string): InputIssue | null {
  const column = match.columns.get('any_backbone');
  if (match.kind !== 'teachers' || column === undefined) return null;
  const cell = (key: string, r: CsvRecord): string => {
    const index = match.columns.get(key)?.index;
    return index === undefined ? '' : (r.cells[index] ?? '');
  };
  const says = (text: string): boolean => {
    const yes = parseYesNo(text);
    return yes.ok && yes.value;
  };
  // A level from 骨干等级 or 是否县级及以上骨干教师 is the row's own (checkTeacherRow holds them to agree).
  const rows = records.filter((r) => says(cell('any_backbone', r)) && cell('backbone', r).trim() === '' && !says(cell('county_backbone', r))).map((r) => r.row);
  if (rows.length === 0) return null;
  return {
    file,
    zh: `注意: 「${column.label}」列未给出骨干等级, 填「是」的 ${rows.length} 名教师按最低的校级骨干计（计入骨干教师交流比例, 不计入县级及以上骨干教师指标）; 如知道其等级, 请填写骨干等级列（第${firstOf(rows, 5, '、', '…')}行）`,
    en: `note: column any_backbone (${column.label}) gives no level, so the ${rows.length} teacher${rows.length > 1 ? 's' : ''} marked yes ${rows.length > 1 ? 'were' : 'was'} read as school-level backbone teachers, the least it can mean (counted in the backbone share of those rotated, not in the county-level backbone indicator); give their level in a backbone (骨干等级) column where it is known (row${rows.length > 1 ? 's' : ''} ${firstOf(rows, 5, ', ', ', …')})`,
  };
}
