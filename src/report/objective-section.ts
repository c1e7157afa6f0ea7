/** The objective broken down by named term, and the weights (and every other parameter) used. */
import { PARAMETERS, type ParamSpec } from '../domain/parameters.js';
import { gapPercent, methodZh } from '../solve/method-text.js';
import type { Policy } from '../domain/policy.js';
import { barChart, type ChartRow } from './bar-chart.js';
import { num } from './format.js';
import { esc } from './html.js';
import type { SummaryView } from './report-input.js';
import { byText, note, section } from './section.js';
import { TERM_LABELS } from '../rules/term-labels.js';

function paramTable(names: readonly string[], p: Policy, cls: string): string {
  const spec = new Map<string, ParamSpec>(PARAMETERS.map((x) => [x.name, x]));
  const rows = names.map((n) => {
    const x = spec.get(n);
    const v = p.values[n] ?? '';
    const changed = x !== undefined && x.default !== '' && x.default !== v;
    return `<tr data-param="${esc(n)}" data-value="${esc(v)}"${changed ? ' class="changed"' : ''}><td><code>${esc(n)}</code></td><td class="num">${esc(v)}</td><td class="num muted">${esc(x?.default ?? '')}</td><td>${esc(x?.zh ?? '')}<div class="en">${esc(x?.en ?? '')}</div></td></tr>`;
  });
  return `<table class="data ${cls}"><thead><tr><th>参数 <span class="en">parameter</span></th><th>取值 <span class="en">value</span></th><th>默认 <span class="en">default</span></th><th>含义 <span class="en">meaning</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function objectiveSection(s: SummaryView, p: Policy): string {
  const fam = new Map(s.objective.families.map((f) => [f.name, f]));
  const terms = Object.entries(s.objective.terms).sort((a, b) => byText(a[0], b[0]));
  // Each bar is named by its term's short label, as rotate diff and explain name it (调动代价, not the rule's 调动人数: the bar is a weighted cost, not a headcount).
  const rows: ChartRow[] = terms.map(([name, v]) => {
    const f = fam.get(name);
    const label = name in TERM_LABELS ? TERM_LABELS[name as keyof typeof TERM_LABELS].zh : (f?.zh.replace(/[（(:：].*$/u, '') ?? name);
    return { key: name, label: `${label}（${name}）`, title: f ? `${f.zh} / ${f.en}` : name, badges: [], values: [v] };
  });
  const o = s.objective;
  const weights = Object.keys(p.values).filter((k) => k.startsWith('weights.')).sort(byText);
  const others = Object.keys(p.values).filter((k) => !k.startsWith('weights.')).sort(byText);
  const body = [
    note(
      `目标函数越小越好（奖励记为负值）。模型目标值 ${num(o.model_total)}${o.bound === null ? '' : `, 下界 ${num(o.bound)}, 差距 ${gapPercent(o.gap)}`}; 求解器 ${s.solver.name}: ${s.solver.proven_optimal ? '已证明最优' : '可行但未证明最优'}（${methodZh(s.solver.method)} / ${s.solver.method}）。志愿、家乡、优先三项在第二阶段（确定具体人选）计入, 在模型之外: 各项合计为 ${num(o.terms_total)}。`,
      `the objective is minimised (rewards count negative). Model objective ${num(o.model_total)}${o.bound === null ? '' : `, bound ${num(o.bound)}, gap ${gapPercent(o.gap)}`}; ${s.solver.proven_optimal ? 'proven optimal' : 'feasible, not proven optimal'}. Preference, home township and priority are scored in stage two, when teachers are named, outside the model: the terms add up to ${num(o.terms_total)}.`,
    ),
    barChart({ chart: 'objective', title: '目标函数各项 / objective by term', series: [{ cls: 'term', name: '数值 value' }], rows, labelMax: 360, format: (v) => num(v) }),
    '<h3>权重 <span class="en">weights</span></h3>',
    paramTable(weights, p, 'weights'),
    `<details class="all-params"><summary>全部参数 <span class="en">every parameter</span></summary>${paramTable(others, p, 'params')}</details>`,
  ];
  return section('objective', '目标函数与权重', 'objective by term and weights', body.join(''));
}
