import type { Text } from '../domain/text.js';
import { isFileKind, kindName } from '../schema/detect-kind.js';
import { PARAMETERS } from '../domain/parameters.js';
import { TERM_LABELS } from '../rules/term-labels.js';
import { schoolColumns } from '../plan-folder/schools-file.js';
import type { InputChange, ParamChange } from './diff-sources.js';

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
  'counts.retiring': '截止日前退休',
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

const SCHOOL_LABEL = new Map(schoolColumns('en', true).map((c) => [c.en, c.zh]));
/** A schools.csv figure's name as the diff shows it: Chinese column name, then the English key. */
export const schoolFieldLabel = (field: string): string => `${SCHOOL_LABEL.get(field) ?? ''} ${field}`.trim();

/** An input file's kind (summary.json's `kind`) in Chinese, as messages name it without its 表 (`学校`); '' for a kind this version does not read. */
export function kindLabel(kind: string): string {
  return isFileKind(kind) ? kindName(kind).zh.replace(/表$/u, '') : '';
}

/** How an input file differs, in both languages. */
export const INPUT_CHANGE: Record<InputChange['change'], Text> = {
  added: { zh: '只在B', en: 'only in B' },
  removed: { zh: '只在A', en: 'only in A' },
  changed: { zh: '内容不同', en: 'changed' },
};

const PARAM_TEXT = new Map<string, Text>(PARAMETERS.map((p) => [p.name, { zh: p.zh, en: p.en }]));
/** What a parameter means, from the policy table ('' for a name it no longer has). */
export const paramText = (name: string): Text => PARAM_TEXT.get(name) ?? { zh: '', en: '' };

/** The warning when the weights differ: the two plans' objective terms are priced differently. */
export function weightsNote(weights: readonly ParamChange[]): Text {
  const names = weights.map((w) => w.name).join(', ');
  return {
    zh: `两个方案的权重不同（${names}）: 目标函数各项按不同价格计算, 其变化不全是方案本身的差别`,
    en: `the weights differ (${names}): the objective terms are priced differently in the two plans, so their changes are not the plans' alone`,
  };
}
