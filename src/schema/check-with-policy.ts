/**
 * What `rotate validate` checks beyond the files themselves: the policy rows and settings, and
 * the dates that need the plan's cut-off date (see applyCutoff), as `rotate plan` would.
 */
import { resolvePolicy, type PolicySetting } from '../domain/policy.js';
import { subjectKey } from '../domain/subjects.js';
import type { County, InputIssue } from '../domain/types.js';
import { applyCutoff } from './apply-cutoff.js';

/** Input errors and warnings of a county once its policy (with `sets` after the policy rows) is applied. */
export function checkWithPolicy(county: County, currentYear: number, sets: PolicySetting[] = []): { issues: InputIssue[]; warnings: InputIssue[] } {
  const settings: PolicySetting[] = [...county.policy.map((e) => ({ key: e.key, value: e.value, file: e.source.file, row: e.source.row })), ...sets];
  const policy = resolvePolicy(settings, currentYear, subjectKey);
  if (!policy.ok) return { issues: policy.issues, warnings: [] };
  const dated = applyCutoff(county, policy.value);
  return { issues: dated.ok ? [] : dated.issues, warnings: dated.warnings };
}
