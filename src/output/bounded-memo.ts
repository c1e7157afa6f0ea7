/**
 * `measure` remembered per text: a text measured once is answered from memory after. At most
 * `limit` texts are held; at the limit, everything is forgotten at once (the texts of one run are
 * few, so this only bounds a pathological input). `measure` never answers undefined.
 */
export function boundedMemo<T extends NonNullable<unknown>>(measure: (text: string) => T, limit: number): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    const value = measure(text);
    seen.set(text, value);
    return value;
  };
}
