/**
 * `rotate help pln`: commander answers a help for no command with the whole list of commands on
 * standard error and exit 2, and no line that says what was wrong. Read as `rotate pln`, it is told
 * as a mistyped command is: 未知命令 pln, （是否要用 plan？）, and the line naming rotate --help.
 */

/**
 * The command line to parse: `argv` as given, but `help NAME` when NAME is none of `commands`
 * becomes `NAME`. `rotate help` alone, `rotate help plan` and an option after help are left as they are.
 */
export function helpOfUnknown(argv: readonly string[], commands: readonly string[]): string[] {
  const [node = '', script = '', first, name, ...rest] = argv;
  if (first !== 'help' || name === undefined || name.startsWith('-') || commands.includes(name)) return [...argv];
  return [node, script, name, ...rest];
}
