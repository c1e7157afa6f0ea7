import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCell, parseCsv, sniffDelimiter } from '../../src/input/parse-csv.js';

describe('sniffDelimiter', () => {
  it('picks the most frequent of comma, tab and semicolon in the header line', () => {
    expect(sniffDelimiter('a,b,c')).toBe(',');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a;b;c')).toBe(';');
    expect(sniffDelimiter('a;b;c,d')).toBe(';');
  });

  it('ignores delimiters inside quotes', () => {
    expect(sniffDelimiter('"a,b,c";d;e')).toBe(';');
  });

  it('uses the full-width comma only when nothing else occurs', () => {
    expect(sniffDelimiter('工号，姓名，学科')).toBe('，');
    expect(sniffDelimiter('工号，姓名,学科')).toBe(',');
  });

  it('reads a one-column header with a comma', () => {
    expect(sniffDelimiter('工号')).toBe(',');
  });
});

describe('cleanCell', () => {
  it('trims, including full-width spaces', () => {
    expect(cleanCell('  a b \u3000')).toBe('a b');
  });

  it('strips the Excel ="…" text guard', () => {
    expect(cleanCell('="000123"')).toBe('000123');
    expect(cleanCell(' ="0012" ')).toBe('0012');
    expect(cleanCell('=SUM(A1)')).toBe('=SUM(A1)');
  });

  it('reads a cell quoted with a space beside its quotes (typed in Notepad: " 000062",  "000047"  ,) as what the quotes hold, as Excel reads the second', () => {
    const p = parseCsv('工号,操作,学校代码\n "000062",留任,\n"000047"  ,禁止, "341122027" \n', 'l.csv');
    expect(p.records.map((r) => r.cells)).toEqual([
      ['000062', '留任', ''],
      ['000047', '禁止', '341122027'],
    ]);
    expect(cleanCell('"000013" x')).toBe('"000013" x');
  });
});

describe('parseCsv', () => {
  it('numbers records as Excel rows (header = 1), counting blank lines', () => {
    const p = parseCsv('a,b\n1,2\n\n3,4\n', 'x.csv');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.headerRow).toBe(1);
    expect(p.records).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 4, cells: ['3', '4'] },
    ]);
    expect(p.issues).toEqual([]);
  });

  it('counts a quoted line break as one row, like Excel', () => {
    const p = parseCsv('a,b\n"x\ny",2\n3,4\n', 'x.csv');
    expect(p.records.map((r) => r.row)).toEqual([2, 3]);
    expect(p.records[0]?.cells).toEqual(['x\ny', '2']);
  });

  it('trims cells and strips ="…"', () => {
    const p = parseCsv(' id , name \n="007", 王芳 \n', 'x.csv');
    expect(p.header).toEqual(['id', 'name']);
    expect(p.records[0]?.cells).toEqual(['007', '王芳']);
  });

  it('skips rows of empty cells (Excel writes ,,,)', () => {
    const p = parseCsv('a,b\n,\n1,2\n , \n', 'x.csv');
    expect(p.records).toEqual([{ row: 3, cells: ['1', '2'] }]);
    expect(p.issues).toEqual([]);
  });

  it('reads tab-separated, semicolon-separated and full-width-comma files', () => {
    expect(parseCsv('a\tb\n1\t2\n', 'x').records[0]?.cells).toEqual(['1', '2']);
    expect(parseCsv('a;b\n1;2\n', 'x').records[0]?.cells).toEqual(['1', '2']);
    expect(parseCsv('工号，姓名\nT1，王芳\n', 'x').records[0]?.cells).toEqual(['T1', '王芳']);
  });

  it('treats a quote inside a cell as a character', () => {
    expect(parseCsv('a,b\n5"3,x\n', 'x').records[0]?.cells).toEqual(['5"3', 'x']);
  });

  it('reports a ragged row with both counts and leaves it out', () => {
    const p = parseCsv('a,b,c\n1,2,3\n1,2\n1,2,3,4\n', 't.csv');
    expect(p.records.map((r) => r.row)).toEqual([2]);
    expect(p.issues).toEqual([
      expect.objectContaining({ file: 't.csv', row: 3, en: expect.stringContaining('this row has 2 cells but the header has 3 columns') }),
      expect.objectContaining({ file: 't.csv', row: 4, zh: expect.stringContaining('此行有4个单元格，表头有3列') }),
    ]);
  });

  it('says once, at the header, that the header differs when every data row has the same other number of cells', () => {
    // A column name typed beside the rows (Notepad): one issue naming the header's last column, not one per row.
    const wide = parseCsv('a,b,备注2\n1,2\n3,4\n\n5,6\n', 't.csv');
    expect(wide.records).toEqual([]);
    expect(wide.issues).toEqual([expect.objectContaining({ file: 't.csv', row: 1, zh: expect.stringContaining('表头有3列，而全部3行数据都只有2个单元格'), en: expect.stringContaining("its last is '备注2'") })]);
    const narrow = parseCsv('a,b\n1,2,3\n4,5,6\n', 't.csv');
    expect(narrow.issues).toEqual([expect.objectContaining({ row: 1, en: expect.stringContaining('all 2 data rows have 3 cells: does the header lack 1 column name? Add it') })]);
    // One row alone, or rows of different widths, or some rows right: each row is its own issue, as before.
    expect(parseCsv('a,b,c\n1,2\n', 't.csv').issues.map((i) => i.row)).toEqual([2]);
    expect(parseCsv('a,b,c\n1,2\n1\n', 't.csv').issues.map((i) => i.row)).toEqual([2, 3]);
    expect(parseCsv('a,b,c\n1,2\n1,2,3\n1,2\n', 't.csv').issues.map((i) => i.row)).toEqual([2, 4]);
  });

  it('accepts extra empty cells after the last column, and ignores empty header cells at the end', () => {
    const p = parseCsv('a,b,,\n1,2,\n3,4\n', 'x');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.records.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(p.issues).toEqual([]);
  });

  it('reports an unclosed quote at the row where it opens, keeping the rows before', () => {
    const p = parseCsv('a,b\n1,2\n\n3,"4\n5,6\n7,8\n', 't.csv');
    expect(p.records.map((r) => r.row)).toEqual([2]);
    expect(p.issues).toEqual([expect.objectContaining({ file: 't.csv', row: 4, en: expect.stringContaining('quote opened on this row is never closed') })]);
  });

  it('reports an empty file, and a file of blank lines, as empty', () => {
    for (const text of ['', '\n\n', ' , \n']) {
      const p = parseCsv(text, 'e.csv');
      expect(p.records).toEqual([]);
      expect(p.issues).toEqual([{ file: 'e.csv', zh: '文件是空的', en: 'the file is empty' }]);
    }
  });

  it('accepts a header-only file: zero records, no issue', () => {
    const p = parseCsv('a,b\n', 'h.csv');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.records).toEqual([]);
    expect(p.issues).toEqual([]);
  });

  it('finds the header after leading blank lines and keeps Excel row numbers', () => {
    const p = parseCsv('\na,b\n1,2\n', 'x');
    expect(p.headerRow).toBe(2);
    expect(p.records).toEqual([{ row: 3, cells: ['1', '2'] }]);
  });

  it('never throws, whatever the text', () => {
    const chars = fc.constantFrom('a', '1', ',', ';', '\t', '"', '\n', ' ', '=', '王', '，');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (cs) => {
        const p = parseCsv(cs.join(''), 'f.csv');
        for (const r of p.records) expect(r.cells.length).toBe(p.header.length);
      }),
      { seed: 20240601, numRuns: 500 },
    );
  });
});
