/**
 * Plain-text tables for the terminal, aligned by display width: a CJK character takes two
 * columns, so `城关第一小学` is 12 columns wide, not 6. Cells longer than their column's `max`
 * are cut with an ellipsis. Colour is applied after padding so that escape codes never shift a
 * column.
 */
import { displayWidth as stringWidth } from '../output/display-width.js';

export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
  /** Widest the column may get, in terminal columns. */
  max?: number;
}

/** Paints a cell (or a header cell, row −1) once it is padded; the default paints nothing. */
export type Paint = (text: string, row: number, col: number) => string;

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** `text` cut to at most `max` terminal columns, with an ellipsis when cut. */
export function cutToWidth(text: string, max: number): string {
  if (stringWidth(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const { segment } of segmenter.segment(text)) {
    const g = stringWidth(segment);
    if (w + g > max - 1) break;
    out += segment;
    w += g;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** The table as lines: a header line, then one line per row; columns two spaces apart. */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[], indent = '', paint: Paint = (t) => t): string[] {
  const cells = rows.map((r) => columns.map((c, j) => cutToWidth(r[j] ?? '', c.max ?? Infinity)));
  const widths = columns.map((c, j) => Math.max(stringWidth(c.header), ...cells.map((r) => stringWidth(r[j] ?? ''))));
  // The last column, left-aligned, is not padded: a painted cell would keep its trailing spaces inside the colour.
  const last = columns.length - 1;
  const line = (r: readonly string[], i: number): string =>
    (indent + columns.map((c, j) => paint(j === last && (c.align ?? 'left') === 'left' ? (r[j] ?? '') : pad(r[j] ?? '', widths[j] ?? 0, c.align ?? 'left'), i, j)).join('  ')).trimEnd();
  return [line(columns.map((c) => c.header), -1), ...cells.map((r, i) => line(r, i))];
}
