/**
 * Commander's own error lines (a missing argument, an unknown option or command) in both
 * languages, as every other message of the tool: `缺少参数 files / error: missing required
 * argument 'files'`. A line it does not know is left as it is.
 */
const LINES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: missing required argument '([^']+)'/u, (m) => `缺少参数 ${m[1]}`],
  [/^error: unknown option '([^']+)'/u, (m) => `未知选项 ${m[1]}`],
  [/^error: unknown command '([^']+)'/u, (m) => `未知命令 ${m[1]}`],
  [/^error: option '([^']+)' argument missing/u, (m) => `选项 ${m[1]} 缺少取值`],
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

/** Commander's error text (one or more lines) made bilingual line by line. */
export const bilingualError = (text: string): string => text.split('\n').map(bilingualLine).join('\n');
