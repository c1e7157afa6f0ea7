import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCounty, defaultPolicy } from '../../src/generate/build-county.js';
import { checkFeasibilityHints } from '../../src/generate/feasibility-hints.js';
import { SAMPLE, SAMPLE_NAMES, sampleCounty } from '../../src/generate/sample.js';
import { encodeCsv } from '../../src/generate/write-county.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');

describe('the sample county in data/', () => {
  it('is exactly what the generator makes with seed 2026 (regenerate with node dist/generate/sample.js)', async () => {
    const csv = (await readdir(DATA)).filter((n) => n.endsWith('.csv')).sort();
    expect(csv).toEqual(Object.values(SAMPLE_NAMES).sort());
    for (const file of sampleCounty().files) {
      const name = SAMPLE_NAMES[file.kind as keyof typeof SAMPLE_NAMES];
      const onDisk = await readFile(join(DATA, name));
      expect(onDisk.equals(await encodeCsv(file, 'utf8')), name).toBe(true);
    }
  });

  it('has 30 schools and 800 teachers, some exemptions and wishes, and leaves the planner room', () => {
    const c = buildCounty(SAMPLE);
    expect(c.schools).toHaveLength(30);
    expect(c.teachers).toHaveLength(800);
    expect(c.teachers.filter((t) => t.exempt).length).toBeGreaterThanOrEqual(5);
    expect(c.teachers.filter((t) => t.preferences.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(checkFeasibilityHints(c, defaultPolicy(c.year)).problems).toEqual([]);
  });
});
