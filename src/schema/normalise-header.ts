/**
 * Header cells are typed by people: `在校学生数（人）`, ` School ID `, `ＳＣＨＯＯＬ＿ＩＤ`,
 * `*工号`. Matching compares a normalised form so that all of these find their column.
 */

const TRAILING_UNIT = /[([【〔][^()[\]【】〔〕]*[)\]】〕]$/u;

/**
 * The comparison form of a header cell: NFKC (full-width → half-width), lower case, without
 * a trailing unit in brackets (`(人)`, `【必填】`), without `*` required-markers, and without
 * spaces, underscores, hyphens and dots. `School ID`, `school_id` and `schoolid` are equal.
 */
export function normaliseHeader(cell: string): string {
  let s = cell.normalize('NFKC').toLowerCase().trim();
  s = s.replace(/^[*＊]+|[*＊:：]+$/gu, '').trim();
  // A unit may itself be followed by a marker: `学生数(人)*`.
  for (let i = 0; i < 2 && TRAILING_UNIT.test(s); i++) s = s.replace(TRAILING_UNIT, '').trim();
  return s.replace(/[\s_\-.·]+/gu, '');
}

/** True when the text contains a Han character (a Chinese header). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
