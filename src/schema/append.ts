/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an
 * argument and overflows the call stack at about 100,000 items (a 200,000-row file does).
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
