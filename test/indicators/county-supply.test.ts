/** The county's counted teachers against what every section meeting an indicator needs: rotation moves teachers and adds none. */
import { describe, expect, it } from 'vitest';
import { countySupply } from '../../src/indicators/county-supply.js';
import type { IndicatorThresholds, SectionTally } from '../../src/indicators/types.js';

const T: IndicatorThresholds = {
  primary: { degree_per_100: 4.2, backbone_per_100: 1.0, arts_pe_per_100: 0.9 },
  junior: { degree_per_100: 5.3, backbone_per_100: 1.0, arts_pe_per_100: 0.9 },
};

const tally = (schoolId: string, stage: 'primary' | 'junior', students: number, backbone: number, arts: number, degree = 0): SectionTally => ({
  section: { schoolId, stage, students, teachingPoint: false },
  counts: { backbone_per_100: backbone, arts_pe_per_100: arts, degree_per_100: degree },
});

describe('countySupply', () => {
  it('sums each section\'s whole need: 566 students need 6 backbone teachers, 300 need 3; 9 in the county are enough, 7 are 2 short', () => {
    const enough = countySupply([tally('A', 'primary', 566, 8, 6), tally('B', 'primary', 300, 1, 2)], T, () => true);
    expect(enough.find((e) => e.indicator === 'backbone_per_100')).toEqual({ stage: 'primary', indicator: 'backbone_per_100', sections: 2, teachers: 9, needed: 9, short: 0 });
    // PE and arts: 0.9 × 566 / 100 = 5.094 → 6, 0.9 × 300 / 100 = 2.7 → 3.
    expect(enough.find((e) => e.indicator === 'arts_pe_per_100')).toMatchObject({ teachers: 8, needed: 9, short: 1 });
    const few = countySupply([tally('A', 'primary', 566, 6, 6), tally('B', 'primary', 300, 1, 3)], T, () => true);
    expect(few.find((e) => e.indicator === 'backbone_per_100')).toMatchObject({ teachers: 7, needed: 9, short: 2 });
  });

  it('takes each stage apart, leaves out sections without students and the indicators not known', () => {
    const s = countySupply([tally('A', 'primary', 500, 5, 5), tally('B', 'junior', 400, 1, 4), tally('C', 'junior', 0, 3, 3)], T, (i) => i !== 'degree_per_100');
    expect(s.map((e) => `${e.stage} ${e.indicator}`)).toEqual(['junior arts_pe_per_100', 'junior backbone_per_100', 'primary arts_pe_per_100', 'primary backbone_per_100']);
    expect(s.find((e) => e.stage === 'junior' && e.indicator === 'backbone_per_100')).toMatchObject({ sections: 1, teachers: 1, needed: 4, short: 3 });
  });
});
