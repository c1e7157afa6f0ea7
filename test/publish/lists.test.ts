/**
 * The published lists equal the plan's own statuses and moves, school by school, on the sample
 * county and a generated one (English headers, long reasons, an ID-card column): the workbook is
 * read back by the library, every school has its sheet and its page, ids are text cells, no
 * ID-card number appears anywhere, and the same inputs give the same bytes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { exemptCategory } from '../../src/domain/exempt-category.js';
import { holdsIdCard } from '../../src/safe/id-card.js';
import { readPlanCsv } from '../helpers/plan-run.js';
import { generatedCounty, headerIndex, inputsOf, planCounty, publish, readBook, records, sampleCounty, tempDir } from './helpers.js';

interface County {
  label: string;
  lang: 'zh' | 'en';
  dir: string;
  plan: string;
}

const counties: County[] = [];

beforeAll(async () => {
  const sample = sampleCounty();
  counties.push({ label: 'sample county', lang: 'zh', dir: sample, plan: await planCounty(sample) });
  const gen = await generatedCounty('en', 900, 24, 5);
  counties.push({ label: 'generated county (English headers)', lang: 'en', dir: gen, plan: await planCounty(gen) });
}, 240_000);

/** The plan's teachers.csv and assignments.csv, by English column name. */
function planTables(plan: string): { teachers: Record<string, string>[]; moves: Record<string, string>[]; schools: Record<string, string>[] } {
  const en = (rows: Record<string, string>[], names: Record<string, string>): Record<string, string>[] => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [names[k] ?? k, v])));
  const zh: Record<string, string> = { 工号: 'teacher_id', 姓名: 'name', 学校代码: 'school_id', 任教学科: 'subject', 状态: 'status', 理由: 'reason', 原学校代码: 'from_school_id', 交流学校代码: 'to_school_id', 学校名称: 'name', 交流方向: 'direction' };
  return {
    teachers: en(readPlanCsv(join(plan, 'teachers.csv')).rows, zh),
    moves: en(readPlanCsv(join(plan, 'assignments.csv')).rows, zh),
    schools: en(readPlanCsv(join(plan, 'schools.csv')).rows, zh),
  };
}

/** Every text of every file in a folder (workbook cells included). */
function folderTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    if (f.endsWith('.xlsx')) return [...readBook(join(dir, f)).sheets.values()].flat(2);
    return f.endsWith('.html') ? [readFileSync(join(dir, f), 'utf8')] : [];
  });
}

