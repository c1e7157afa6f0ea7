/**
 * Between its stages a plan gives memory back: runPlan calls env.settle before each solve, before
 * the explanation and before each plan file is made, and the CLI's settleMemory collects garbage
 * then, but only when the heap is large (an 80,000-teacher city), so a county's run never pays.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { GROWTH_BYTES, memorySettler, SETTLE_BYTES, SOLVE_SETTLE_BYTES } from '../../src/cli/settle-memory.js';
import { planInProcess } from '../helpers/plan-run.js';

const BASE = 'test/fixtures/adversarial/_base';
const COUNTY = ['base-schools.csv', 'base-teachers.csv', 'base-posts.csv'].map((f) => join(BASE, f));

describe('memorySettler', () => {
  it('does nothing below the threshold: between stages, and a lower one before a solve', () => {
    const settleMemory = memorySettler();
    expect(settleMemory('stage', 0)).toBe(false);
    expect(settleMemory('stage', SETTLE_BYTES - 1)).toBe(false);
    expect(settleMemory('solve', SOLVE_SETTLE_BYTES - 1)).toBe(false);
    expect(SOLVE_SETTLE_BYTES).toBeLessThan(SETTLE_BYTES);
    expect(settleMemory('solve', SOLVE_SETTLE_BYTES)).toBe(true);
  });

  it('above it, collects: garbage just dropped is gone', () => {
    let garbage: string[] | undefined = Array.from({ length: 400_000 }, (_, i) => `teacher ${i} ${'x'.repeat(80)}`);
    const before = getHeapStatistics().used_heap_size;
    expect(garbage.length).toBe(400_000);
    garbage = undefined;
    expect(memorySettler()('stage', SETTLE_BYTES)).toBe(true);
    const after = getHeapStatistics().used_heap_size;
    // About 40 MB of strings and their array.
    expect(before - after).toBeGreaterThan(20 * 1024 * 1024);
  });

  it('once it has collected, collects again when the heap has grown by GROWTH_BYTES, though under the threshold', () => {
    const settle = memorySettler();
    expect(GROWTH_BYTES).toBeLessThan(SETTLE_BYTES);
    // A run that never collected (a county's) pays nothing for growth.
    expect(settle('stage', GROWTH_BYTES * 2)).toBe(false);
    expect(settle('stage', SETTLE_BYTES)).toBe(true);
    const live = getHeapStatistics().used_heap_size;
    expect(settle('stage', live + GROWTH_BYTES / 2)).toBe(false);
    expect(settle('stage', live + GROWTH_BYTES + 1024 * 1024)).toBe(true);
  });
});

describe('runPlan settles memory between stages', () => {
  it('before the solve, before the explanation and before each plan file is made', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-settle-')), 'plan');
    const events: string[] = [];
    // Retiring teachers kept counted: otherwise this county's first plan breaks the lazy cv_ceiling and is solved again (see solver-release.test.ts).
    const outcome = await planInProcess(COUNTY, out, { sets: [{ key: 'eligibility.retirees_leave', value: 'no', file: '--set' }] }, {
      settle: (point) => events.push(`settle ${point}`),
      progress: (stage) => events.push(stage),
    });
    expect(outcome.kind).toBe('written');
    const writeAt = events.indexOf('write');
    // After reading, and before the one solve (the model built in between).
    expect(events.slice(0, writeAt)).toEqual(['read', 'settle stage', 'solve', 'settle solve']);
    // Before the explanation, then once per file made (summary.json and the rest).
    const files = events.slice(writeAt + 1).filter((e) => e === 'settle stage').length;
    expect(files).toBeGreaterThanOrEqual(1 + 6);
  });
});
