/**
 * The words a teacher's 性别 and 职称 are written in, in both languages: what `rotate generate`
 * writes in a county's teachers file and what the roster (交流人员花名册) reports of an exchanged
 * teacher. Each Chinese word is one the teachers file is read back as (schema/enums.ts).
 */
import type { Text } from './text.js';
import type { Gender, Title } from './types.js';

export const GENDER_WORDS: Readonly<Record<Gender, Text>> = {
  M: { zh: '男', en: 'M' },
  F: { zh: '女', en: 'F' },
};

export const TITLE_WORDS: Readonly<Record<Title, Text>> = {
  none: { zh: '未定级', en: 'none' },
  junior: { zh: '初级', en: 'junior' },
  intermediate: { zh: '中级', en: 'intermediate' },
  senior: { zh: '高级', en: 'senior' },
  full_senior: { zh: '正高级', en: 'full_senior' },
};
