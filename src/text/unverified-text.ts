import type { Plan } from '../plan/build-plan.js';
import type { SolveResult } from '../solve/result.js';

/** What the user reads when the independent check caught a solved plan breaking a hard rule (a bug; nothing is written). */
export function unverifiedText(plan: Plan, solve?: SolveResult): string[] {
  return [
    '内部错误: 求得的方案未通过规则核验, 未写入 / internal error: the solved plan broke a hard rule and was not written',
    ...(solve ? [`  已尝试 / tried: ${solve.solver}: ${solve.method} (${solve.status})`] : []),
    ...plan.checks.filter((c) => !c.held).flatMap((c) => [`  ✗ ${c.zh} / ${c.en}`, ...c.failures.map((f) => `      ${f.zh} / ${f.en}`)]),
  ];
}
