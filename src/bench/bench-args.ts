/**
 * The benchmark's command line (`npm run bench -- …`), read before any work: a mistyped option or
 * size is named at once instead of a run of many minutes that skips it, and `--help` says what the
 * benchmark takes.
 */

export interface BenchArgs {
  runs: number;
  sizes: string[];
  solver: string;
  /** `--set name=value`, repeatable: given to every run. */
  sets: string[];
}

export type BenchCommand = { kind: 'run'; args: BenchArgs } | { kind: 'help'; text: string } | { kind: 'bad'; message: string };

export const BENCH_USAGE = `npm run bench -- [--runs N] [--sizes S,S,…] [--solver auto|highs|jslp] [--set name=value]…

Generates seeded counties, plans each N times (default 3) in fresh processes and prints medians:
every stage, the whole process, peak memory, gap to the bound, the same model solved exactly by
HiGHS, and, where Python can import highspy ($ROTATE_BENCH_PYTHON or python3), the native
reference (scripts/native-reference.py) as a whole process, interleaved with rotate's runs.

  --runs N        runs per size (default 3)
  --sizes S,…     county sizes in teachers, of SIZES (default all)
  --solver NAME   rotate plan --solver (default auto)
  --set k=v       a policy setting for every run, as rotate plan --set (repeatable)
  -h, --help      this text`;

const VALUED = new Set(['--runs', '--sizes', '--solver', '--set']);
const SOLVERS = new Set(['auto', 'highs', 'jslp']);

/** The benchmark's options from its arguments (after `node run.js`); `sizes` lists the sizes it knows. */
export function benchArgs(argv: readonly string[], sizes: readonly string[]): BenchCommand {
  const usage = BENCH_USAGE.replace('of SIZES', `of ${sizes.join(', ')}`);
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: usage };
  const values = new Map<string, string>();
  const sets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!VALUED.has(a)) return { kind: 'bad', message: `unknown argument ${JSON.stringify(a)}\n\n${usage}` };
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) return { kind: 'bad', message: `${a} needs a value\n\n${usage}` };
    if (a === '--set') {
      if (!/^[^=]+=/.test(v)) return { kind: 'bad', message: `--set takes name=value, not ${JSON.stringify(v)}` };
      sets.push(v);
    } else values.set(a, v);
    i++;
  }
  const runsText = values.get('--runs') ?? '3';
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 1) return { kind: 'bad', message: `--runs takes a whole number of at least 1, not ${JSON.stringify(runsText)}` };
  const chosen = (values.get('--sizes') ?? sizes.join(',')).split(',').map((s) => s.trim());
  const unknown = chosen.filter((s) => !sizes.includes(s));
  if (unknown.length > 0) return { kind: 'bad', message: `unknown size ${unknown.map((s) => JSON.stringify(s)).join(', ')}: the sizes are ${sizes.join(', ')}` };
  const solver = values.get('--solver') ?? 'auto';
  if (!SOLVERS.has(solver)) return { kind: 'bad', message: `--solver takes auto, highs or jslp, not ${JSON.stringify(solver)}` };
  return { kind: 'run', args: { runs, sizes: chosen, solver, sets } };
}
