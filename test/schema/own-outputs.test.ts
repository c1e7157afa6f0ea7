/**
 * A trade-off table of rotate sweep -o or a comparison of rotate diff --csv written into the county
 * folder is picked up by the next county/*.csv: it is named as what it is, with what to do (it
 * was "cannot tell what kind of file this is", listing every kind's required columns).
 */
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/schema/detect-kind.js';
import { sweepCsv } from '../../src/review/sweep-csv.js';
import { diffCsv } from '../../src/review/diff-csv.js';
import type { PlanDiff } from '../../src/review/diff-plans.js';

const headerOf = (csv: string): string[] => (csv.replace(/^\uFEFF/u, '').split('\r\n')[0] ?? '').split(',');
const EMPTY_DIFF: PlanDiff = { inputs: [], params: [], added: [], removed: [], changed: [], same: 0, schools: [], terms: [], counts: [] };

describe('rotate\'s own side outputs among the inputs', () => {
  it('names a sweep table and a diff table, in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const sweep = detectKind(headerOf(sweepCsv([{ key: 'weights.moves', values: ['1', '2'] }], [], lang)), '权衡表.csv');
      expect(sweep.ok ? '' : sweep.issue.zh, lang).toBe('这是 rotate sweep 写出的权衡表, 不是输入文件: 请把它移出县文件夹, 或不列入输入');
      const diff = detectKind(headerOf(diffCsv(EMPTY_DIFF, lang)), 'diff.csv');
      expect(diff.ok ? '' : diff.issue.en, lang).toBe('this is a plan comparison written by rotate diff --csv, not an input: move it out of the county folder, or leave it off the command line');
    }
  });

  it('names a sweep table written when its last column was 目标值 / objective (now 各项合计 / terms_total)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const former = headerOf(sweepCsv([{ key: 'weights.moves', values: ['1', '2'] }], [], lang)).slice(0, -1).concat(lang === 'zh' ? '目标值' : 'objective');
      const sweep = detectKind(former, '权衡表.csv');
      expect(sweep.ok ? '' : sweep.issue.zh, lang).toBe('这是 rotate sweep 写出的权衡表, 不是输入文件: 请把它移出县文件夹, 或不列入输入');
    }
  });

  it('leaves any other unknown file as it was', () => {
    const other = detectKind(['甲', '乙'], 'x.csv');
    expect(other.ok ? '' : other.issue.zh).toContain('无法从表头判断文件类型');
  });
});
