import { STAGE_NAME } from '../domain/stage-names.js';
import type { Stage } from '../domain/types.js';

/** Names of the school stages, Chinese and English. */
export const STAGE_LABEL: Readonly<Record<Stage, { zh: string; en: string }>> = STAGE_NAME;

/** The stages in the order the report lists them. */
export const STAGE_ORDER: readonly Stage[] = ['primary', 'junior', 'nine_year', 'complete', 'twelve_year', 'senior'];

export const BACKBONE_LABEL: Readonly<Record<string, string>> = { none: '—', school: '校级', county: '县级', city: '市级', province: '省级' };
