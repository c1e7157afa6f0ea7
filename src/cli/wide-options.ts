/**
 * Options typed with a Chinese input method on: `－－set`, `——set` or `—o` (full-width or long
 * dashes), `--ｓｅｔ` (full-width letters), `-o　plan2` (a full-width space, so one argument). Left
 * as they are, a dashed one was read as a file (`——set: 找不到此文件`), the rest as an unknown
 * option, and `-o　plan2` wrote a plan to a folder named `　plan2`. Each is named with the
 * half-width option to type instead; nothing is run.
 */

/** Dashes a Chinese input method or a word processor types for `-` that NFKC leaves as they are. */
const LONG_DASHES = /^[\u2010-\u2015\u2212\uFE58]+/u;

/** An option's head (the part before its value) as half-width: `-o`, or `--set` for a longer name. */
function halfWidthHead(head: string): string | null {
  const plain = head.normalize('NFKC').replace(LONG_DASHES, (d) => '-'.repeat(d.length));
  const m = /^-+([A-Za-z][A-Za-z-]*)$/u.exec(plain);
  if (!m) return null;
  const name = m[1] ?? '';
  return name.length === 1 ? `-${name}` : `--${name}`;
}

/**
 * The line for each argument of `args` (the command line after `rotate`) that is an option typed
 * with full-width characters, with what to type instead; none when every option is half-width.
 * An argument that names an existing file or folder (`exists`) is a path, never an option.
 */
export function wideOptions(args: readonly string[], exists: (path: string) => boolean): string[] {
  const lines: string[] = [];
  for (const arg of args) {
    // The head runs to the value: after =, ＝, or a (full-width) space; the value may hold full-width text.
    const head = /^[^=＝\s\u3000]*/u.exec(arg)?.[0] ?? '';
    const rest = arg.slice(head.length);
    const spaced = rest.startsWith('\u3000');
    if (head === '' || (head.normalize('NFKC') === head && !LONG_DASHES.test(head) && !spaced)) continue;
    const meant = halfWidthHead(head);
    if (meant === null || exists(arg)) continue;
    const typed = spaced ? `${meant} ${rest.slice(1)}` : `${meant}${rest}`;
    lines.push(
      `「${arg}」中有中文输入法的全角字符, 选项要用半角输入: ${typed} / "${arg}" holds full-width characters from a Chinese input method: type the option half-width, ${typed}`,
    );
  }
  return lines;
}
