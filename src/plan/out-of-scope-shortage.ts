/**
 * The shortage of schools and sections outside the rotation's scope (a 高中, or a 完全中学's
 * 高中部, when rules.scope leaves 高中 out). Their teachers take no part and nobody is sent to them,
 * so their shortage stays what it was; yet it is in every school's figures and the county's totals
 * (summary.json's `shortage`, as schools.csv adds up). The terminal and report.html say how much of
 * the totals it is and mark such schools, so that a 高中's 13 → 13 does not read as the plan's doing.
 */
import type { Policy } from '../domain/policy.js';
import { inScope, sectionsOf } from '../domain/sections.js';
import type { Section } from '../domain/types.js';
import type { SchoolFigures } from './school-figures.js';

/** One school with shortage outside the scope: all of it (`whole`), or that of the sections named. */
export interface OutOfScopeSchool {
  figures: SchoolFigures;
  /** True when no section of the school is in the scope: the school takes no part at all. */
  whole: boolean;
  /** Its sections outside the scope. */
  sections: Section[];
  before: number;
  after: number;
}

/** The shortage outside the scope, county totals as summary.json's `shortage` counts them, and the schools it is at (in the figures' order). */
export interface OutOfScopeShortage {
  schools: OutOfScopeSchool[];
  before: number;
  after: number;
  scarceBefore: number;
  scarceAfter: number;
  ruralWeakBefore: number;
  ruralWeakAfter: number;
}

/** The part of the shortage outside `p.scope`; every figure 0 and no school when the scope covers every section with posts. */
export function outOfScopeShortage(figures: readonly SchoolFigures[], p: Pick<Policy, 'scope' | 'scarce'>): OutOfScopeShortage {
  const scarce = new Set(p.scarce);
  const total: OutOfScopeShortage = { schools: [], before: 0, after: 0, scarceBefore: 0, scarceAfter: 0, ruralWeakBefore: 0, ruralWeakAfter: 0 };
  for (const f of figures) {
    const secs = sectionsOf(f.school);
    const out = secs.filter((sec) => !inScope(sec, p));
    if (out.length === 0) continue;
    let before = 0, after = 0, xb = 0, xa = 0;
    for (const [subject, v] of f.bySubject) {
      // A school of one section has no per-section figures: its own are the section's.
      const parts = v.sections ?? [v];
      parts.forEach((part, k) => {
        if (!out.includes(secs[k] as Section)) return;
        before += part.before;
        after += part.after;
        if (scarce.has(subject)) {
          xb += part.before;
          xa += part.after;
        }
      });
    }
    if (before === 0 && after === 0) continue;
    total.schools.push({ figures: f, whole: out.length === secs.length, sections: out, before, after });
    total.before += before;
    total.after += after;
    total.scarceBefore += xb;
    total.scarceAfter += xa;
    if (f.school.area === 'rural' || f.school.weak) {
      total.ruralWeakBefore += before;
      total.ruralWeakAfter += after;
    }
  }
  return total;
}
