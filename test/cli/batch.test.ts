import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';
import { readCsvTable, templateSheet, workbookBytes } from '../helpers/workbooks.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('rotate plan over several county folders', () => {
  it('plans each folder as its own county, in parallel, each exactly as a single run would', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-'));
    for (const seed of [1, 2, 3]) await runGenerate(join(root, 'in', `county${seed}`), { teachers: 300, schools: 15, seed, lang: 'zh', encoding: 'utf8' });
    const batch = spawnSync(process.execPath, [BIN, 'plan', join(root, 'in', 'county1'), join(root, 'in', 'county2'), join(root, 'in', 'county3'), '-o', join(root, 'plans'), '--jobs', '2', '--set', 'weights.moves=2'], { encoding: 'utf8' });
    expect(batch.status).toBe(0);
    expect(batch.stdout).toMatch(/3 of 3 counties planned/);
    const single = spawnSync(process.execPath, [BIN, 'plan', ...['posts.csv', 'schools.csv', 'teachers.csv'].map((f) => join(root, 'in', 'county2', f)), '-o', join(root, 'single'), '-q', '--set', 'weights.moves=2'], { encoding: 'utf8' });
    expect(single.status).toBe(0);
    for (const f of ['assignments.csv', 'schools.csv', 'summary.json']) {
      expect(readFileSync(join(root, 'plans', 'county2', f)).equals(readFileSync(join(root, 'single', f))), f).toBe(true);
    }
    // A county planned with warnings says so in the batch's lines: last year's plan left in its folder is read as locks, not silently.
    writeFileSync(join(root, 'in', 'county3', '上次方案.csv'), readFileSync(join(root, 'plans', 'county3', 'assignments.csv')));
    const again = spawnSync(process.execPath, [BIN, 'plan', join(root, 'in', 'county1'), join(root, 'in', 'county3'), '-o', join(root, 'plans2')], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    const lines = again.stderr.split('\n');
    const at = lines.findIndex((l) => l.includes('✓ county3'));
    expect(lines[at + 1]).toMatch(/^ {6}提示 \d+ 条/u);
    expect(again.stderr).toContain('上次方案.csv: 方案的交流名单, 未用 --baseline');
    expect(lines[lines.findIndex((l) => l.includes('✓ county1')) + 1] ?? '').not.toContain('提示');
    // One folder: one county, said so (it read "planning 1 counties", "1 of 1 counties planned").
    const one = spawnSync(process.execPath, [BIN, 'plan', join(root, 'in', 'county1'), '-o', join(root, 'plans3')], { encoding: 'utf8' });
    expect(one.status, one.stderr).toBe(0);
    expect(one.stderr).toContain('planning 1 county, ');
    expect(one.stdout).toMatch(/1 of 1 county planned/u);
  });

  it('plans a county folder of workbooks, as a run on its files would, past the owner file of an open workbook; a folder without county files is named', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-xlsx-'));
    const csv = join(root, 'csv');
    await runGenerate(csv, { teachers: 300, schools: 15, seed: 6, lang: 'zh', encoding: 'utf8' });
    // The national system's workbooks: one per table, each with its title, note and two-row header.
    const books = join(root, 'books');
    mkdirSync(books);
    for (const f of readdirSync(csv).filter((x) => x.endsWith('.csv'))) {
      const { header, rows } = readCsvTable(join(csv, f));
      writeFileSync(join(books, f.replace(/\.csv$/u, '.xlsx')), workbookBytes([{ name: 'Sheet1', sheet: templateSheet(f, header, rows) }], 'xlsx'));
    }
    // Excel keeps `~$teachers.xlsx` beside teachers.xlsx while it is open: no data, and no input.
    writeFileSync(join(books, '~$teachers.xlsx'), Buffer.concat([Buffer.from([6]), Buffer.from('zhangs'), Buffer.alloc(47), Buffer.from('\u0006zhangsan', 'utf16le'), Buffer.alloc(40)]));
    const empty = join(root, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, '说明.docx'), 'not a county file');
    const batch = spawnSync(process.execPath, [BIN, 'plan', books, empty, '-o', join(root, 'plans')], { encoding: 'utf8' });
    expect(batch.status).toBe(2);
    expect(batch.stderr).toMatch(/✓ books/);
    expect(batch.stderr).toContain('✗ (2) empty');
    expect(batch.stderr).toContain('the folder holds no CSV file or workbook');
    const single = spawnSync(process.execPath, [BIN, 'plan', ...readdirSync(csv).filter((x) => x.endsWith('.csv')).map((f) => join(csv, f)), '-o', join(root, 'single'), '-q'], { encoding: 'utf8' });
    expect(single.status, single.stderr).toBe(0);
    expect(readFileSync(join(root, 'plans', 'books', 'assignments.csv'), 'utf8')).toBe(readFileSync(join(root, 'single', 'assignments.csv'), 'utf8'));
    // Given by hand (a `*.xlsx` catches it), the owner file is told and left out.
    const glob = spawnSync(process.execPath, [BIN, 'validate', ...readdirSync(books).filter((x) => x.endsWith('.xlsx')).map((f) => join(books, f))], { encoding: 'utf8' });
    expect(glob.status, glob.stderr).toBe(0);
    expect(glob.stderr).toContain('~$teachers.xlsx: 已忽略: 这是 Excel 或 WPS 打开工作簿时在旁边留下的临时文件');
    // validate takes county folders as plan does: the folder's own files, the owner file not among them.
    const folder = spawnSync(process.execPath, [BIN, 'validate', books], { encoding: 'utf8' });
    expect(folder.status, folder.stderr).toBe(0);
    expect(folder.stdout).toBe(glob.stdout);
    expect(folder.stderr).toBe('');
    // sweep takes one county folder too.
    const sweep = spawnSync(process.execPath, [BIN, 'sweep', books, '--set', 'weights.moves=1,2'], { encoding: 'utf8' });
    expect(sweep.status, sweep.stderr).toBe(0);
    expect(sweep.stdout).toMatch(/weights\.moves +status/u);
    const both = spawnSync(process.execPath, [BIN, 'validate', books, empty], { encoding: 'utf8' });
    expect(both.status).toBe(2);
    expect(both.stdout).toContain(`== ${books} ==\n${glob.stdout}`);
    expect(both.stderr).toContain('the folder holds no CSV file or workbook');
  }, 60_000);

  it('reports a county that fails and exits with its code, planning the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-bad-'));
    await runGenerate(join(root, 'good'), { teachers: 300, schools: 15, seed: 4, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(root, 'bad'), { teachers: 300, schools: 15, seed: 5, lang: 'zh', encoding: 'utf8' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'bad', 'teachers.csv'), '工号,姓名\n1,张三\n');
    const r = spawnSync(process.execPath, [BIN, 'plan', join(root, 'good'), join(root, 'bad'), '--jobs', '2'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/✓ good/);
    expect(r.stderr).toMatch(/✗ \(2\) bad/);
    expect(readFileSync(join(root, 'good', 'plan', 'summary.json'), 'utf8')).toContain('"rules"');
  });
});
