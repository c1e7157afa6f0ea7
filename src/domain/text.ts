/** A sentence in both languages: every message, reason and label the tool writes. */
export interface Text {
  zh: string;
  en: string;
}

/** The first `n` of a list joined by `sep`, and `more` after them when there are more: `32、34`, `1、2、3、4、5…`. */
export const firstOf = (items: readonly (string | number)[], n: number, sep: string, more: string): string => `${items.slice(0, n).join(sep)}${items.length > n ? more : ''}`;
