/**
 * plan.xlsx's 优质均衡 sheet: summary.json's `indicators.cv`, one row per stage and indicator, the
 * inspectors' CV before and after the plan against its ceiling, the sections it is computed
 * over, and whether the plan meets it. Its figures are summary.json's, as written.
 */
import type { Lang } from '../domain/types.js';
import { cvMissing } from '../indicators/cv-summary.js';
import { roundBeside } from '../indicators/figure-beside-mark.js';
import type { IndicatorName, SectionStage } from '../indicators/types.js';
import type { SheetData } from '../output/xlsx/write-xlsx.js';
import { INDICATOR_LABEL, INDICATOR_ORDER, SECTION_ORDER, STAGE_LABEL } from '../plan/indicator-labels.js';

/** The sheet's name in each language. */
export const QUALITY_SHEET: Readonly<Record<Lang, string>> = { zh: '优质均衡', en: 'quality_balance' };

interface CvRow {
  stage: SectionStage;
  indicator: IndicatorName;
  threshold: number;
  /** Null where the CV is not measured (cv-summary.ts). */
  before: number | null;
  after: number | null;
  schools: number;
}

function isCvRow(x: unknown): x is CvRow {
  const r = x as Partial<CvRow> | null;
  return typeof r === 'object' && r !== null && typeof r.stage === 'string' && typeof r.indicator === 'string' && [r.threshold, r.schools].every((v) => typeof v === 'number') && [r.before, r.after].every((v) => v === null || typeof v === 'number');
}

/** Rounds a CV as the terminal shows it (three decimals, more where those would round a CV over its ceiling onto it), so the sheet reads like the summary. */
const cv3 = (v: number, ceiling: number): number => roundBeside(v, ceiling, 'at_most', 3);

/** The sheet from summary.json's `indicators` object (`cv`, `degree_given`); rows 小学 first, indicators in the order of 教督〔2017〕6号. */
export function qualitySheet(name: string, indicators: unknown, lang: Lang): SheetData {
  const zh = lang === 'zh';
  const obj = typeof indicators === 'object' && indicators !== null ? (indicators as Record<string, unknown>) : {};
  const list = Array.isArray(obj['cv']) ? obj['cv'].filter(isCvRow) : [];
  const degreeGiven = obj['degree_given'] !== false;
  const rows = SECTION_ORDER.flatMap((stage) =>
    INDICATOR_ORDER.flatMap((indicator) => {
      const e = list.find((x) => x.stage === stage && x.indicator === indicator);
      if (!e) return [];
      const head = [zh ? STAGE_LABEL[stage].zh : stage, zh ? `每百名学生${INDICATOR_LABEL[indicator].zh}` : indicator, e.threshold];
      const missing = cvMissing(e, degreeGiven);
      if (missing || e.before === null || e.after === null) return [[...head, e.before === null ? null : cv3(e.before, e.threshold), e.after === null ? null : cv3(e.after, e.threshold), e.schools, zh ? (missing?.zh ?? '') : (missing?.en ?? '')]];
      const met = e.after <= e.threshold;
      return [[...head, cv3(e.before, e.threshold), cv3(e.after, e.threshold), e.schools, zh ? (met ? '✓ 达标' : '✗ 未达标') : met ? '✓ met' : '✗ not met']];
    }),
  );
  return {
    name,
    header: zh ? ['学段', '指标', '差异系数标准（不高于）', '调整前差异系数', '调整后差异系数', '学校（学部）数', '是否达标'] : ['stage', 'indicator', 'threshold', 'before', 'after', 'schools', 'met'],
    rows,
  };
}
