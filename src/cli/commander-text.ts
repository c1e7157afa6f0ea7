/**
 * Commander's own error lines (a missing argument, an unknown option or command, a value not
 * among an option's choices) in both languages, as every other message of the tool: `缺少参数
 * files / error: missing required argument 'files'`. A line it does not know is left as it is.
 */
const LINES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: missing required argument '([^']+)'/u, (m) => `缺少参数 ${m[1]}`],
  [/^error: unknown option '([^']+)'/u, (m) => `未知选项 ${m[1]}`],
  [/^error: unknown command '([^']+)'/u, (m) => `未知命令 ${m[1]}`],
  [/^error: option '([^']+)' argument missing/u, (m) => `选项 ${m[1]} 缺少取值`],
  [/^error: option '([^']+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/u, (m) => `选项 ${m[1]} 的取值「${m[2]}」无效, 可选: ${m[3]}`],
  [/^error: too many arguments/u, () => '参数过多'],
  [/^\(Did you mean (.+)\?\)$/u, (m) => `（是否要用 ${m[1]}？）`],
];

/** One line of commander's error output, with its Chinese before it where the line is known. */
function bilingualLine(line: string): string {
  for (const [re, zh] of LINES) {
    const m = re.exec(line);
    if (m) return `${zh(m)} / ${line}`;
  }
  return line;
}

/**
 * Commander's error text (one or more lines) made bilingual line by line. An unknown option (or
 * command) is followed by the line `hint` gives for it, if any: the --set that sets a policy parameter typed
 * as an option (`--yera 2026`), the command line with its options after the command.
 */
export function bilingualError(text: string, hint?: (unknown: string, text: string) => string | null): string {
  const lines = text.split('\n').map(bilingualLine);
  const unknown = /^error: unknown (?:option|command) '([^']+)'$/mu.exec(text);
  const line = unknown && hint ? hint(unknown[1] ?? '', text) : null;
  if (line !== null) lines.splice(lines.length - (text.endsWith('\n') ? 1 : 0), 0, line);
  return lines.join('\n');
}

/**
 * The line printed after a command line mistake, instead of the whole --help (which, 40 to 80
 * lines long, pushed the one line that says what was wrong off the screen).
 */
export function usageHint(command?: string): string {
  return command === undefined
    ? '运行 rotate --help 查看全部命令 / run rotate --help to list the commands'
    : `运行 rotate ${command} --help 查看全部选项和示例 / run rotate ${command} --help for its options and examples`;
}
