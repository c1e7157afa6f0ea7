/**
 * How the 优质均衡 indicators are shown to people: sections and indicators in the order every
 * table lists them, and their names in both languages. The order of files that machines read
 * (summary.json's `indicators.cv`) is the sorted one of src/indicators/types.ts.
 */
import type { IndicatorName, SectionStage } from '../indicators/types.js';
import type { Text } from '../domain/text.js';
import type { Lang } from '../domain/types.js';
import type { SectionColumn } from '../indicators/school-sections.js';

/** Section stages as tables show them: 小学部 first. */
export const SECTION_ORDER: readonly SectionStage[] = ['primary', 'junior'];

/** Indicators as tables show them (the order of 教督〔2017〕6号). */
export const INDICATOR_ORDER: readonly IndicatorName[] = ['degree_per_100', 'backbone_per_100', 'arts_pe_per_100'];

/** A school section's name. */
export const SECTION_LABEL: Readonly<Record<SectionStage, Text>> = {
  primary: { zh: '小学部', en: 'primary section' },
  junior: { zh: '初中部', en: 'junior section' },
};

/** A stage's name, for the county-wide figures (the CV of a stage). */
export const STAGE_LABEL: Readonly<Record<SectionStage, Text>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
};

/** What each indicator counts (per 100 students). */
export const INDICATOR_LABEL: Readonly<Record<IndicatorName, Text>> = {
  degree_per_100: { zh: '高于规定学历教师数', en: 'teachers above the required degree' },
  backbone_per_100: { zh: '县级以上骨干数', en: 'county-level-or-higher backbone teachers' },
  arts_pe_per_100: { zh: '体音美教师数', en: 'PE and arts teachers' },
};

/** Who each indicator counts, as a stage's figure names them (初中 县级以上骨干教师: the CV rows, what the county lacks). */
export const INDICATOR_TEACHERS: Readonly<Record<IndicatorName, Text>> = {
  degree_per_100: { zh: '高于规定学历教师', en: 'teachers above the required degree' },
  backbone_per_100: { zh: '县级以上骨干教师', en: 'county-level backbone' },
  arts_pe_per_100: { zh: '体育艺术教师', en: 'PE and arts teachers' },
};

/** The per-section students columns as lines name them. */
const COLUMN_NAME: Record<SectionColumn, Record<Lang, string>> = {
  primary_students: { zh: '小学部学生数', en: 'primary_students' },
  junior_students: { zh: '初中部学生数', en: 'junior_students' },
};

/** The columns a group lacks, as a line names them: `小学部学生数、初中部学生数`. */
export const sectionColumnNames = (columns: readonly SectionColumn[], lang: Lang): string => columns.map((c) => COLUMN_NAME[c][lang]).join(lang === 'zh' ? '、' : ', ');
