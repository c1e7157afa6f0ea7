import { describe, expect, it } from 'vitest';
import { decode, normaliseLineEnds } from '../../src/input/decode.js';
import { detectWorkbook } from '../../src/input/detect-workbook.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

/** UTF-16LE bytes of a string, with the BOM Excel writes for "Unicode text". */
function utf16le(s: string): Uint8Array {
  const out = [0xff, 0xfe];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(c & 0xff, c >> 8);
  }
  return new Uint8Array(out);
}

describe('decode', () => {
  it('reads plain UTF-8', () => {
    expect(decode(utf8('工号,姓名\nT1,王芳\n'))).toEqual({ text: '工号,姓名\nT1,王芳\n', encoding: 'utf-8' });
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decode(utf8('a,b\n1,2\n')).encoding).toBe('utf-8');
  });

  it('strips a UTF-8 BOM', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('学校代码\n')]));
    expect(d).toEqual({ text: '学校代码\n', encoding: 'utf-8-bom' });
  });

  it('reads GBK bytes as GB18030: 中文 is d6 d0 ce c4', () => {
    expect(decode(bytes(0xd6, 0xd0, 0xce, 0xc4))).toEqual({ text: '中文', encoding: 'gb18030' });
  });

  it('reads a GBK header row with CRLF', () => {
    // 工号 = b9 a4 ba c5, 姓名 = d0 d5 c3 fb
    const d = decode(bytes(0xb9, 0xa4, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a));
    expect(d).toEqual({ text: '工号,姓名\n', encoding: 'gb18030' });
  });

  it('reads UTF-16LE with BOM (Excel "Unicode text")', () => {
    expect(decode(utf16le('工号\t姓名\r\nT1\t王芳\r\n'))).toEqual({ text: '工号\t姓名\nT1\t王芳\n', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with BOM', () => {
    expect(decode(bytes(0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87))).toEqual({ text: '中文', encoding: 'utf-16be' });
  });

  it('normalises CRLF and lone CR', () => {
    expect(normaliseLineEnds('a\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(decode(utf8('a\rb\r\n')).text).toBe('a\nb\n');
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('detectWorkbook', () => {
  it('spots .xlsx and .xls, and nothing else', () => {
    expect(detectWorkbook(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe('xlsx');
    expect(detectWorkbook(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe('xls');
    expect(detectWorkbook(utf8('PK,x\n'))).toBeNull();
    expect(detectWorkbook(new Uint8Array())).toBeNull();
  });
});
