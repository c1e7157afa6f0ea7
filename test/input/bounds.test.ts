import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupDigits, MAX_CELL_CHARS, showBytes } from '../../src/input/limits.js';
import { parseCsv } from '../../src/input/parse-csv.js';
import { readBytes } from '../../src/input/read-bytes.js';
import { detectKind } from '../../src/schema/detect-kind.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { limitIssues } from '../../src/schema/limit-issues.js';
import { maskIdCards, parseText } from '../../src/schema/values.js';

describe('limits of the input layer', () => {
  it('stops reading a file after maxRows data rows, keeping only the header', () => {
    const text = `a,b\n${Array.from({ length: 50 }, (_, i) => `${i},x`).join('\n')}\n`;
    const p = parseCsv(text, 'big.csv', 10);
    expect(p.truncated).toBe(true);
    expect(p.header).toEqual(['a', 'b']);
    expect(p.records).toEqual([]);
    expect(formatIssues(p.issues)).toEqual([
      'big.csv: 数据行超过10行的上限，未读取此文件（一个县的教师通常不超过几万人；是否选错了文件？） / more than 10 data rows, the most one file may have; the file was not read (a county rarely has more than a few tens of thousands of teachers: is it the right file?)',
    ]);
    expect(parseCsv(text, 'big.csv', 50).truncated).toBe(false);
  });

  it('refuses a cell longer than Excel allows, naming its column', () => {
    const p = parseCsv(`id,name\n1,${'x'.repeat(MAX_CELL_CHARS + 1)}\n2,ok\n`, 'long.csv');
    expect(p.records.map((r) => r.row)).toEqual([3]);
    expect(formatIssues(p.issues)).toEqual([
      'long.csv 第2行「name」: 单元格有32,768个字符，超过Excel单元格的上限32,767（是否有引号没有闭合？） / row 2 name: the cell has 32,768 characters, more than an Excel cell holds (32,767): is a quote left open?',
    ]);
  });

  it("reads Excel's sep= line as the delimiter, not as a row", () => {
    const p = parseCsv('sep=;\na;b\n1;2\n', 'x.csv');
    expect(p.delimiter).toBe(';');
    expect(p.header).toEqual(['a', 'b']);
    expect(p.records).toEqual([{ row: 2, cells: ['1', '2'] }]);
  });

  it('refuses a file over the byte limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-big-'));
    writeFileSync(join(dir, 'a.csv'), 'x'.repeat(2000));
    await expect(readBytes(join(dir, 'a.csv'), 1000)).rejects.toMatchObject({ code: 'EFBIG', size: 2000 });
    expect((await readBytes(join(dir, 'a.csv'), 2000)).bytes.length).toBe(2000);
  });

  it('formats counts and sizes the same everywhere', () => {
    expect(groupDigits(200000)).toBe('200,000');
    expect(groupDigits(999)).toBe('999');
    expect(showBytes(64 * 1024 * 1024)).toBe('64 MB');
    expect(showBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
  });

  it('lists at most max problems per file and counts the rest', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ file: 'a.csv', row: i + 2, zh: '坏', en: 'bad' }));
    const out = limitIssues([...issues, { file: 'b.csv', row: 2, zh: '坏', en: 'bad' }], 3);
    expect(formatIssues(out)).toEqual([
      'a.csv: 此文件共有5个问题，以下只列出前3个 / this file has 5 problems; the first 3 are listed',
      'a.csv 第2行: 坏 / row 2: bad',
      'a.csv 第3行: 坏 / row 3: bad',
      'a.csv 第4行: 坏 / row 4: bad',
      'b.csv 第2行: 坏 / row 2: bad',
    ]);
  });
});

describe('privacy in the input layer', () => {
  it('masks a resident ID number typed into a text cell, and nothing else', () => {
    expect(maskIdCards('孕期 110101199003071233 哺乳')).toBe('孕期 ****************** 哺乳');
    expect(maskIdCards('电话 13800138000, 编号 123456789012345678')).toBe('电话 13800138000, 编号 123456789012345678');
    expect(parseText('１１０１０１１９９００３０７１２３３')).toEqual({ ok: true, value: '******************' });
  });

  it('does not quote a data row taken for a header (a file without its header row)', () => {
    const r = detectKind(['T1', '王芳', 'S1', '语文', '7', '110101199003071233'], 'nohdr.csv');
    expect(r.ok).toBe(false);
    const line = r.ok ? '' : formatIssues([r.issue]).join('');
    expect(line).toContain('像是数据而不是表头');
    expect(line).not.toContain('王芳');
    expect(line).not.toContain('110101');
  });

  it('masks and clips unknown headers it quotes', () => {
    const r = detectKind(['姓名', '身份证 110101199003071233', 'x'.repeat(60)], 'odd.csv');
    const line = r.ok ? '' : formatIssues([r.issue]).join('');
    expect(line).toContain('「身份证 ******************」');
    expect(line).toContain(`「${'x'.repeat(40)}…」`);
  });
});
