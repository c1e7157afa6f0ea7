/**
 * The rows of a printed template that no one filled in: a 序号 column numbered 1…1000 down the
 * form, a 备注 cell on its own. Such a row has cells, so the readers' blank-row check keeps it, and
 * each became an error on every required column (姓名 blank, 工号 blank). A row none of whose read
 * columns holds anything is no record, as a blank row is none; one with any read cell filled (a
 * name without a 工号) stays a record, and its blanks are reported.
 */
import type { CsvRecord } from '../input/parse-csv.js';
import type { HeaderMatch } from './match-headers.js';

/** The records with a cell filled in some column the table's kind reads (cells come trimmed). */
export function withoutUnfilled(match: HeaderMatch, records: readonly CsvRecord[]): readonly CsvRecord[] {
  const read = [...match.columns.values()].map((c) => c.index);
  // A record's first read cell is nearly always filled: a table without such rows costs a look per row.
  const unfilled = (r: CsvRecord): boolean => {
    for (const i of read) if ((r.cells[i] ?? '') !== '') return false;
    return true;
  };
  return records.some(unfilled) ? records.filter((r) => !unfilled(r)) : records;
}
