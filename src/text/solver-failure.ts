import { methodZh, statusZh } from '../solve/method-text.js';
import type { SolveResult } from '../solve/result.js';

/**
 * What the user reads when the solver gave no usable answer: which solver, what it tried,
 * for how long, and what to do next; in both languages, one line each (the Chinese line
 * with the solver's account in Chinese, methodZh).
 *
 * @param timeLimit the limit in force, seconds (solver.time_limit).
 */
export function solverFailureText(solve: SolveResult, timeLimit?: number): string[] {
  const secs = Number.isFinite(solve.seconds) ? solve.seconds.toFixed(1) : '?';
  const tried = `${solve.solver}: ${solve.method}`;
  const triedZh = `${solve.solver}: ${methodZh(solve.method)}`;
  if (solve.status === 'timedout') {
    const limit = timeLimit ?? NaN;
    const more = Number.isFinite(limit) ? Math.max(1, Math.ceil(limit * 4)) : 240;
    // javascript-lp-solver alone (--solver jslp) is slow on a large model; HiGHS, which auto gives it, may solve it in seconds.
    const jslp = solve.solver === 'javascript-lp-solver';
    return [
      `求解超时（上限 ${Number.isFinite(limit) ? limit : '?'} 秒, 已用 ${secs} 秒）, 未找到可用方案, 未写入任何文件。已尝试: ${triedZh}`,
      `  可放宽时限再试: --time-limit ${more}（或 --set solver.time_limit=${more}）${jslp ? '; 或改用 HiGHS: --solver highs（默认 --solver auto 对较大的模型即用 HiGHS）' : ''}`,
      `the solver ran out of time (limit ${Number.isFinite(limit) ? limit : '?'} s, ran ${secs} s) without a usable plan; nothing was written. Tried: ${tried}`,
      `  try again with more time: --time-limit ${more} (or --set solver.time_limit=${more})${jslp ? '; or use HiGHS: --solver highs (the default, --solver auto, gives larger models to HiGHS)' : ''}`,
    ];
  }
  return [
    `求解失败（${statusZh(solve.status)}, 用时 ${secs} 秒）, 未写入任何文件。已尝试: ${triedZh}`,
    `the solver failed (${solve.status}, ${secs} s); nothing was written. Tried: ${tried}`,
  ];
}
