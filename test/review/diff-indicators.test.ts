import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../src/plan-folder/read-plan.js';
import { diffCsv } from '../../src/review/diff-csv.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { samplePlan } from '../helpers/plan-run.js';

/*
 * rotate diff compares the 优质均衡 figures too: the sections meeting every indicator, those meeting
 * each one, and each stage's coefficient of variation after the plan (summary.json's indicators).
 * A clerk who raised weights.indicator_keep to keep city sections at the standard saw the moves,
 * the objective and the school rows change, and not the figure the weight was raised for.
 */

let a: PlanRecord;

beforeAll(async () => {
  a = await samplePlan();
});

/** Plan A with its summary's indicators changed as a plan at weights.indicator_keep=10 has them. */
function keptPlan(): PlanRecord {
  const ind = a.summary.indicators;
  const cv = ind.cv.map((e) => (e.stage === 'primary' && e.indicator === 'backbone_per_100' ? { ...e, after: 0.515 } : e));
  const indicators = { ...ind, cv, sections_meeting_all: { ...ind.sections_meeting_all, after: ind.sections_meeting_all.after + 5 }, backbone_per_100: { ...ind.backbone_per_100, schools_meeting_after: ind.backbone_per_100.schools_meeting_after + 4 } };
  return { ...a, summary: { ...a.summary, indicators } };
}

describe('diff of the 优质均衡 figures', () => {
  it('lists the sections meeting the standards and the CVs that changed, in the terminal and the CSV', () => {
    const ind = a.summary.indicators;
    const primaryBackbone = ind.cv.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.after;
    if (primaryBackbone === null || primaryBackbone === undefined) throw new Error('the sample has a primary backbone CV');
    const d = diffPlans(a, keptPlan());
    const text = diffText(d, 'A', 'B').map((l) => l.replace(/\s+/gu, ' ').trim());
    const all = ind.sections_meeting_all.after;
    expect(text).toContain(`均达标学部（后） indicators.sections_meeting_all.after ${all} ${all + 5} +5`);
    const bb = ind.backbone_per_100.schools_meeting_after;
    expect(text).toContain(`骨干达标学部（后） indicators.backbone_per_100.schools_meeting_after ${bb} ${bb + 4} +4`);
    expect(primaryBackbone.toFixed(3)).toBe('0.425');
    expect(text).toContain('小学骨干差异系数（后） indicators.cv_primary.backbone_per_100_after 0.425 0.515 +0.09');
    // Unchanged figures are left out, as the other counts are.
    expect(text.some((l) => l.includes('indicators.arts_pe_per_100.schools_meeting_after'))).toBe(false);
    const csv = diffCsv(d, 'zh').split('\r\n');
    expect(csv).toContain(`数量,indicators.sections_meeting_all.after,均达标学部（后）,数值,${all},${all + 5},5`);
    expect(csv.some((l) => l.startsWith('数量,indicators.cv_primary.backbone_per_100_after,小学骨干差异系数（后）,数值,'))).toBe(true);
  });
});
