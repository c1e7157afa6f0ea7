/**
 * Formula cells an .xlsx keeps without their results. Excel and WPS save each formula's last
 * result beside it, and a cell is read as that result; a workbook written by a program (a web
 * system's export, a script) may hold the formulas alone, which Excel computes on opening, so the
 * user sees figures where this tool reads empty cells. Asked only of a table whose rows have
 * problems, to say why: the bytes are looked at again, whichever reader read them.
 */
import { attributes, sheetTexts } from './xlsx-parts.js';

/** Formula cells without a result, per sheet name: each as its 0-based row and column. */
export type Uncomputed = ReadonlyMap<string, readonly { r: number; c: number }[]>;

/** A1 reference → 0-based row and column; null for anything else. */
function decode(ref: string): { r: number; c: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/u.exec(ref);
  if (!m?.[1] || !m[2]) return null;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** The formula cells without a result in each sheet of an .xlsx; empty for any other file, or one without such cells. */
export function uncomputedFormulas(bytes: Uint8Array): Uncomputed {
  const out = new Map<string, { r: number; c: number }[]>();
  for (const { name, xml } of sheetTexts(bytes)) {
    const cells: { r: number; c: number }[] = [];
    for (const c of xml.matchAll(/<c\b([^<>]*?)>([\s\S]*?)<\/c>/gu)) {
      const body = c[2] ?? '';
      if (!/<f[\s>/]/u.test(body) || /<v>[^<]/u.test(body) || /<is>/u.test(body)) continue;
      const at = decode(attributes(c[1] ?? '').get('r') ?? '');
      if (at) cells.push(at);
    }
    if (cells.length > 0) out.set(name, cells);
  }
  return out;
}
