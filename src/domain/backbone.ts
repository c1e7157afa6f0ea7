import type { Teacher } from './types.js';

/** Any backbone level (骨干教师, school level or higher). */
export function isBackbone(t: Teacher): boolean {
  return t.backbone !== 'none';
}

/** County level or higher (县级及以上骨干), the 优质均衡 indicator. */
export function isCountyBackbone(t: Teacher): boolean {
  return t.backbone === 'county' || t.backbone === 'city' || t.backbone === 'province';
}

/** Backbone class used by the counting model: 0 none, 1 school level, 2 county level or higher. */
export type BackboneClass = 0 | 1 | 2;

export function backboneClass(t: Teacher): BackboneClass {
  if (isCountyBackbone(t)) return 2;
  return isBackbone(t) ? 1 : 0;
}

/** PE, music and art teachers (体育、音乐、美术, and 艺术, the 2022 curriculum's course of both), the second 优质均衡 indicator. */
export const ARTS_PE_SUBJECTS: readonly string[] = ['体育', '音乐', '美术', '艺术'];
