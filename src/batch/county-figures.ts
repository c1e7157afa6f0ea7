/**
 * The figures a city reads for each county it planned, taken from the county's summary.json,
 * and their total over the counties: what a 市 education bureau reports upward (moves,
 * shortage before and after, hard rules held, 优质均衡 sections meeting every standard).
 */
import type { Summary } from '../plan-folder/summary-file.js';

/** One county's figures; counts of teachers, posts (shortage) and judged school sections. */
export interface CountyFigures {
  /** Teachers rotated (two-way 跟岗 moves included, as summary.json's counts.moved). */
  moved: number;
  backboneMoved: number;
  /** Σ over schools, stages and subjects of max(0, posts − teachers), before and after the plan. */
  shortageBefore: number;
  shortageAfter: number;
  scarceBefore: number;
  scarceAfter: number;
  /** Hard rules that hold on the plan, of all the rules summary.json lists. */
  rulesHeld: number;
  rules: number;
  /** The plan was written with hard rules relaxed (--relax). */
  relaxed: boolean;
  /** The solver proved the plan optimal (false: a time limit cut it short). */
  provenOptimal: boolean;
  /** Judged 小学 and 初中 sections meeting every 优质均衡 indicator known, before and after; and how many are judged. */
  sectionsBefore: number;
  sectionsAfter: number;
  sections: number;
  /** Which county this is: the SHA-256 of its schools table (of each, when it has several), as summary.json records them. */
  schoolsSha256: string;
}

/** The figures of one county's summary.json. */
export function countyFigures(s: Summary): CountyFigures {
  return {
    moved: s.counts.moved,
    backboneMoved: s.counts.backbone_moved,
    shortageBefore: s.shortage.before,
    shortageAfter: s.shortage.after,
    scarceBefore: s.shortage.scarce_before,
    scarceAfter: s.shortage.scarce_after,
    rulesHeld: s.rules.filter((r) => r.held).length,
    rules: s.rules.length,
    relaxed: s.relaxed,
    provenOptimal: s.solver.proven_optimal,
    sectionsBefore: s.indicators.sections_meeting_all.before,
    sectionsAfter: s.indicators.sections_meeting_all.after,
    sections: s.indicators.cv_primary.schools + s.indicators.cv_junior.schools,
    schoolsSha256: s.inputs.filter((i) => i.kind === 'schools').map((i) => i.sha256).sort().join(','),
  };
}

/** The city's total: each count summed over the counties; `rulesHeld`/`rules` count counties whose every rule holds, of all. */
export function cityTotal(counties: readonly CountyFigures[]): CountyFigures {
  const sum = (f: (c: CountyFigures) => number): number => counties.reduce((a, c) => a + f(c), 0);
  return {
    moved: sum((c) => c.moved),
    backboneMoved: sum((c) => c.backboneMoved),
    shortageBefore: sum((c) => c.shortageBefore),
    shortageAfter: sum((c) => c.shortageAfter),
    scarceBefore: sum((c) => c.scarceBefore),
    scarceAfter: sum((c) => c.scarceAfter),
    rulesHeld: counties.filter((c) => c.rulesHeld === c.rules).length,
    rules: counties.length,
    relaxed: counties.some((c) => c.relaxed),
    provenOptimal: counties.every((c) => c.provenOptimal),
    sectionsBefore: sum((c) => c.sectionsBefore),
    sectionsAfter: sum((c) => c.sectionsAfter),
    sections: sum((c) => c.sections),
    schoolsSha256: '',
  };
}
