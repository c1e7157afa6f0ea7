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
  return classDirection(directionClass(from), directionClass(to), p) ?? (isTwoWay(from, to, p) ? twoWayLabel(from) : null);
}

/**
 * A two-way exchange (跟岗交流, "城乡教师双向流动"): with the direction rule and `rules.two_way`
 * on, a teacher of a rural or weak school goes to a 城镇 school that is not weak. The direction
 * rule lets such a move through; the two_way rule caps it (at most as many as the school sends)
 * and it counts toward neither the quota nor the backbone share.
 */
export function isTwoWay(from: School, to: School, p: Policy): boolean {
  return p.direction && p.twoWay && from.id !== to.id && isNeedySchool(from) && isQuotaSchool(to);
}

/** The label of a two-way move by its origin: 乡村→城镇（跟岗）, 薄弱→优质（跟岗）, or both. */
export function twoWayLabel(from: School): DirectionLabel {
  const zh: string[] = [];
  const en: string[] = [];
  if (from.area === 'rural') {
    zh.push('乡村→城镇');
    en.push('rural→urban');
  }
  if (from.weak) {
    zh.push('薄弱→优质');
    en.push('weak→strong');
  }
  return { zh: `${zh.join('、')}（跟岗）`, en: `${en.join(', ')} (two-way exchange)` };
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
