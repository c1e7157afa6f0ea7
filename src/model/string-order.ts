/**
 * Items in the order `Array.prototype.sort()` without a comparator gives them (by their string
 * forms, UTF-16 code unit by code unit), each turned into a string once. The default sort turns
 * both items into strings at every comparison: for map entries whose values are a row's terms
 * (`[key, [[column, coefficient], …]]`) that is the whole row printed again and again (the flow
 * rows of a 12,000-teacher county's model: 84–109 ms in a CPU profile).
 */
export function inStringOrder<T>(items: Iterable<T>): T[] {
  const keyed = [...items].map((item): [string, T] => [String(item), item]);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, item]) => item);
}
