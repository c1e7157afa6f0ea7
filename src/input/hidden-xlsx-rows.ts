/**
 * The rows each sheet of an .xlsx hides (`<row r="12" hidden="1">`: filtered out by an AutoFilter,
 * or hidden by hand), for a workbook the library reads: it gives them only when asked for cell
 * styles too, which changes how it reads some sheets. The plain reader notes them as it scans.
 */
import { zipEntries } from './zip-entries.js';
import { attributes, partText, sheetParts } from './xlsx-parts.js';

/** Hidden rows (0-based) per sheet name; empty for any other file, or one hiding no row. */
export function hiddenXlsxRows(bytes: Uint8Array): ReadonlyMap<string, readonly number[]> {
  const out = new Map<string, number[]>();
  const entries = zipEntries(bytes);
  if (!entries) return out;
  const workbook = partText(bytes, entries, 'xl/workbook.xml');
  const rels = partText(bytes, entries, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return out;
  for (const part of sheetParts(workbook, rels)) {
    const xml = part.path === undefined ? undefined : partText(bytes, entries, part.path);
    if (!xml) continue;
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
    if (rows.length > 0) out.set(part.name, rows);
  }
  return out;
}
