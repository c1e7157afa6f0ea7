/**
 * Two county folders that hold the same county: a copy kept as a backup (`备份/甲县` beside
 * `市/甲县`), or last week's data beside this week's. Their plans are both written, but a city's
 * total must count the county once. The same county is told by the same schools table (byte for
 * byte, as summary.json's SHA-256 records it): the table a county rarely changes, where teachers
 * are edited between runs.
 */

/**
 * For each county (by its schools table's SHA-256; none for a county not planned), the index of
 * the first county before it with the same table, or undefined when it is the first or alone.
 */
export function sameCountyAs(keys: readonly (string | undefined)[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return keys.map((k, i) => {
    if (k === undefined || k === '') return undefined;
    const at = first.get(k);
    if (at === undefined) first.set(k, i);
    return at;
  });
}
