/**
 * Scope (DOMAIN.md): the rotation covers compulsory education (教师〔2014〕4号): 小学 and 初中, the
 * 小学部/初中部 of a 九年一贯制 and the 初中部 of a 完全中学; 高中 only when the county adds it
 * (`rules.scope`). A teacher of a section outside the scope stays.
 */
import type { Policy } from './policy.js';
import type { Reason } from './retirement-exemption.js';
import { SECTION_NAME } from './sections.js';
import type { Text } from './text.js';
import type { Section, Teacher } from './types.js';

/** Why the teacher does not take part because his or her section is outside the scope, or null (also when the section is not known). */
export function scopeExclusion(t: Pick<Teacher, 'section'>, p: Pick<Policy, 'scope'>): Reason | null {
  if (t.section === undefined || p.scope.includes(t.section)) return null;
  const zh = p.scope.map((s) => SECTION_NAME[s].zh).join('、') || '无';
  const en = p.scope.map((s) => SECTION_NAME[s].en).join(', ') || 'none';
  return { zh: `任教学段${SECTION_NAME[t.section].zh}不在本次交流范围（${zh}）`, en: `teaches ${SECTION_NAME[t.section].en}, outside the rotation's scope (${en})` };
}

/**
 * The county quota's pools: compulsory education (小学, 初中) and, when the county adds it to the
 * scope, 高中, which counties give a quota of its own (DOMAIN.md). A teacher of an unknown section
 * counts with compulsory education.
 */
export type QuotaPool = 'compulsory' | 'senior';
export const QUOTA_POOLS: readonly QuotaPool[] = ['compulsory', 'senior'];
export const quotaPool = (section: Section | undefined): QuotaPool => (section === 'senior' ? 'senior' : 'compulsory');
/** A pool's words before a figure: none for compulsory education (the county quota as it always read), 高中 for the other. */
export const POOL_WORDS: Readonly<Record<QuotaPool, Text>> = { compulsory: { zh: '', en: '' }, senior: { zh: '高中 ', en: 'senior ' } };
