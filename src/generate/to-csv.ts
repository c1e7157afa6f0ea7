/**
 * CSV text as Excel and WPS read it: UTF-8 byte order mark, CRLF line ends, and RFC 4180
 * quoting (a field with a comma, a double quote or a line break is quoted, quotes doubled).
 */

/** A table ready to write: its header row and data rows, every cell text. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

export const BOM = '\uFEFF';

function field(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The whole file as text, starting with the BOM and ending with CRLF. */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(field).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
