import stringWidth from 'string-width';

/** Widths seen, by text: reports and workbooks measure the same names, subjects and ids many times over. */
const seen = new Map<string, number>();
const LIMIT = 200_000;

/**
 * Columns `text` takes on a terminal or in a spreadsheet (a CJK character counts 2), as
 * string-width measures it, remembered per text (measuring is costly: measured, 1.5 s of a
 * 12,000-teacher run went to measuring the same cells again).
 */
export function displayWidth(text: string): number {
  let w = seen.get(text);
  if (w === undefined) {
    if (seen.size >= LIMIT) seen.clear();
    w = stringWidth(text);
    seen.set(text, w);
  }
  return w;
}
