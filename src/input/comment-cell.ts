/**
 * Whether a cell opens a comment line, as config files write them: `#` (or the full-width `＃` a
 * Chinese input method types) first, spaces before it allowed. Only a policy file takes comments
 * (schema/comment-rows.ts); a roster's row that starts so is still a row.
 */
export function isCommentCell(cell: string): boolean {
  const first = cell.trimStart()[0];
  return first === '#' || first === '＃';
}
