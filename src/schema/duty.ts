/**
 * 职务 (行政职务, 现任职务): the office a member of staff holds, where a roster says who leads the
 * school. The national system's 岗位类别 holds the 事业单位 post class (专业技术岗位, 管理岗位,
 * 工勤技能岗位), which does not say who is principal; a county's sheet then names the principal in
 * 职务. Its values are open (教导主任, 班主任, 教研组长, 校长兼书记 …), so the column is never refused:
 * an office naming 副校长 is a vice principal's, one naming 校长 otherwise a principal's, any other
 * (a blank too) a teacher's.
 */
import type { Role } from '../domain/types.js';
import { ok, type CellParser } from './values.js';

/** The role an office names: 副校长 before 校长, since the one holds the other's words; 校长助理 is no leader's. */
export function dutyRole(text: string): Role {
  const s = text.normalize('NFKC').replace(/\s+/gu, '');
  if (s.includes('副校长')) return 'vice_principal';
  if (s.includes('校长') && !s.includes('校长助理')) return 'principal';
  return 'teacher';
}

/** 职务 as a cell: never refused. */
export const parseDuty: CellParser<Role> = (text) => ok(dutyRole(text));

/**
 * A teacher's role from 岗位类别 and 职务 together: a leader's role in either is taken; where both
 * name a leader, they must agree (the caller says so at the cell). Without 职务, 岗位类别's.
 */
export function roleOf(role: Role, duty: Role | undefined): Role {
  return role !== 'teacher' || duty === undefined ? role : duty;
}
