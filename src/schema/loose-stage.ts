/**
 * A teachers sheet's 学段 column is the stage taught (任教学段) where it says 小学, 初中 or 高中; a
 * roster that copies each teacher's school's 学段 beside him or her says 九年一贯制 or 完全中学
 * there, and such a column is not read (as it was not before 学段 was read in a teachers sheet),
 * rather than refused on every such row.
 */
import { sectioned } from '../domain/sections.js';
import { parseStage } from './enums.js';
import { loose, type HeaderMatch } from './match-headers.js';
import type { CsvRecord } from '../input/parse-csv.js';

/** The match without its 学段 column when that column holds schools' stages of several sections. */
export function withoutSchoolStage(match: HeaderMatch, records: readonly CsvRecord[]): HeaderMatch {
  const column = match.columns.get('teaching_stage');
  if (match.kind !== 'teachers' || column === undefined || !loose('teachers', column.label)) return match;
  const schoolStage = records.some((r) => {
    const cell = r.cells[column.index] ?? '';
    if (cell.trim() === '') return false;
    const stage = parseStage(cell);
    return stage.ok && sectioned({ stage: stage.value });
  });
  if (!schoolStage) return match;
  const columns = new Map(match.columns);
  columns.delete('teaching_stage');
  return { ...match, columns, unused: [...match.unused, column.label] };
}
