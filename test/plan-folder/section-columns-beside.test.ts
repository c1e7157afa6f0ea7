import { describe, expect, it } from 'vitest';
import { fixedBeside } from '../../src/indicators/figure-beside-mark.js';
import { sectionIndicators } from '../../src/indicators/section-indicators.js';
import type { IndicatorThresholds } from '../../src/indicators/types.js';
import { formatNumber } from '../../src/output/csv.js';
import { sectionColumns } from '../../src/plan-folder/section-columns.js';
import type { SchoolLine } from '../../src/plan/school-lines.js';

const THRESHOLDS: IndicatorThresholds = {
  primary: { degree_per_100: 4.2, backbone_per_100: 1, arts_pe_per_100: 0.9 },
  junior: { degree_per_100: 5.3, backbone_per_100: 1, arts_pe_per_100: 0.9 },
};

/** A 初中 of `students` students with these counted teachers before and after (the same). */
function line(students: number, arts: number, degree: number): SchoolLine {
  const tally = { section: { schoolId: 'J', stage: 'junior' as const, students, teachingPoint: false }, counts: { arts_pe_per_100: arts, backbone_per_100: 0, degree_per_100: degree } };
  const s = sectionIndicators(tally, THRESHOLDS);
  return { sections: { junior: { before: s, after: s, judged: true } }, degreeGiven: true } as unknown as SchoolLine;
}

/** schools.csv's cell of a column, as the file writes it. */
function cell(l: SchoolLine, en: string): string {
  const col = sectionColumns().find((c) => c.en === en);
  const v = col?.get(l);
  return typeof v === 'number' ? formatNumber(v) : String(v);
}

describe('schools.csv: a section short of a standard never reads as meeting it', () => {
  it('a 初中部 of 2,889 students with 26 PE and arts teachers (0.899965 per 100) reads 0.8999, not 0.9', () => {
    // Worked out by hand: 26 × 100 / 2889 = 0.89996538…, under the 0.9 standard.
    const l = line(2889, 26, 153);
    expect(l.sections.junior?.after.values.arts_pe_per_100.met).toBe(false);
    expect(cell(l, 'junior_arts_pe_per_100_before')).toBe('0.8999');
    expect(cell(l, 'junior_arts_pe_per_100_after')).toBe('0.8999');
  });

  it('a 初中部 of 2,717 students with 144 teachers above the required degree (5.299963) reads 5.2999, not 5.3', () => {
    const l = line(2717, 26, 144);
    expect(l.sections.junior?.after.values.degree_per_100.met).toBe(false);
    expect(cell(l, 'junior_degree_per_100_after')).toBe('5.2999');
  });

  it('keeps the usual rounding wherever it does not cross the standard', () => {
    const l = line(2890, 26, 200);
    // 26 × 100 / 2890 = 0.899653…: 0.8997, under 0.9 either way.
    expect(cell(l, 'junior_arts_pe_per_100_after')).toBe('0.8997');
    // 200 × 100 / 2890 = 6.920415…
    expect(cell(l, 'junior_degree_per_100_after')).toBe('6.9204');
    expect(fixedBeside(0.9, 0.9, 'at_least', 4)).toBe(0.9);
    expect(fixedBeside(0.90004, 0.9, 'at_least', 4)).toBe(0.9);
    expect(fixedBeside(0.50004, 0.5, 'at_most', 4)).toBe(0.5001);
  });
});
