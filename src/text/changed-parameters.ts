import { comparableText, parseShare, typedText } from '../domain/policy-value.js';
import type { ParamSpec } from '../domain/param-spec.js';
import type { Policy } from '../domain/policy.js';
import { PARAMETERS } from '../domain/parameters.js';
import { packColumns, TERMINAL_WIDTH } from './wrap-columns.js';

/** Parameters whose default is worked out for the run (the year, its cut-off, a large county's time limit): no setting of the clerk's. */
const COMPUTED: ReadonlySet<string> = new Set(['plan.year', 'plan.cutoff', 'solver.time_limit']);

/** A value in the one form of its kind: a number as a number (0.20, 20% and .2 alike), anything else as diff compares it. */
function valueOf(spec: ParamSpec, raw: string): string {
  const v = typedText(spec, raw);
  const n = spec.type === 'share' ? parseShare(v) : spec.type === 'number' || spec.type === 'integer' ? Number(v) : null;
  return n === null || !Number.isFinite(n) ? comparableText(spec, raw) : String(n);
}

/**
 * The parameters a run takes other than at their defaults, as `name=value` (a share typed 15% is
 * 0.15's equal, a yes/no in any of its words), within the terminal's width: what `rotate validate`
 * says it read from the policy files and --set, so that a clerk who edited 参数.csv (or commented a
 * line out) sees what is in force. Empty when every parameter is at its default.
 */
export function changedParameterLines(p: Pick<Policy, 'values'>): string[] {
  const changed = PARAMETERS.filter((spec) => !COMPUTED.has(spec.name) && valueOf(spec, p.values[spec.name] ?? '') !== valueOf(spec, spec.default)).map((spec) => `${spec.name}=${p.values[spec.name] ?? ''}`);
  if (changed.length === 0) return [];
  return ['  与默认值不同的参数 / parameters other than their defaults:', ...packColumns(changed.flatMap((c, i) => (i === 0 ? [c] : [', ', c])), TERMINAL_WIDTH, '    ')];
}
