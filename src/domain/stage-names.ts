import type { Text } from './text.js';
import type { Stage } from './types.js';

/** Names of the school stages (学段 of a school), Chinese and English. */
export const STAGE_NAME: Readonly<Record<Stage, Text>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior secondary' },
  nine_year: { zh: '九年一贯制', en: 'nine-year' },
  complete: { zh: '完全中学', en: 'complete secondary' },
  twelve_year: { zh: '十二年一贯制', en: 'twelve-year' },
  senior: { zh: '高中', en: 'senior secondary' },
};
