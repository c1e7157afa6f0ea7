/**
 * A policy file commented as config files are: a line starting with `#` (a note, or a setting
 * switched off, `#weights.shortage,20`) was refused, as a row with too few cells or as an unknown
 * parameter "# …". It is now a comment and is skipped, in a CSV file and in a workbook's sheet
 * alike; a `#` inside a value or in the 说明 column is read as written.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { load, SCHOOLS, TEACHERS } from './load-county-helpers.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';

const county = (policy: string) => load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, '参数.csv': policy });

describe('comment lines in a policy file', () => {
  it('skips a line whose first cell starts with #, however many cells it has', async () => {
    const r = await county('参数,取值,说明\n# 2026年调整\n#weights.shortage,20\n＃ 全角井号也是注释,,\nweights.moves,2,调动代价 # 加大\n  # 缩进的注释\n# 注释里有逗号, 一, 二, 三\n');
    expect(r.ok ? '' : r.issues.map((i) => i.en).join('\n')).toBe('');
    if (!r.ok) return;
    expect(r.value.policy.map((p) => [p.key, p.value])).toEqual([['weights.moves', '2']]);
  });

  it('skips them in a workbook\'s policy sheet too', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['参数', '取值', '说明'], ['# 2026年调整'], ['#weights.shortage', '20'], ['weights.moves', '2', '# 加大']]);
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, '参数.xlsx': workbookBytes([{ name: '参数', sheet }], 'xlsx') });
    expect(r.ok ? '' : r.issues.map((i) => i.en).join('\n')).toBe('');
    expect(r.ok && r.value.policy.map((p) => [p.key, p.value])).toEqual([['weights.moves', '2']]);
  });

  it('keeps a # inside a value as written', async () => {
    const r = await county('key,value\npublish.objections_to,人事股 #3 窗口\n');
    expect(r.ok && r.value.policy.map((p) => p.value)).toEqual(['人事股 #3 窗口']);
  });

  it('still refuses a short row that is no comment', async () => {
    const r = await county('参数,取值,说明\nweights.moves\n');
    expect(r.ok ? '' : r.issues.map((i) => i.en).join('\n')).toContain('this row has 1 cell but the header has 3 columns');
  });

  it('does not skip rows of a teachers file that start with #', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': `${TEACHERS}# 备注\n` });
    expect(r.ok ? '' : r.issues.map((i) => i.en).join('\n')).toContain('this row has 1 cell');
  });
});

/** The policy file's rows resolved, as plan and validate resolve them. */
async function resolved(policy: string) {
  const c = await county(policy);
  if (!c.ok) throw new Error(c.issues.map((i) => i.en).join('\n'));
  return resolvePolicy(c.value.policy.map((e) => ({ key: e.key, value: e.value, file: e.source.file, row: e.source.row })), 2026, subjectKey);
}

describe('a remark after a value', () => {
  it('is refused as before, and the message says where a remark goes', async () => {
    const r = await resolved('key,value\nweights.moves,2 # fewer moves\nrules.two_way,否 ＃ 今年不搞\n');
    const en = r.ok ? [] : r.issues.map((i) => i.en);
    expect(en).toHaveLength(2);
    for (const e of en) expect(e).toContain('a remark after # goes on a line of its own (starting with #) or in the 说明 column');
    expect(r.ok ? '' : r.issues[0]?.zh).toContain('# 后的注释请另起一行（以 # 开头）或写在说明列');
  });

  it('is not suggested for a value that is wrong before the #', async () => {
    const r = await resolved('key,value\nweights.moves,two # fewer\n');
    expect(r.ok ? 'taken' : r.issues[0]?.en).toContain('expected a number');
    expect(r.ok ? '' : r.issues[0]?.en).not.toContain('remark');
  });
});
