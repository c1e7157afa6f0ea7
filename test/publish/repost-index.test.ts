/**
 * The index of a re-posting on hand-made data. Its county line counted the changes since the
 * previous posting, but its table listed only each school's leaving and arriving, so neither the
 * clerk nor a school could tell whose notice board now shows a changed list. Now the index (page
 * and workbook sheet) has a column 与前次公示相比 per school: 新增 1 人、改派 1 人、不再列入 1 人, or
 * 无变化; a first posting's index has none.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import type { ListedSchool } from '../../src/publish/eligible-lists.js';
import { moveLists, type PublishedMove } from '../../src/publish/move-lists.js';
import type { Notice } from '../../src/publish/notice.js';
import type { PostingChange } from '../../src/publish/posting-change.js';
import { movesFiles } from '../../src/publish/publish-files.js';
import { repostLists } from '../../src/publish/repost-lists.js';
import { deflateRawSync } from 'node:zlib';

const A: ListedSchool = { id: '341122001', name: '城关小学' };
const B: ListedSchool = { id: '341122002', name: '乡村小学' };
const C: ListedSchool = { id: '341122003', name: '山区小学' };
const D: ListedSchool = { id: '341122004', name: '河口小学' };
const move = (id: string, from: ListedSchool, to: ListedSchool): PublishedMove => ({ id, name: `教师${id}`, subject: '语文', from, to, direction: '城镇→乡村', reason: '补缺员' });
const change = (id: string, kind: PostingChange['change'], from: ListedSchool, was?: ListedSchool, now?: ListedSchool): PostingChange => ({ id, name: `教师${id}`, subject: '语文', change: kind, from, ...(was && { was }), ...(now && { now }) });
const term = { start: { year: 2026, month: 9 }, end: { year: 2029, month: 8 } };
const deflate = (d: Uint8Array): Uint8Array => deflateRawSync(d);

const lists = moveLists([A, B, C, D], [move('t1', A, B), move('t2', A, C), move('t3', D, C)]);
const { schools, totals } = repostLists(lists, [change('t1', 'added', A, undefined, B), change('t2', 'changed', A, B, C), change('t4', 'removed', A, C)]);

/** The index page's rows (cell texts) and the workbook's index sheet, of a publication in `lang`. */
function index(lang: 'zh' | 'en', repost: boolean): { page: string[][]; sheet: string[][] } {
  const notice: Notice = { lang, county: '定远县', countyUnset: false, year: 2026, days: 5, objectionsTo: '', ...(repost && { round: 2 }) };
  const files = movesFiles(repost ? { schools, term, repost: totals } : { schools: lists, term }, 3, notice, deflate);
  const html = String(files.find((f) => f.name === 'index.html')?.content ?? '');
  const body = html.split('<tbody>')[1] ?? '';
  const page = [...body.matchAll(/<tr>(.*?)<\/tr>/gu)].map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gu)].map((c) => (c[1] ?? '').replace(/<[^>]+>/gu, '')));
  const book = XLSX.read(files.find((f) => f.name === 'moves.xlsx')?.content as Uint8Array, { type: 'buffer' });
  const ws = book.Sheets[book.SheetNames[0] ?? ''];
  const sheet = (XLSX.utils.sheet_to_json(ws!, { header: 1, defval: '' }) as unknown[][]).map((r) => r.map(String));
  return { page, sheet };
}

describe('the index of a re-posting', () => {
  it('says per school what changed on its lists since the previous posting, on the page and in the workbook', () => {
    const { page, sheet } = index('zh', true);
    expect(page.map((r) => [r[1], r[5]])).toEqual([
      ['341122001', '新增 1 人、改派 1 人、不再列入 1 人'],
      ['341122002', '新增 1 人、不再列入 1 人'],
      ['341122003', '改派 1 人、不再列入 1 人'],
      ['341122004', '无变化'],
    ]);
    const header = sheet.findIndex((r) => r[0] === '学校代码');
    expect(sheet[header]?.at(-1)).toBe('与前次公示相比');
    expect(sheet.slice(header + 1).map((r) => r.at(-1))).toEqual(page.map((r) => r[5]));
  });

  it('in English too', () => {
    expect(index('en', true).page.map((r) => r[5])).toEqual(['1 new, 1 changed, 1 no longer listed', '1 new, 1 no longer listed', '1 changed, 1 no longer listed', 'unchanged']);
  });

  it('a first posting\'s index has no such column', () => {
    const { page, sheet } = index('zh', false);
    expect(page.every((r) => r.length === 5)).toBe(true);
    expect(sheet.flat()).not.toContain('与前次公示相比');
  });
});
