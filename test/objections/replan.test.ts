import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readObjectionsCsv } from '../../src/plan-folder/objections-file.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));
const YEAR = [{ key: 'plan.year', value: '2026', file: '--set' }];
const HEADER = ['工号', '异议内容', '处理结果', '操作', '学校代码', '处理说明'];

/** teacher → destination of a plan folder's assignments.csv. */
function movesOf(dir: string): Map<string, string> {
  return new Map(readPlanCsv(join(dir, 'assignments.csv')).rows.map((r) => [r['工号'] ?? '', r['交流学校代码'] ?? '']));
}

function objectionsOf(dir: string) {
  const r = readObjectionsCsv(readFileSync(join(dir, 'objections.csv'), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.rows;
}

async function plan(inputs: string[], out: string, baseline?: string): Promise<void> {
  const r = await planInProcess(inputs, out, { sets: YEAR, ...(baseline !== undefined && { baseline }) });
  if (r.kind !== 'written') throw new Error(`${r.kind}: ${JSON.stringify(r)}`.slice(0, 2000));
}

describe('objections on the sample county: re-plan with the previous plan as baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-objections-'));
  const first = join(dir, 'plan');
  let before = new Map<string, string>();
  // Three objectors from the first plan: one upheld to stay, one upheld never to go where the plan sent him or her, one rejected.
  let stay = '';
  let forbid = '';
  let forbidden = '';
  let rejected = '';
  beforeAll(async () => {
    await plan(DATA, first);
    before = movesOf(first);
    const ids = [...before.keys()];
    [stay = '', forbid = '', rejected = ''] = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
    forbidden = before.get(forbid) ?? '';
  }, 120_000);

  it('changes only the upheld objectors and what the report traces to them; rejected ones stay as they were', async () => {
    const file = join(dir, 'in', '异议.csv');
    writeCsvTable(file, HEADER, [
      [stay, '家中老人需照顾', '同意', '留任', '', '情况属实'],
      [forbid, '路途太远', '同意', '禁止', forbidden, ''],
      [rejected, '不愿交流', '驳回', '', '', '不符合免交流条件'],
    ]);
    const out = join(dir, 'plan2');
    await plan([...DATA, file], out, first);
    const after = movesOf(out);
    expect(after.has(stay)).toBe(false);
    expect(after.get(forbid)).not.toBe(forbidden);
    expect(after.get(rejected)).toBe(before.get(rejected));

    const rows = objectionsOf(out);
    const own = rows.filter((r) => r.kind === '异议');
    expect(own.map((r) => [r.teacher_id, r.decision, r.before_to_school_id, r.after_to_school_id])).toEqual(
      [
        [stay, '同意', before.get(stay), ''],
        [forbid, '同意', forbidden, after.get(forbid) ?? ''],
        [rejected, '驳回', before.get(rejected), before.get(rejected)],
      ].sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1)),
    );
    expect(own.find((r) => r.teacher_id === rejected)?.change).toBe('不变');
    // Every teacher whose destination changed is an upheld objector or a knock-on row traced to one of them.
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id)).sort();
    const knock = rows.filter((r) => r.kind === '连带调整');
    expect([...knock.map((r) => r.teacher_id), stay, forbid].sort()).toEqual(changed);
    for (const r of knock) {
      expect(r.linked_objections.split(';').every((id) => id === stay || id === forbid), r.teacher_id).toBe(true);
      expect(r.linked_objections, r.teacher_id).not.toBe('');
      expect(r.before_to_school_id).toBe(before.get(r.teacher_id) ?? '');
      expect(r.after_to_school_id).toBe(after.get(r.teacher_id) ?? '');
    }
    // The same report is a sheet of plan.xlsx.
    const wb = XLSX.read(readFileSync(join(out, 'plan.xlsx')), { type: 'buffer' });
    const sheet = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['异议处理'] as XLSX.WorkSheet, { header: 1 });
    expect(sheet.length).toBe(rows.length + 1);
    // And a section of report.html, one row per row of objections.csv.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="objections">');
    expect(html.match(/<tr data-teacher="[^"]*" data-kind="objection"/gu)?.length).toBe(3);
    expect(html.match(/data-kind="knock_on"/gu)?.length ?? 0).toBe(knock.length);
  }, 120_000);

  it('rejected objections change nothing and are listed as 驳回', async () => {
    const file = join(dir, 'in2', 'objections.csv');
    writeCsvTable(file, HEADER, [
      [stay, '不愿交流', '驳回', '', '', ''],
      [rejected, '不愿交流', '驳回', '', '', ''],
    ]);
    const out = join(dir, 'plan3');
    await plan([...DATA, file], out, first);
    expect(movesOf(out)).toEqual(before);
    const rows = objectionsOf(out);
    expect(rows.map((r) => [r.kind, r.decision, r.change])).toEqual([
      ['异议', '驳回', '不变'],
      ['异议', '驳回', '不变'],
    ]);
  }, 120_000);

  it('without --baseline, the upheld objections are still applied and reported against the plan without them', async () => {
    const file = join(dir, 'in3', 'objections.csv');
    writeCsvTable(file, HEADER, [[stay, '家中老人需照顾', '同意', '留任', '', '']]);
    const out = join(dir, 'plan4');
    const r = await planInProcess([...DATA, file], out, { sets: YEAR });
    if (r.kind !== 'written') throw new Error(r.kind);
    expect(r.report.objections?.reference).toBe('unlocked');
    expect(movesOf(out).has(stay)).toBe(false);
    const own = objectionsOf(out).find((x) => x.kind === '异议');
    // "Before" is the plan the county gets without the lock (ties may fall otherwise than in the first plan).
    expect([own?.teacher_id, own?.after_to_school_id, own?.decision]).toEqual([stay, '', '同意']);
    expect(own?.change).toBe(own?.before_to_school_id === '' ? '不变' : '取消交流');
    expect(objectionsOf(out).filter((x) => x.kind === '连带调整').every((x) => x.linked_objections === stay)).toBe(true);
  }, 120_000);
});
