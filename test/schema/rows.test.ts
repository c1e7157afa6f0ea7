import { describe, expect, it } from 'vitest';
import { lockRow, toLock } from '../../src/schema/rows/lock-row.js';
import { policyRow } from '../../src/schema/rows/policy-row.js';
import { postRow, toPost } from '../../src/schema/rows/post-row.js';
import { schoolRow, toSchool } from '../../src/schema/rows/school-row.js';
import { teacherRow, toTeacher } from '../../src/schema/rows/teacher-row.js';
import { issueText } from '../../src/schema/cell-schema.js';

const src = { file: 'f.csv', row: 2 };

describe('row schemas', () => {
  it('school: parses every cell and defaults weak to no', () => {
    const r = schoolRow.parse({ school_id: '001', name: '一小', stage: '小学', area: '城区', students: '１２００', classes: '', township: undefined });
    expect(toSchool(r, src)).toEqual({ id: '001', name: '一小', stage: 'primary', area: 'urban', students: 1200, weak: false, source: src });
  });

  it('teacher: applies defaults and leaves empty optional fields out', () => {
    const r = teacherRow.parse({ teacher_id: 'T1', name: '王芳', school_id: '001', subject: 'Music', years_at_school: '6' });
    const t = toTeacher(r, src);
    expect(t).toEqual({
      id: 'T1', name: '王芳', schoolId: '001', subject: '音乐', subjectLabel: 'Music', yearsAtSchool: 6,
      backbone: 'none', title: 'none', ruralYears: 0, role: 'teacher', preferences: [], source: src,
    });
    expect(Object.keys(t)).not.toContain('gender');
  });

  it('teacher: one issue per bad cell, each carrying both languages', () => {
    const r = teacherRow.safeParse({ teacher_id: '1.1E+05', name: '', school_id: '001', subject: '数学', years_at_school: '六', gender: 'X' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.path[0])).toEqual(['teacher_id', 'name', 'years_at_school', 'gender']);
    expect(issueText(r.error.issues[2]!)).toEqual({ zh: '应为不小于0的年数（如 8、8年、4.5、4年6个月）, 实为「六」', en: 'expected a number of years ≥ 0 (8, 4.5, 4年6个月), found "六"' });
  });

  it('post: canonical subject key and label', () => {
    expect(toPost(postRow.parse({ school_id: '001', subject: 'PE', posts: '2' }), src)).toEqual({ schoolId: '001', subject: '体育', subjectLabel: 'PE', posts: 2, source: src });
  });

  it('lock: move and forbid need a school; stay ignores one', () => {
    const bad = lockRow.safeParse({ teacher_id: 'T1', action: '调往', school_id: '' });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error.issues[0]?.path).toEqual(['school_id']);
      expect(issueText(bad.error.issues[0]!)).toEqual({ zh: '「调往」须填写学校代码, 实为空白', en: 'a move lock needs a school_id, found an empty cell' });
    }
    expect(lockRow.safeParse({ teacher_id: 'T1', action: 'forbid' }).success).toBe(false);
    expect(toLock(lockRow.parse({ teacher_id: 'T1', action: '留任', school_id: '002' }), src)).toEqual({ teacherId: 'T1', action: 'stay', source: src });
    expect(toLock(lockRow.parse({ teacher_id: 'T1', action: 'move', school_id: '002' }), src)).toEqual({ teacherId: 'T1', action: 'move', schoolId: '002', source: src });
    // A row of a plan's assignments.csv (no action column): a move to 交流学校代码, marked as from a plan.
    expect(toLock(lockRow.parse({ teacher_id: 'T1', to_school_id: '007' }), src)).toEqual({ teacherId: 'T1', action: 'move', schoolId: '007', fromPlan: true, schoolColumn: 'to_school_id', source: src });
    // A row of principals.csv: 学校代码 is where the principal is, 交流学校代码 where the county sends him or her.
    expect(toLock(lockRow.parse({ teacher_id: 'T1', school_id: '001', to_school_id: '007' }), src)).toEqual({ teacherId: 'T1', action: 'move', schoolId: '007', fromPlan: true, schoolColumn: 'to_school_id', source: src });
    // With an action too, the 交流学校代码 is the lock's school and 学校代码 where the teacher is; the name beside it is kept.
    expect(toLock(lockRow.parse({ teacher_id: 'T1', action: '禁止', school_id: '001', to_school_id: '007', to_school: '山背小学' }), src)).toEqual({ teacherId: 'T1', action: 'forbid', schoolId: '007', schoolColumn: 'to_school_id', schoolName: '山背小学', source: src });
    expect(lockRow.safeParse({ teacher_id: 'T1', to_school_id: '' }).success).toBe(false);
    expect(lockRow.safeParse({ teacher_id: 'T1', action: '' }).success).toBe(false);
  });

  it('policy: key required, value kept as text', () => {
    expect(policyRow.parse({ key: ' rules.quota_share ', value: ' 0.15 ' })).toEqual({ key: 'rules.quota_share', value: '0.15' });
    expect(policyRow.safeParse({ key: '', value: '1' }).success).toBe(false);
  });
});
