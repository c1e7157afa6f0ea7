/**
 * An option's value forgotten before another option: `rotate plan data/*.csv -o --force` took
 * `--force` for the folder and wrote the plan to a folder named --force (and `--set -q` a
 * setting named -q). A value that is one of the command's own options is told as a missing value.
 */
import type { Command } from 'commander';

/** The command's options, as typed: -o, --out, --force, …, and -h, --help. */
function flagsOf(command: Command): Set<string> {
  const flags = command.options.flatMap((o) => [o.short, o.long]).filter((f): f is string => f !== undefined);
  return new Set([...flags, '-h', '--help']);
}

/**
 * The line for the first option of `args` (the command line after the command's name) that takes a
 * value and is followed by another of the command's options instead; null when there is none.
 */
export function optionValueMissing(command: Command, args: readonly string[]): string | null {
  const flags = flagsOf(command);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') return null;
    const option = command.options.find((o) => o.short === arg || o.long === arg);
    if (option === undefined || !option.required) continue;
    const next = args[i + 1];
    if (next !== undefined && flags.has(next)) {
      return `选项 ${option.flags} 缺少取值: 其后的 ${next} 是另一个选项 / error: option '${option.flags}' argument missing: ${next} after it is another option`;
    }
    i++;
  }
  return null;
}
