import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsIdCard, idCardShaped, looksLikeIdCard, maskIdCards } from '../../src/safe/id-card.js';
import { escapeControls, safeLine, showPath } from '../../src/safe/show-path.js';
import { safe } from '../../src/schema/show-value.js';
import { parseId, parseText } from '../../src/schema/values.js';

const ID = '110101199003071233';
const fullwidth = (s: string): string => s.replace(/[0-9X]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('the one ID-card masker', () => {
  it('finds nothing in text shorter than an ID number, as its quick exit for short text assumes', () => {
    // Padded past the quick exit with a character that joins no run, so that the full search runs.
    const short = fc.array(fc.constantFrom('1', '9', '0', 'X', 'x', '１', 'Ｘ', ' ', '-', '.', '　'), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(fc.property(short, (s) => maskIdCards(`${s}${'。'.repeat(15)}`) === `${s}${'。'.repeat(15)}`));
  });

  it('masks ASCII and full-width numbers, 18 or 15 digits, with or without separators, X or x', () => {
    expect(maskIdCards(`孕期 ${ID} 哺乳`)).toBe('孕期 ****************** 哺乳');
    expect(maskIdCards(fullwidth(ID))).toBe('*'.repeat(18));
    expect(maskIdCards('11010119900307123x')).toBe('*'.repeat(18));
    expect(maskIdCards(fullwidth('11010119900307123X'))).toBe('*'.repeat(18));
    expect(maskIdCards('110101 19900307 1233')).toBe('****** ******** ****');
    expect(maskIdCards('1101-0119-9003-0712-33')).toBe('****-****-****-****-**');
    expect(maskIdCards('旧证 110101900307123')).toBe('旧证 ***************');
    expect(maskIdCards(`电话 13800138000 ${ID}`)).toBe('电话 13800138000 ******************');
  });

  it('masks an ID number split by tabs, no-break spaces or a few separators, and one Excel shows with thousands separators', () => {
    expect(maskIdCards('341122  19870516  0012')).toBe('******  ********  ****');
    expect(maskIdCards('341122\t19870516\t0012')).toBe('******\t********\t****');
    expect(maskIdCards('341122\u00A019870516\u202F0012')).toBe('******\u00A0********\u202F****');
    expect(maskIdCards('341122 - 19870516 - 0012')).toBe('****** - ******** - ****');
    expect(maskIdCards('免交流 341,122,198,705,160,000')).toBe(`免交流 ${'*'.repeat(23)}`);
    expect(maskIdCards('341,122,890,722,123')).toBe('*'.repeat(19));
    expect(showPath('教师341122\t19870516\t0012.csv')).toBe('教师******\\t********\\t****.csv');
    expect(safeLine('341122\t19870516\t0012')).toBe('******\\t********\\t****');
    for (const s of ['341122001  341122002', '1,234,567', '341,122,001', '12,345,678,901,234,567,890']) expect(maskIdCards(s)).toBe(s);
  });

  it('masks an ID number Excel turned into a number (6.20502E+17, 5.20102E+14): its first digits would show', () => {
    expect(maskIdCards('免交流: 6.20502E+17')).toBe('免交流: ***********');
    expect(maskIdCards('5.20102E+14')).toBe('***********');
    expect(maskIdCards('旧证 5.20102e14 新证 6E+17')).toBe('旧证 ********** 新证 *****');
    expect(maskIdCards(fullwidth('6.20502E+17'))).toBe('*'.repeat(11));
    expect(safe('6.20502E+17')).toBe('*'.repeat(11));
    expect(safeLine('第2行「工号」: 「1.10101E+17」')).toBe('第2行「工号」: 「***********」');
  });

  it('keeps numbers in scientific form of other lengths, and what only looks like one', () => {
    for (const s of ['1.23457E+11', '5.32627E+16', '1E+18', '0.5E+17', '341122001E+17', 'v1.2E+170']) expect(maskIdCards(s)).toBe(s);
  });

  it('keeps numbers that are not ID numbers: phone numbers, school codes, implausible dates, longer runs', () => {
    for (const s of ['电话 13800138000', '编号 123456789012345678', '341122003 341122004', '学校 3411220030']) expect(maskIdCards(s)).toBe(s);
  });

  it('masks an ID number glued to other digits, letters or a name, where its province, birth date or check digit says it is one', () => {
    // At the edge of a longer run (an ID number with a suffix or prefix): a province and a birth date that exists suffice, as for one alone.
    expect(maskIdCards('110101199003074512001')).toBe(`${'*'.repeat(18)}001`);
    expect(maskIdCards('0110101199003074512')).toBe(`0${'*'.repeat(18)}`);
    expect(maskIdCards('工号 11010119900307451X01')).toBe(`工号 ${'*'.repeat(18)}01`);
    expect(maskIdCards('110101199003074512X')).toBe(`${'*'.repeat(18)}X`);
    expect(maskIdCards(fullwidth('1101011990030745120')).normalize('NFKC')).toBe(`${'*'.repeat(18)}0`);
    expect(maskIdCards('341122001 1101011990030745120')).toBe(`341122001 ${'*'.repeat(18)}0`);
    for (const s of ['T110101199003074512', '张三110101199003074512', 'G110101201001011234']) expect(maskIdCards(s)).toBe(`${s.replace(/\d{17}[\dX]$/u, '*'.repeat(18))}`);
    // In the middle of a longer run only with its check digit (GB 11643) besides.
    expect(maskIdCards('99110101199003071233999')).toBe(`99${'*'.repeat(18)}999`);
    expect(maskIdCards('99110101199003071234999')).toBe('99110101199003071234999');
  });

  it('leaves no digit of a valid ID number glued between any digits', () => {
    const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const withCheck = (body: string): string => body + '10X98765432'[W.reduce((a, w, i) => a + w * Number(body[i]), 0) % 11];
    const digits = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { maxLength: max }).map((d) => d.join(''));
    const id = fc
      .tuple(fc.constantFrom('11', '34', '52', '65'), fc.integer({ min: 0, max: 9999 }), fc.date({ min: new Date('1940-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }))
      .map(([p, a, d, n]) => withCheck(`${p}${String(a).padStart(4, '0')}${d.toISOString().slice(0, 10).replace(/-/gu, '')}${String(n).padStart(3, '0')}`));
    fc.assert(
      fc.property(digits(12), id, digits(12), (before, n, after) => {
        const out = maskIdCards(`工号${before}${n}${after}号`);
        return out.includes('*'.repeat(18)) && !out.includes(n.slice(6, 14));
      }),
    );
  });

  it('keeps long numbers that hold no ID number: bank cards, glued school codes, a run whose birth date does not exist', () => {
    for (const s of [
      '6222021234567890123',
      '341122001341122002341122003',
      '110101199002304512001', // 30 February
      '990101199003074512001', // 99 is no province
      '1101011890030745120', // born 1890
      '1101019003071230001', // a 15-digit number glued to others: too short to tell from chance
      '统一社会信用代码 12341122MB1234567X',
    ])
      expect(maskIdCards(s)).toBe(s);
  });

  it('is the masker of cell values, of messages and of ids', () => {
    expect(parseText(`李强${fullwidth(ID)}`)).toEqual({ ok: true, value: `李强${'*'.repeat(18)}` });
    expect(safe(fullwidth(ID))).toBe('*'.repeat(18));
    expect(safe('110101 19900307 1233')).toBe('****** ******** ****');
    expect(parseId('110101 19900307 1233').ok).toBe(false);
    expect(parseId(fullwidth(ID)).ok).toBe(false);
    expect(parseId('110101199003074512001').ok).toBe(false);
    expect(parseText('张三110101199003074512')).toEqual({ ok: true, value: `张三${'*'.repeat(18)}` });
    expect(holdsIdCard('T0001')).toBe(false);
  });

  it('tells an ID-shaped number from a valid one (check digit)', () => {
    expect(idCardShaped('110101198503120026')).toBe(true);
    expect(looksLikeIdCard('110101198503120026')).toBe(false);
    expect(looksLikeIdCard(fullwidth('110101198503120025'))).toBe(true);
  });
});

describe('names as shown', () => {
  it('escapes controls so that a name stays on one line, and masks ID numbers in it', () => {
    expect(escapeControls('a\nb\rc\td\u001b[31m\u202e')).toBe('a\\nb\\rc\\td\\u{1b}[31m\\u{202e}');
    expect(showPath(`/data/教师${ID}.csv`)).toBe(`/data/教师${'*'.repeat(18)}.csv`);
    expect(safeLine('\u001b[32m✓\u001b[0m a\nb')).toBe('\u001b[32m✓\u001b[0m a\\nb');
  });
});
