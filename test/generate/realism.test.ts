import { describe, expect, it } from 'vitest';
import { buildCounty, defaultPolicy, type SyntheticCounty } from '../../src/generate/build-county.js';
import { MAIN_SUBJECTS } from '../../src/generate/staffing-plan.js';

const scarce = new Set(defaultPolicy(2026).scarce);

function facts(c: SyntheticCounty) {
  const school = new Map(c.schools.map((s) => [s.id, s]));
  const held = new Map<string, number>();
  for (const t of c.teachers) held.set(`${t.schoolId}|${t.subject}`, (held.get(`${t.schoolId}|${t.subject}`) ?? 0) + 1);
  const strong = (id: string) => {
    const s = school.get(id);
    return s !== undefined && s.area !== 'rural' && !s.weak;
  };
  return { school, held: (id: string, subject: string) => held.get(`${id}|${subject}`) ?? 0, strong };
}

const share = (n: number, d: number) => n / d;

describe('a generated county looks like a real one', () => {
  const sizes = [
    { teachers: 800, schools: 30, seed: 2026 },
    { teachers: 3000, schools: 120, seed: 11 },
  ];
  for (const size of sizes) {
    describe(`${size.teachers} teachers / ${size.schools} schools`, () => {
      const c = buildCounty({ ...size, lang: 'zh' });
      const f = facts(c);

      it('has exactly the asked sizes, unique ids, and every teacher at an existing school', () => {
        expect(c.teachers).toHaveLength(size.teachers);
        expect(c.schools).toHaveLength(size.schools);
        expect(new Set(c.teachers.map((t) => t.id)).size).toBe(size.teachers);
        expect(new Set(c.schools.map((s) => s.id)).size).toBe(size.schools);
        expect(new Set(c.schools.map((s) => s.name)).size).toBe(size.schools);
        for (const t of c.teachers) expect(f.school.has(t.schoolId)).toBe(true);
        for (const p of c.posts) expect(f.school.has(p.schoolId)).toBe(true);
      });

      it('has a third urban, a quarter town, the rest rural, in 8–20 townships; ~15% weak, mostly rural', () => {
        const n = size.schools;
        const count = (pred: (s: (typeof c.schools)[number]) => boolean) => c.schools.filter(pred).length;
        expect(count((s) => s.area === 'urban')).toBe(Math.round(n / 3));
        expect(count((s) => s.area === 'town')).toBe(Math.round(n / 4));
        const weak = count((s) => s.weak);
        expect(weak).toBe(Math.round(0.15 * n));
        expect(count((s) => s.weak && s.area === 'rural')).toBeGreaterThan(weak / 2);
        const townships = new Set(c.schools.map((s) => s.township));
        expect(townships.size).toBeGreaterThanOrEqual(8);
        expect(townships.size).toBeLessThanOrEqual(20);
        expect(count((s) => s.stage === 'primary')).toBeGreaterThan(n / 2);
        expect(count((s) => s.stage === 'junior')).toBeGreaterThan(0);
        for (const s of c.schools) expect(s.students).toBeGreaterThanOrEqual(150);
        const mean = (area: string) => {
          const xs = c.schools.filter((s) => s.area === area).map((s) => s.students);
          return xs.reduce((a, b) => a + b, 0) / xs.length;
        };
        expect(mean('urban')).toBeGreaterThan(mean('rural'));
      });

      it('overstaffs city and town schools in 语文 and 数学 (and 英语)', () => {
        for (const p of schoolPosts(c.posts)) {
          if (f.strong(p.schoolId) && MAIN_SUBJECTS.includes(p.subject)) {
            const have = f.held(p.schoolId, p.subject);
            expect(have, `${p.schoolId} ${p.subject}`).toBeGreaterThanOrEqual(p.posts + 1);
            expect(have).toBeLessThanOrEqual(p.posts + 3);
          }
        }
      });

      it('leaves rural and weak schools short in the scarce subjects, often with nobody', () => {
        let pairs = 0;
        let empty = 0;
        let short = 0;
        for (const p of schoolPosts(c.posts)) {
          if (f.strong(p.schoolId) || !scarce.has(p.subject)) continue;
          pairs++;
          const have = f.held(p.schoolId, p.subject);
          if (have === 0) empty++;
          if (have < p.posts) short++;
          expect(have).toBeLessThanOrEqual(p.posts);
        }
        expect(share(empty, pairs)).toBeGreaterThan(0.3);
        expect(share(short, pairs)).toBeGreaterThan(0.4);
      });

      it('spreads years, ages, backbone levels, roles, exemptions, wishes and home townships plausibly', () => {
        const T = c.teachers.length;
        const long = c.teachers.filter((t) => t.yearsAtSchool >= 6).length;
        expect(share(long, T)).toBeGreaterThan(0.35);
        expect(share(long, T)).toBeLessThan(0.55);
        for (const t of c.teachers) {
          const age = c.year - (t.birthYear ?? 0);
          expect(age).toBeGreaterThanOrEqual(23);
          expect(age).toBeLessThanOrEqual(t.gender === 'F' ? 55 : 60);
          expect(t.yearsAtSchool).toBeLessThanOrEqual(age - 22);
          expect(t.yearsAtSchool).toBeLessThanOrEqual(25);
        }
        const backboneShare = (area: string) => {
          const xs = c.teachers.filter((t) => f.school.get(t.schoolId)?.area === area);
          return share(xs.filter((t) => t.backbone !== 'none').length, xs.length);
        };
        expect(backboneShare('urban')).toBeGreaterThan(0.18);
        expect(backboneShare('urban')).toBeLessThan(0.35);
        expect(backboneShare('rural')).toBeLessThan(backboneShare('urban') / 2);
        const levels = (lvl: string) => c.teachers.filter((t) => t.backbone === lvl).length;
        expect(levels('school')).toBeGreaterThan(levels('county'));
        expect(levels('county')).toBeGreaterThan(levels('city'));
        expect(levels('city')).toBeGreaterThan(levels('province'));
        const urban = c.teachers.filter((t) => f.school.get(t.schoolId)?.area === 'urban');
        expect(share(urban.filter((t) => t.ruralYears === 0).length, urban.length)).toBeGreaterThan(0.6);
        for (const s of c.schools) {
          const staff = c.teachers.filter((t) => t.schoolId === s.id);
          expect(staff.filter((t) => t.role === 'principal')).toHaveLength(1);
          const vices = staff.filter((t) => t.role === 'vice_principal').length;
          expect(vices).toBeGreaterThanOrEqual(1);
          expect(vices).toBeLessThanOrEqual(2);
        }
        const exempt = c.teachers.filter((t) => t.exempt).length;
        expect(share(exempt, T)).toBeGreaterThan(0.01);
        expect(share(exempt, T)).toBeLessThan(0.035);
        const wishing = c.teachers.filter((t) => t.preferences.length > 0);
        expect(share(wishing.length, T)).toBeGreaterThan(0.06);
        expect(share(wishing.length, T)).toBeLessThan(0.14);
        for (const t of wishing) {
          expect(t.preferences.length).toBeLessThanOrEqual(3);
          expect(new Set(t.preferences).size).toBe(t.preferences.length);
          for (const id of t.preferences) {
            expect(id).not.toBe(t.schoolId);
            expect(f.strong(id), `${t.id} wishes for ${id}`).toBe(false);
            expect(c.posts.some((p) => p.schoolId === id && p.subject === t.subject)).toBe(true);
          }
        }
        const townships = new Set(c.schools.map((s) => s.township));
        const homes = c.teachers.filter((t) => t.homeTownship !== undefined);
        expect(share(homes.length, T)).toBeGreaterThan(0.85);
        for (const t of homes) expect(townships.has(t.homeTownship ?? '')).toBe(true);
        expect(share(c.teachers.filter((t) => t.gender === 'F').length, T)).toBeGreaterThan(0.5);
      });
    });
  }

  it('gives 哺乳期 only to women of child-bearing age', () => {
    const c = buildCounty({ teachers: 12000, schools: 400, seed: 5, lang: 'zh' });
    const nursing = c.teachers.filter((t) => t.exempt === '哺乳期');
    expect(nursing.length).toBeGreaterThan(0);
    for (const t of nursing) {
      expect(t.gender).toBe('F');
      expect(c.year - (t.birthYear ?? 0)).toBeLessThan(42);
    }
  });
});

/** A school's posts of a subject, its sections together (a 九年一贯制's rows name their 学段). */
function schoolPosts(posts: readonly { schoolId: string; subject: string; posts: number }[]): { schoolId: string; subject: string; posts: number }[] {
  const sum = new Map<string, { schoolId: string; subject: string; posts: number }>();
  for (const p of posts) {
    const k = `${p.schoolId}|${p.subject}`;
    const e = sum.get(k) ?? { schoolId: p.schoolId, subject: p.subject, posts: 0 };
    e.posts += p.posts;
    sum.set(k, e);
  }
  return [...sum.values()];
}
