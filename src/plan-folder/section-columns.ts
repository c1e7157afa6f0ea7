/**
 * The 优质均衡 columns of schools.csv: for each judged section (小学部, 初中部) its students and
 * the three teacher indicators per 100 students before and after the plan, as the inspectors
 * count them. A cell is blank where the school has no such section (or its students are not
 * given), where the section has no students or is a teaching point under the minimum the CVs
 * leave out, and for the degree indicator when no teacher's 学历 is given: blank means "not
 * judged", never 0. A figure keeps the table's 4 decimals, cut rather than rounded where rounding
 * would carry it onto its standard (a 初中部 of 2,889 students with 26 PE and arts teachers has
 * 0.899965 per 100: 0.8999, not 0.9, which would read as met).
 */
import { fixedBeside } from '../indicators/figure-beside-mark.js';
import type { Column } from '../output/csv.js';
import type { IndicatorName, SectionStage } from '../indicators/types.js';
import { INDICATOR_LABEL, INDICATOR_ORDER, SECTION_LABEL, SECTION_ORDER } from '../plan/indicator-labels.js';
import type { SchoolLine } from '../plan/school-lines.js';

const WHEN = { before: '调整前', after: '调整后' } as const;

/** A section's indicator per 100 students, or undefined (a blank cell) where it is not judged. */
export function sectionValue(line: SchoolLine, stage: SectionStage, indicator: IndicatorName, when: 'before' | 'after'): number | undefined {
  const pair = line.sections[stage];
  if (!pair || !pair.judged) return undefined;
  if (indicator === 'degree_per_100' && !line.degreeGiven) return undefined;
  return pair[when].values[indicator].value;
}

/** The digits schools.csv and its sheet keep (formatNumber). */
const DIGITS = 4;

/** {@link sectionValue} as schools.csv shows it: to its 4 decimals, on the side of the standard the figure is on. */
export function shownSectionValue(line: SchoolLine, stage: SectionStage, indicator: IndicatorName, when: 'before' | 'after'): number | undefined {
  const v = sectionValue(line, stage, indicator, when);
  const threshold = line.sections[stage]?.[when].values[indicator].threshold;
  return v === undefined || threshold === undefined ? v : fixedBeside(v, threshold, 'at_least', DIGITS);
}

/** The columns: per section, its students, then each indicator before and after. */
export function sectionColumns(): Column<SchoolLine>[] {
  return SECTION_ORDER.flatMap((stage): Column<SchoolLine>[] => [
    { en: `${stage}_students`, zh: `${SECTION_LABEL[stage].zh}学生数`, get: (l) => l.sections[stage]?.before.section.students },
    ...INDICATOR_ORDER.flatMap((indicator) =>
      (['before', 'after'] as const).map((when): Column<SchoolLine> => ({
        en: `${stage}_${indicator}_${when}`,
        zh: `${SECTION_LABEL[stage].zh}${WHEN[when]}每百名学生${INDICATOR_LABEL[indicator].zh}`,
        get: (l) => shownSectionValue(l, stage, indicator, when),
      })),
    ),
  ]);
}
