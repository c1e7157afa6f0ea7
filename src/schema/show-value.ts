/**
 * How a cell's value appears inside a message. Messages quote only the one cell that is
 * wrong, clipped, and never an ID-card number (身份证号): the one masker (src/safe/id-card.ts)
 * runs before clipping, so that no part of a number survives either.
 */
import { maskIdCards } from '../safe/id-card.js';
import { escapeControls } from '../safe/show-path.js';

const MAX = 40;

/** A value as it may appear in a message: ID-card numbers masked, controls escaped, clipped to 40 characters. */
export function safe(value: string): string {
  const masked = escapeControls(maskIdCards(value));
  const chars = [...masked];
  return chars.length > MAX ? `${chars.slice(0, MAX).join('')}…` : masked;
}

/** A value quoted for the Chinese half of a message: `「六」`, or `空白` for an empty cell. */
export function showZh(value: string): string {
  return value === '' ? '空白' : `「${safe(value)}」`;
}

/** A value quoted for the English half: `"six"`, or `an empty cell`. */
export function showEn(value: string): string {
  return value === '' ? 'an empty cell' : `"${safe(value)}"`;
}
