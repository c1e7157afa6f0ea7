/**
 * `rotate validate FILES` as one function: read the county (policy files among the inputs) → the
 * checks plan makes after reading (policy, dates to the cut-off, sections) → the locks against the
 * hard rules (what plan stops at before solving) → what no plan can change: the county's own
 * teachers against the 优质均衡 standards. Nothing is written.
 */
import type { Policy, PolicySetting } from '../domain/policy.js';
import type { County, InputIssue } from '../domain/types.js';
import type { CountySupply } from '../indicators/county-supply.js';
import type { MissingSection } from '../indicators/school-sections.js';
import { checkLocks } from '../plan/check-locks.js';
import type { Conflict } from '../plan/diagnose.js';
import { qualityFigures, unjudged } from '../plan/quality.js';
import type { Section } from '../indicators/types.js';
import { checkedCounty, contextOf, readCounty } from './prepare.js';

export type ValidateOutcome =
  /**
   * The files as read (counts before retirements), the warnings after reading, and what the county
   * lacks under each standard; `planned` and `policy` are the county as a plan counts it (retirees
   * out) and its policy: why nobody is eligible, when nobody is, is told from them. `unjudged`: the
   * sections the indicators leave out for having no students or being a small teaching point.
   */
  | { kind: 'valid'; county: County; warnings: InputIssue[]; supply: CountySupply[]; missingSections: MissingSection[]; unjudged: Section[]; planned: County; policy: Policy }
  | { kind: 'bad-input'; issues: InputIssue[]; warnings: InputIssue[] }
  | { kind: 'lock-conflicts'; conflicts: Conflict[]; warnings: InputIssue[] };

export async function runValidate(inputs: readonly string[], sets: readonly PolicySetting[], currentYear: number, policyFiles: readonly string[] = []): Promise<ValidateOutcome> {
  const read = await readCounty(inputs, undefined, policyFiles);
  if (!read.ok) return { kind: 'bad-input', issues: read.issues, warnings: [] };
  const county = read.value.county;
  const checked = checkedCounty(read.value, sets, currentYear);
  if (!checked.ok) return { kind: 'bad-input', issues: checked.issues, warnings: county.warnings ?? [] };
  const warnings = [...(county.warnings ?? []), ...checked.value.warnings];
  const conflicts = checkLocks(contextOf(checked.value, checked.value.policy));
  if (conflicts.length > 0) return { kind: 'lock-conflicts', conflicts, warnings };
  const quality = qualityFigures(checked.value.county, checked.value.policy, []);
  return { kind: 'valid', county, warnings, supply: quality.supply, missingSections: quality.missing, unjudged: unjudged(quality), planned: checked.value.county, policy: checked.value.policy };
}
