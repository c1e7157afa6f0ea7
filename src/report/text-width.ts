/**
 * Width of text as the report's fonts draw it, estimated without a browser so that charts can
 * be laid out in advance: a CJK (wide or fullwidth) character is 1 em, Latin letters and digits
 * about 0.55 em. The estimate leans wide (capitals, m and w get more) so that a label given the
 * room it asks for never runs into its neighbour.
 */
import { boundedMemo } from '../output/bounded-memo.js';
import { displayWidth as stringWidth, SIMPLE_COLUMNS } from '../output/display-width.js';

const NARROW = new Set([...'iIjlft.,:;\'|!()[]{} ']);
const WIDE_LATIN = new Set([...'mwMW@%']);
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** Width of one grapheme in em. */
function graphemeEm(g: string): number {
  const cols = stringWidth(g);
  if (cols === 0) return 0;
  if (cols >= 2) return 1;
  if (NARROW.has(g)) return 0.35;
  if (WIDE_LATIN.has(g)) return 0.95;
  if (/[A-Z]/u.test(g)) return 0.72;
  return 0.6;
}

/** {@link graphemeEm} of each printable ASCII character, by its code. */
const ASCII_EM = Float64Array.from({ length: 0x7f }, (_, c) => (c >= 0x20 ? graphemeEm(String.fromCharCode(c)) : 0));

/** Graphemes measured, by text (few distinct ones: a report draws the same characters over and over). */
const cachedEm = boundedMemo(graphemeEm, 100_000);

/**
 * Estimated width of `text` in em: the sum of its graphemes' widths, in order. A text of the
 * characters SIMPLE_COLUMNS in output/display-width.ts knows (printable ASCII, CJK Unified
 * Ideographs, our punctuation) is summed per character, each one a grapheme of its own, without
 * segmenting it.
 */
export function textEm(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x7e) {
      if (c < 0x20) return segmentedEm(text);
      w += ASCII_EM[c] ?? 0;
    } else {
      const cols = SIMPLE_COLUMNS[c] ?? 0;
      // Beyond ASCII, graphemeEm gives a wide character 1 em and a narrow one 0.6 (none is in NARROW, WIDE_LATIN or A–Z).
      if (cols === 2) w += 1;
      else if (cols === 1) w += 0.6;
      else return segmentedEm(text);
    }
  }
  return w;
}

/** {@link textEm} of any text, grapheme by grapheme. */
function segmentedEm(text: string): number {
  let w = 0;
  for (const { segment } of segmenter.segment(text)) w += cachedEm(segment);
  return w;
}

/** Estimated width of `text` in px at `fontPx`. */
export function textPx(text: string, fontPx: number): number {
  return textEm(text) * fontPx;
}

/**
 * `text` cut to fit `maxPx` at `fontPx`, with an ellipsis when cut. `cut` tells whether it was,
 * so that the caller can give the full text as a tooltip.
 */
export function fitText(text: string, maxPx: number, fontPx: number): { text: string; cut: boolean } {
  if (textPx(text, fontPx) <= maxPx) return { text, cut: false };
  const room = maxPx / fontPx - 1; // the ellipsis takes 1 em
  let w = 0;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    const g = graphemeEm(segment);
    if (w + g > room) break;
    w += g;
    out += segment;
  }
  return { text: `${out.trimEnd()}…`, cut: true };
}
