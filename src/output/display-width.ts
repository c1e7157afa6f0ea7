import stringWidth from 'string-width';
import { boundedMemo } from './bounded-memo.js';

/** string-width per text, remembered: reports and workbooks measure the same names, subjects and ids many times over. */
const measured = boundedMemo(stringWidth, 200_000);

/**
 * Columns of each character of the Basic Multilingual Plane that is always a grapheme of its own,
 * never part of an emoji, and of a fixed width (0 = not such a character): printable ASCII (1),
 * CJK Unified Ideographs (2), and the punctuation and signs our own texts use: 、。「」（）：；，
 * and the other CJK brackets and fullwidth forms (wide: 2), · × ÷ — … ← ↑ → ↓ − ≤ ≥ ✓ ✗ (East
 * Asian ambiguous or neutral, which string-width counts as 1). A test holds every entry to
 * string-width.
 */
export const SIMPLE_COLUMNS = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  const fill = (from: number, to: number, w: number): void => void t.fill(w, from, to + 1);
  fill(0x20, 0x7e, 1);
  fill(0x4e00, 0x9fff, 2);
  fill(0x3001, 0x3003, 2);
  fill(0x3008, 0x3011, 2);
  fill(0x3014, 0x301b, 2);
  fill(0xff01, 0xff60, 2);
  for (const c of [0xb7, 0xd7, 0xf7, 0x2014, 0x2026, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x2264, 0x2265, 0x2713, 0x2717]) t[c] = 1;
  return t;
})();

/**
 * Columns of a text made only of the characters {@link SIMPLE_COLUMNS} knows, or −1 when it holds
 * anything else. Each such character is a grapheme of its own that string-width measures by its
 * East Asian Width, so the sum is exactly string-width's; a test holds the two to agreement.
 */
export function simpleWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = SIMPLE_COLUMNS[text.charCodeAt(i)] ?? 0;
    if (c === 0) return -1;
    w += c;
  }
  return w;
}

/**
 * Columns `text` takes on a terminal or in a spreadsheet (a CJK character counts 2), as
 * string-width measures it: names, ids and most sentences of ASCII and Chinese characters and
 * punctuation are counted directly, anything else is measured and remembered per text (measuring is costly:
 * measured, 1.5 s of a 12,000-teacher run went to measuring the same cells again).
 */
export function displayWidth(text: string): number {
  const simple = simpleWidth(text);
  return simple >= 0 ? simple : measured(text);
}
