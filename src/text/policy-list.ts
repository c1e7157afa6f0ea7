import { PARAMETERS, rangeText } from '../domain/parameters.js';
import { displayWidth } from '../output/display-width.js';
import { packColumns, wrapColumns, TERMINAL_WIDTH } from './wrap-columns.js';

/**
 * The ways to set a parameter: the command as typed, on a line of its own so that no path, option
 * or parameter is broken, then what it does in Chinese and in English, each within 100 columns.
 */
const USES: readonly (readonly [command: string, zh: string, en: string])[] = [
  ['rotate plan data/*.csv --set weights.moves=2 --set rules.quota_share=15%', '一次设一个参数, 可重复, 后者为准', 'one parameter at a time, repeatable, the later wins'],
  ['rotate plan data/*.csv 参数.csv', '参数文件（两列: 参数,取值; 以 # 开头的行是注释）与输入文件一起给出', 'a policy file (columns key,value; a line starting with # is a comment) among the inputs'],
  ['rotate plan data/*.csv --policy 我的参数.csv', '其中的值优先于输入中的参数文件', 'its values win over a policy file among the inputs'],
  ['rotate init 县', '写出示例县和带说明的参数文件 参数.csv', 'writes the sample county and 参数.csv, every parameter explained'],
  ['rotate sweep data/*.csv --set weights.indicator_keep=0,5,10,20', '比较一到两个参数的几个取值', 'compares several values of one or two parameters'],
];

/** `rotate policy`: every parameter with its default, its range and what it means, in both languages, within 100 columns. */
export function policyList(): string[] {
  const lines = ['参数 / parameter = 默认值 default', ''];
  for (const p of PARAMETERS) {
    const computed = p.name === 'plan.cutoff' ? '(计划年份的8月31日 31 August of the plan year)' : p.name === 'plan.year' ? '(当前年份 current year)' : '(空 empty)';
    const range = p.type === 'share' ? `${rangeText(p)}（或百分数 or a percentage: 15%）` : rangeText(p);
    const head = `${p.name} = ${p.default === '' ? computed : p.default}${range ? `    范围 range: ${range}` : ''}`;
    // A list default (norm.subject_shares: 语文:0.24;数学:0.19;…) breaks after its semicolons, the range on a line of its own.
    if (displayWidth(head) <= TERMINAL_WIDTH) lines.push(head);
    else {
      const lead = `${p.name} = `;
      const [first = '', ...rest] = packColumns(String(p.default).split(/(?<=;)/u), TERMINAL_WIDTH, ' '.repeat(lead.length));
      lines.push(`${lead}${first.trimStart()}`, ...rest, ...(range ? [`    范围 range: ${range}`] : []));
    }
    lines.push(...wrapColumns(p.zh, TERMINAL_WIDTH, '    '));
    lines.push(...wrapColumns(`${p.en}${'source' in p && p.source ? ` [${p.source}]` : ''}`, TERMINAL_WIDTH, '    '));
  }
  lines.push('', '用法 / use:');
  for (const [command, zh, en] of USES) lines.push(`  ${command}`, ...wrapColumns(zh, TERMINAL_WIDTH, '    '), ...wrapColumns(en, TERMINAL_WIDTH, '    '));
  return lines;
}
