import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { workbookBytes } from '../helpers/workbooks.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));
const HEADER = '姓名,异议内容,处理结果,操作,学校代码\n';

/** The sample with an objections file of these rows, refused: its lines. */
async function refused(rows: string, files: readonly string[] = DATA): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-idless-'));
  const path = join(dir, '异议.csv');
  writeFileSync(path, HEADER + rows);
  const r = await loadCounty([...files, path]);
  if (r.ok) throw new Error('expected the objections file to be refused');
  return formatIssues(r.issues).filter((l) => l.startsWith('异议.csv'));
}

describe('an objections file typed from paper forms, with 姓名 and no 工号 column', () => {
  it('is still refused, and told per row the 工号 its name is: one teacher with the school, several each, none said so', async () => {
    const lines = await refused('王志,路远,同意,留任,\n王凤,家有老人,驳回,,\n查无此人,路远,驳回,,\n');
    expect(lines).toEqual([
      '异议.csv: 看起来是异议表（识别出 5 列）, 但缺少必需列「工号」；找到的列: 「姓名」「异议内容」「处理结果」「操作」「学校代码」; 请加「工号」列（姓名不能代替工号）, 各行姓名对应的本县教师: 第2行 「王志」: 000001（城关第一小学）；第3行 「王凤」: 000008（城关第一小学）、000414（刘集镇中心小学）（同名 2 位, 请核对）；第4行 「查无此人」: 本县教师中没有此姓名 / looks like an objections file (5 columns recognised) but lacks the required column "工号" (teacher_id); headers found: "姓名", "异议内容", "处理结果", "操作", "学校代码"; add the teacher_id column (a name is no id); the teachers of the county each row\'s name is: row 2 "王志": 000001 (城关第一小学); row 3 "王凤": 000008 (城关第一小学), 000414 (刘集镇中心小学) (2 of that name: check); row 4 "查无此人": no teacher of the county has this name',
    ]);
  });

  it('lists the first 20 rows and counts the rest as 等', async () => {
    const lines = await refused('王志,路远,驳回,,\n'.repeat(23));
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(line).toContain('第21行 「王志」: 000001（城关第一小学） 等（另有 3 行）');
    expect(line).not.toContain('第22行');
    expect(line).toContain('; and 3 more rows');
  });

  it('says nothing of 工号 when no teachers file was read', async () => {
    const lines = await refused('王志,路远,同意,留任,\n', DATA.filter((f) => !f.endsWith('教师.csv')));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('000001');
    expect(lines[0]).toMatch(/^异议\.csv: 看起来是异议表.*缺少必需列「工号」；找到的列: 「姓名」「异议内容」「处理结果」「操作」「学校代码」 \//u);
  });
});

describe('an objections workbook typed from paper forms, with 姓名 and no 工号 column', () => {
  it('is told per row the 工号 its name is, as a CSV file is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-idless-'));
    const path = join(dir, '异议.xlsx');
    const sheet = XLSX.utils.aoa_to_sheet([['姓名', '异议内容', '处理结果', '操作', '学校代码'], ['王志', '路远', '同意', '留任', ''], ['查无此人', '路远', '驳回', '', '']]);
    writeFileSync(path, workbookBytes([{ name: 'Sheet1', sheet }], 'xlsx'));
    const r = await loadCounty([...DATA, path]);
    if (r.ok) throw new Error('expected the objections workbook to be refused');
    const lines = formatIssues(r.issues).filter((l) => l.startsWith('异议.xlsx'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('; 请加「工号」列（姓名不能代替工号）, 各行姓名对应的本县教师: 第2行 「王志」: 000001（城关第一小学）；第3行 「查无此人」: 本县教师中没有此姓名 /');
  });
});
