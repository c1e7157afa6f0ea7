/**
 * An option of the command typed with the wrong number of dashes or in capitals: `-set` for
 * --set, `--o` for -o, `-O` or `--OUT`. Commander suggests a near option only for some of them
 * (none for -set, --o, -O); each is answered with the one meant.
 */
import type { Command } from 'commander';

/** An option's name without its dashes or its value, in lower case. */
const bare = (flag: string): string => (flag.replace(/^-+/u, '').split('=')[0] ?? '').toLowerCase();

/**
 * The line that names the option of `command` that the unknown `flag` spells otherwise, or null
 * when none does.
 */
export function optionSpelledOtherwise(flag: string, command: Command): string | null {
  const name = bare(flag);
  for (const o of command.options) {
    const meant = [o.long, o.short].find((f) => f !== undefined && bare(f) === name);
    if (meant !== undefined) return `（是否要用 ${meant}？） / (Did you mean ${meant}?)`;
  }
  return null;
}