describe.each([0, 1])('published lists of county %i', (k) => {
  const c = (): County => counties[k] as County;

  it('before planning: every school has a sheet and a page; its eligible and deferred lists are the plan\'s statuses and reasons', async () => {
    const { dir, plan, lang } = c();
    const out = join(tempDir('rotate-publish-out-'), 'eligible');
    const r = await publish(inputsOf(dir), out);
    expect(r.kind).toBe('written');
    const { teachers, schools } = planTables(plan);
    const book = readBook(join(out, 'eligible.xlsx'));
    expect(book.names.length).toBe(schools.length + 1);
    const index = records(book.sheets.get(book.names[0] ?? '') ?? []);
    expect(index.map((r) => r[lang === 'zh' ? '学校代码' : 'school_id'])).toEqual(schools.map((s) => s['school_id']));
    const eligibleWord = lang === 'zh' ? '符合交流条件教师名册' : 'teachers eligible to rotate';
    // A principal due to rotate is on the eligible list too (符合交流条件的教师校长名册); the plan lists him for the county's decision.
    const onPrincipalsList = (s: string): boolean => s === '列入校长交流名单' || s === "on the principals' list";
    const statusOf = (s: string): string => (s === '交流' || s === '留任' || s === 'moved' || s === 'stays' || onPrincipalsList(s) ? 'eligible' : s === '免交流' || s === 'exempt' || s === '退休' || s === 'retires' ? 'deferred' : 'no');
    let listed = 0;
    let retiring = 0;
    index.forEach((row, i) => {
      const id = row[lang === 'zh' ? '学校代码' : 'school_id'] ?? '';
      const sheet = book.names[i + 1] ?? '';
      expect(row[lang === 'zh' ? '工作表' : 'sheet']).toBe(sheet);
      const rows = records(book.sheets.get(sheet) ?? []);
      const got = rows.map((x) => `${x[lang === 'zh' ? '名册' : 'list'] === eligibleWord ? 'eligible' : 'deferred'} ${x[lang === 'zh' ? '工号' : 'teacher_id']} ${x[lang === 'zh' ? '理由' : 'reason']}`);
      const mine = teachers.filter((t) => t['school_id'] === id && statusOf(t['status'] ?? '') !== 'no');
      // teachers.csv gives a mover the move's reason; for one who stays it begins with the eligibility reason, for an exempt one it is it.
      const want = [...mine.filter((t) => statusOf(t['status'] ?? '') === 'eligible'), ...mine.filter((t) => statusOf(t['status'] ?? '') === 'deferred')];
      expect(got.map((g) => g.split(' ').slice(0, 2).join(' ')), id).toEqual(want.map((t) => `${statusOf(t['status'] ?? '')} ${t['teacher_id']}`));
      rows.forEach((x, j) => {
        const t = want[j] ?? {};
        const reason = x[lang === 'zh' ? '理由' : 'reason'] ?? '\u0000';
        // Near retirement the list gives no statutory date or age (a month of birth could be read from them); teachers.csv does.
        const nearRetirement = /^(法定退休日期|statutory retirement) /u.test(t['reason'] ?? '');
        // An exemption reason is posted as its category (publish.exempt_reason, default 类别): 免交流: 重病 → 免交流: 身体健康原因.
        const written = /^(?:免交流: |exempt: )(.+)$/u.exec(t['reason'] ?? '')?.[1];
        if ((t['status'] === '免交流' || t['status'] === 'exempt') && !nearRetirement) expect(reason, t['teacher_id']).toBe(written === undefined ? t['reason'] : lang === 'zh' ? `免交流: ${exemptCategory(written).zh}` : `exempt: ${exemptCategory(written).en}`);
        if (nearRetirement) {
          expect(reason, t['teacher_id']).toMatch(/^(距法定退休不足\d+年|截止日 .+ 已到法定退休年龄|fewer than \d+ years before statutory retirement|statutory retirement age reached by the cut-off date .+)$/u);
          retiring++;
        }
        if (t['status'] === '留任' || t['status'] === 'stays' || onPrincipalsList(t['status'] ?? '')) expect(t['reason']?.startsWith(`${reason}; `), t['teacher_id']).toBe(true);
      });
      expect(readFileSync(join(out, `school-${id}.html`), 'utf8')).toContain(row[lang === 'zh' ? '学校名称' : 'school'] ?? '\u0000');
      listed += rows.length;
    });
    expect(listed).toBe(teachers.filter((t) => statusOf(t['status'] ?? '') !== 'no').length);
    expect(retiring).toBeGreaterThan(0);
    expect(listed).toBeGreaterThan(50);
    // Ids are text cells: zeros kept.
    const first = book.types.get(book.names[1] ?? '');
    const top = headerIndex(book.sheets.get(book.names[1] ?? '') ?? []);
    expect(first?.slice(top + 1).every((r) => r[2] === 's')).toBe(true);
  }, 120_000);

  it('after planning: every school\'s leaving and arriving lists are the plan\'s moves, with direction, term and reason', async () => {
    const { plan, lang } = c();
    const out = join(tempDir('rotate-publish-out-'), 'moves');
    const r = await publish([plan], out, { 'publish.start': '2026-06-05' });
    expect(r.kind).toBe('written');
    const { moves, schools } = planTables(plan);
    const book = readBook(join(out, 'moves.xlsx'));
    expect(book.names.length).toBe(schools.length + 1);
    const col = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
    const index = records(book.sheets.get(book.names[0] ?? '') ?? []);
    expect(index.map((r) => r[col('学校代码', 'school_id')])).toEqual(schools.map((s) => s['school_id']));
    let leaving = 0;
    index.forEach((row, i) => {
      const id = row[col('学校代码', 'school_id')] ?? '';
      const rows = records(book.sheets.get(book.names[i + 1] ?? '') ?? []);
      const out_ = rows.filter((x) => x[col('类别', 'list')] === col('调出', 'leaving'));
      const in_ = rows.filter((x) => x[col('类别', 'list')] === col('调入', 'arriving'));
      const key = (x: Record<string, string>): string => [x[col('工号', 'teacher_id')] ?? x['teacher_id'], x[col('原学校代码', 'from_school_id')] ?? x['from_school_id'], x[col('交流学校代码', 'to_school_id')] ?? x['to_school_id'], x[col('交流方向', 'direction')] ?? x['direction'], x[col('理由', 'reason')] ?? x['reason']].join('|');
      expect(out_.map(key), id).toEqual(moves.filter((m) => m['from_school_id'] === id).map(key));
      expect(in_.map(key), id).toEqual(moves.filter((m) => m['to_school_id'] === id).map(key));
      for (const x of rows) expect([x[col('开始年月', 'start')], x[col('结束年月', 'end')]]).toEqual(['2026-09', '2029-08']);
      // Each sheet stands under its printed page's heading: the title, the school, the period, where objections go, the term; the header row under it.
      const cells = book.sheets.get(book.names[i + 1] ?? '') ?? [];
      expect(cells[0]?.[0]).toContain(col('教师交流轮岗拟交流人员名单公示', 'teacher rotation: proposed exchanges'));
      expect(cells[1]?.[0]).toBe(col(`${row['学校名称']}（学校代码 ${id}）`, `${row['school']} (school id ${id})`));
      expect(cells[2]?.[0]).toBe(col('公示期: 2026年6月5日至2026年6月11日（5个工作日）', 'Publication period: 2026-06-05 to 2026-06-11 (5 working days)'));
      expect(headerIndex(cells)).toBe(5);
      expect(cells[5]?.[0]).toBe(col('类别', 'list'));
      expect(Number(row[col('调出（人）', 'leaving')])).toBe(out_.length);
      expect(Number(row[col('调入（人）', 'arriving')])).toBe(in_.length);
      leaving += out_.length;
    });
    expect(leaving).toBe(moves.length);
    // Printed from Excel, every page repeats the header row (under the heading), not the title.
    const names = XLSX.read(readFileSync(join(out, 'moves.xlsx')), { type: 'buffer' }).Workbook?.Names ?? [];
    expect(names.find((x) => x.Name === '_xlnm.Print_Titles' && x.Sheet === 1)?.Ref).toMatch(/!\$6:\$6$/u);
    expect(names.find((x) => x.Name === '_xlnm.Print_Titles' && x.Sheet === 0)?.Ref).toMatch(/!\$7:\$7$/u);
    expect(moves.length).toBeGreaterThan(5);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain(lang === 'zh' ? '2026年6月5日至2026年6月11日（5个工作日）' : '2026-06-05 to 2026-06-11 (5 working days)');
  }, 120_000);

  it('never shows an ID-card number, and gives the same bytes for the same inputs', async () => {
    const { dir, plan } = c();
    for (const args of [inputsOf(dir), [plan]]) {
      const base = tempDir('rotate-publish-twice-');
      const [a, b] = [join(base, 'a'), join(base, 'b')];
      expect((await publish(args, a)).kind).toBe('written');
      expect((await publish(args, b)).kind).toBe('written');
      const files = readdirSync(a).sort();
      expect(readdirSync(b).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
      const leaked = folderTexts(a).filter((t) => holdsIdCard(t));
      expect(leaked.map((t) => t.slice(0, 80))).toEqual([]);
    }
  }, 120_000);
});
