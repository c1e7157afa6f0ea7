import { describe, expect, it } from 'vitest';
import { postTable } from '../../src/domain/staffing.js';
import type { Post, Section } from '../../src/domain/types.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { context, county, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

const clock = () => 0;
/** The tiny counties have no backbone teachers: the backbone share is left out. */
const NO_BACKBONE = { 'rules.backbone_share': '0' };
const sectionPost = (schoolId: string, subject: string, n: number, section: Section): Post => ({ ...post(schoolId, subject, n), section });

/**
 * A rural 九年一贯制 (N) short of 语文 in its 小学部 only, and of 数学 in its 初中部 only; an urban
 * 小学 (P) and an urban 初中 (J) that must send teachers (the quota).
 */
function nineYearCounty() {
  const schools = [school('N', 'rural', { stage: 'nine_year', primaryStudents: 300, juniorStudents: 150 }), school('P', 'urban'), school('J', 'urban', { stage: 'junior' })];
  const ts = [
    ...teachers('P语', 10, 'P', '语文'),
    ...teachers('J语', 10, 'J', '语文'),
    ...teachers('J数', 10, 'J', '数学'),
    ...teachers('P数', 10, 'P', '数学'),
    ...teachers('N语', 2, 'N', '语文', { teachingStage: 'junior', yearsAtSchool: 1 }),
    ...teachers('N数', 2, 'N', '数学', { teachingStage: 'primary', yearsAtSchool: 1 }),
  ];
  const posts = [
    post('P', '语文', 10), post('P', '数学', 10), post('J', '语文', 10), post('J', '数学', 10),
    sectionPost('N', '语文', 3, 'primary'), sectionPost('N', '语文', 2, 'junior'),
    sectionPost('N', '数学', 2, 'primary'), sectionPost('N', '数学', 3, 'junior'),
  ];
  return county(schools, ts, posts);
}

describe('posts and shortage per section', () => {
  it('counts a two-section school per section: no pooling of its 小学部 and 初中部', () => {
    const ctx = context(nineYearCounty());
    expect(ctx.places).toEqual(['J', 'N@primary', 'N@junior', 'P']);
    // 语文: 3 posts and no teacher in the 小学部, 2 posts and 2 teachers in the 初中部.
    expect(ctx.posts.get('N@primary')?.get('语文')).toBe(3);
    expect(ctx.placeTeachers.get('N@primary')?.get('语文') ?? 0).toBe(0);
    expect(ctx.placeTeachers.get('N@junior')?.get('语文')).toBe(2);
  });

  it('fills each section with teachers of that stage: primary 语文 into the 小学部, junior 数学 into the 初中部, nothing beyond the posts', () => {
    const c = nineYearCounty();
    const r = solveCounty(context(c, NO_BACKBONE), false, clock);
    expect(r.kind).toBe('planned');
    if (r.kind !== 'planned') return;
    const into = r.plan.moves.filter((m) => m.to.id === 'N');
    const from = (prefix: string) => into.filter((m) => m.teacher.id.startsWith(prefix)).length;
    // The 小学部 lacks three 语文 teachers (filled by primary teachers), the 初中部 three 数学 teachers
    // (filled by junior teachers); its 初中部's 语文 and 小学部's 数学 are full.
    expect(from('P语')).toBe(3);
    expect(from('J语')).toBe(0);
    expect(from('J数')).toBe(3);
    expect(from('P数')).toBe(0);
    const n = r.plan.figures.find((f) => f.school.id === 'N');
    // Shortage: Σ over section and subject of max(0, posts − teachers): 语文 3 + 0, 数学 0 + 3 before.
    expect(n?.shortageBefore).toBe(6);
    expect(n?.shortageAfter).toBe(0);
    expect(into.find((m) => m.teacher.id.startsWith('P语'))?.reason.zh).toContain('「学校N」小学部语文缺员3人→0人');
    expect(into.find((m) => m.teacher.id.startsWith('J数'))?.reason.en).toContain('at rural school 学校N, junior section: shortage 3 → 0');
    for (const ch of r.plan.checks) expect(ch.held, ch.rule).toBe(true);
  });

  it('a move\'s reason gives the shortage of the section it fills, not the school\'s sum', () => {
    // The 初中部 lacks one 语文 teacher too: the school lacks 4, its 小学部 3.
    const c = nineYearCounty();
    const posts = c.posts?.map((p) => (p.schoolId === 'N' && p.subject === '语文' && p.section === 'junior' ? { ...p, posts: 3 } : p)) ?? null;
    const r = solveCounty(context({ ...c, posts }, NO_BACKBONE), false, clock);
    expect(r.kind).toBe('planned');
    if (r.kind !== 'planned') return;
    const n = r.plan.figures.find((f) => f.school.id === 'N');
    expect(n?.bySubject.get('语文')).toEqual({ posts: 6, before: 4, after: 0, sections: [{ posts: 3, before: 3, after: 0 }, { posts: 3, before: 1, after: 0 }] });
    const into = r.plan.moves.filter((m) => m.to.id === 'N');
    expect(into.filter((m) => m.teacher.id.startsWith('P语')).map((m) => m.reason.zh)).toEqual(Array(3).fill('补乡村学校「学校N」小学部语文缺员3人→0人; 本校任教8年'));
    expect(into.find((m) => m.teacher.id.startsWith('J语'))?.reason.zh).toContain('「学校N」初中部语文缺员1人→0人');
  });

  it('the verifier checks posts per section: a junior teacher sent into a full 初中部 breaks posts_capacity though the school has room in its 小学部', () => {
    const c = nineYearCounty();
    const checks = verifyPlan(c, policy(), [{ teacherId: 'J语001', fromSchoolId: 'J', toSchoolId: 'N' }]);
    const posts = checks.find((ch) => ch.rule === 'posts_capacity');
    expect(posts?.held).toBe(false);
    expect(posts?.failures[0]?.zh).toContain('N 初中部 语文');
  });

  it('a junior teacher fills the 初中部 of a 九年一贯制 (the same section when there is one), a 小学 only with stage_down', () => {
    const c = county([school('N', 'rural', { stage: 'nine_year' }), school('J', 'urban', { stage: 'junior' })], [...teachers('J语', 10, 'J', '语文')], [post('J', '语文', 10), sectionPost('N', '语文', 4, 'primary')]);
    // The destination has a 初中部: the junior teacher fills it or nothing (its 语文 there has no post).
    const r = solveCounty(context(c, { ...NO_BACKBONE, 'rules.quota_share': '0' }), false, clock);
    expect(r.kind === 'planned' ? r.plan.moves.filter((m) => m.to.id === 'N').length : -1).toBe(0);
    // A primary school is one section below: allowed with stage_down.
    const d = county([school('Q', 'rural'), school('J', 'urban', { stage: 'junior' })], [...teachers('J语', 10, 'J', '语文')], [post('J', '语文', 10), post('Q', '语文', 4)]);
    const down = solveCounty(context(d, NO_BACKBONE), false, clock);
    expect(down.kind === 'planned' ? down.plan.moves.length : -1).toBeGreaterThan(0);
    const none = solveCounty(context(d, { ...NO_BACKBONE, 'rules.stage_down': 'no' }), true, clock);
    expect(none.kind === 'planned' ? none.plan.moves.length : 0).toBe(0);
  });
});

