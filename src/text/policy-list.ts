import { PARAMETERS, rangeText } from '../domain/parameters.js';

/** `rotate policy`: every parameter with its default, its range and what it means, in both languages. */
export function policyList(): string[] {
  const lines = ['参数 / parameter = 默认值 default', ''];
  for (const p of PARAMETERS) {
    const computed = p.name === 'plan.cutoff' ? '(计划年份的8月31日 31 August of the plan year)' : p.name === 'plan.year' ? '(当前年份 current year)' : '(空 empty)';
    const range = rangeText(p);
    lines.push(`${p.name} = ${p.default === '' ? computed : p.default}${range ? `    范围 range: ${range}` : ''}`);
    lines.push(`    ${p.zh}`);
    lines.push(`    ${p.en}${'source' in p && p.source ? ` [${p.source}]` : ''}`);
  }
  lines.push('', '用法 / use: rotate plan data/*.csv --set weights.moves=2, or a CSV file with columns 参数,取值 (key,value) among the inputs');
  return lines;
}
