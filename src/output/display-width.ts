import stringWidth from 'string-width';

/** Widths seen, by text: reports and workbooks measure the same names, subjects and ids many times over. */
const seen = new Map<string, number>();
const LIMIT = 200_000;

/**
 * Columns of a text made only of printable ASCII (U+0020–U+007E, one column each) and CJK
 * Unified Ideographs (U+4E00–U+9FFF, two columns each), or −1 when it holds anything else. Each
 * such character is a grapheme of its own that string-width measures by its East Asian Width
 * (narrow, or wide), so the sum is exactly string-width's; a test holds the two to agreement.
 */
export function simpleWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) w += 1;
    else if (c >= 0x4e00 && c <= 0x9fff) w += 2;
    else return -1;
  }
  return w;
}

/**
 * Columns `text` takes on a terminal or in a spreadsheet (a CJK character counts 2), as
 * string-width measures it: names, ids and most sentences of ASCII and Chinese characters are
 * counted directly, anything else is measured and remembered per text (measuring is costly:
 * measured, 1.5 s of a 12,000-teacher run went to measuring the same cells again).
 */
export function displayWidth(text: string): number {
  const simple = simpleWidth(text);
  if (simple >= 0) return simple;
  let w = seen.get(text);
  if (w === undefined) {
    if (seen.size >= LIMIT) seen.clear();
    w = stringWidth(text);
    seen.set(text, w);
  }
  return w;
}
