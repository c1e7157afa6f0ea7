import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readObjectionsCsv } from '../../src/plan-folder/objections-file.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));
const YEAR = [{ key: 'plan.year', value: '2026', file: '--set' }];
const HEADER = ['工号', '异议内容', '处理结果', '操作', '学校代码', '处理说明'];

async function plan(inputs: string[], out: string, baseline?: string): Promise<void> {
  const r = await planInProcess(inputs, out, { sets: YEAR, ...(baseline !== undefined && { baseline }) });
  if (r.kind !== 'written') throw new Error(`${r.kind}: ${JSON.stringify(r)}`.slice(0, 2000));
}

describe('objections.csv of a plan made with two rounds’ objections files (异议.csv 异议2.csv)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-objection-file-'));
  let ids: string[] = [];
  beforeAll(async () => {
    await plan(DATA, join(dir, 'plan'));
    ids = readPlanCsv(join(dir, 'plan', 'assignments.csv')).rows.map((r) => r['工号'] ?? '');
  }, 120_000);

  it('names the file of each objection beside its row, both files having a row 2', async () => {
    const [a = '', b = ''] = ids;
    const first = join(dir, 'in', '异议.csv');
    const second = join(dir, 'in', '异议2.csv');
    writeCsvTable(first, HEADER, [[a, '路远', '驳回', '', '', '']]);
    writeCsvTable(second, HEADER, [[b, '家中有事', '驳回', '', '', '']]);
    await plan([...DATA, first, second], join(dir, 'plan3'), join(dir, 'plan'));
    const text = readFileSync(join(dir, 'plan3', 'objections.csv'), 'utf8');
    const header = text.replace(/^\uFEFF/u, '').split('\r\n')[0] ?? '';
    // The columns before stay as they were; the file is the last one.
    expect(header.endsWith(',相关异议,异议表行号,异议表')).toBe(true);
    const r = readObjectionsCsv(text);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const own = r.value.rows.filter((x) => x.kind === '异议').map((x) => [x.teacher_id, x.source_file, x.source_row]);
    expect(own).toEqual([[a, '异议.csv', '2'], [b, '异议2.csv', '2']].sort((x, y) => ((x[0] ?? '') < (y[0] ?? '') ? -1 : 1)));
    // A knock-on row comes from no objections file: its cells are blank.
    for (const x of r.value.rows.filter((y) => y.kind === '连带调整')) expect([x.source_file, x.source_row]).toEqual(['', '']);
  }, 120_000);
});
