import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/input/mojibake.js';

/** Text as a program that read its UTF-8 (or GBK) bytes as Windows-1252 shows it, with LibreOffice's U+F1xx for the undefined bytes. */
function garble(text: string, encoding: 'utf-8' | 'gbk' = 'utf-8'): string {
  const cp1252 = '€\uF181‚ƒ„…†‡ˆ‰Š‹Œ\uF18DŽ\uF18F\uF190‘’“”•–—˜™š›œ\uF19DžŸ';
  const bytes = encoding === 'utf-8' ? new TextEncoder().encode(text) : gbk(text);
  return [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? cp1252[b - 0x80] : String.fromCharCode(b))).join('');
}

/** GBK bytes of a few characters, from their code points in GBK (enough for the test). */
function gbk(text: string): Uint8Array {
  const table: Record<string, number[]> = { 学: [0xd1, 0xa7], 校: [0xd0, 0xa3], 代: [0xb4, 0xfa], 码: [0xc2, 0xeb] };
  return new Uint8Array([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
}

describe('Chinese text read in the wrong encoding', () => {
  it('is restored from UTF-8 read as Windows-1252, by Excel or LibreOffice', () => {
    for (const text of ['学校代码', '\uFEFF工号', '341122013、341122021', '城镇→乡村', '职称（初级）']) {
      expect(repairMojibake(garble(text)), text).toBe(text.replace(/^\uFEFF/u, ''));
    }
  });

  it('is restored from GBK read as Windows-1252', () => {
    expect(repairMojibake(garble('学校代码', 'gbk'))).toBe('学校代码');
  });

  it('leaves real text alone: Chinese, ASCII, Latin letters', () => {
    for (const text of ['学校代码', 'teacher_id', 'Müller', 'José Ñúñez', '½ × ¾', '']) expect(repairMojibake(text), text).toBeNull();
  });
});
