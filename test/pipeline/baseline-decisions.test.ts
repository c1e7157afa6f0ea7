/**
 * The 公示 cycle's third round: a baseline plan made with an objections file (or a locks file) that
 * this run is not given. Its upheld decisions are locks no more, and a warning names the file; the
 * same file given again (under any name), or an updated version of the same name, is not named.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { droppedDecisionFiles } from '../../src/plan/baseline-decisions.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));
const YEAR = [{ key: 'plan.year', value: '2026', file: '--set' }];
const HEADER = ['工号', '姓名', '异议内容', '处理结果', '操作', '学校代码'];

/** The warnings of a plan run that name a decision file of the baseline not given again, as `file: zh`. */
async function dropped(inputs: string[], out: string, baseline: string): Promise<string[]> {
  const r = await planInProcess(inputs, out, { sets: YEAR, baseline });
  if (r.kind !== 'written') throw new Error(`${r.kind}: ${JSON.stringify(r)}`.slice(0, 2000));
  return r.report.warnings.filter((w) => w.zh.includes('的输入中有此')).map((w) => `${w.file}: ${w.zh.slice(0, w.zh.indexOf(','))}`);
}

describe('a baseline made with decision files this run is not given', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-baseline-decisions-'));
  const [plan, plan2] = [join(dir, 'plan'), join(dir, 'plan2')];
  const first = join(dir, 'in', '异议.csv');
  const second = join(dir, 'in', '异议2.csv');
  let rows: string[][] = [];
  let later: string[][] = [];
  beforeAll(async () => {
    const r1 = await planInProcess(DATA, plan, { sets: YEAR });
    if (r1.kind !== 'written') throw new Error(r1.kind);
    // Round 2: one mover upheld to stay, another's objection rejected.
    const [mover, other] = readPlanCsv(join(plan, 'assignments.csv')).rows;
    rows = [
      [mover?.['工号'] ?? '', mover?.['姓名'] ?? '', '家中老人需照顾', '同意', '留任', ''],
      [other?.['工号'] ?? '', other?.['姓名'] ?? '', '路途较远', '驳回', '', ''],
    ];
    writeCsvTable(first, HEADER, rows);
    expect(await dropped([...DATA, first], plan2, plan)).toEqual([]);
    // Round 3 (after the second 公示): a new objection, decided.
    later = [[other?.['工号'] ?? '', other?.['姓名'] ?? '', '再次申请', '驳回', '', '']];
    writeCsvTable(second, HEADER, later);
  }, 120_000);

  it('names the first objections file when round 3 gives only the second', async () => {
    expect(await dropped([...DATA, second], join(dir, 'plan3'), plan2)).toEqual([`异议.csv: 基准方案 ${plan2} 的输入中有此异议表`]);
  }, 60_000);

  it('is quiet when the same file is given again, renamed, or updated under its name', async () => {
    expect(await dropped([...DATA, first, second], join(dir, 'plan3a'), plan2)).toEqual([]);
    const renamed = join(dir, 'in', '第一轮异议.csv');
    copyFileSync(first, renamed);
    expect(await dropped([...DATA, renamed, second], join(dir, 'plan3b'), plan2)).toEqual([]);
    const updated = join(dir, 'updated', '异议.csv');
    writeCsvTable(updated, HEADER, [...rows, ...later]);
    expect(await dropped([...DATA, updated], join(dir, 'plan3c'), plan2)).toEqual([]);
  }, 120_000);
});

describe('droppedDecisionFiles', () => {
  const recorded = [
    { kind: 'teachers', file: '教师.csv', sha256: 't' },
    { kind: 'locks', file: 'locks.csv', sha256: 'l' },
    { kind: 'objections', file: '异议.csv', sha256: 'o' },
  ];
  it('names the locks and objections files given neither by content nor by name', () => {
    expect(droppedDecisionFiles(recorded, []).map((f) => f.file)).toEqual(['locks.csv', '异议.csv']);
    expect(droppedDecisionFiles(recorded, [{ name: 'copy.csv', sha256: 'l' }, { name: '异议.csv', sha256: 'changed' }])).toEqual([]);
    expect(droppedDecisionFiles([{ kind: 'locks', file: 'locks.csv', sha256: '' }], [{ name: 'other.csv', sha256: '' }]).map((f) => f.file)).toEqual(['locks.csv']);
  });
});
