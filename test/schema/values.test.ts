import { describe, expect, it } from 'vitest';
import {
  looksLikeIdCard,
  numberBetween,
  optional,
  orDefault,
  parseId,
  parseNumber,
  parsePreferences,
  parseShare,
  parseFullYears,
  parseText,
  parseWholeNumber,
  parseYear,
  parseYesNo,
  yesNoWith,
} from '../../src/schema/values.js';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'ERROR');

describe('parseFullYears', () => {
  it('reads years and a part of one as the full years, which is what 满N年 asks', () => {
    expect(['8', '8年', '4.5', '4.5年', '4年半', '4年6个月', '4年零6个月', '０'].map((t) => value(parseFullYears(t)))).toEqual([8, 8, 4, 4, 4, 4, 4, 0]);
    expect(['六年', '-1', '6个月', '', '4年13月x', '4年12个月'].map((t) => parseFullYears(t).ok)).toEqual([false, false, false, false, false, false]);
    expect(parseFullYears('六年')).toEqual({ ok: false, zh: '应为不小于0的年数（如 8、8年、4.5、4年6个月）, 实为「六年」', en: 'expected a number of years ≥ 0 (8, 4.5, 4年6个月), found "六年"' });
  });
});

describe('parseWholeNumber', () => {
  it('accepts whole numbers ≥ 0, full-width digits, 6.0 and 1,234', () => {
    expect(value(parseWholeNumber('12'))).toBe(12);
    expect(value(parseWholeNumber('０'))).toBe(0);
    expect(value(parseWholeNumber('１２'))).toBe(12);
    expect(value(parseWholeNumber('6.0'))).toBe(6);
    expect(value(parseWholeNumber('1,234'))).toBe(1234);
    expect(value(parseWholeNumber('007'))).toBe(7);
    // A count's unit as county sheets write it after the number.
    expect(['6年', '8 年', '1200人', '12个班', '3所'].map((t) => value(parseWholeNumber(t)))).toEqual([6, 8, 1200, 12, 3]);
  });

  it('rejects 六, -3, 3.5, empty and other text, saying what it expected and found', () => {
    expect(parseWholeNumber('六')).toEqual({ ok: false, zh: '应为不小于0的整数, 实为「六」', en: 'expected a whole number ≥ 0, found "六"' });
    expect(parseWholeNumber('-3')).toEqual({ ok: false, zh: '应为不小于0的整数, 实为「-3」', en: 'expected a whole number ≥ 0, found "-3"' });
    expect(parseWholeNumber('3.5').ok).toBe(false);
    expect(parseWholeNumber('')).toEqual({ ok: false, zh: '应为不小于0的整数, 实为空白', en: 'expected a whole number ≥ 0, found an empty cell' });
    expect(parseWholeNumber('3个月').ok).toBe(false);
    expect(parseWholeNumber('年').ok).toBe(false);
    expect(parseWholeNumber('12,34').ok).toBe(false);
  });
});

describe('parseNumber, numberBetween, parseShare, parseYear', () => {
  it('parses decimal numbers', () => {
    expect(value(parseNumber('3.5'))).toBe(3.5);
    expect(value(parseNumber('-0.25'))).toBe(-0.25);
    expect(value(parseNumber('１２.５'))).toBe(12.5);
    expect(parseNumber('abc')).toEqual({ ok: false, zh: '应为数字, 实为「abc」', en: 'expected a number, found "abc"' });
  });

  it('checks ranges', () => {
    expect(value(numberBetween(-90, 90)('31.2'))).toBe(31.2);
    expect(numberBetween(-90, 90)('120').ok).toBe(false);
  });

  it('reads shares as decimals or percentages in [0, 1]', () => {
    expect(value(parseShare('0.2'))).toBe(0.2);
    expect(value(parseShare('20%'))).toBe(0.2);
    expect(value(parseShare('２０％'))).toBe(0.2);
    expect(parseShare('1.5').ok).toBe(false);
    expect(parseShare('-1%').ok).toBe(false);
  });

  it('reads four-digit years', () => {
    expect(value(parseYear('1985'))).toBe(1985);
    expect(parseYear('85')).toEqual({ ok: false, zh: '应为四位年份（如 1980）, 实为「85」', en: 'expected a four-digit year like 1980, found "85"' });
  });
});

