import type { z } from 'zod';
import type { CalendarDate } from '../../domain/calendar.js';
import { saysNoSubject } from '../../domain/subjects.js';
import type { Backbone, Role } from '../../domain/types.js';
import { addRowIssue } from '../cell-schema.js';
import { roleOf } from '../duty.js';
import { BACKBONES, ROLES } from '../enums.js';
import { showEn, showZh } from '../show-value.js';

/** Earliest plausible year of birth of a teacher in service. */
export const EARLIEST_BIRTH_YEAR = 1940;

/** The cells of a teachers row that the checks across its columns read. */
interface RowFacts {
  school_id: string;
  subject?: string | undefined;
  role: Role;
  duty?: Role | undefined;
  years_at_school?: number | undefined;
  joined_school?: CalendarDate | undefined;
  birth_year?: number | undefined;
  birth_date?: CalendarDate | undefined;
  exchange_home_school?: string | undefined;
  exchange_end?: CalendarDate | undefined;
  backbone?: Backbone | undefined;
  county_backbone?: boolean | undefined;
  any_backbone?: boolean | undefined;
}

const BACKBONE_ZH = (b: Backbone): string => BACKBONES[b][0] ?? b;

/** The levels 是否县级及以上骨干教师 says 是 of. */
const COUNTY_OR_HIGHER: ReadonlySet<Backbone> = new Set(['county', 'city', 'province']);

/**
 * Checks across the cells of one teachers row: a subject for every teacher (a leader may teach none), years at the school given one way or the
 * other, a birth year and a birth date that agree and are plausible, an exchange in progress
 * named by both its home school and its end. Each problem sits at the column to mend.
 */
export function checkTeacherRow(r: RowFacts, ctx: z.RefinementCtx): void {
  if (r.role !== 'teacher' && r.duty !== undefined && r.duty !== 'teacher' && r.duty !== r.role) {
    addRowIssue(ctx, 'duty', `与岗位类别不一致（岗位类别为${ROLES[r.role][0] ?? r.role}）`, `disagrees with role (${r.role})`);
  }
  if (roleOf(r.role, r.duty) === 'teacher' && saysNoSubject(r.subject)) {
    if (r.subject === undefined) addRowIssue(ctx, 'subject', '应填写任教学科, 实为空白（只有不任课的校长、副校长可以不填）', 'expected the subject taught, found an empty cell (only a principal or vice principal who teaches no class may leave it empty)');
    else addRowIssue(ctx, 'subject', `「${r.subject}」不是学科: 教师应填写所教学科（只有不任课的校长、副校长可以这样填）`, `subject is "${r.subject}": a teacher's subject is needed (only a principal or vice principal who teaches no class may write that)`);
  }
  if (r.years_at_school === undefined && r.joined_school === undefined) {
    addRowIssue(ctx, 'years_at_school', '应填写本校任教年限或进本校年月, 实为空白', 'expected years_at_school or joined_school, found both empty');
  }
  if (r.birth_year !== undefined && r.birth_date !== undefined && r.birth_year !== r.birth_date.year) {
    addRowIssue(ctx, 'birth_date', `出生年月的年份${r.birth_date.year}与出生年份${r.birth_year}不一致`, `the year of birth_date, ${r.birth_date.year}, differs from birth_year ${r.birth_year}`);
  }
  const born = r.birth_date?.year ?? r.birth_year;
  if (born !== undefined && born < EARLIEST_BIRTH_YEAR) {
    addRowIssue(ctx, r.birth_date ? 'birth_date' : 'birth_year', `出生于${born}年, 早于${EARLIEST_BIRTH_YEAR}年, 不可能仍在职; 请核对`, `born in ${born}, before ${EARLIEST_BIRTH_YEAR}: cannot still be teaching; check the cell`);
  }
  if (r.exchange_home_school !== undefined && r.exchange_end === undefined) {
    addRowIssue(ctx, 'exchange_end', '填写了交流原学校代码, 应同时填写交流结束年月, 实为空白', 'exchange_home_school is given, so exchange_end is needed too, found an empty cell');
  }
  if (r.exchange_end !== undefined && r.exchange_home_school === undefined) {
    addRowIssue(ctx, 'exchange_home_school', '填写了交流结束年月, 应同时填写交流原学校代码, 实为空白', 'exchange_end is given, so exchange_home_school is needed too, found an empty cell');
  }
  checkBackbone(r, ctx);
  if (r.exchange_home_school !== undefined && r.exchange_home_school === r.school_id) {
    addRowIssue(ctx, 'exchange_home_school', `交流原学校${showZh(r.exchange_home_school)}就是该教师现在的学校`, `exchange_home_school ${showEn(r.exchange_home_school)} is the school the teacher is at now`);
  }
}

/** The yes/no backbone columns beside 骨干等级 and each other: all of them must say the same. */
function checkBackbone(r: RowFacts, ctx: z.RefinementCtx): void {
  if (r.backbone !== undefined && r.county_backbone !== undefined && COUNTY_OR_HIGHER.has(r.backbone) !== r.county_backbone) {
    addRowIssue(ctx, 'county_backbone', `与骨干等级不一致（骨干等级为${BACKBONE_ZH(r.backbone)}）`, `disagrees with backbone (${r.backbone})`);
  }
  if (r.backbone !== undefined && r.any_backbone !== undefined && (r.backbone !== 'none') !== r.any_backbone) {
    addRowIssue(ctx, 'any_backbone', `与骨干等级不一致（骨干等级为${BACKBONE_ZH(r.backbone)}）`, `disagrees with backbone (${r.backbone})`);
  }
  if (r.county_backbone === true && r.any_backbone === false) {
    addRowIssue(ctx, 'any_backbone', '与是否县级及以上骨干教师不一致（该列为「是」）', 'disagrees with county_backbone (yes)');
  }
}
