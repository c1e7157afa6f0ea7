/** The ASCII writer behind a worksheet's XML: the bytes of the text, numbers as String() writes them, growing as it fills, and never a wide character. */
import { describe, expect, it } from 'vitest';
import { AsciiBytes } from '../../src/output/xlsx/ascii-bytes.js';

describe('AsciiBytes', () => {
  it('writes text, whole numbers and bytes in order, growing past its first size', () => {
    const out = new AsciiBytes(16);
    const expected: string[] = [];
    for (const n of [0, 7, 10, 99, 100, 12_345, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      out.text('<v>');
      out.digits(n);
      out.bytes(new TextEncoder().encode('</v>'));
      expected.push(`<v>${String(n)}</v>`);
    }
    expect(new TextDecoder().decode(out.done())).toBe(expected.join(''));
    expect(out.length).toBe(expected.join('').length);
  });

  it('puts a head written last before the text without moving it, or copies when the head is longer than the room kept', () => {
    for (const [front, head] of [
      [8, '<head>'],
      [6, '<head>'],
      [3, '<head>'],
      [0, ''],
    ] as const) {
      const out = new AsciiBytes(4, front);
      out.text('<row>');
      out.digits(42);
      out.reserve(100);
      out.text('</row>');
      expect(out.length).toBe('<row>42</row>'.length);
      expect(new TextDecoder().decode(out.framed(head, '</tail>'))).toBe(`${head}<row>42</row></tail>`);
    }
  });

  it('refuses a character beyond ASCII', () => {
    expect(() => new AsciiBytes().text('学校')).toThrow(/not ASCII/u);
  });
});