describe('parseYesNo', () => {
  it('accepts yes/no/y/n/true/false/1/0/是/否 in any case', () => {
    for (const t of ['yes', 'Y', 'y', 'TRUE', 'true', '1', '是', 'Yes']) expect(value(parseYesNo(t))).toBe(true);
    for (const t of ['no', 'N', 'n', 'False', '0', '否']) expect(value(parseYesNo(t))).toBe(false);
    expect(parseYesNo('maybe')).toEqual({ ok: false, zh: '应为是或否, 实为「maybe」', en: 'expected yes or no, found "maybe"' });
    expect(['✓', '✔', '对', '✗', '不是'].map((t) => value(parseYesNo(t)))).toEqual([true, true, true, false, false]);
  });

  it('a column may be filled with what it asks: 薄弱 / 非薄弱 in 薄弱学校', () => {
    const weak = yesNoWith(['薄弱', '薄弱学校'], ['非薄弱']);
    expect(['薄弱', '薄弱学校', '非薄弱', '是', '否'].map((t) => value(weak(t)))).toEqual([true, true, false, true, false]);
    expect(weak('一般').ok).toBe(false);
  });
});

describe('parseId', () => {
  it('keeps ids as text with leading zeros, trimmed and full-width folded', () => {
    expect(value(parseId('000123'))).toBe('000123');
    expect(value(parseId(' T01 '))).toBe('T01');
    expect(value(parseId('０１２'))).toBe('012');
  });

  it('rejects ids Excel turned into scientific notation', () => {
    for (const t of ['1.1E+05', '3e5', '1.23457E+11']) {
      const r = parseId(t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.en).toContain('looks like Excel turned the id into a number; format the column as text');
    }
    expect(parseId('1.1E+05')).toMatchObject({ zh: expect.stringContaining('「1.1E+05」像是被Excel转成了数字的编号') });
  });

  it('rejects an ID-card number Excel turned into a number without showing its first digits', () => {
    for (const t of ['1.10101E+17', '5.20102E+14', '6E+17']) {
      const r = parseId(t);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(`${r.zh} ${r.en}`).not.toMatch(/10101|20102|E\+/u);
      expect(r.zh).toContain('像是被Excel转成了数字的身份证号（15或18位）；请把该列设为文本格式，填写工号或学校代码');
      expect(r.en).toContain('looks like an ID-card number Excel turned into a number (15 or 18 digits); format the column as text and use the staff number or school code');
    }
    expect(parseId('1.10101E+17')).toMatchObject({ zh: expect.stringContaining('「***********」') });
  });

  it('rejects an empty id', () => {
    expect(parseId('')).toEqual({ ok: false, zh: '应为编号, 实为空白', en: 'expected an id, found an empty cell' });
  });

  it('rejects a resident ID number without echoing it', () => {
    const r = parseId('110101198503120025');
    expect(r).toEqual({ ok: false, zh: '像是身份证号，请填写工号或学校代码', en: 'looks like an ID-card number; use the staff number or school code' });
  });

  it('tells ID numbers by date and check digit', () => {
    expect(looksLikeIdCard('110101198503120025')).toBe(true);
    expect(looksLikeIdCard('110101198503120026')).toBe(false);
    expect(looksLikeIdCard('123456789012345678')).toBe(false);
  });
});

describe('parsePreferences', () => {
  it('splits on ; ； 、 , ， and keeps order', () => {
    expect(value(parsePreferences('003;001；002、004,005，006'))).toEqual(['003', '001', '002', '004', '005', '006']);
    expect(value(parsePreferences(' 003 ; ; 003 '))).toEqual(['003']);
  });

  it('fails on a mangled id in the list', () => {
    expect(parsePreferences('001;1.1E+05').ok).toBe(false);
  });
});

describe('optional, orDefault, parseText', () => {
  it('maps an empty cell to undefined or the default', () => {
    expect(optional(parseWholeNumber)('')).toEqual({ ok: true, value: undefined });
    expect(orDefault(parseWholeNumber, 0)(' ')).toEqual({ ok: true, value: 0 });
    expect(orDefault(parseWholeNumber, 0)('x').ok).toBe(false);
  });

  it('requires non-empty text', () => {
    expect(value(parseText(' 王芳 '))).toBe('王芳');
    expect(parseText('')).toEqual({ ok: false, zh: '应为非空内容, 实为空白', en: 'expected some text, found an empty cell' });
  });
});

describe('messages', () => {
  it('mask ID numbers and clip long values', () => {
    const r = parseWholeNumber('x110101198503120025');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.zh + r.en).not.toContain('110101198503120025');
    const long = parseWholeNumber('a'.repeat(100));
    if (!long.ok) expect(long.en.length).toBeLessThan(100);
  });
});
