/**
 * Options typed before the command: `rotate -o plan2 plan data/*.csv` or `rotate --set
 * plan.year=2027 validate data/*.csv` was told only "unknown option -o", as rotate itself has
 * none but --help and --version. The line shows the command line with them after the command.
 */
import { shellWord } from './shell-word.js';

/**
 * The line that shows `args` (the command line after `rotate`) with the options given before the
 * command moved after it, or null when no argument after the first names one of `commands`.
 */
export function optionsAfterCommand(args: readonly string[], commands: readonly string[]): string | null {
  const at = args.findIndex((a, i) => i > 0 && commands.includes(a));
  if (at < 0 || !(args[0] ?? '').startsWith('-')) return null;
  const line = ['rotate', args[at] ?? '', ...args.slice(at + 1), ...args.slice(0, at)].map(shellWord).join(' ');
  return `（选项要写在命令之后: ${line}） / (options go after the command: ${line})`;
}
