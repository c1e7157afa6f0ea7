import type { Stage } from '../domain/types.js';

/** Names of the school stages, Chinese and English. */
export const STAGE_LABEL: Readonly<Record<Stage, { zh: string; en: string }>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior secondary' },
  nine_year: { zh: '九年一贯制', en: 'nine-year' },
  complete: { zh: '完全中学', en: 'complete secondary' },
  senior: { zh: '高中', en: 'senior secondary' },
};

/** The stages in the order the report lists them. */
export const STAGE_ORDER: readonly Stage[] = ['primary', 'junior', 'nine_year', 'complete', 'senior'];

export const BACKBONE_LABEL: Readonly<Record<string, string>> = { none: '—', school: '校级', county: '县级', city: '市级', province: '省级' };
