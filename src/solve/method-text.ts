/**
 * The solver's account of how it found the plan (summary.json keeps it in English), in Chinese
 * for the terminal and the report. Each sentence a solver adapter writes has its translation
 * here; a sentence not known here is shown as it is.
 */
const PHRASES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^javascript-lp-solver gave no plan \((.*)\); then (.*)$/, (m) => `javascript-lp-solver 未得出方案（${methodZh(m[1] ?? '')}）, 改用 HiGHS: ${methodZh(m[2] ?? '')}`],
  [/^javascript-lp-solver's LP relaxation: (\d+) fractional columns; then (.*)$/, (m) => `javascript-lp-solver 的线性规划松弛解有 ${m[1]} 个非整数变量, 改用 HiGHS: ${methodZh(m[2] ?? '')}`],
  // "the objective": the words of plan folders written before the terms' total was named so.
  [/^(.*); then (\d+) single changes? of named teachers lowered the (?:terms' total|objective) by ([\d.]+)$/, (m) => `${methodZh(m[1] ?? '')}; 确定人选后又做 ${m[2]} 处单人调整, 各项合计再降 ${m[3]}`],
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
  // What a solve that gave no plan says (solver-failure.ts, unverified-text.ts).
  [/^(.*); its answer \((\w+)\) is not a solution of the model: (.*)$/, (m) => `${methodZh(m[1] ?? '')}; 其结果（${statusZh(m[2] ?? '')}）不是模型的解: ${faultZh(m[3] ?? '')}`],
  [/^(.*); no rule-abiding matching of teachers to places$/, (m) => `${methodZh(m[1] ?? '')}; 无法按规则把教师对应到各校岗位`],
  [/^stopped by the watchdog after ([\d.]+) s \(time limit ([\d.]+) s\)$/, (m) => `运行 ${m[1]} 秒后被强制停止（时限 ${m[2]} 秒）`],
  [/^relax-and-fix on (\d+) fractional columns found no whole solution$/, (m) => `松弛固定: 对 ${m[1]} 个非整数变量分支, 未找到整数解`],
  [/^LP relaxation: (\d+) fractional columns$/, (m) => `线性规划松弛解有 ${m[1]} 个非整数变量`],
  [/^(HiGHS )?LP relaxation infeasible$|^HiGHS proved the LP relaxation infeasible$/, () => '线性规划松弛无可行解'],
  [/^LP relaxation unbounded$/, () => '线性规划松弛无界'],
  [/^HiGHS proved the model infeasible$/, () => '模型无可行解'],
  [/^rows no plan can meet: (.*)$/, (m) => `任何方案都不能满足的约束: ${m[1]}`],
  [/^HiGHS LP relaxation: (.*)$/, (m) => `线性规划松弛: ${detailZh(m[1] ?? '')}`],
  [/^HiGHS branch and cut: (.*)$/, (m) => `对整个模型分支切割: ${detailZh(m[1] ?? '')}`],
  [/^(HiGHS relax-and-fix: .*|HiGHS branch and cut on the whole model): (infeasible|no solution within the time limit|model status \d+)$/, (m) => `${methodZh(m[1] ?? '')}: ${detailZh(m[2] ?? '')}`],
  [/^the solver stopped with an error: (.*)$/, (m) => `求解器出错停止: ${m[1]}`],
  [/^solver threw: (.*)$/, (m) => `求解器出错: ${m[1]}`],
];

/** A solve's status (summary.json's words) in Chinese. */
export function statusZh(status: string): string {
  const zh: Record<string, string> = { optimal: '最优', feasible: '可行', infeasible: '无可行解', unbounded: '无界', timedout: '超时', failed: '失败' };
  return zh[status] ?? status;
}

/** HiGHS's word on a run that gave no plan. */
function detailZh(detail: string): string {
  if (detail === 'infeasible') return '无可行解';
  if (detail === 'no solution within the time limit') return '时限内未找到解';
  const m = /^model status (\d+)$/.exec(detail);
  return m ? `模型状态 ${m[1]}` : detail;
}

/** What is wrong with an answer that is not a solution (check-solution.ts writes it in both languages; the method keeps the English). */
function faultZh(fault: string): string {
  const faults: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^it gave (\d+) values for (\d+) columns$/, (m) => `给出${m[1]}个变量值，模型有${m[2]}个变量`],
    [/^row (\S+) \((.*)\) = (\S+), not within \[(.*)\]$/, (m) => `约束 ${m[1]}（${m[2]}）= ${m[3]}，应在 [${m[4]}] 内`],
    [/^column (\S+) = (\S+) is outside \[(.*)\]$/, (m) => `变量 ${m[1]} = ${m[2]} 超出范围 [${m[3]}]`],
    [/^integer column (\S+) = (\S+) is not whole$/, (m) => `整数变量 ${m[1]} = ${m[2]} 不是整数`],
    [/^column (\S+) is (\S+)$/, (m) => `变量 ${m[1]} 的值为 ${m[2]}`],
  ];
  for (const [re, zh] of faults) {
    const m = re.exec(fault);
    if (m) return zh(m);
  }
  return fault;
}

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
