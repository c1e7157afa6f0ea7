import type { Conflict } from '../plan/diagnose.js';
import { conflictReport } from './terminal-summary.js';

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

/**
 * The conflict report with its last line (what --relax would do) as the situation has it. The
 * report's own last line advises adding --relax, which after --relax, or for a lock, is wrong.
 * `by`: the command that found them; `rotate validate` finds only the locks' conflicts.
 */
export function conflictLines(conflicts: readonly Conflict[], advice: RelaxAdvice, by: 'plan' | 'validate' = 'plan'): string[] {
  if (advice === 'add-relax') return conflictReport(conflicts, by);
  // conflictReport ends with its one line of advice, replaced here.
  const body = conflictReport(conflicts, by).slice(0, -1);
  if (by === 'validate' && advice === 'locks') return [...body, `rotate plan 将在求解前停止（退出码 3）; ${LOCKS.zh} / rotate plan would stop here before solving (exit 3); ${LOCKS.en}`];
  return [...body, LAST[advice]];
}
