/**
 * explain.json keeps a school of two sections' subjects per section: the rows of each subject add
 * up to the school's own row (posts, teachers, and the shortage summed over the sections), and
 * only such schools have them; a move's figures at such a school are its section's. On the sample
 * county, whose three 九年一贯制 schools have posts in both sections.
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

    // A move into or out of such a school gives the figures of the section it fills or frees, as the
    // file read back holds them (the plan in memory and explain.json agree), and its reason the section's shortage.
    const written = r.kind === 'written' ? r.report.plan.moves : [];
    const sectioned = read.value.teachers.filter((t) => t.move?.to_subject.section !== undefined || t.move?.from_subject.section !== undefined);
    expect(sectioned.length).toBeGreaterThan(10);
    for (const t of read.value.teachers) {
      const m = t.move;
      if (!m) continue;
      for (const [f, id] of [[m.to_subject, m.to_id], [m.from_subject, t.school_id]] as const) {
        const school = read.value.schools.find((s) => s.id === id);
        expect(f.section !== undefined, `${t.id} at ${id}`).toBe(school !== undefined && two.includes(school));
        if (f.section === undefined) continue;
        const row = school?.subject_sections?.find((x) => x.section === f.section && x.subject === f.subject);
        expect([f.posts, ...f.teachers], `${t.id} at ${id}`).toEqual([row?.posts ?? 0, ...(row?.teachers ?? [0, 0])]);
        expect(f.shortage).toEqual([Math.max(0, f.posts - f.teachers[0]), Math.max(0, f.posts - f.teachers[1])]);
      }
      const inMemory = written.find((w) => w.teacher.id === t.id);
      if (m.to_subject.section !== undefined) expect(inMemory?.reason.zh, t.id).toContain(`${m.to_subject.section === 'primary' ? '小学部' : '初中部'}${t.subject}`);
      if (m.to_subject.section !== undefined && !inMemory?.twoWay) expect(inMemory?.reason.zh, t.id).toContain(`缺员${m.to_subject.shortage[0]}人→${m.to_subject.shortage[1]}人`);
    }
  }, 60_000);
});
