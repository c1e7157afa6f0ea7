import { DESCRIPTION_LABELS, type ParameterLabel } from '../domain/parameter-labels.js';
import { resolvePolicy } from '../domain/policy.js';
import type { HardRule } from './rule.js';
import { planFacts } from './facts.js';
import { HARD_RULES, TERMS } from './registry.js';

/**
 * The name each rule's line of the checklist carries (每校调出教师上限（向下取整）): the rule's own
 * check of a county with no school, where the label is, and where no other copy of it is kept.
 */
function checklistLabels(): Map<HardRule, string> {
  const policy = resolvePolicy([], 2026, (s) => s);
  const labels = new Map<HardRule, string>();
  if (!policy.ok) return labels;
  const facts = planFacts({ schools: [], teachers: [], posts: null, locks: [], policy: [], files: [], lang: 'zh' }, policy.value, []);
  for (const r of HARD_RULES) labels.set(r, r.check(facts).zh);
  return labels;
}

let labels: readonly ParameterLabel[] | undefined;

/**
 * Every name the tool prints for a parameter, a weighted term or a rule, with the parameter it
 * stands for: a term's short label (调动代价) and description name its weight (weights.moves); a
 * rule's description, checklist line and name, the threshold that loosens it
 * (rules.max_outflow_share) or else the switch that turns it off (rules.direction); and each
 * parameter's own description. Made once, when first asked for.
 */
export function parameterLabels(): readonly ParameterLabel[] {
  if (labels) return labels;
  const checklist = checklistLabels();
  labels = [
    ...TERMS.flatMap((t) => [t.label.zh, t.label.en, t.zh, t.en].map((text) => ({ text, param: `weights.${t.name}` }))),
    ...HARD_RULES.flatMap((r) => {
      const param = r.loosen?.param ?? r.switchedOff?.param;
      return param === undefined ? [] : [r.zh, r.en, r.name, checklist.get(r) ?? ''].filter((text) => text !== '').map((text) => ({ text, param }));
    }),
    ...DESCRIPTION_LABELS,
  ];
  return labels;
}
