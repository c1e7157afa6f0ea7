/**
 * The solver's account of how it found the plan (summary.json keeps it in English), in Chinese
 * for the terminal and the report. Each sentence a solver adapter writes has its translation
 * here; a sentence not known here is shown as it is.
 */
const PHRASES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^javascript-lp-solver gave no plan \((.*)\); then (.*)$/, (m) => `javascript-lp-solver 未得出方案（${methodZh(m[1] ?? '')}）, 改用 HiGHS: ${methodZh(m[2] ?? '')}`],
  [/^javascript-lp-solver's LP relaxation: (\d+) fractional columns; then (.*)$/, (m) => `javascript-lp-solver 的线性规划松弛解有 ${m[1]} 个非整数变量, 改用 HiGHS: ${methodZh(m[2] ?? '')}`],
  [/^(.*); then (\d+) single changes? of named teachers lowered the objective by ([\d.]+)$/, (m) => `${methodZh(m[1] ?? '')}; 确定人选后又做 ${m[2]} 处单人调整, 目标函数再降 ${m[3]}`],
  [/^(.*); stopped at the time limit$/, (m) => `${methodZh(m[1] ?? '')}; 到达时间上限时停止`],
  [/^(.*); then branch and cut on the whole model from that plan, to ([\d.]+)% of the bound$/, (m) => `${methodZh(m[1] ?? '')}; 再从该方案对整个模型分支切割, 距下界 ${m[2]}%`],
  [/^(.*); then (\d+) columns around them$/, (m) => `${methodZh(m[1] ?? '')}; 再放开其周围 ${m[2]} 个变量求解`],
  [/^branch and bound reached the LP bound$/, () => '分支定界达到线性规划下界'],
  [/^branch and bound, stopped within its budget$/, () => '分支定界在预算时间内停止'],
  [/^(HiGHS )?LP relaxation came out integral$/, () => '线性规划松弛解即为整数解'],
  [/^(HiGHS )?relax-and-fix: (\d+) fractional columns branched on$/, (m) => `松弛固定: 只对 ${m[2]} 个非整数变量分支`],
  [/^(HiGHS )?relax-and-fix: (\d+) fractional columns and the (\d+) columns around them branched on$/, (m) => `松弛固定: 只对 ${m[2]} 个非整数变量及其周围 ${m[3]} 个变量分支`],
  [/^HiGHS branch and cut on the whole model$/, () => '对整个模型分支切割'],
  [/^HiGHS branch and cut on the whole model \(after relax-and-fix\)$/, () => '松弛固定后对整个模型分支切割, 证明最优'],
];

export function methodZh(method: string): string {
  for (const [re, zh] of PHRASES) {
    const m = re.exec(method);
    if (m) return zh(m);
  }
  return method;
}

/** A gap (a share) as a percentage to two significant figures, rounded up so that it never understates: 0.000107 → 0.011%. */
export function gapPercent(gap: number): string {
  if (gap <= 0) return '0%';
  const digits = Math.max(0, 1 - Math.floor(Math.log10(gap * 100)));
  const scale = 10 ** digits;
  return `${(Math.ceil(gap * 100 * scale - 1e-9) / scale).toFixed(digits)}%`;
}
