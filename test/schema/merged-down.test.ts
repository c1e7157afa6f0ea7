/**
 * Cells merged down a column in a sheet's data rows (a school's id merged down its block of
 * teachers) read on every row of the range, as the sheet shows them, with one warning per sheet;
 * a note merged across columns, and the header's own merges, are left as they are.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { County } from '../../src/domain/types.js';
import type { CsvRecord } from '../../src/input/parse-csv.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { fillMergedDown } from '../../src/schema/merged-down.js';
import { templateSheet, workbookBytes } from '../helpers/workbooks.js';
import { load, problems, SCHOOLS } from './load-county-helpers.js';

const HEADER = ['工号', '姓名', '学校代码', '任教学科', '本校任教年限'];

/** Teachers of schools 001 (rows 2–4) and 002 (rows 5–6), each school's id in its block's top row only. */
const ROWS = [
  ['T1', '王芳', '001', '数学', '8'],
  ['T2', '李强', '', '音乐', '7'],
  ['T3', '赵六', '', '数学', '6'],
  ['T4', '张敏', '002', '语文', '3'],
  ['T5', '刘洋', '', '语文', '9'],
];

/** The teachers sheet with 学校代码 merged down each school's block (C2:C4, C5:C6), and `extra` merges. */
function teachersSheet(extra: XLSX.Range[] = [], rows: readonly (readonly string[])[] = ROWS): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet([HEADER, ...rows.map((r) => [...r])]);
  sheet['!merges'] = [{ s: { r: 1, c: 2 }, e: { r: 3, c: 2 } }, { s: { r: 4, c: 2 }, e: { r: 5, c: 2 } }, ...extra];
  return sheet;
}

const bytesOf = (sheet: XLSX.WorkSheet, bookType: 'xlsx' | 'biff8'): Uint8Array => workbookBytes([{ name: '教师', sheet }], bookType);

const schoolsOf = (c: County): string[][] => c.teachers.map((t) => [t.id, t.schoolId]);

describe('a school id merged down its block of teachers', () => {
  for (const [ext, bookType] of [['xlsx', 'xlsx'], ['xls', 'biff8']] as const) {
    it(`reads on every row of the block, with one warning naming the sheet, column, ranges and rows (.${ext})`, async () => {
      const r = await load({ 'schools.csv': SCHOOLS, [`教师.${ext}`]: bytesOf(teachersSheet(), bookType) });
      if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
      expect(schoolsOf(r.value)).toEqual([
        ['T1', '001'],
        ['T2', '001'],
        ['T3', '001'],
        ['T4', '002'],
        ['T5', '002'],
      ]);
      expect(formatIssues(r.value.warnings ?? [])).toEqual([
        `教师.${ext}[教师]: 注意: 有向下合并的单元格，合并区域内各行已按区域顶端单元格的值读取（与表格中所见一致）：「学校代码」列2处，填入3行 / ` +
          `note: cells are merged down a column; each row of a merged range was read with the value of its top cell, as the sheet shows it: column school_id, 2 ranges, 3 rows filled`,
      ]);
    });
  }

  it('names each merged column once, in the sheet’s one warning', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, '教师.xlsx': bytesOf(teachersSheet([{ s: { r: 1, c: 3 }, e: { r: 3, c: 3 } }], ROWS.map((row, i) => (i === 2 ? [...row.slice(0, 3), '', row[4] ?? ''] : row))), 'xlsx') });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.find((t) => t.id === 'T3')?.subject).toBe('数学');
    expect(r.value.warnings).toHaveLength(1);
    expect(r.value.warnings?.[0]?.zh).toMatch(/「学校代码」列2处，填入3行；「任教学科」列1处，填入2行$/u);
    expect(r.value.warnings?.[0]?.en).toMatch(/column school_id, 2 ranges, 3 rows filled; column subject, 1 range, 2 rows filled$/u);
  });

  it('leaves a note merged across columns as it is: its row is read as written', async () => {
    // A note row merged across the table (A7:E7): its text is no value of each column.
    const sheet = teachersSheet([{ s: { r: 6, c: 0 }, e: { r: 6, c: 4 } }], [...ROWS, ['以下为借调人员', '', '', '', '']]);
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.xlsx': bytesOf(sheet, 'xlsx') });
    expect(lines.find((l) => l.includes('第7行「学校代码」'))).toMatch(/实为空白/u);
  });

  it('without merges, the empty cells are still empty ids (as a CSV file’s would be)', async () => {
    const sheet = teachersSheet();
    delete sheet['!merges'];
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.xlsx': bytesOf(sheet, 'xlsx') });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^教师\.xlsx\[教师\] 第3行「学校代码」: 应为编号, 实为空白/u);
  });

  it('leaves a two-row header’s own merges to the header, and fills the data rows under it', async () => {
    const schoolHeader = ['学校代码', '学校名称', '学段', '城乡类型', '在校学生数'];
    const teachers = templateSheet('XX县教师信息表', HEADER, ROWS);
    // The template's rows: title, note, group row, column names (rows 1–4); the teachers from row 5.
    teachers['!merges'] = [...(teachers['!merges'] ?? []), { s: { r: 4, c: 2 }, e: { r: 6, c: 2 } }, { s: { r: 7, c: 2 }, e: { r: 8, c: 2 } }];
    const schools = XLSX.utils.aoa_to_sheet([schoolHeader, ['001', '城关一小', '小学', '城区', '1200'], ['002', '河口小学', '小学', '镇区', '600']]);
    const r = await load({ '花名册.xlsx': workbookBytes([{ name: '学校', sheet: schools }, { name: '教师', sheet: teachers }], 'xlsx') });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(schoolsOf(r.value).map(([, s]) => s)).toEqual(['001', '001', '001', '002', '002']);
    expect(r.value.warnings?.map((w) => [w.file, /「学校代码」列2处，填入3行$/u.test(w.zh)])).toEqual([['花名册.xlsx[教师]', true]]);
  });
});

