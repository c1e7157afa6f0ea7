/**
 * JSON with a fixed shape: two-space indent, keys in insertion order (callers build objects in a
 * fixed order), numbers rounded to 6 decimals so that float noise never changes the bytes.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v), 2)}\n`;
}
