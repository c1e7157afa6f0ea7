import type { Conflict } from '../plan/diagnose.js';

/**
 * What --relax can do about the conflicts listed: `add-relax`, they are rules it relaxes and it was
 * not given; `relaxed`, it was given and the closest plan is written; `locks`, a lock breaks a hard
 * rule, which no --relax drops; `beyond-relax`, it was given and the rules are not ones it relaxes.
 */
export type RelaxAdvice = 'add-relax' | 'relaxed' | 'locks' | 'beyond-relax';

const LOCKS = { zh: '锁定不会被放宽（加不加 --relax 都一样）: 请按建议修改或删除该锁定', en: 'a lock is never relaxed, with --relax or without: change or delete it as the hint says' };

const LAST: Record<Exclude<RelaxAdvice, 'add-relax'>, string> = {
  relaxed: '已按 --relax 放宽以上规则, 写出的是最接近的方案（各输出文件已注明）/ these rules were relaxed (--relax): the plan written is the closest one, and every output says so',
  locks: `${LOCKS.zh} / ${LOCKS.en}`,
  'beyond-relax': '--relax 不能放宽以上规则: 请按建议修改参数 / --relax cannot relax these rules: change the parameters as the hints say',
};

/** What --relax would do, said where the conflicts were found by `rotate plan` and it was not given. */
const ADD_RELAX = {
  plan: '加 --relax 可输出放宽这些规则后的最接近方案（各输出文件会注明）/ add --relax to write the closest plan with these rules relaxed (every output says so)',
  validate: 'rotate plan 将在求解前停止（退出码 3）; 加 --relax 可输出放宽这些规则后的最接近方案 / rotate plan would stop here before solving (exit 3); with --relax it writes the closest plan with these rules relaxed',
};

/**
 * The diagnosis printed when hard rules conflict: each rule, its numbers and what would lift it,
 * then one line of what --relax does as the situation has it (after --relax, or for a lock, adding
 * it is no advice). `by`: the command that found them; `rotate validate` has no --relax of its own
 * and finds only the locks' conflicts.
 */
export function conflictLines(conflicts: readonly Conflict[], advice: RelaxAdvice, by: 'plan' | 'validate' = 'plan'): string[] {
  const lines = ['无法同时满足以下硬性规则 / these hard rules cannot all hold:'];
  for (const c of conflicts) {
    lines.push(`  ✗ ${c.zh} / ${c.en}`);
    for (const f of c.failures.slice(0, 10)) lines.push(`      ${f.zh} / ${f.en}`);
    lines.push(`      建议 / hint: ${c.hint.zh} / ${c.hint.en}`);
  }
  if (advice === 'add-relax') return [...lines, ADD_RELAX[by]];
  if (by === 'validate' && advice === 'locks') return [...lines, `rotate plan 将在求解前停止（退出码 3）; ${LOCKS.zh} / rotate plan would stop here before solving (exit 3); ${LOCKS.en}`];
  return [...lines, LAST[advice]];
}
