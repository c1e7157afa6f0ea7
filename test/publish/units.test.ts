/**
 * The small pure parts of the publication, each alone: the publication period in working days,
 * the exchanges' term, worksheet names, the county's default name, line estimates and pages.
 */
import { describe, expect, it } from 'vitest';
import { exchangeTerm } from '../../src/domain/term.js';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { publicationPeriod, weekday } from '../../src/domain/working-days.js';
import { holdsIdCard } from '../../src/safe/id-card.js';
import type { ListDoc } from '../../src/publish/list-doc.js';
import { countyName, noticeOf, periodText } from '../../src/publish/notice.js';
import { contentHeight } from '../../src/publish/page-metrics.js';
import { paginate, rowHeight } from '../../src/publish/paginate.js';
import { cleanSheetName, uniqueSheetNames } from '../../src/publish/sheet-names.js';
import { textLines } from '../../src/publish/text-lines.js';
import { idNumber } from './helpers.js';

describe('publication period', () => {
  it('counts working days, skipping Saturdays and Sundays', () => {
    expect(weekday({ year: 2026, month: 6, day: 1 })).toBe(1);
    expect(weekday({ year: 2024, month: 2, day: 29 })).toBe(4);
    expect(publicationPeriod({ year: 2026, month: 6, day: 1 }, 5)).toEqual({ from: { year: 2026, month: 6, day: 1 }, to: { year: 2026, month: 6, day: 5 } });
    expect(publicationPeriod({ year: 2026, month: 6, day: 5 }, 3)).toEqual({ from: { year: 2026, month: 6, day: 5 }, to: { year: 2026, month: 6, day: 9 } });
    // A start on a Saturday begins on the Monday after; the period crosses a month end.
    expect(publicationPeriod({ year: 2026, month: 5, day: 30 }, 5)).toEqual({ from: { year: 2026, month: 6, day: 1 }, to: { year: 2026, month: 6, day: 5 } });
    expect(publicationPeriod({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ from: { year: 2026, month: 12, day: 30 }, to: { year: 2027, month: 1, day: 1 } });
  });

  it('is read from the policy, and left blank to fill in when no start date is set', () => {
    const set = (kv: Record<string, string>) => resolvePolicy(Object.entries(kv).map(([key, value]) => ({ key, value, file: '--set' })), 2026, subjectKey);
    const p = set({ 'publish.start': '2026-06-01', 'publish.working_days': '7', 'publish.county': '定远县' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const n = noticeOf(p.value.publish, 2026, ['341122001'], 'zh');
    expect(periodText(n)).toBe('公示期: 2026年6月1日至2026年6月9日（7个工作日）');
    expect(n.county).toBe('定远县');
    const blank = set({});
    if (blank.ok) expect(periodText(noticeOf(blank.value.publish, 2026, [], 'en'))).toBe('Publication period: ____-__-__ to ____-__-__ (5 working days)');
    expect(set({ 'publish.start': '2026-02-30' }).ok).toBe(false);
    expect(set({ 'publish.working_days': '0' }).ok).toBe(false);
    expect(set({ 'publish.county': '县'.repeat(201) }).ok).toBe(false);
  });
});

describe('the term of the exchanges', () => {
  it('starts the month after the cut-off date and ends in the term\'s last month', () => {
    expect(exchangeTerm({ year: 2026, month: 8, day: 31 }, 3)).toEqual({ start: { year: 2026, month: 9 }, end: { year: 2029, month: 8 } });
    expect(exchangeTerm({ year: 2026, month: 12, day: 31 }, 2)).toEqual({ start: { year: 2027, month: 1 }, end: { year: 2028, month: 12 } });
  });
});

describe('the county named on the pages', () => {
  it('is the parameter, else the administrative code every school id shares, else nothing', () => {
    expect(countyName('定远县教育体育局', ['341122001'], 'zh')).toBe('定远县教育体育局');
    expect(countyName('', ['3411220001', '3411220002'], 'zh')).toBe('行政区划代码 341122');
    expect(countyName('', ['3411220001', '3411230002'], 'zh')).toBe('');
    expect(countyName('', ['S1', 'S2'], 'en')).toBe('');
  });
});

describe('worksheet names', () => {
  it('are at most 31 characters, without []:*?/\\, unique regardless of case, never the index\'s', () => {
    const long = '一'.repeat(40);
    const names = uniqueSheetNames([
      { name: '城关第一小学', id: '1' },
      { name: '城关第一小学', id: '2' },
      { name: 'A/B:C*D?[E]\\F', id: '3' },
      { name: long, id: '4' },
      { name: `${long}二`, id: '5' },
      { name: '索引', id: '6' },
      { name: "'quoted'", id: '7' },
      { name: 'abc', id: '8' },
      { name: 'ABC', id: '9' },
      { name: '', id: '10' },
    ], ['索引']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.includes('索引')).toBe(false);
    for (const n of names) {
      expect(n.length, n).toBeLessThanOrEqual(31);
      expect(n.length, n).toBeGreaterThan(0);
      expect(n, n).not.toMatch(/[[\]:*?/\\]|^'|'$/u);
    }
    expect(names[0]).toBe('城关第一小学');
    expect(names[1]).toBe('城关第一小学~2');
    expect(cleanSheetName('A/B')).toBe('A_B');
  });
});

describe('line estimates and pages', () => {
  it('estimate on the wide side: a CJK text wraps by its width, a Latin word moves whole', () => {
    // 9.5 pt: a CJK character is 3.35 mm; 30 mm holds 8 of them (with the 8% margin), so 20 take 3 lines.
    expect(textLines('一'.repeat(8), 9.5, 30)).toBe(1);
    expect(textLines('一'.repeat(20), 9.5, 30)).toBe(3);
    expect(textLines('', 9.5, 30)).toBe(1);
    expect(textLines('aaaa bbbbb', 9.5, 15)).toBe(2);
    expect(textLines('aaaa', 9.5, 15)).toBe(1);
    expect(textLines('x'.repeat(100), 9.5, 20)).toBeGreaterThan(5);
  });

  it('cut a long list into pages, each within the content height, the rest marked continued', () => {
    const columns = [{ label: '工号', width: 30 }, { label: '理由', width: 156 }];
    const rows = Array.from({ length: 120 }, (_, i) => [String(i), i % 7 === 0 ? '很长的理由'.repeat(30) : '短']);
    const doc: ListDoc = { anchor: 'a', head: 'head', title: 'title', subtitle: 'sub', lines: ['line'], tables: [{ caption: 'cap', columns, rows, empty: '无' }, { caption: 'empty', columns, rows: [], empty: '无' }] };
    const pages = paginate(doc, 'portrait');
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.flatMap((p) => p.parts.filter((x) => x.table === doc.tables[0]).flatMap((x) => x.rows))).toEqual(rows);
    expect(pages.every((p) => p.count === pages.length)).toBe(true);
    expect(pages.slice(1).every((p) => p.parts[0]?.continued === true || p.parts[0]?.table === doc.tables[1])).toBe(true);
    for (const p of pages) {
      const h = p.parts.flatMap((x) => x.rows).reduce((s, r) => s + rowHeight(r, columns), 0);
      expect(h).toBeLessThan(contentHeight('portrait'));
    }
    // The empty table still has its part (its caption, header and "无").
    expect(pages.some((p) => p.parts.some((x) => x.table === doc.tables[1]))).toBe(true);
  });
});

describe('the test county\'s ID numbers', () => {
  it('are ID numbers as the masker knows them (so "none shown" means something)', () => {
    for (const n of [0, 3, 77, 400]) expect(holdsIdCard(`x ${idNumber(n)} y`), idNumber(n)).toBe(true);
  });
});
