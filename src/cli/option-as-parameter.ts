/**
 * A policy parameter typed as an option: `rotate plan data/*.csv --yera 2026` or `--quota-share
 * 0.15` is answered with the --set that sets it (`--set plan.year=2026`), not only "unknown option".
 */
import { closestParameter } from '../domain/closest-parameter.js';
import { PARAMETERS } from '../domain/parameters.js';

const NAMES: readonly string[] = PARAMETERS.map((p) => p.name);

/**
 * The line that says which --set was meant by the unknown option `flag` (as commander names it,
 * `--yera` or `--yera=2026`), or null when it names no parameter. `argv` is the command line: the
 * value after the option, if one follows it, goes into the --set shown.
 */
export function optionAsParameter(flag: string, argv: readonly string[]): string | null {
  const m = /^--?([^=]+)(?:=(.*))?$/u.exec(flag);
  if (!m) return null;
  const name = closestParameter(m[1] ?? '', NAMES);
  if (name === null) return null;
  const next = argv[argv.indexOf(flag) + 1];
  const value = m[2] ?? (next !== undefined && !next.startsWith('-') ? next : '…');
  const set = `--set ${name}=${value}`;
  return `（参数用 --set 设置, 是否要用 ${set}？） / (parameters are set with --set: did you mean ${set}?)`;
}
