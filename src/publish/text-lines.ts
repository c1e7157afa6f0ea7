/**
 * How many lines a text takes in a box of a given width, as the browser breaks it with
 * `overflow-wrap: anywhere`: a CJK character may end a line anywhere, a Latin word moves whole to
 * the next line unless it is longer than a line. Widths are estimated on the wide side (a CJK
 * character is 1 em, a Latin one by its shape, and the box is taken 8% narrower for punctuation that may
 * not start a line), so a page never holds more than fits.
 */
import { displayWidth } from '../output/display-width.js';

const MM_PER_PT = 25.4 / 72;
/** Share of the box the estimate fills (line-start punctuation rules, font differences). */
const FILL = 0.92;

/**
 * Width of one character in em, on the wide side of the fonts an office PC prints with
 * (Microsoft YaHei, SimSun, Noto Sans CJK): a CJK character 1, Latin by its shape.
 */
function charEm(ch: string): number {
  if (displayWidth(ch) >= 2) return 1;
  if (ch === ' ') return 0.34;
  if (/[ilIj.,:;'!|()[\]]/u.test(ch)) return 0.36;
  if (/[mwMW@%]/u.test(ch)) return 0.95;
  if (/[A-Z]/u.test(ch)) return 0.72;
  return 0.6;
}

/** Tokens: a run of Latin letters and digits (a word) or any one other character. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9_.\-@/]+|[\s\S]/gu) ?? [];
}

/** Lines `text` takes at `pt` points in a box `widthMm` wide (at least 1; an empty text takes 1). */
export function textLines(text: string, pt: number, widthMm: number): number {
  const em = pt * MM_PER_PT;
  const room = (widthMm * FILL) / em;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const tok of tokens(paragraph)) {
      const w = [...tok].reduce((s, ch) => s + charEm(ch), 0);
      if (used + w <= room) {
        used += w;
        continue;
      }
      if (/^\s$/u.test(tok)) {
        // A space at a line's end does not wrap onto the next line.
        continue;
      }
      if (w <= room) {
        lines += 1;
        used = w;
        continue;
      }
      // A word longer than a line breaks anywhere.
      for (const ch of tok) {
        const c = charEm(ch);
        if (used + c > room) {
          lines += 1;
          used = 0;
        }
        used += c;
      }
    }
  }
  return Math.max(1, lines);
}
