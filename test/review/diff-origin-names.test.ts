/**
 * rotate diff listed each move's origin by its code alone (000062 马雪静 美术 341122002 →
 * 341122022 桥头镇大熊屯学校): a clerk had to look the code up. The origin now carries its name,
 * as the destination did, on added, removed and changed moves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../src/plan-folder/read-plan.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { samplePlan } from '../helpers/plan-run.js';

let a: PlanRecord;

beforeAll(async () => {
  a = await samplePlan();
});

describe('rotate diff names each move\'s origin school', () => {
  it('gives the code and name of the school a removed, added or changed move leaves', () => {
    const [first, second, third] = [...a.moves.values()];
    if (!first || !second || !third) throw new Error('the sample plan moves fewer than three');
    const other = [...a.moves.values()].find((m) => m.to_school_id !== third.to_school_id);
    if (!other) throw new Error('every move of the sample goes to one school');
    const moves = new Map(a.moves);
    moves.delete(first.teacher_id);
    moves.set(third.teacher_id, { ...third, to_school_id: other.to_school_id, to_school: other.to_school });
    const b: PlanRecord = { ...a, moves };
    const text = diffText(diffPlans(a, b), 'A', 'B');
    expect(text).toContain(`  - ${first.teacher_id} ${first.name} ${first.subject} ${first.from_school_id} ${first.from_school} → ${first.to_school_id} ${first.to_school}`);
    expect(text).toContain(`  ~ ${third.teacher_id} ${third.name} ${third.subject} ${third.from_school_id} ${third.from_school}: ${third.to_school_id} ${third.to_school} → ${other.to_school_id} ${other.to_school}`);
    const added = diffText(diffPlans(b, a), 'B', 'A');
    expect(added).toContain(`  + ${first.teacher_id} ${first.name} ${first.subject} ${first.from_school_id} ${first.from_school} → ${first.to_school_id} ${first.to_school}`);
    expect(first.from_school).not.toBe('');
  });
});
