import { TERM_LABELS } from '../rules/term-labels.js';

/** Chinese names of the counts `rotate diff` compares (summary.json's counts and shortage). */
export const COUNT_LABEL: Record<string, string> = {
  'counts.moved': '交流人数',
  'counts.backbone_moved': '交流骨干',
  'counts.backbone_share': '骨干占比',
  'counts.locked_moves': '锁定调动',
  'counts.preferences_met': '满足志愿',
  'counts.home_township': '回家庭所在乡镇',
  'counts.two_way_moved': '跟岗交流',
  'counts.returned_from_exchange': '交流期满返回原校',
  'counts.principals_due': '校长交流名单',
  'counts.principals_moved': '校长锁定调动',
  'counts.eligible': '符合条件',
  'counts.exempt': '免交流',
  'counts.not_eligible': '不符合条件',
  'counts.schools': '学校数',
  'counts.teachers': '教师数',
  'shortage.before': '缺员（前）',
  'shortage.after': '缺员（后）',
  'shortage.closed': '补上的缺员',
  'shortage.scarce_before': '紧缺学科缺员（前）',
  'shortage.scarce_after': '紧缺学科缺员（后）',
  'shortage.rural_weak_before': '乡村薄弱学校缺员（前）',
  'shortage.rural_weak_after': '乡村薄弱学校缺员（后）',
};

/** A term's name as the diff shows it: Chinese label, then the English key. */
export const termLabel = (t: string): string => (t === 'total' ? '合计 total' : t in TERM_LABELS ? `${TERM_LABELS[t as keyof typeof TERM_LABELS].zh} ${t}` : t);
