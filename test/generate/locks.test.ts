import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { buildCounty, defaultPolicy } from '../../src/generate/build-county.js';
import { retiresByCutoff } from '../../src/domain/retirees.js';

describe('generated locks', () => {
  it('are few, one per teacher, and every move is one the rules allow', () => {
    const c = buildCounty({ teachers: 3000, schools: 120, seed: 4, lang: 'zh', locks: true });
    const policy = defaultPolicy(c.year);
    const locks = c.locks ?? [];
    const school = new Map(c.schools.map((s) => [s.id, s]));
    const teacher = new Map(c.teachers.map((t) => [t.id, t]));
    expect(locks.length).toBeGreaterThan(0);
    expect(locks.length).toBeLessThan(0.02 * c.teachers.length);
    expect(new Set(locks.map((l) => l.teacherId)).size).toBe(locks.length);
    expect(locks.map((l) => l.teacherId)).toEqual([...locks.map((l) => l.teacherId)].sort());
    const fromSchools = new Set<string>();
    for (const l of locks) {
      const t = teacher.get(l.teacherId);
      expect(t).toBeDefined();
      if (!t) continue;
      if (l.action === 'stay') {
        expect(l.schoolId).toBeUndefined();
        continue;
      }
      const to = school.get(l.schoolId ?? '');
      expect(to && (to.area === 'rural' || to.weak)).toBe(true);
      expect(c.posts.some((p) => p.schoolId === l.schoolId && p.subject === t.subject)).toBe(true);
      if (l.action === 'move') {
        expect(eligibility(t, policy).status).toBe('eligible');
        expect(fromSchools.has(t.schoolId)).toBe(false);
        fromSchools.add(t.schoolId);
        const posts = c.posts.find((p) => p.schoolId === l.schoolId && p.subject === t.subject)?.posts ?? 0;
        const held = c.teachers.filter((x) => x.schoolId === l.schoolId && x.subject === t.subject).length;
        expect(held).toBeLessThan(posts);
      }
    }
    expect(locks.some((l) => l.action === 'move')).toBe(true);
    expect(locks.some((l) => l.action === 'stay')).toBe(true);
    expect(locks.some((l) => l.action === 'forbid')).toBe(true);
  });

  it('never send a school\'s last teacher of a subject it has posts for (学科不断档), so the county plans with its locks', () => {
    // Seed 4 with 500 teachers sent 王嘉蕾, 341122009's only 科学 teacher: `rotate plan` said no plan exists.
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const c = buildCounty({ teachers: 500, schools: 20, seed, lang: 'zh', locks: true });
      const policy = defaultPolicy(c.year);
      const retires = new Set(c.teachers.filter((t) => retiresByCutoff(t, policy)).map((t) => t.id));
      for (const l of (c.locks ?? []).filter((x) => x.action === 'move')) {
        const t = c.teachers.find((x) => x.id === l.teacherId);
        if (!t) throw new Error(l.teacherId);
        const kept = c.teachers.filter((x) => x.id !== t.id && !retires.has(x.id) && x.schoolId === t.schoolId && x.subject === t.subject && (x.teachingStage ?? '') === (t.teachingStage ?? ''));
        expect(kept.length, `seed ${seed}: ${t.id} ${t.schoolId} ${t.subject}`).toBeGreaterThanOrEqual(policy.keepSubjectTeachers);
      }
    }
  });
});
