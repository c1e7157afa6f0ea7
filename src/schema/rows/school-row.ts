import { z } from 'zod';
import type { School, Source } from '../../domain/types.js';
import { addRowIssue } from '../cell-schema.js';
import { cellShape, type RowOf, type RowSpec } from '../row-spec.js';
import { AREAS, parseArea } from '../enums.js';
import { parseSchoolStageCell } from '../outside-schools.js';
import { parseUrbanRuralCode } from '../staff-enums.js';
import { numberBetween, optional, orDefault, parseId, parseText, parseWholeNumber, yesNoWith } from '../values.js';

const AREA_ZH = (a: School['area']): string => AREAS[a][0] ?? a;

/** The cells of a schools row, keyed by canonical column names. */
const schoolCells = {
  school_id: parseId,
  // The national 学校标识码 beside the county's own code (match-headers.ts): the other sheets may give the school by it.
  school_identifier: optional(parseId),
  name: parseText,
  // 教学点 as 学段 is a 小学 that is a teaching point.
  stage: parseSchoolStageCell,
  area: optional(parseArea),
  students: parseWholeNumber,
  weak: orDefault(yesNoWith(['薄弱', '薄弱学校', '薄弱校'], ['非薄弱', '不薄弱', '非薄弱学校']), false),
  classes: optional(parseWholeNumber),
  staff_quota: optional(parseWholeNumber),
  township: optional(parseText),
  lat: optional(numberBetween(-90, 90)),
  lon: optional(numberBetween(-180, 180)),
  urban_rural_code: optional(parseUrbanRuralCode),
  teaching_point: optional(yesNoWith(['教学点', '小学教学点'], ['非教学点', '不是教学点'])),
  primary_students: optional(parseWholeNumber),
  junior_students: optional(parseWholeNumber),
  senior_students: optional(parseWholeNumber),
};

/** Checks across the cells of one schools row: 城乡分类代码 stands in for 城乡类型; both given must agree. */
function checkSchoolRow(r: RowOf<typeof schoolCells>, ctx: z.RefinementCtx): void {
  if (r.area === undefined && r.urban_rural_code === undefined) {
    const empty = parseArea('');
    if (!empty.ok) addRowIssue(ctx, 'area', `${empty.zh}（或填写城乡分类代码）`, `${empty.en} (or give urban_rural_code)`);
  }
  if (r.stage.teachingPoint && r.teaching_point === false) {
    addRowIssue(ctx, 'teaching_point', '学段为教学点, 与此列（不是教学点）不一致', 'stage says a teaching point (教学点), but teaching_point says it is not one');
  }
  const code = r.urban_rural_code;
  if (r.area !== undefined && code !== undefined && code.area !== r.area) {
    addRowIssue(ctx, 'urban_rural_code', `城乡分类代码${code.code}表示${AREA_ZH(code.area)}, 与城乡类型「${AREA_ZH(r.area)}」不一致`, `urban_rural_code ${code.code} means ${code.area}, but area says ${r.area}`);
  }
}

/** A row of a schools file. */
export const schoolRow = z.object(cellShape(schoolCells)).superRefine(checkSchoolRow);

export type SchoolRow = z.output<typeof schoolRow>;

/** The schools row schema and its parts, for readRows's fast path. */
export const schoolSpec: RowSpec<typeof schoolRow> = { schema: schoolRow, cells: schoolCells, check: checkSchoolRow };

/** The domain school of a valid row; optional fields that are empty are left out. */
export function toSchool(r: SchoolRow, source: Source): School {
  return {
    id: r.school_id,
    ...(r.school_identifier !== undefined && { identifier: r.school_identifier }),
    name: r.name,
    stage: r.stage.stage,
    // One of the two is given (the row schema holds it).
    area: r.area ?? r.urban_rural_code?.area ?? 'rural',
    students: r.students,
    weak: r.weak,
    ...(r.classes !== undefined && { classes: r.classes }),
    ...(r.staff_quota !== undefined && { staffQuota: r.staff_quota }),
    ...(r.township !== undefined && { township: r.township }),
    ...(r.lat !== undefined && { lat: r.lat }),
    ...(r.lon !== undefined && { lon: r.lon }),
    ...(r.urban_rural_code !== undefined && { urbanRuralCode: r.urban_rural_code.code }),
    ...((r.teaching_point !== undefined || r.stage.teachingPoint) && { teachingPoint: r.teaching_point ?? true }),
    ...(r.primary_students !== undefined && { primaryStudents: r.primary_students }),
    ...(r.junior_students !== undefined && { juniorStudents: r.junior_students }),
    ...(r.senior_students !== undefined && { seniorStudents: r.senior_students }),
    source,
  };
}
