import { HARD_RULES, TERMS } from '../rules/registry.js';
import { wrapColumns, TERMINAL_WIDTH } from './wrap-columns.js';

/**
 * The rules as `rotate policy` lists them: every hard rule (what a plan must keep; with the
 * parameter that loosens a relaxable one) and every soft term (a weighted part of the objective),
 * by the names summary.json and the diagnosis use; within 100 columns.
 */
export function ruleList(): string[] {
  const width = Math.max(...[...HARD_RULES, ...TERMS].map((r) => r.name.length)) + 2;
  const lines = ['规则 / rules（硬性 hard: 方案必须满足; 软性 soft: 目标函数中的加权项, 权重见 weights.*）', ''];
  for (const r of HARD_RULES) {
    const relax = r.loosen ? `, 可放宽 relaxable: ${r.loosen.param}` : '';
    lines.push(`  ${r.name.padEnd(width)}硬性 hard${relax}`);
    lines.push(...wrapColumns(r.zh, TERMINAL_WIDTH, '    '), ...wrapColumns(r.en, TERMINAL_WIDTH, '    '));
  }
  for (const t of TERMS) {
    lines.push(`  ${t.name.padEnd(width)}软性 soft`);
    lines.push(...wrapColumns(t.zh, TERMINAL_WIDTH, '    '), ...wrapColumns(t.en, TERMINAL_WIDTH, '    '));
  }
  return lines;
}
