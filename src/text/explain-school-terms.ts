import type { Text } from '../domain/text.js';
import type { SchoolExplain } from '../plan/explain.js';
import { INDICATOR_TERM_NAMES, type IndicatorTermName } from '../plan/school-indicator-terms.js';
import { TERM_LABELS } from '../rules/term-labels.js';
import { fmt, reviewTable } from './review-table.js';

type Lang = 'zh' | 'en';

/** What a school's part of each term counts, for the table of the school's terms. */
const TERM_MEANING: Record<'shortage' | 'backbone_balance' | IndicatorTermName, Text> = {
  shortage: { zh: '空岗人数 × 权重（紧缺学科、乡村或薄弱学校加重）', en: 'unfilled posts × weight (more in scarce subjects, rural or weak schools)' },
  backbone_balance: { zh: '全校县级以上骨干低于每百名学生标准所缺人数 × 权重', en: 'county backbone lacking below the per-100 standard, whole school, × weight' },
  indicator_spread: { zh: '各学部每百名学生体育艺术、县级以上骨干教师数与全县均值之差的平方, 按学生数加权', en: 'per section, squared distance from the county mean per 100 students (PE-arts, backbone), weighted by students' },
  indicator_shortfall: { zh: '各学部体育艺术、县级以上骨干教师低于每百名学生标准所缺人数 × 权重', en: 'PE-arts and backbone teachers lacking below the per-100 standard, per section, × weight' },
  indicator_keep: { zh: '调整前达标的学部调整后所缺人数 × 权重', en: 'teachers lacking in a section that met the standard before, × weight' },
};

/**
 * The school's part of each weighted term, before → after, with what it counts: shortage and
 * backbone balance, then the 优质均衡 terms that are on. A school none of whose sections is judged
 * has no part in those (the indicator lines say why); an explain.json written before they were
 * kept has none to show.
 */
export function schoolTermLines(s: SchoolExplain, l: Lang): string[] {
  const zh = l === 'zh';
  const judged = s.sections === undefined || s.sections.some((x) => x.indicators.length > 0);
  const indicator = judged ? INDICATOR_TERM_NAMES.filter((k) => s.terms[k] !== undefined) : [];
  const rows = (['shortage', 'backbone_balance', ...indicator] as const).map((k) => {
    const v = s.terms[k] ?? [0, 0];
    return [TERM_LABELS[k][l], fmt(v[0]), fmt(v[1]), TERM_MEANING[k][l]];
  });
  return [
    zh ? '  目标函数中本校的项（已加权, 越小越好）:' : "  this school's part of the objective's terms (weighted, lower is better):",
    ...reviewTable(zh ? ['项', '调整前', '调整后', '说明'] : ['term', 'before', 'after', 'what it counts'], rows, '    '),
  ];
}
