/**
 * 性别 as the national standard's codes (GB/T 2261.1: 1 男, 2 女), as an export without labels
 * writes it. A bare digit is read as a code only where the whole column is made of them: one 1
 * among 男 and 女 is more likely a slip than a code, and stays refused as before. Deciding it
 * needs the column, not the cell, so it is done here, before the rows are read, as the other
 * whole-column readings are (loose-stage.ts, non-teaching-rows.ts).
 */
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import type { HeaderMatch } from './match-headers.js';

/** GB/T 2261.1's codes of the two values the tool reads. */
const CODE_GENDER: Readonly<Record<string, string>> = { '1': '男', '2': '女' };

const codeOf = (cell: string): string => cell.normalize('NFKC').trim();

/**
 * The records with a 性别 column made of 1 and 2 (and blanks) written as 男 and 女, and the header
 * of that column; the records as they are, and no label, otherwise.
 */
export function withGenderCodes(match: HeaderMatch, records: readonly CsvRecord[]): { records: readonly CsvRecord[]; coded?: string } {
  const column = match.columns.get('gender');
  if (match.kind !== 'teachers' || column === undefined) return { records };
  const cells = records.map((r) => codeOf(r.cells[column.index] ?? ''));
  if (!cells.some((c) => c !== '') || !cells.every((c) => c === '' || CODE_GENDER[c] !== undefined)) return { records };
  const written = records.map((r, i) => {
    const gender = CODE_GENDER[cells[i] ?? ''];
    if (gender === undefined) return r;
    const copy = [...r.cells];
    copy[column.index] = gender;
    return { ...r, cells: copy };
  });
  return { records: written, coded: column.label };
}

/** The one warning of a table whose 性别 column was read as codes. */
export function genderCodesWarning(label: string, file: string): InputIssue {
  return {
    file,
    zh: `注意: 「${label}」列只有1和2, 按国家标准代码（GB/T 2261.1）读作 1 男、2 女`,
    en: `note: column gender (${label}) holds only 1 and 2, read as the national standard's codes (GB/T 2261.1): 1 male, 2 female`,
  };
}
