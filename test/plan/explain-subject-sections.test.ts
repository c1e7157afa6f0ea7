/**
 * explain.json keeps a school of two sections' subjects per section: the rows of each subject add
 * up to the school's own row (posts, teachers, and the shortage summed over the sections), and
 * only such schools have them. On the sample county, whose three 九年一贯制 schools have posts in
 * both sections.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExplain } from '../../src/plan-folder/explain-file.js';
import { planInProcess } from '../helpers/plan-run.js';

const DATA = join(import.meta.dirname, '../../data');

describe('explain.json: a school of two sections, subject by subject in each section', () => {
  it('adds up to the school\'s rows, and is kept for two-section schools only', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-subject-sections-')), 'plan');
    const r = await planInProcess(readdirSync(DATA).sort().map((f) => join(DATA, f)), out, { sets: [{ key: 'plan.year', value: '2026', file: '--set' }] });
    expect(r.kind).toBe('written');
    const read = readExplain(readFileSync(join(out, 'explain.json'), 'utf8'), 'explain.json');
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const two = read.value.schools.filter((s) => s.stage === 'nine_year' || s.stage === 'complete');
    expect(two.length).toBeGreaterThan(0);
    for (const s of read.value.schools) expect(s.subject_sections !== undefined, s.id).toBe(two.includes(s));
    let split = 0;
    for (const s of two) {
      for (const f of s.subjects) {
        const rows = (s.subject_sections ?? []).filter((x) => x.subject === f.subject);
        const sum = (g: (x: (typeof rows)[number]) => number): number => rows.reduce((a, x) => a + g(x), 0);
        expect(sum((x) => x.posts), `${s.id} ${f.subject}`).toBe(f.posts);
        expect([sum((x) => x.teachers[0]), sum((x) => x.teachers[1])], `${s.id} ${f.subject}`).toEqual(f.teachers);
        expect([sum((x) => Math.max(0, x.posts - x.teachers[0])), sum((x) => Math.max(0, x.posts - x.teachers[1]))], `${s.id} ${f.subject}`).toEqual(f.shortage);
        if (rows.length > 1) split++;
      }
    }
    expect(split).toBeGreaterThan(5);
  }, 60_000);
});
