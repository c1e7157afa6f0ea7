/**
 * A command typed in capitals or full-width letters (`rotate PLAN`, `rotate ｐｌａｎ` from a Chinese
 * input method): commander suggests a near command only when few letters differ, so PLAN was
 * told only 未知命令 PLAN. It is answered with the command meant.
 */

/** The line that names the command of `commands` that `typed` spells otherwise, or null. */
export function commandSpelledOtherwise(typed: string, commands: readonly string[]): string | null {
  const plain = typed.normalize('NFKC').trim().toLowerCase();
  const meant = commands.find((c) => c === plain && c !== typed);
  return meant === undefined ? null : `（是否要用 ${meant}？） / (Did you mean ${meant}?)`;
}
