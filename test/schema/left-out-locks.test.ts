/**
 * A locks or objections row naming someone the roster listed but rotate left out when reading it
 * (a 代课 substitute, someone 退休/调出/离职, staff who do not teach, a teacher whose 任教学段 is
 * 幼儿园) was refused as 工号「D01」不在教师表中, as for a mistyped id. It is told why, in the words
 * the warning of rotate plan (and rotate explain) uses for that kind; nothing is written.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInProcess } from '../helpers/plan-run.js';
import { problems, SCHOOLS } from './load-county-helpers.js';

const TEACHERS = `工号,姓名,学校代码,任教学科,本校任教年限,用人形式,人员状态,任教学段
T1,王芳,001,数学,8,在编,在职,小学
T2,李强,001,语文,7,在编,在职,小学
D01,张敏,002,语文,1,代课,在职,小学
R01,赵六,002,数学,30,在编,退休,小学
K01,钱七,003,语文,3,在编,在职,幼儿园
`;

describe('a lock or objection on someone left out when read', () => {
  it('is refused saying why, in the words of the warning, not as an unknown teacher', async () => {
    const locks = `teacher_id,action,school_id\nD01,stay,\nR01,move,001\nK01,stay,\nX9,stay,\n`;
    const objections = '工号,姓名,学校代码,异议内容,处理结果\nD01,张敏,002,路远,不予采纳\n';
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'locks.csv': locks, 'objections.csv': objections });
    expect(lines).toEqual([
      'locks.csv 第2行「teacher_id」: 工号「D01」是代课教师（用人形式为代课）, 不参加交流轮岗, 未读入, 不能锁定: 请删去此行 / row 2 teacher_id: teacher "D01" is a substitute teacher (用人形式 代课), no part in the rotation: not read, and cannot be locked: remove this row',
      'locks.csv 第3行「teacher_id」: 工号「R01」是已离开本校的人员（人员状态为退休、调出、离职等）, 不参加交流轮岗, 未读入, 不能锁定: 请删去此行 / row 3 teacher_id: "R01" is staff who have left the school (人员状态 退休, 调出, 离职 …), no part in the rotation: not read, and cannot be locked: remove this row',
      'locks.csv 第4行「teacher_id」: 工号「K01」的任教学段是幼儿园, 不在交流轮岗范围, 未读入, 不能锁定: 请删去此行 / row 4 teacher_id: teacher "K01" teaches at the kindergarten stage (任教学段), outside the rotation: not read, and cannot be locked: remove this row',
      'locks.csv 第5行「teacher_id」: 工号「X9」不在教师表中 / row 5 teacher_id: teacher_id "X9" is not in the teachers file',
      'objections.csv 第2行「工号」: 工号「D01」是代课教师（用人形式为代课）, 不参加交流轮岗, 未读入, 不在方案中: 请删去此行 / row 2 teacher_id: teacher "D01" is a substitute teacher (用人形式 代课), no part in the rotation: not read, and not in the plan: remove this row',
    ]);
  });

  it('stops rotate plan with exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'left-out-locks-'));
    writeFileSync(join(dir, 'schools.csv'), SCHOOLS);
    writeFileSync(join(dir, 'teachers.csv'), TEACHERS);
    writeFileSync(join(dir, 'locks.csv'), 'teacher_id,action,school_id\nD01,stay,\n');
    const r = await planInProcess([join(dir, 'schools.csv'), join(dir, 'teachers.csv'), join(dir, 'locks.csv')], join(dir, 'plan'));
    expect(r.kind).not.toBe('written');
    expect(existsSync(join(dir, 'plan'))).toBe(false);
  });
});
