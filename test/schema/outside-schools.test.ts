/**
 * A county roster lists every school the bureau runs: its 幼儿园, 特殊教育学校 and 中职 beside the
 * schools of the rotation. Such a school was refused as an unknown 学段 (exit 2, nothing said on
 * what to do); now it is left out with its teachers and posts and one warning counting them, and
 * counts in no figure. A 学段 that is a typo is still refused, told the word it likely meant.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { outsideStage } from '../../src/schema/outside-schools.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { load, problems, SCHOOLS } from './load-county-helpers.js';

const WITH_OUTSIDE = `${SCHOOLS}K1,城关幼儿园,幼儿园,urban,300,no
S1,县特殊教育学校,特殊教育学校,urban,80,no
V1,县职业高中,职业高中,urban,900,no
`;

const TEACHERS = `teacher_id,name,school_id,subject,years_at_school,teaching_stage
T1,王芳,001,数学,8,
T2,李强,001,音乐,7,
T3,张敏,002,语文,3,
T4,郑一,003,数学,6,
K01,赵幼,K1,语文,3,幼儿园
K02,钱幼,K1,音乐,9,
S01,孙特,S1,语文,6,
V01,李职,V1,数学,12,
K03,周前,002,语文,2,学前
`;

describe('schools outside the rotation (幼儿园, 特殊教育学校, 中职)', () => {
  it.each([
    ['幼儿园', 'kindergarten'],
    ['幼儿', 'kindergarten'],
    ['学前', 'kindergarten'],
    ['Kindergarten', 'kindergarten'],
    ['111-幼儿园', 'kindergarten'],
    ['特殊教育', 'special'],
    ['特教', 'special'],
    ['特殊教育学校', 'special'],
    ['培智学校', 'special'],
    ['聋哑学校', 'special'],
    ['special education', 'special'],
    ['中职', 'vocational'],
    ['职业高中', 'vocational'],
    ['中等职业学校', 'vocational'],
    ['vocational', 'vocational'],
  ])('%s is a school outside the rotation (%s)', (cell, kind) => {
    expect(outsideStage(cell)).toBe(kind);
  });

  it.each(['小学', '高中', '职业初中', '教学点', '九年一贯制', ''])('%s is not', (cell) => {
    expect(outsideStage(cell)).toBeUndefined();
  });

  it('are left out with their teachers (by school, or by a 任教学段 of such a stage), with one warning counting them', async () => {
    const posts = `school_id,subject,posts,stage\n001,数学,1,\nK1,语文,3,幼儿园\nS1,语文,2,\n`;
    const r = await load({ 'schools.csv': WITH_OUTSIDE, 'teachers.csv': TEACHERS, 'posts.csv': posts });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.schools.map((s) => s.id)).toEqual(['001', '002', '003']);
    expect(r.value.teachers.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(r.value.posts?.map((p) => p.schoolId)).toEqual(['001']);
    const told = formatIssues(r.value.warnings ?? []).filter((w) => w.includes('不在交流轮岗范围'));
    expect(told).toEqual([
      'schools.csv: 不在交流轮岗范围的学校及其教师未读入（幼儿园 1 所、教师 3 名；特殊教育学校 1 所、教师 1 名；中等职业学校 1 所、教师 1 名）: 交流轮岗只在义务教育学校（可加高中）间进行, 这些学校和教师不参加交流, 也不计入方案和优质均衡指标的任何数字 / schools outside the rotation and their teachers were not read (kindergarten: 1 school, 3 teachers; special education: 1 school, 1 teacher; vocational: 1 school, 1 teacher): the rotation is among compulsory-education schools (and 高中 when added); these take no part and count in no figure of the plan or the 优质均衡 indicators',
    ]);
  });

  it('a typo in 学段 is still refused, told the word it likely meant and that such schools may stay', async () => {
    const schools = `${SCHOOLS}K1,城关幼儿园,幼儿圆,urban,300,no\n`;
    const { lines } = await problems({ 'schools.csv': schools, 'teachers.csv': 'teacher_id,name,school_id,subject,years_at_school\nT1,王芳,001,数学,8\n' });
    expect(lines).toEqual([
      'schools.csv 第5行「stage」: 应为小学/初中/高中/九年一贯制/完全中学/十二年一贯制 之一, 实为「幼儿圆」（是否应为「幼儿园」?）; 幼儿园、特殊教育学校、中等职业学校可以照写, 读入时与其教师一并略去（不参加交流） / row 5 stage: expected one of primary/junior/senior/nine_year/complete/twelve_year, found "幼儿圆" (did you mean "幼儿园"?); a kindergarten, special-education or vocational school may stay as written, and is left out with its teachers (no part in the rotation)',
    ]);
  });

  it('a lock on a teacher of such a school is refused, saying why, not passed to a plan that has no such teacher', async () => {
    const locks = `teacher_id,action,school_id\nK02,move,001\nT1,stay,\n`;
    const { lines } = await problems({ 'schools.csv': WITH_OUTSIDE, 'teachers.csv': TEACHERS, 'locks.csv': locks });
    expect(lines).toEqual([
      'locks.csv 第2行「teacher_id」: 工号「K02」是幼儿园「城关幼儿园」的教师, 该校不在交流轮岗范围, 未读入, 不能锁定: 请删去此行 / row 2 teacher_id: teacher "K02" is at a kindergarten (城关幼儿园), outside the rotation: not read, and cannot be locked: remove this row',
    ]);
  });

  it("the plan's schools.csv has no row of them and its figures are those of the county without them", async () => {
    const plans = [];
    for (const [schools, teachers] of [
      [SCHOOLS, TEACHERS.split('\n').filter((l) => !/^[KSV]0/u.test(l)).join('\n')],
      [WITH_OUTSIDE, TEACHERS],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'rotate-outside-'));
      writeFileSync(join(dir, 'schools.csv'), schools);
      writeFileSync(join(dir, 'teachers.csv'), teachers);
      const r = await planInProcess([join(dir, 'schools.csv'), join(dir, 'teachers.csv')], join(dir, 'plan'), { sets: [{ key: 'rules.quota_share', value: '0', file: '--set' }] });
      if (r.kind !== 'written') throw new Error(r.kind);
      plans.push(readPlanCsv(join(dir, 'plan', 'schools.csv')));
    }
    expect(plans[1]?.rows.map((row) => row['school_id'])).toEqual(['001', '002', '003']);
    expect(plans[1]).toEqual(plans[0]);
  });
});
