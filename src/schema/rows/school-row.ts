import { z } from 'zod';
import type { School, Source } from '../../domain/types.js';
import { cell } from '../cell-schema.js';
import { parseArea, parseStage } from '../enums.js';
import { numberBetween, optional, orDefault, parseId, parseText, parseWholeNumber, parseYesNo } from '../values.js';

/** A row of a schools file, keyed by canonical column names. */
export const schoolRow = z.object({
  school_id: cell(parseId),
  name: cell(parseText),
  stage: cell(parseStage),
  area: cell(parseArea),
  students: cell(parseWholeNumber),
  weak: cell(orDefault(parseYesNo, false)),
  classes: cell(optional(parseWholeNumber)),
  township: cell(optional(parseText)),
  lat: cell(optional(numberBetween(-90, 90))),
  lon: cell(optional(numberBetween(-180, 180))),
});

export type SchoolRow = z.output<typeof schoolRow>;

/** The domain school of a valid row; optional fields that are empty are left out. */
export function toSchool(r: SchoolRow, source: Source): School {
  return {
    id: r.school_id,
    name: r.name,
    stage: r.stage,
    area: r.area,
    students: r.students,
    weak: r.weak,
    ...(r.classes !== undefined && { classes: r.classes }),
    ...(r.township !== undefined && { township: r.township }),
    ...(r.lat !== undefined && { lat: r.lat }),
    ...(r.lon !== undefined && { lon: r.lon }),
    source,
  };
}
