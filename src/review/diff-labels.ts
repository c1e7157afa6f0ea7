import type { Text } from '../domain/text.js';
import { countEn } from '../domain/plural.js';
import { isFileKind, kindName } from '../schema/detect-kind.js';
import { PARAMETERS } from '../domain/parameters.js';
import { TERM_LABELS } from '../rules/term-labels.js';
import { schoolColumns } from '../plan-folder/schools-file.js';
import type { InputChange, ParamChange } from './diff-sources.js';

/** Names of the counts `rotate diff` compares (summary.json's counts and shortage), in both languages. */
export const COUNT_LABEL: Record<string, Text> = {
  'counts.moved': { zh: '交流人数', en: 'teachers rotated' },
  'counts.backbone_moved': { zh: '交流骨干', en: 'backbone teachers rotated' },
  'counts.backbone_share': { zh: '骨干占比', en: 'backbone share' },
  'counts.locked_moves': { zh: '锁定调动', en: 'moves by a lock' },
  'counts.preferences_met': { zh: '满足志愿', en: 'preferences met' },
  'counts.home_township': { zh: '回家庭所在乡镇', en: 'moved to the home township' },
  'counts.two_way_moved': { zh: '跟岗交流', en: 'two-way exchanges' },
  'counts.returned_from_exchange': { zh: '交流期满返回原校', en: 'back from an exchange' },
  'counts.retiring': { zh: '截止日前退休', en: 'retiring by the cut-off date' },
  'counts.principals_due': { zh: '校长交流名单', en: 'principals due to rotate' },
  'counts.principals_moved': { zh: '校长锁定调动', en: 'principals moved by a lock' },
  'counts.principals_kept': { zh: '校长锁定留任', en: 'principals kept by a lock' },
  'counts.eligible': { zh: '符合条件', en: 'eligible' },
  'counts.exempt': { zh: '免交流', en: 'exempt' },
  'counts.not_eligible': { zh: '不符合条件', en: 'not eligible' },
  'counts.schools': { zh: '学校数', en: 'schools' },
  'counts.teachers': { zh: '教师数', en: 'teachers' },
  'shortage.before': { zh: '缺员（前）', en: 'shortage before' },
  'shortage.after': { zh: '缺员（后）', en: 'shortage after' },
  'shortage.closed': { zh: '补上的缺员', en: 'shortage closed' },
  'shortage.scarce_before': { zh: '紧缺学科缺员（前）', en: 'scarce-subject shortage before' },
  'shortage.scarce_after': { zh: '紧缺学科缺员（后）', en: 'scarce-subject shortage after' },
  'shortage.rural_weak_before': { zh: '乡村薄弱学校缺员（前）', en: 'rural/weak schools shortage before' },
  'shortage.rural_weak_after': { zh: '乡村薄弱学校缺员（后）', en: 'rural/weak schools shortage after' },
  'shortage.out_of_scope_before': { zh: '其中不参加交流的学校缺员（前）', en: 'shortage at schools not in the rotation before' },
  'shortage.out_of_scope_after': { zh: '其中不参加交流的学校缺员（后）', en: 'shortage at schools not in the rotation after' },
  'shortage.out_of_scope_scarce_before': { zh: '其中不参加交流的学校紧缺学科缺员（前）', en: 'scarce-subject shortage at schools not in the rotation before' },
  'shortage.out_of_scope_scarce_after': { zh: '其中不参加交流的学校紧缺学科缺员（后）', en: 'scarce-subject shortage at schools not in the rotation after' },
  'shortage.out_of_scope_rural_weak_before': { zh: '其中不参加交流的乡村薄弱学校缺员（前）', en: 'rural/weak schools shortage not in the rotation before' },
  'shortage.out_of_scope_rural_weak_after': { zh: '其中不参加交流的乡村薄弱学校缺员（后）', en: 'rural/weak schools shortage not in the rotation after' },
  'indicators.sections_meeting_all.before': { zh: '均达标学部（前）', en: 'sections meeting all before' },
  'indicators.sections_meeting_all.after': { zh: '均达标学部（后）', en: 'sections meeting all after' },
  'indicators.backbone_per_100.schools_meeting_before': { zh: '骨干达标学部（前）', en: 'sections meeting the backbone standard before' },
  'indicators.backbone_per_100.schools_meeting_after': { zh: '骨干达标学部（后）', en: 'sections meeting the backbone standard after' },
  'indicators.arts_pe_per_100.schools_meeting_before': { zh: '体音美达标学部（前）', en: 'sections meeting the PE-and-arts standard before' },
  'indicators.arts_pe_per_100.schools_meeting_after': { zh: '体音美达标学部（后）', en: 'sections meeting the PE-and-arts standard after' },
  'indicators.degree_per_100.schools_meeting_before': { zh: '学历达标学部（前）', en: 'sections meeting the degree standard before' },
  'indicators.degree_per_100.schools_meeting_after': { zh: '学历达标学部（后）', en: 'sections meeting the degree standard after' },
  ...cvLabels(),
};

