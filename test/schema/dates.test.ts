import { describe, expect, it } from 'vitest';
import { excelSerialDate, parseDate } from '../../src/schema/dates.js';

const value = (text: string) => {
  const r = parseDate(text);
  return r.ok ? r.value : null;
};

describe('parseDate: every form of DOMAIN.md', () => {
  it('reads year and month', () => {
    for (const s of ['198001', '1980-01', '1980-1', '1980/01', '1980.01', '1980年1月', '1980 年 1 月', '１９８０年１月']) {
      expect(value(s), s).toEqual({ year: 1980, month: 1 });
    }
    expect(value('1980.2')).toEqual({ year: 1980, month: 2 });
    expect(value('1980.10')).toEqual({ year: 1980, month: 10 });
    expect(value('1980.1.15')).toEqual({ year: 1980, month: 1, day: 15 });
  });

  it('refuses 1980.1, which may be January or October (Excel stores 1980.10 typed in a cell as the number 1980.1), saying how to write either', () => {
    for (const s of ['1980.1', ' 1980.1 ', '１９８０.１']) {
      const r = parseDate(s);
      expect(r.ok, s).toBe(false);
      if (!r.ok) {
        expect(r.zh).toContain('可能是1980年1月, 也可能是1980年10月');
        expect(r.zh).toContain('请写作 198001 或 198010');
        expect(r.en).toContain('may be January 1980 or October 1980');
      }
    }
  });

  it('reads full dates, with or without a time of day', () => {
    for (const s of ['19800115', '1980-01-15', '1980-1-15', '1980/1/15', '1980.01.15', '1980年1月15日', '1980-01-15 00:00:00', '1980-01-15T00:00']) {
      expect(value(s), s).toEqual({ year: 1980, month: 1, day: 15 });
    }
  });

  it('reads a year alone', () => {
    expect(value('1980')).toEqual({ year: 1980 });
    expect(value('1980年')).toEqual({ year: 1980 });
  });

  it('reads Excel serial numbers (a workbook date cell given as a number)', () => {
    expect(value('29221')).toEqual({ year: 1980, month: 1, day: 1 });
    expect(value('29235.5')).toEqual({ year: 1980, month: 1, day: 15 });
    expect(excelSerialDate(45535)).toEqual({ year: 2024, month: 8, day: 31 });
    expect(excelSerialDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(excelSerialDate(10)).toBeNull();
  });

  it('refuses impossible dates and words, saying which forms it reads', () => {
    for (const s of ['198013', '1980-13', '1980-02-30', '1980年13月', '八〇年一月', 'yesterday', '1899-12', '2101-01', '80-01', '1980-01-01-01']) {
      const r = parseDate(s);
      expect(r.ok, s).toBe(false);
      if (!r.ok) {
        expect(r.zh).toContain('应为日期（如 198001、1980-01、1980-01-15、1980年1月、1980.01）');
        expect(r.en).toContain('expected a date');
      }
    }
    expect(value('1984-02-29')).toEqual({ year: 1984, month: 2, day: 29 });
    expect(value('1983-02-29')).toBeNull();
  });
});
