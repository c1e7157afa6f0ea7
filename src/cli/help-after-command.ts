/**
 * `rotate plan help` (help typed after the command, as `rotate help plan` is typed before it): it
 * was read as a file named help, 找不到此文件, and the plan folder named as untouched. With
 * nothing else after the command, it is the command's help.
 */
import { existsSync } from 'node:fs';

/** The command line to parse: `argv` as given, but `COMMAND help` alone becomes `COMMAND --help`, unless a file is named help. */
export function helpAfterCommand(argv: readonly string[], commands: readonly string[]): string[] {
  const [node = '', script = '', command, word, ...rest] = argv;
  if (command === undefined || !commands.includes(command) || rest.length > 0 || (word !== 'help' && word !== '帮助') || existsSync(word)) return [...argv];
  return [node, script, command, '--help'];
}
