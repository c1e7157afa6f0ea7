import { countNeeded } from './per-100.js';
import { INDICATOR_NAMES, SECTION_STAGES, type IndicatorName, type IndicatorThresholds, type SectionStage, type SectionTally } from './types.js';

/**
 * Whether a county has the counted teachers for every section of a stage to meet an indicator:
 * rotation moves teachers between sections and never adds any, so when the stage's counted
 * teachers are fewer than the sum of each section's whole need, no plan can bring every section
 * to the standard, however it distributes them; the count short is what the county must train,
 * appoint or recruit (优质均衡: 每百名学生拥有县级以上骨干教师数 ≥ 1.0 at each school).
 */
export interface CountySupply {
  stage: SectionStage;
  indicator: IndicatorName;
  /** Sections with students. */
  sections: number;
  /** Counted teachers of the stage. */
  teachers: number;
  /** Σ over the sections of the fewest whole teachers that reach the threshold. */
  needed: number;
  /** max(0, needed − teachers). */
  short: number;
}

/**
 * Per stage and indicator (stages then indicators as strings), for the indicators `known` admits
 * (the degree one only with 学历 given): the county's counted teachers against every section's
 * whole need. Sections without students need nothing and are left out; the caller passes the
 * judged sections (a teaching point under the minimum the CVs leave out is not one).
 */
export function countySupply(tallies: readonly SectionTally[], thresholds: IndicatorThresholds, known: (indicator: IndicatorName) => boolean): CountySupply[] {
  const out: CountySupply[] = [];
  for (const stage of SECTION_STAGES) {
    const mine = tallies.filter((t) => t.section.stage === stage && t.section.students > 0);
    if (mine.length === 0) continue;
    for (const indicator of INDICATOR_NAMES) {
      if (!known(indicator)) continue;
      const teachers = mine.reduce((a, t) => a + t.counts[indicator], 0);
      const needed = mine.reduce((a, t) => a + countNeeded(thresholds[stage][indicator], t.section.students), 0);
      out.push({ stage, indicator, sections: mine.length, teachers, needed, short: Math.max(0, needed - teachers) });
    }
  }
  return out;
}
