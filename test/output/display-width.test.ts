import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, SIMPLE_COLUMNS, simpleWidth } from '../../src/output/display-width.js';
import { textEm } from '../../src/report/text-width.js';

/*
 * displayWidth counts texts of printable ASCII and CJK Unified Ideographs itself and measures the
 * rest with string-width; textEm sums such texts per character instead of per grapheme. Both must
 * give exactly what they gave before: string-width's columns, and the sum over graphemes in order.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const NARROW = new Set([...'iIjlft.,:;\'|!()[]{} ']);
const WIDE_LATIN = new Set([...'mwMW@%']);

/** textEm as it was: every text segmented, every grapheme measured by string-width. */
function referenceEm(text: string): number {
  let w = 0;
  for (const { segment: g } of segmenter.segment(text)) {
    const cols = stringWidth(g);
    w += cols === 0 ? 0 : cols >= 2 ? 1 : NARROW.has(g) ? 0.35 : WIDE_LATIN.has(g) ? 0.95 : /[A-Z]/u.test(g) ? 0.72 : 0.6;
  }
  return w;
}

/** Characters of every kind the fast path must either count exactly or leave to string-width. */
const PIECES = [
  'a', 'Z', ' ', '~', '0', '#', '*', 'mW', '语文', '城关第一小学', '一', '\u9fff', '\u9fa5', '\u4e00',
  '「', '」', '，', '；', '（', '）', '→', '·', '、', '。', '：', 'ａ', 'Ｚ', '１', '\uff61', '\uff9e', '\uffe5',
  'é', 'ü', 'ß', '×', '°', '\u00a0', '\u00ad', 'e\u0301', '\u4e00\u0301', 'a\u20dd', '\u0300',
  '😀', '👍🏽', '👨‍👩‍👧', '1\ufe0f\u20e3', '#\u20e3', '🇨🇳', '❤\ufe0f', '\u200d', '\u200b', '\ufeff',
  '\t', '\n', '\r\n', '\u001b[31m', '\u007f', '\u0085', '\ud800', '\udc00', '𠀀', '\u3400', '\ua000',
  '한', '\u1100\u1161', '\u3000', '\u303f', '\u302a', 'ｶﾞ', 'Ω', 'я', 'א', 'ก\u0e31', 'क्षि',
  '—', '…', '←', '↑', '↓', '↔', '−', '≤', '≥', '✓', '✗', '✔', '÷', '〔', '〕', '【', '】', '《', '》', '→\u0301', '（\u0301', '✓\ufe0f',
];

describe('displayWidth and textEm', () => {
  it('count every character it knows as string-width does, alone, repeated and between others', () => {
    let known = 0;
    for (let c = 0; c <= 0xffff; c++) {
      if (SIMPLE_COLUMNS[c] === 0) continue;
      known++;
      const ch = String.fromCharCode(c);
      expect(simpleWidth(ch), ch).toBe(stringWidth(ch));
      expect(displayWidth(ch), ch).toBe(stringWidth(ch));
      expect(simpleWidth(`a${ch}${ch} ${ch}Z语`), ch).toBe(stringWidth(`a${ch}${ch} ${ch}Z语`));
      expect(textEm(`a${ch}${ch} ${ch}Z语`), ch).toBe(referenceEm(`a${ch}${ch} ${ch}Z语`));
    }
    // ASCII, the ideographs and the punctuation of our own texts.
    expect(known).toBeGreaterThan(95 + 20992 + 100);
  });

  it('leave every other character of the Basic Multilingual Plane to string-width', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (SIMPLE_COLUMNS[c] !== 0) continue;
      expect(simpleWidth(`a${String.fromCharCode(c)}语`)).toBe(-1);
    }
  });

  it('give string-width’s columns and the grapheme sum on mixed texts (emoji, combining marks, fullwidth forms, Latin-1, controls)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
        // Twice: the second answer may come from what was remembered.
        expect(displayWidth(text)).toBe(stringWidth(text));
        expect(textEm(text)).toBe(referenceEm(text));
        expect(textEm(text)).toBe(referenceEm(text));
      }),
      { seed: 20261202, numRuns: 1000 },
    );
  });

  it('sum a plain text per character in the same order as per grapheme, to the last bit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'abcxyzMWil. ,;0123456789ABC()[]语数学城关第一小学骨干教师'), { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        expect(simpleWidth(text)).toBeGreaterThanOrEqual(0);
        expect(textEm(text)).toBe(referenceEm(text));
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
