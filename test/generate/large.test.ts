import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../src/generate/generate-county.js';
import { toCsv } from '../../src/generate/to-csv.js';

// Timing belongs in benchmarks; this only shows the large county is generated whole.
describe('a large county', () => {
  it('generates 80,000 teachers in 1,500 schools', () => {
    const county = generateCounty({ teachers: 80_000, schools: 1_500, seed: 9, lang: 'zh', locks: true });
    const rows = Object.fromEntries(county.files.map((f) => [f.kind, f.rows.length]));
    expect(rows.schools).toBe(1_500);
    expect(rows.teachers).toBe(80_000);
    expect(rows.posts).toBeGreaterThan(1_500 * 11 - 1);
    expect(rows.locks).toBeGreaterThan(0);
    const teachers = county.files.find((f) => f.kind === 'teachers');
    expect(teachers && toCsv(teachers).split('\r\n')).toHaveLength(80_000 + 2);
    const ids = new Set(teachers?.rows.map((r) => r[0]));
    expect(ids.size).toBe(80_000);
    for (const r of county.files[0]?.rows ?? []) expect(r[0]).toMatch(/^341122\d{4}$/);
  });
});
