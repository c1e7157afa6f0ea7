/**
 * What a county's exit code means, in words, for the lines of a batch: a city clerk reading
 * `✗ (3)` among a hundred counties is not expected to know the exit-code table by heart.
 */

/** Words for one `rotate plan` exit code (the README's table); 130 is a run stopped by Ctrl-C. */
export function runOutcome(code: number): { zh: string; en: string } {
  switch (code) {
    case 0:
      return { zh: '已规划', en: 'planned' };
    case 2:
      return { zh: '输入有误', en: 'bad input' };
    case 3:
      return { zh: '无可行方案', en: 'no feasible plan' };
    case 4:
      return { zh: '求解失败', en: 'solver failed' };
    case 5:
      return { zh: '环境错误', en: 'environment error' };
    case 130:
      return { zh: '已中断', en: 'interrupted' };
    default:
      return { zh: '内部错误', en: 'internal error' };
  }
}
