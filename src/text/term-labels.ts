import type { Terms } from '../plan/plan-terms.js';
import type { Text } from '../plan/reasons.js';

/** Short names of the objective's terms. */
export const TERM_LABELS: Record<keyof Terms, Text> = {
  shortage: { zh: '缺员', en: 'shortage' },
  backbone_balance: { zh: '骨干均衡', en: 'backbone balance' },
  moves: { zh: '调动人数', en: 'moves' },
  baseline: { zh: '与基准方案的变动', en: 'change against the baseline' },
  preference: { zh: '志愿', en: 'preference' },
  home_township: { zh: '家庭所在乡镇', en: 'home township' },
  priority: { zh: '优先交流', en: 'priority' },
};
