/**
 * An output path typed the Windows way, `-o out\plan2` or `rotate init 县数据\甲县`: on Linux and
 * macOS a backslash is part of a name, and the plan went to one folder named `out\plan2`. Input
 * paths are told the same (input/meant-path.ts); an output is told before anything is written.
 */
import type { Command } from 'commander';
import { showPath } from '../safe/show-path.js';

/** The options whose value is a path rotate writes. */
const OUTPUTS: readonly string[] = ['--out', '--csv', '--export-model'];

/** The line for an output path holding a backslash, where a backslash does not separate folders; else null. */
export function backslashLine(path: string, platform: string = process.platform): string | null {
  if (platform === 'win32' || !path.includes('\\')) return null;
  const meant = showPath(path.replace(/\\/gu, '/'));
  return `${showPath(path)}: 路径用 / 分隔, 不用 \\: 请写 ${meant}, 未写入任何文件 / folders in a path are separated by /, not \\: type ${meant}; nothing was written`;
}

/** The lines for the output options of `command` in `args` (the command line after its name) whose path holds a backslash. */
export function backslashOutputs(command: Command, args: readonly string[], platform: string = process.platform): string[] {
  const flags = command.options.filter((o) => o.long !== undefined && OUTPUTS.includes(o.long)).flatMap((o) => [o.short, o.long]);
  const lines: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const joined = /^(--[a-z-]+)=(.*)$/u.exec(arg);
    const value = flags.includes(arg) ? args[++i] : joined && flags.includes(joined[1]) ? joined[2] : undefined;
    const line = value === undefined ? null : backslashLine(value, platform);
    if (line !== null) lines.push(line);
  }
  return lines;
}
