import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSchools } from '../../src/plan-folder/schools-file.js';
import { writeIndicatorCounty } from '../helpers/indicator-county.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';

const SETS = [{ key: 'rules.backbone_share', value: '0', file: '--set' }];

async function planned(lang: 'zh' | 'en', withDegree = true): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'rotate-schools-ind-')), 'plan');
  const r = await planInProcess(writeIndicatorCounty(lang, withDegree), out, { sets: SETS });
  expect(r.kind).toBe('written');
  return out;
}

/** schools.csv's rows by school id, cells by English column name (the header row mapped by position). */
function schoolsByEnglish(dir: string, lang: 'zh' | 'en'): Map<string, Record<string, string>> {
  const { header, rows } = readPlanCsv(join(dir, 'schools.csv'));
  const en = lang === 'en' ? readPlanCsv(join(dir, 'schools.csv')).header : header;
  const out = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const cells = Object.fromEntries(header.map((h, i) => [en[i] ?? h, r[h] ?? '']));
    out.set(cells['school_id'] ?? cells['学校代码'] ?? '', cells);
  }
  return out;
}

describe('schools.csv: the 优质均衡 indicators per section (小学部, 初中部), before and after', () => {
  it('counts each indicator as the inspectors do, on a county checked by hand (test/helpers/indicator-county.ts)', async () => {
    const dir = await planned('en');
    const s = schoolsByEnglish(dir, 'en');
    const pick = (id: string, cols: string[]): string[] => cols.map((c) => s.get(id)?.[c] ?? 'missing');
    const primary = ['primary_students', 'primary_degree_per_100_before', 'primary_degree_per_100_after', 'primary_backbone_per_100_before', 'primary_backbone_per_100_after', 'primary_arts_pe_per_100_before', 'primary_arts_pe_per_100_after'];
    const junior = primary.map((c) => c.replace('primary', 'junior'));
    // U1 loses T02 (体育, 专科): the degree and PE/arts figures fall, the backbone one does not.
    expect(pick('U1', primary)).toEqual(['200', '1.5', '1', '1', '1', '1', '0.5']);
    expect(pick('U1', junior)).toEqual(['', '', '', '', '', '', '']);
    // R1 gains him: 专科 counts in a 小学.
    expect(pick('R1', primary)).toEqual(['100', '1', '2', '0', '0', '0', '1']);
    // N1's sections each on their own students; 专科 does not count in a 初中部.
    expect(pick('N1', primary)).toEqual(['200', '0.5', '0.5', '0.5', '0.5', '0', '0']);
    expect(pick('N1', junior)).toEqual(['100', '1', '1', '0', '0', '1', '1']);
    // A school without students is judged on nothing: blank, never 0.
    expect(pick('J1', junior)).toEqual(['0', '', '', '', '', '', '']);
    expect(pick('J1', primary)).toEqual(['', '', '', '', '', '', '']);
  });

  it('leaves the degree indicator blank when no teacher\'s 学历 is given, and fills the other two', async () => {
    const dir = await planned('en', false);
    const u1 = schoolsByEnglish(dir, 'en').get('U1') ?? {};
    expect([u1['primary_degree_per_100_before'], u1['primary_degree_per_100_after']]).toEqual(['', '']);
    expect([u1['primary_backbone_per_100_before'], u1['primary_arts_pe_per_100_after']]).toEqual(['1', '0.5']);
  });

  it('reads as a county reads it: Chinese words under Chinese headers (学段, 城乡类型, 薄弱学校), English under English', async () => {
    const zh = readPlanCsv(join(await planned('zh'), 'schools.csv'));
    expect(zh.header.slice(0, 6)).toEqual(['学校代码', '学校名称', '学段', '城乡类型', '薄弱学校', '在校学生数']);
    expect(zh.header).toContain('小学部调整前每百名学生县级以上骨干数');
    expect(zh.header).toContain('初中部调整后每百名学生高于规定学历教师数');
    const n1 = zh.rows.find((r) => r['学校代码'] === 'N1');
    expect([n1?.['学段'], n1?.['城乡类型'], n1?.['薄弱学校']]).toEqual(['九年一贯制', '乡村', '否']);
    expect(zh.rows.find((r) => r['学校代码'] === 'U1')?.['城乡类型']).toBe('城区');
    const en = schoolsByEnglish(await planned('en'), 'en').get('N1');
    expect([en?.['stage'], en?.['area'], en?.['weak']]).toEqual(['nine_year', 'rural', 'no']);
    // No English word is left in the Chinese file's words.
    expect(zh.rows.flatMap((r) => [r['学段'], r['城乡类型'], r['薄弱学校']]).join(' ')).not.toMatch(/[a-z]/u);
  });

  it('reads back through its schema, the words as their canonical values, blanks as blanks', async () => {
    const dir = await planned('zh');
    const r = readSchools(readFileSync(join(dir, 'schools.csv'), 'utf8'), 'schools.csv');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const n1 = r.value.rows.find((x) => x.school_id === 'N1');
    expect([n1?.stage, n1?.area, n1?.['junior_degree_per_100_before'], n1?.['primary_students']]).toEqual(['nine_year', 'rural', '1', '200']);
    expect(r.value.rows.find((x) => x.school_id === 'J1')?.['junior_backbone_per_100_after']).toBe('');
    expect(r.value.fields).toContain('primary_arts_pe_per_100_after');
    const bad = readFileSync(join(dir, 'schools.csv'), 'utf8').replace(/(\r\nN1,[^\r]*?,)200,0\.5,/u, '$1200,半,');
    expect(bad).not.toBe(readFileSync(join(dir, 'schools.csv'), 'utf8'));
    const refused = readSchools(bad, 'plan/schools.csv');
    expect(refused.ok ? '' : refused.issues.map((i) => `${i.file} ${i.row} ${i.column} ${i.zh}`).join('\n')).toMatch(/plan\/schools\.csv 3 小学部调整前每百名学生高于规定学历教师数 .*半/u);
  });

  it('plan.xlsx\'s schools sheet has the same columns and figures as schools.csv', async () => {
    const dir = await planned('zh');
    const book = XLSX.read(readFileSync(join(dir, 'plan.xlsx')));
    const sheet = book.Sheets['学校'];
    if (!sheet) throw new Error('no 学校 sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });
    const csv = readPlanCsv(join(dir, 'schools.csv'));
    expect(rows[0]).toEqual(csv.header);
    const n1 = rows.find((r) => r[0] === 'N1') ?? [];
    const col = (name: string): unknown => n1[csv.header.indexOf(name)];
    expect([col('学段'), col('城乡类型'), col('初中部学生数'), col('小学部调整前每百名学生县级以上骨干数'), col('初中部调整后每百名学生体音美教师数')]).toEqual(['九年一贯制', '乡村', 100, 0.5, 1]);
    expect(rows.find((r) => r[0] === 'J1')?.[csv.header.indexOf('初中部调整前每百名学生县级以上骨干数')]).toBe('');
  });

  it('plan.xlsx\'s 优质均衡 sheet holds summary.json\'s CVs: stage, indicator, threshold, before, after, schools, met', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const dir = await planned(lang);
      const book = XLSX.read(readFileSync(join(dir, 'plan.xlsx')));
      const name = lang === 'zh' ? '优质均衡' : 'quality_balance';
      expect(book.SheetNames).toContain(name);
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] as XLSX.WorkSheet, { header: 1, defval: '' });
      const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { indicators: { cv: { stage: string; indicator: string; threshold: number; before: number | null; after: number | null; schools: number }[] } };
      expect(rows).toHaveLength(1 + summary.indicators.cv.length);
      const stage = { primary: lang === 'zh' ? '小学' : 'primary', junior: lang === 'zh' ? '初中' : 'junior' };
      for (const e of summary.indicators.cv) {
        const row = rows.find((r) => r[0] === stage[e.stage as 'primary' | 'junior'] && String(r[1]).includes(lang === 'zh' ? { degree_per_100: '学历', backbone_per_100: '骨干', arts_pe_per_100: '体音美' }[e.indicator] ?? '?' : e.indicator));
        expect(row, `${e.stage} ${e.indicator}`).toBeDefined();
        const r3 = (v: number | null): number | string => (v === null ? '' : Math.round(v * 1000) / 1000);
        expect(row?.slice(2, 6)).toEqual([e.threshold, r3(e.before), r3(e.after), e.schools]);
        const met = e.after === null ? '' : e.after <= e.threshold ? (lang === 'zh' ? '✓ 达标' : '✓ met') : lang === 'zh' ? '✗ 未达标' : '✗ not met';
        if (e.after !== null) expect(String(row?.[6])).toBe(met);
        else expect(String(row?.[6])).toMatch(lang === 'zh' ? /未提供学历|学校不足两所|无计入的学校|全县无此类教师/u : /degree \(学历\) not given|fewer than two schools|no school \(section\) counted|none counted/u);
      }
      // By hand: the primary PE/arts CV over U1 (200: 2 → 1), R1 (100: 0 → 1), N1's 小学部 (200: 0): X̄ = 2 × 100 / 500 = 0.4 both times.
      const arts = summary.indicators.cv.find((e) => e.stage === 'primary' && e.indicator === 'arts_pe_per_100');
      expect(arts?.before).toBeCloseTo(Math.sqrt(0.4 * 0.6 ** 2 + 0.2 * 0.4 ** 2 + 0.4 * 0.4 ** 2) / 0.4, 6);
      expect(arts?.after).toBeCloseTo(Math.sqrt(0.4 * 0.1 ** 2 + 0.2 * 0.6 ** 2 + 0.4 * 0.4 ** 2) / 0.4, 6);
    }
  });
});
