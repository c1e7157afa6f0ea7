/**
 * The national system's roster lists staff whose 人员状态 says they are gone from the school
 * (退休, 离休, 调出, 离职, 辞职, 死亡). A 退休 teacher was read as staff who takes no part: counted
 * in the school's 调整前教师数, in its teachers per subject (a post shown as filled) and in the
 * 优质均衡 indicators (a retired 县级 backbone teacher counted as the school's); 调出 and the others
 * were refused as unknown states. Such rows are now left out, as the rows of staff who do not
 * teach are, with one warning naming them; a 返聘 teacher (a retiree hired back, not 在编) is read
 * as contract staff, who teach and count but do not rotate.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { county } from '../schema/load-county-helpers.js';

const SCHOOLS = 'school_id,name,stage,area,students\n001,城关一小,primary,urban,1200\n';
const HEADER = ['工号', '姓名', '学校代码', '任课学科', '进本校年月', '是否在编', '用人形式', '人员状态', '是否县级及以上骨干教师'];
const ROWS = [
  ['T1', '王芳', '001', '数学', '2010-09', '是', '', '在岗', '是'],
  ['T2', '李强', '001', '语文', '2010-09', '是', '', '3-退休', '是'],
  ['T3', '张敏', '001', '语文', '2010-09', '是', '', '调出', '否'],
  ['T4', '赵刚', '001', '语文', '2010-09', '是', '', '离职', '否'],
  ['T5', '钱丽', '001', '语文', '2010-09', '否', '返聘', '在岗', '否'],
  ['T6', '孙伟', '001', '语文', '2010-09', '是', '', '病休', '否'],
  ['T7', '周洁', '001', '英语', '2010-09', '是', '', '死亡', '否'],
];

describe('staff the national roster lists as gone from the school', () => {
  it.each([['xlsx', 'xlsx'], ['biff8', 'xls']] as const)('%s: are not read, with one warning; 返聘 is contract staff', async (type, ext) => {
    const sheet = XLSX.utils.aoa_to_sheet([['XX县2026年教师信息表'], HEADER, ...ROWS]);
    const c = await county({ 'schools.csv': SCHOOLS, [`教师.${ext}`]: workbookBytes([{ name: '教职工', sheet }], type) });
    expect(c.teachers.map((t) => t.id)).toEqual(['T1', 'T5', 'T6']);
    expect(c.teachers.find((t) => t.id === 'T5')?.employment).toBe('contract');
    const lines = formatIssues(c.warnings ?? []).filter((w) => w.includes('已离开本校'));
    expect(lines).toEqual([`教师.${ext}[教职工]: 4 名已离开本校的人员（人员状态为退休、调出、离职等）未读入: 不参加交流轮岗, 也不计入学校教师数（第4、5、6、9行） / 4 staff who have left the school (人员状态 退休, 调出, 离职 …) were not read: they take no part in the rotation and count in no school's teachers (rows 4, 5, 6, 9)`]);
  });
});
