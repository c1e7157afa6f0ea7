import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../src/plan-folder/read-plan.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { samplePlan } from '../helpers/plan-run.js';

/*
 * The backbone share in rotate diff is a percentage to one decimal, as the terminal summary gives
 * it (计入骨干比例的 106 人中骨干 29 人（27.4%）): it was shown as a fraction to two decimals,
 * 骨干占比 0.27 → 0.27, change 0, for 27.4% → 26.7%.
 */

let a: PlanRecord;

beforeAll(async () => {
  a = await samplePlan();
});

describe('diff of the backbone share', () => {
  it('shows percentages and their change in points', () => {
    const b = { ...a, summary: { ...a.summary, counts: { ...a.summary.counts, backbone_share: 0.266667 } } };
    const share = a.summary.counts.backbone_share;
    expect(share).toBeCloseTo(0.273585, 6);
    const line = diffText(diffPlans(a, b), 'A', 'B').find((l) => l.includes('counts.backbone_share'));
    expect(line?.trim().split(/\s+/u)).toEqual(['骨干占比', 'counts.backbone_share', '27.4%', '26.7%', '-0.7%']);
  });
});
