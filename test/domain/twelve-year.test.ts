/**
 * A 十二年一贯制 school (小学部 + 初中部 + 高中部) was an error as 学段; it is a school of three
 * sections: posts, teachers and students per section, its 小学部 and 初中部 judged by the
 * inspectors, its 高中部 in the rotation only when the county adds 高中 to the scope.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/domain/apportion.js';
import { placeOf, sectionsOf } from '../../src/domain/sections.js';
import { postTable, sectionStudents } from '../../src/domain/staffing.js';
import { sectionWarnings, withSections } from '../../src/domain/teacher-sections.js';
import { schoolSections } from '../../src/indicators/school-sections.js';
import { parseStage } from '../../src/schema/enums.js';
import { county, policy, post, school, teacher } from '../helpers/make-county.js';
import { planInProcess } from '../helpers/plan-run.js';

const twelve = school('T', 'town', { stage: 'twelve_year', students: 1200 });

describe('a 十二年一贯制 school', () => {
  it('is read as 学段 by its name and its 办学类型 code, with three sections', () => {
    expect([parseStage('十二年一贯制'), parseStage('十二年一贯制学校'), parseStage('345')].map((r) => (r.ok ? r.value : r.zh))).toEqual(['twelve_year', 'twelve_year', 'twelve_year']);
    expect(sectionsOf(twelve)).toEqual(['primary', 'junior', 'senior']);
  });

  it('splits its students by grades (6 : 3 : 3) where no section is given, the rest by grades where some are', () => {
    expect([...sectionStudents(twelve).students]).toEqual([['primary', 600], ['junior', 300], ['senior', 300]]);
    const some = { ...twelve, primaryStudents: 700 };
    expect([...sectionStudents(some).students]).toEqual([['primary', 700], ['junior', 250], ['senior', 250]]);
    expect(sectionStudents(some).estimated).toBe(true);
    const all = { ...twelve, primaryStudents: 500, juniorStudents: 400, seniorStudents: 300 };
    expect(sectionStudents(all)).toEqual({ students: new Map([['primary', 500], ['junior', 400], ['senior', 300]]), estimated: false });
  });

  it('gets posts without a 学段, and teachers without a 任教学段, split over its three sections by students', () => {
    const c = county([twelve], [...['a', 'b', 'c', 'd'].map((id) => teacher(id, 'T', '语文'))], [post('T', '语文', 8)]);
    const posts = postTable(c, policy());
    expect(['primary', 'junior', 'senior'].map((sec) => posts.get(placeOf(twelve, sec as 'primary'))?.get('语文'))).toEqual([4, 2, 2]);
    expect(withSections(c).teachers.map((t) => [t.id, t.section])).toEqual([['a', 'primary'], ['b', 'primary'], ['c', 'junior'], ['d', 'senior']]);
  });

  it('is named as what it is in the warnings of the sections made up', () => {
    const nine = school('N', 'rural', { stage: 'nine_year', students: 450 });
    const c = { ...county([twelve, nine], [teacher('a', 'T', '语文'), teacher('b', 'N', '语文')], []), posts: null };
    const zh = sectionWarnings(c).map((w) => w.zh);
    expect(zh[0]).toContain('2 所九年一贯制学校或十二年一贯制学校的 2 名教师按各学部学生数的比例分到学部');
    expect(zh[1]).toContain('按年级数拆分在校学生数（九年一贯制 小学6:初中3, 十二年一贯制 小学6:初中3:高中3; 给出部分学部时其余学部分余数）');
  });

  it('apportions as two sections did: the first round(n × share), the second the rest', () => {
    // The split two-section schools had: share = first ÷ both (½ when both are 0), first = round(n × share).
    for (const [n, a, b] of [[7, 1, 1], [5, 6, 3], [3, 0, 0], [10, 455, 0], [11, 303, 152]] as const) {
      const share = a + b > 0 ? a / (a + b) : 0.5;
      const first = Math.round(n * share);
      expect(apportion(n, [a, b])).toEqual([first, n - first]);
    }
    expect(apportion(10, [6, 3, 3]).reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('is judged in its 小学部 and 初中部, as a 九年一贯制', () => {
    const r = schoolSections({ schoolId: 'T', stage: 'twelve_year', students: 1200, primaryStudents: 600, juniorStudents: 300 });
    expect(r.sections.map((s) => [s.stage, s.students])).toEqual([['primary', 600], ['junior', 300]]);
    expect(schoolSections({ schoolId: 'T', stage: 'twelve_year', students: 1200 }).missing).toEqual(['primary_students', 'junior_students']);
  });

  it('in the sample, as 学段 of a school with 高中部 teachers and posts: planned, the 高中部 out of scope unless the county adds it', async () => {
    const data = join(import.meta.dirname, '../../data');
    const dir = mkdtempSync(join(tmpdir(), 'rotate-twelve-year-'));
    const schools = readFileSync(join(data, '学校.csv'), 'utf8');
    const nine = /^(341122012,[^,]*),九年一贯制,([^,]*),(\d+)/mu.exec(schools);
    expect(nine).not.toBeNull();
    writeFileSync(join(dir, '学校.csv'), schools.replace(/^(341122012,[^,]*),九年一贯制,([^,]*),(\d+)/mu, (_, a: string, area: string, n: string) => `${a},十二年一贯制,${area},${Number(n) + 300}`));
    writeFileSync(join(dir, '岗位.csv'), `${readFileSync(join(data, '岗位.csv'), 'utf8').replace(/\r\n$/u, '')}\r\n341122012,语文,2,高中\r\n341122012,数学,2,高中\r\n`);
    const teachers = readFileSync(join(data, '教师.csv'), 'utf8');
    const header = (teachers.split('\r\n')[0] ?? '').replace(/^\uFEFF/u, '').split(',');
    const row = (id: string, subject: string): string => header.map((h) => ({ 工号: id, 姓名: `高${id}`, 学校代码: '341122012', 任教学科: subject, 本校任教年限: '8', 性别: '男', 出生年月: '1985-03', 骨干等级: '无', 职称: '中级', 乡村任教年限: '0', 岗位类别: '教师', 任教学段: '高中', 教师资格种类: '高级中学', 用人形式: '在编', 人员状态: '在岗' } as Record<string, string>)[h] ?? '').join(',');
    writeFileSync(join(dir, '教师.csv'), `${teachers.replace(/\r\n$/u, '')}\r\n${[row('H1', '语文'), row('H2', '语文'), row('H3', '数学'), row('H4', '数学')].join('\r\n')}\r\n`);
    const files = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(dir, f));
    const r = await planInProcess(files, join(dir, 'out'));
    if (r.kind !== 'written') throw new Error(r.kind);
    expect(r.report.plan.moves.length).toBeGreaterThan(0);
    const status = (id: string): string => readFileSync(join(dir, 'out', 'teachers.csv'), 'utf8').split('\r\n').find((l) => l.startsWith(`${id},`)) ?? '';
    expect(status('H1')).toContain('任教学段高中不在本次交流范围');
    const wide = await planInProcess(files, join(dir, 'wide'), { sets: [{ key: 'rules.scope', value: '小学;初中;高中', file: '--set' }] });
    if (wide.kind !== 'written') throw new Error(wide.kind);
    expect(readFileSync(join(dir, 'wide', 'teachers.csv'), 'utf8')).not.toContain('任教学段高中不在本次交流范围');
  });
});
