/**
 * Words county sheets write in a cell for "none" instead of leaving it blank: a WPS or Excel
 * roster often fills every blank with 无 or 暂无, and the national system's exports with - or /.
 * Compared after NFKC (full-width ／ and － fold to / and -), trimming and lower case.
 */
export const NONE_WORDS: readonly string[] = ['无', '否', '没有', '暂无', '空', '-', '—', '——', '/', 'none', 'no', 'n/a'];

const NONE: ReadonlySet<string> = new Set(NONE_WORDS);

const NONE_LONGEST = Math.max(...NONE_WORDS.map((w) => w.length));

/** Whether a cell says "none" (无, 否, 暂无, -, /, N/A …); an empty cell says nothing, so not this. */
export function saysNone(text: string): boolean {
  // Asked of every row's free-text cells: text longer than the words is not normalised.
  return text.trim().length <= NONE_LONGEST && NONE.has(text.normalize('NFKC').trim().toLowerCase());
}
