/**
 * The printed page's measures, in millimetres, shared by the stylesheet and the pagination so
 * that the two cannot disagree: every line has a fixed height (CSS `line-height` in mm), so a
 * page's height is known from its lines; only where a text wraps is estimated (text-lines.ts).
 */
import type { Orientation } from './list-doc.js';

/** The sheet, the padding inside it that the printer never reaches, and the footer's band. */
export const SHEET = { portrait: { width: 210, height: 297 }, landscape: { width: 297, height: 210 } } as const;
export const PADDING = 12;
/** The page box is a little shorter than the sheet, so that rounding never spills it onto a second sheet. */
export const SHEET_SLACK = 1;
export const FOOTER = 7;
/** Kept free at the bottom of the content area: what the estimate may miss. */
export const SAFETY = 5;

/** Font sizes (pt) and line heights (mm) of each kind of text. */
export const TEXT = {
  title: { pt: 15, line: 8 },
  subtitle: { pt: 12, line: 6.5 },
  info: { pt: 10, line: 5.2 },
  head: { pt: 8.5, line: 4.4 },
  caption: { pt: 11, line: 6 },
  cell: { pt: 9.5, line: 4.6 },
} as const;

/** Vertical space around blocks (mm). */
export const GAP = {
  /** Under the running head (its rule included). */
  head: 3,
  /** Under the title block. */
  titleBlock: 3,
  /** Above a table's caption. */
  caption: 2.5,
  /** A cell's padding, top and bottom each, and its border. */
  cellPad: 0.8,
  cellBorder: 0.3,
  /** A cell's padding, left and right each. */
  cellSide: 1.2,
} as const;

/** The width of the content area. */
export function contentWidth(o: Orientation): number {
  return SHEET[o].width - 2 * PADDING;
}

/** The height the content may fill: the page box less its padding, the footer and the safety band. */
export function contentHeight(o: Orientation): number {
  return SHEET[o].height - SHEET_SLACK - 2 * PADDING - FOOTER - SAFETY;
}