describe('scope', () => {
  it('a 完全中学 rotates its 初中部 only: senior teachers stay (with the reason), no one arrives at a 高中部, the caps count the 初中部', () => {
    const schools = [school('C', 'urban', { stage: 'complete' }), school('R', 'rural', { stage: 'complete' })];
    const ts = [...teachers('CJ', 10, 'C', '数学', { teachingStage: 'junior' }), ...teachers('CS', 30, 'C', '数学', { teachingStage: 'senior' })];
    const posts = [sectionPost('C', '数学', 10, 'junior'), sectionPost('C', '数学', 30, 'senior'), sectionPost('R', '数学', 5, 'junior'), sectionPost('R', '数学', 5, 'senior')];
    const ctx = context(county(schools, ts, posts), NO_BACKBONE);
    expect(ctx.eligibility.get('CS001')?.status).toBe('not_eligible');
    expect(ctx.eligibility.get('CS001')?.zh).toContain('不在本次交流范围');
    expect(ctx.eligibility.get('CJ001')?.status).toBe('eligible');
    // The outflow cap's base: the 10 teachers of the 初中部, not 40.
    expect(ctx.stock.get('C')?.teachers).toBe(10);
    const r = solveCounty(ctx, false, clock);
    expect(r.kind).toBe('planned');
    if (r.kind !== 'planned') return;
    expect(r.plan.moves.every((m) => m.teacher.id.startsWith('CJ'))).toBe(true);
    expect(r.plan.moves.length).toBe(2); // ⌊20% × 10⌋
    for (const ch of r.plan.checks) expect(ch.held, ch.rule).toBe(true);
    // With 高中 in scope the senior teachers take part.
    expect(context(county(schools, ts, posts), { 'rules.scope': '小学;初中;高中' }).eligibility.get('CS001')?.status).toBe('eligible');
  });

  it('refuses a scope word it does not know, naming the parameter', () => {
    expect(() => policy({ 'rules.scope': '小学;大学' })).toThrow(/大学/);
  });
});

describe('posts without a posts file', () => {
  it('estimates each section from its own stage: a 高中 gets 思想政治 (the key 道德与法治, as its teachers\' 政治) and no 科学; a 九年一贯制 splits by its section students', () => {
    const c = { ...county([school('H', 'urban', { stage: 'senior', students: 1250 }), school('N', 'rural', { stage: 'nine_year', students: 900, primaryStudents: 570, juniorStudents: 330 })], [], []), posts: null };
    const t = postTable(c, policy());
    expect(t.get('H')?.get('道德与法治')).toBe(7); // 1250 / 12.5 × 0.07
    expect(t.get('H')?.get('科学') ?? 0).toBe(0);
    expect(t.get('N@primary')?.get('语文')).toBe(7); // 570 / 19 × 0.24 = 7.2
    expect(t.get('N@junior')?.get('物理')).toBe(2); // 330 / 13.5 × 0.07 = 1.7
    expect(t.get('N@primary')?.get('物理') ?? 0).toBe(0);
  });
});

describe('teachers of a two-section school without a teaching_stage column', () => {
  it('are split between the sections in proportion to the section students, by id', () => {
    const c = county([school('N', 'rural', { stage: 'nine_year', primaryStudents: 200, juniorStudents: 100 })], [teacher('a', 'N', '语文'), teacher('b', 'N', '语文'), teacher('c', 'N', '语文')], [sectionPost('N', '语文', 3, 'primary')]);
    const ctx = context(c);
    expect(ctx.teachers.map((t) => t.teachingStage)).toEqual(['primary', 'primary', 'junior']);
    expect(ctx.placeTeachers.get('N@primary')?.get('语文')).toBe(2);
  });
});
