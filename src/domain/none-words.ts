/**
 * Words county sheets write in a cell for "none" instead of leaving it blank: a WPS or Excel
 * roster often fills every blank with 无 or 暂无, and the national system's exports with - or /.
 * Compared after NFKC (full-width ／ and － fold to / and -), trimming and lower case.
 */
export const NONE_WORDS: readonly string[] = ['无', '無', '否', '没有', '暂无', '暂未', '空', '空白', '正常', '不涉及', '-', '—', '——', '/', 'none', 'no', 'n/a', 'null'];

const NONE: ReadonlySet<string> = new Set(NONE_WORDS);

/** Brackets around the word and a full stop after it, as a hand-filled cell writes it: （无）, 【无】, 无。 */
const WRAPPING = /^[(\[【〔<《]\s*|\s*[)\]】〕>》]$|[。.,，;；]$/gu;

/** The longest word, with a bracket either side and a stop after it. */
const NONE_LONGEST = Math.max(...NONE_WORDS.map((w) => w.length)) + 3;

/** Whether a cell says "none" (无, 否, 暂无, -, /, N/A, （无）, 无。 …); an empty cell says nothing, so not this. */
export function saysNone(text: string): boolean {
  // Asked of every row's free-text cells: text longer than the words is not normalised.
  if (text.trim().length > NONE_LONGEST) return false;
  const folded = text.normalize('NFKC').trim().toLowerCase();
  return NONE.has(folded) || NONE.has(folded.replace(WRAPPING, '').trim());
}
