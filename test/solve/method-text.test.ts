import { describe, expect, it } from 'vitest';
import { methodZh } from '../../src/solve/method-text.js';

describe('the solver line in Chinese', () => {
  it('translates every sentence the adapters write, and keeps an unknown one as it is', () => {
    expect(methodZh('branch and bound reached the LP bound')).toBe('分支定界达到线性规划下界');
    expect(methodZh('HiGHS LP relaxation came out integral')).toBe('线性规划松弛解即为整数解');
    expect(methodZh('HiGHS relax-and-fix: 80 fractional columns branched on')).toBe('松弛固定: 只对 80 个非整数变量分支');
    expect(methodZh('HiGHS relax-and-fix: 3 fractional columns branched on; stopped at the time limit')).toBe('松弛固定: 只对 3 个非整数变量分支; 到达时间上限时停止');
    expect(methodZh('javascript-lp-solver gave no plan (branch and bound, stopped within its budget); then HiGHS branch and cut on the whole model')).toBe('javascript-lp-solver 未得出方案（分支定界在预算时间内停止）, 改用 HiGHS: 对整个模型分支切割');
    expect(methodZh('HiGHS relax-and-fix: 63 fractional columns branched on; then 649 columns around them')).toBe('松弛固定: 只对 63 个非整数变量分支; 再放开其周围 649 个变量求解');
    expect(methodZh('HiGHS relax-and-fix: 9 fractional columns branched on; then 40 columns around them; then branch and cut on the whole model from that plan, to 0.050% of the bound')).toBe('松弛固定: 只对 9 个非整数变量分支; 再放开其周围 40 个变量求解; 再从该方案对整个模型分支切割, 距下界 0.050%');
    expect(methodZh('HiGHS relax-and-fix: 98 fractional columns and the 1432 columns around them branched on')).toBe('松弛固定: 只对 98 个非整数变量及其周围 1432 个变量分支');
    expect(methodZh('something new')).toBe('something new');
    for (const s of ['branch and bound reached the LP bound', 'LP relaxation came out integral', 'relax-and-fix: 2 fractional columns branched on', 'relax-and-fix: 2 fractional columns and the 5 columns around them branched on']) expect(methodZh(s)).not.toMatch(/[a-z]{3,}/);
  });
});

describe('the solver line in Chinese when the solve gave no plan', () => {
  it('translates what a failed or timed-out solve says, so the Chinese line reads in Chinese', () => {
    // Seen: rotate plan c1500/*.csv --solver jslp printed 求解超时（…）…已尝试: javascript-lp-solver: stopped by the watchdog after 77.0 s (time limit 60 s)
    expect(methodZh('stopped by the watchdog after 77.0 s (time limit 60 s)')).toBe('运行 77.0 秒后被强制停止（时限 60 秒）');
    expect(methodZh('relax-and-fix on 12 fractional columns found no whole solution')).toBe('松弛固定: 对 12 个非整数变量分支, 未找到整数解');
    expect(methodZh('LP relaxation came out integral; its answer (optimal) is not a solution of the model: column x_1 is NaN')).toBe('线性规划松弛解即为整数解; 其结果（最优）不是模型的解: 变量 x_1 的值为 NaN');
    expect(methodZh('HiGHS branch and cut on the whole model: no solution within the time limit')).toBe('对整个模型分支切割: 时限内未找到解');
    expect(methodZh('javascript-lp-solver gave no plan (stopped by the watchdog after 2.1 s (time limit 2 s)); then HiGHS LP relaxation: no solution within the time limit')).toBe('javascript-lp-solver 未得出方案（运行 2.1 秒后被强制停止（时限 2 秒））, 改用 HiGHS: 线性规划松弛: 时限内未找到解');
    expect(methodZh('HiGHS relax-and-fix: 3 fractional columns branched on; no rule-abiding matching of teachers to places')).toBe('松弛固定: 只对 3 个非整数变量分支; 无法按规则把教师对应到各校岗位');
    for (const s of ['LP relaxation infeasible', 'LP relaxation unbounded', 'HiGHS proved the model infeasible', 'HiGHS proved the LP relaxation infeasible', 'LP relaxation: 4 fractional columns', 'HiGHS branch and cut: model status 7']) expect(methodZh(s)).not.toMatch(/[a-z]{3,}/);
  });
});

describe('the single changes after the naming, in the solver line', () => {
  it('say they lowered the sum of the terms (terms_total), not the objective a proven optimum speaks of', () => {
    // Seen: 已证明最优（线性规划松弛解即为整数解; 确定人选后又做 1 处单人调整, 目标函数再降 2）: proven optimal, then lower still.
    expect(methodZh("HiGHS LP relaxation came out integral; then 1 single change of named teachers lowered the terms' total by 2")).toBe('线性规划松弛解即为整数解; 确定人选后又做 1 处单人调整, 各项合计再降 2');
    // A plan folder written before says "the objective": read the same.
    expect(methodZh('LP relaxation came out integral; then 3 single changes of named teachers lowered the objective by 2.5')).toBe('线性规划松弛解即为整数解; 确定人选后又做 3 处单人调整, 各项合计再降 2.5');
  });
});
