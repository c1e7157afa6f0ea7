import type { Policy } from './policy.js';
import type { Text } from './text.js';
import type { School } from './types.js';

/** 城镇: urban (城区) or town (镇区). */
export function isTown(s: School): boolean {
  return s.area !== 'rural';
}

/** Schools held to the rotation quota: 城镇 schools that are not weak (城镇学校、优质学校). */
export function isQuotaSchool(s: School): boolean {
  return isTown(s) && !s.weak;
}

/** Rural or weak: where rotated teachers go. */
export function isNeedySchool(s: School): boolean {
  return s.area === 'rural' || s.weak;
}

export type DirectionLabel = Text;

/**
 * The direction of a move, or null when the direction rule forbids it (or the two schools are
 * one). With the rule on, a move runs 城镇→乡村 or 优质→薄弱; with it off, any move between two
 * schools is allowed and one that is neither is labelled 其他.
 */
export function moveDirection(from: School, to: School, p: Policy): DirectionLabel | null {
  if (from.id === to.id) return null;
  return classDirection(directionClass(from), directionClass(to), p);
}

/** The direction between two direction classes (see {@link directionClass}), or null when forbidden. */
export function classDirection(fromClass: string, toClass: string, p: Policy): DirectionLabel | null {
  const zh: string[] = [];
  const en: string[] = [];
  if (fromClass.startsWith('town') && toClass.startsWith('rural')) {
    zh.push('城镇→乡村');
    en.push('urban→rural');
  }
  if (fromClass.endsWith('strong') && toClass.endsWith('weak')) {
    zh.push('优质→薄弱');
    en.push('strong→weak');
  }
  if (zh.length === 0) return p.direction ? null : { zh: '其他', en: 'other' };
  return { zh: zh.join('、'), en: en.join(', ') };
}

/**
 * Schools that behave alike for the direction rule: a move is allowed between two classes
 * exactly when it is allowed between any two of their schools. The key is area class and weakness.
 */
export function directionClass(s: School): string {
  return `${isTown(s) ? 'town' : 'rural'}-${s.weak ? 'weak' : 'strong'}`;
}