describe('fillMergedDown', () => {
  const rows = [['h1', 'h2', 'h3'], ['a', 'x', 'n'], ['', 'y', ''], ['', '', ''], ['b', 'z', '']];
  const records = (): CsvRecord[] => [1, 2, 4].map((i) => ({ row: i + 1, cells: [...(rows[i] ?? [])] }));

  it('fills only ranges one column wide, at or below the first data row, within the header', () => {
    const recs = records();
    const merges = [
      { r0: 1, c0: 0, r1: 4, c1: 0 }, // down column A through a blank row (row 4 is no record)
      { r0: 1, c0: 2, r1: 2, c1: 3 }, // a block two columns wide: not filled
      { r0: 0, c0: 1, r1: 2, c1: 1 }, // from the header row: the header's own
      { r0: 1, c0: 5, r1: 4, c1: 5 }, // past the header's width
    ];
    const warning = fillMergedDown(recs, rows, merges, 1, ['工号', '姓名', '学校代码'], 'b.xlsx[S]');
    expect(recs.map((r) => r.cells)).toEqual([
      ['a', 'x', 'n'],
      ['a', 'y', ''],
      ['a', 'z', ''],
    ]);
    expect(warning?.en).toMatch(/column teacher_id, 1 range, 2 rows filled$/u);
  });

  it('gives no warning when nothing is filled (no merges, or a range whose top cell is empty)', () => {
    expect(fillMergedDown(records(), rows, [], 1, ['a', 'b', 'c'], 'f')).toBeNull();
    expect(fillMergedDown(records(), rows, [{ r0: 3, c0: 2, r1: 4, c1: 2 }], 1, ['a', 'b', 'c'], 'f')).toBeNull();
  });

  it('fills the rows read of a range declared down to the last row of a sheet', () => {
    const recs = records();
    fillMergedDown(recs, rows, [{ r0: 1, c0: 1, r1: 1_048_575, c1: 1 }], 1, ['a', 'b', 'c'], 'f');
    expect(recs.map((r) => r.cells[1])).toEqual(['x', 'x', 'x']);
  });
});
