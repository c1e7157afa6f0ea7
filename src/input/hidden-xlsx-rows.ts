/**
 * The rows each sheet of an .xlsx hides (`<row r="12" hidden="1">`: filtered out by an AutoFilter,
 * or hidden by hand), for a workbook the library reads: it gives them only when asked for cell
 * styles too, which changes how it reads some sheets. The plain reader notes them as it scans.
 */
import { attributes, sheetTexts } from './xlsx-parts.js';

/** Hidden rows (0-based) per sheet name; empty for any other file, or one hiding no row. */
export function hiddenXlsxRows(bytes: Uint8Array): ReadonlyMap<string, readonly number[]> {
  const out = new Map<string, number[]>();
  for (const { name, xml } of sheetTexts(bytes)) {
    const rows: number[] = [];
    let previous = 0;
    for (const m of xml.matchAll(/<(?:\w+:)?row\b([^<>]*)>/gu)) {
      const a = attributes(m[1] ?? '');
      // A row without its number follows the one before, as the library counts it.
      const r = a.has('r') ? parseInt(a.get('r') ?? '', 10) : previous + 1;
      previous = r;
      const hidden = a.get('hidden');
      if (Number.isFinite(r) && (hidden === '1' || hidden === 'true')) rows.push(r - 1);
    }
    if (rows.length > 0) out.set(name, rows);
  }
  return out;
}
