/**
 * sweep -o 权衡表.xlsx and diff --csv 差异.xlsx wrote CSV text under a workbook's name, which Excel
 * and WPS refuse to open (the format does not match the extension). Such a name is refused before
 * any work, saying what the file is and how to name it; .csv (or no extension) is written as before.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sideOutputIssue } from '../../src/output/side-output.js';
import { formatIssues } from '../../src/schema/format-issue.js';

const rules = (option: string, extension: '.csv' | '.lp') => ({ option, extension, inputs: [], force: true, ours: () => true });

describe('a side output named as a workbook', () => {
  it('is refused, --force or not, naming the extension to use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'side-ext-'));
    const issue = await sideOutputIssue(join(dir, '权衡表.xlsx'), rules('sweep -o', '.csv'));
    expect(issue ? formatIssues([issue]) : []).toEqual([
      `sweep -o: ${join(dir, '权衡表.xlsx')} 以工作簿的扩展名 .xlsx 结尾, 但写出的是 CSV 文本: Excel、WPS 会因格式与扩展名不符而打不开; 请以 .csv 结尾（Excel、WPS 可直接打开） / ${join(dir, '权衡表.xlsx')} ends in a workbook's extension, .xlsx, but what is written is CSV text: Excel and WPS would refuse to open it (its format does not match its extension); end the name in .csv (Excel and WPS open it as it is)`,
    ]);
    for (const name of ['差异.XLS', 'a.et', 'b.xlsm', 'c.ods']) expect(await sideOutputIssue(join(dir, name), rules('diff --csv', '.csv')), name).not.toBeNull();
    expect((await sideOutputIssue(join(dir, 'model.xlsx'), rules('--export-model', '.lp')))?.en).toContain('end the name in .lp');
  });

  it('writes .csv and other names as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'side-ext-'));
    for (const name of ['权衡表.csv', 'sweep', 'x.txt']) expect(await sideOutputIssue(join(dir, name), rules('sweep -o', '.csv')), name).toBeNull();
  });
});