/** The CVs' names, in Chinese as the sweep table's columns name them (小学骨干差异系数), before and after. */
function cvLabels(): Record<string, Text> {
  const stages = { primary: '小学', junior: '初中' } as const;
  const indicators = { degree_per_100: ['学历', 'degree'], backbone_per_100: ['骨干', 'backbone'], arts_pe_per_100: ['体音美', 'PE-and-arts'] } as const;
  const out: Record<string, Text> = {};
  for (const [stage, zs] of Object.entries(stages)) {
    for (const [indicator, [zi, ei]] of Object.entries(indicators)) {
      out[`indicators.cv_${stage}.${indicator}_before`] = { zh: `${zs}${zi}差异系数（前）`, en: `${stage} ${ei} CV before` };
      out[`indicators.cv_${stage}.${indicator}_after`] = { zh: `${zs}${zi}差异系数（后）`, en: `${stage} ${ei} CV after` };
    }
  }
  return out;
}

/** Whether a compared figure is a coefficient of variation: shown to three decimals, as the terminal and the sweep show CVs. */
export const isCvFigure = (key: string): boolean => key.startsWith('indicators.cv_');

/** A term's name as the diff shows it: Chinese label, then the English key; the total is summary.json's terms_total (the sum of the terms), not its model_total. */
export const termLabel = (t: string): string => (t === 'total' ? '各项合计 terms_total' : t in TERM_LABELS ? `${TERM_LABELS[t as keyof typeof TERM_LABELS].zh} ${t}` : t);

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

/**
 * The warning when the weights differ: the two plans' objective terms are priced differently.
 * `samePlan`: the two plans move the same teachers to the same schools and give every school the
 * same figures, so that the terms' changes are the prices' alone.
 */
export function weightsNote(weights: readonly ParamChange[], samePlan = false): Text {
  const names = weights.map((w) => w.name).join(', ');
  if (samePlan) {
    return {
      zh: `两个方案的权重不同（${names}）, 调动却完全相同: 目标函数各项的变化全是价格不同, 不是方案的差别`,
      en: `the weights differ (${names}) and the moves are the same: the objective terms are priced differently in the two plans, and their changes are the prices' alone, not the plans'`,
    };
  }
  return {
    zh: `两个方案的权重不同（${names}）: 目标函数各项按不同价格计算, 其变化不全是方案本身的差别`,
    en: `the weights differ (${names}): the objective terms are priced differently in the two plans, so their changes are not the plans' alone`,
  };
}

/**
 * What the diff says when the two plans were made otherwise (parameters or input files differ) and
 * still move the same teachers to the same schools: the change made no difference to anyone.
 * Null when a move differs, or when nothing differs in what they were made from.
 */
export function sameMovesNote(d: { added: readonly unknown[]; removed: readonly unknown[]; changed: readonly unknown[]; same: number; params: readonly ParamChange[]; inputs: readonly InputChange[] }): Text | null {
  if (d.added.length + d.removed.length + d.changed.length > 0) return null;
  if (d.params.length === 0 && d.inputs.length === 0) return null;
  const names = d.params.map((p) => p.name).join(', ');
  const files = d.inputs.map((f) => f.file).join(', ');
  const zhCause = d.params.length === 0 ? `输入文件（${files}）的不同` : d.inputs.length === 0 ? `参数 ${names} 的改变` : `参数 ${names} 和输入文件（${files}）的改变`;
  const enCause = d.params.length === 0 ? `the input files that differ (${files})` : d.inputs.length === 0 ? `changing ${names}` : `changing ${names} and the input files (${files})`;
  return {
    zh: `两个方案的调动完全相同（同样的 ${d.same} 人调往同样的学校）: ${zhCause}没有改变任何人的去向`,
    en: `the two plans move the same ${countEn(d.same, 'teacher')} to the same schools: ${enCause} changed nobody's move`,
  };
}
