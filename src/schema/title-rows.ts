import { parseCsv, type ParsedCsv } from '../input/parse-csv.js';
import { detectTable } from './wide-posts.js';

/** Lines searched for the header under title rows, as a worksheet's are (find-header.ts). */
const SEARCH_LINES = 30;

/**
 * A CSV file whose table sits under title rows ("2026年教师交流锁定名单", "制表: 人事股"): a sheet
 * with a title above its header, saved as CSV by Excel or WPS. Where the first row is no header
 * (nor nearly one) and a line below it is, the file is read again with the lines above that one
 * blank, so that its rows keep the numbers Excel shows; as a workbook's sheet, it is read so
 * without a word. Null when the first row is a header, or no line below is one.
 */
export function underTitleRows(text: string, parsed: ParsedCsv, file: string): ParsedCsv | null {
  const first = detectTable(parsed.header, file);
  if (first.ok || first.near) return null;
  const lines = text.split('\n');
  const from = parsed.headerRow;
  for (let i = from; i < Math.min(lines.length, from + SEARCH_LINES); i++) {
    const candidate = parseCsv(lines[i] ?? '', file).header;
    if (candidate.length < 2 || !detectTable(candidate, file).ok) continue;
    const csv = parseCsv(lines.map((line, j) => (j < i ? '' : line)).join('\n'), file);
    return detectTable(csv.header, file).ok ? csv : null;
  }
  return null;
}
