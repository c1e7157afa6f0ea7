import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../src/plan-folder/read-plan.js';
import { diffCsv } from '../../src/review/diff-csv.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { samplePlan } from '../helpers/plan-run.js';

/*
 * A clerk changes a weight, plans again and compares: where no teacher's move changed, rotate diff
 * says so in words (the change made no difference to anyone), and, where only the prices changed,
 * that the objective terms' changes are the prices alone; before, it listed 新增 0, 取消 0, 改派 0
 * and then 缺员 +1990 under a note that the changes were "not the plans' alone".
 */

let a: PlanRecord;

beforeAll(async () => {
  a = await samplePlan();
});

type Summary = PlanRecord['summary'];
const withPolicy = (p: PlanRecord, set: Record<string, string>, terms: (t: Summary['objective']['terms']) => Summary['objective']['terms'] = (t) => t): PlanRecord => ({
  ...p,
  summary: { ...p.summary, policy: { ...p.summary.policy, ...set }, objective: { ...p.summary.objective, terms: terms(p.summary.objective.terms) } },
});
const csvLines = (csv: string): string[] => csv.replace(/^\uFEFF/u, '').split('\r\n');

describe('diff of two plans that move the same teachers to the same schools', () => {
  it('says that the weight changed nobody\'s move, and that the terms differ by their prices alone', () => {
    const moved = a.moves.size;
    const b = withPolicy(a, { 'weights.scarce_factor': '4' }, (t) => ({ ...t, shortage: (t['shortage'] ?? 0) * 2 }));
    const d = diffPlans(a, b);
    const text = diffText(d, 'A', 'B');
    const movesLine = text.findIndex((l) => l.startsWith('交流 moves:'));
    expect(text[movesLine + 1]).toBe(`  两个方案的调动完全相同（同样的 ${moved} 人调往同样的学校）: 参数 weights.scarce_factor 的改变没有改变任何人的去向 / the two plans move the same ${moved} teachers to the same schools: changing weights.scarce_factor changed nobody's move`);
    const note = text.find((l) => l.startsWith('  注意 / note:')) ?? '';
    expect(note).toContain('两个方案的权重不同（weights.scarce_factor）, 调动却完全相同: 目标函数各项的变化全是价格不同, 不是方案的差别');
    expect(note).toContain("their changes are the prices' alone, not the plans'");
    const csv = csvLines(diffCsv(d, 'zh'));
    expect(csv.some((l) => l.startsWith('注意,same_moves,') && l.includes('没有改变任何人的去向'))).toBe(true);
    expect(csvLines(diffCsv(d, 'en')).some((l) => l.startsWith('note,same_moves,') && l.includes("changed nobody's move"))).toBe(true);
  });

  it('says nothing of the kind where a move changed, or where nothing was changed', () => {
    const [first] = [...a.moves.values()];
    if (!first) throw new Error('the sample plan moves nobody');
    const fewer = { ...withPolicy(a, { 'weights.moves': '8' }), moves: new Map([...a.moves].filter(([id]) => id !== first.teacher_id)) };
    const text = diffText(diffPlans(a, fewer), 'A', 'B').join('\n');
    expect(text).not.toContain('调动完全相同');
    expect(text).toContain('其变化不全是方案本身的差别');
    expect(diffText(diffPlans(a, a), 'A', 'B').join('\n')).not.toContain('调动完全相同');
  });
});
