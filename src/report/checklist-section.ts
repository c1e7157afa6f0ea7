/** The policy checklist: every hard rule with its threshold, the plan's value and ✓ or ✗. */
import { esc } from './html.js';
import type { SummaryView } from './report-input.js';
import { note, section } from './section.js';

export function checklistSection(s: SummaryView): string {
  const rows = s.rules.map((r) => {
    const mark = r.held ? '✓' : '✗';
    const failures = r.held || r.failures.length === 0 ? '' : `<ul class="failures">${r.failures.slice(0, 8).map((f) => `<li>${esc(f.zh)} <span class="en">${esc(f.en)}</span></li>`).join('')}</ul>`;
    return `<tr data-rule="${esc(r.rule)}" data-held="${r.held ? 'yes' : 'no'}"><td class="mark ${r.held ? 'ok' : 'bad'}">${mark}${r.relaxed ? '<br><span class="tag">已放宽 relaxed</span>' : ''}</td><td>${esc(r.zh)}<div class="en">${esc(r.en)}</div>${failures}</td><td class="num threshold">${esc(r.threshold)}</td><td class="num value">${esc(r.value)}</td></tr>`;
  });
  const held = s.rules.filter((r) => r.held).length;
  const table = `<table class="data checklist"><thead><tr><th>结果</th><th>规则 <span class="en">rule</span></th><th>要求 <span class="en">threshold</span></th><th>方案值 <span class="en">value</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return section('rules', '政策规则核验', 'policy checklist', note(`${s.rules.length} 条硬性规则, 满足 ${held} 条。由独立核验程序在最终方案上逐条检查。`, `${held} of ${s.rules.length} hard rules hold, checked on the final plan by code that does not use the model.`) + table);
}
