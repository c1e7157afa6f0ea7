import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { runPlan, type PlanOptions } from './app.js';
import { PARAMETERS, rangeText } from './domain/parameters.js';
import { environmentLine, isEnvironment } from './env-error.js';
import { recoverRawArgs } from './input/raw-argv.js';
import { showPath } from './safe/show-path.js';
import { planFolderAround } from './output/side-output.js';
import { guardStreams } from './std-streams.js';
import type { PolicySetting } from './domain/policy.js';
import type { SolverName } from './solve/choose-solver.js';
import { conflictReport, terminalSummary } from './output/terminal-summary.js';
import { formatIssues } from './schema/format-issue.js';
import { loadCounty } from './schema/load-county.js';
import { ExistingFilesError, runGenerate } from './generate/write-county.js';
import { allFolders, batchJobs, runBatch } from './batch/run-batch.js';
import { availableParallelism } from 'node:os';
import { registerReviewCommands } from './review/commands.js';
import { lockText } from './output/lock-text.js';
import { ruleList } from './text/rule-list.js';

import { EXIT, exitCodeOf } from './exit-codes.js';
import { solverFailureText } from './output/solver-failure.js';

/** Exit codes, documented in --help and the README (defined in exit-codes.ts). */
export { EXIT };

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

// Arguments that are not UTF-8 (GBK file names) are read from their bytes; output goes through the guarded streams.
recoverRawArgs(process.argv);
const { out, err, planWritten } = guardStreams();

function parseSet(value: string, previous: PolicySetting[]): PolicySetting[] {
  const m = /^([^=]+)=(.*)$/.exec(value);
  if (!m) throw new CommanderError(EXIT.badInput, 'rotate.set', `--set 应为 名称=取值 / --set expects name=value, found "${value}"`);
  return [...previous, { key: (m[1] ?? '').trim(), value: m[2] ?? '', file: '--set' }];
}

const EXIT_HELP = `
退出码 / exit codes:
  0  方案已写入 / plan written
  1  内部错误 / internal error: e.g. a solved plan broke a hard rule (it is never written)
  2  输入有误 / bad input or command line: every problem is listed with file, row and column;
     also an output folder holding edited or other files (use --force); nothing is written
  3  规则冲突, 无可行方案 / no feasible plan: the conflicting rules are listed with numbers
  4  求解失败或超时 / the solver failed, ran out of time or gave an answer that is not a
     solution; what was tried is listed; nothing is written
  5  环境错误 / environment error: a read-only or full disk, no permission to write, output
     closed, too many open files, the output folder in use by another run; one line names the
     cause; nothing is written unless that line says the plan was written`;

const program = new Command();
program
  .name('rotate')
  .description('县管校聘 教师交流轮岗方案 / plans a county\'s yearly teacher rotation with a linear program')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

program
  .command('plan')
  .description('读入学校、教师（及岗位、锁定、参数）CSV, 生成交流方案 / read the county\'s CSV files and write a rotation plan')
  .argument('<files...>', 'CSV 文件, 按表头识别类型（学校、教师、岗位、锁定、参数）/ CSV files, recognised by their header row')
  .option('-o, --out <dir>', '输出文件夹 / output folder', 'plan')
  .option('--policy <file>', '参数文件（参数,取值）/ a policy file (key,value); later settings win', (v: string, prev: string[]) => [...prev, v], [] as string[])
  .option('--set <name=value>', '设置一个参数, 可重复（见 rotate policy）/ set one parameter, repeatable (see rotate policy)', parseSet, [] as PolicySetting[])
  .addOption(new Option('--solver <name>', '求解器: auto=小模型用 javascript-lp-solver, 大模型用 HiGHS / solver: auto picks javascript-lp-solver for small models and HiGHS for large ones').choices(['auto', 'jslp', 'highs']).default('auto'))
  .option('--locks <file>', '锁定文件, 也可以是编辑过的 assignments.csv（每行即一条调往锁定）/ a locks file, or an edited assignments.csv (each row locks that move)', (v: string, prev: string[]) => [...prev, v], [] as string[])
  .option('--baseline <plan_dir>', '基准方案: 尽量少改动它; 与编辑过的 assignments.csv 同用时, 删除的行视为锁定留任 / a previous plan to change as little as possible; with an edited assignments.csv, deleted rows become stay locks')
  .option('--export-model <file.lp>', '另存模型为 CPLEX LP 格式, 可用其他求解器核对 / also write the model in CPLEX LP format, to check it with another solver')
  .option('--time-limit <seconds>', '求解时间上限（秒）; 超时则输出已找到的最好方案并注明未证明最优 / solver time limit in seconds; the best verified plan found by then is written and marked not proven optimal', (v: string) => {
    if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new CommanderError(EXIT.badInput, 'rotate.time', `--time-limit 应为正数 / --time-limit expects a number of seconds > 0, found "${v}"`);
    return v;
  })
  .option('--force', '输出文件夹中有修改过的或其他文件时仍然替换 / replace the output folder even when it holds edited or other files')
  .option('--relax', '规则冲突时输出放宽规则后的最接近方案 / when hard rules conflict, write the closest plan with them relaxed')
  .option('--record-time', '在 summary.json 中记录耗时（重复运行结果将不再逐字节相同）/ record wall times in summary.json (reruns then differ)')
  .option('-q, --quiet', '不打印摘要 / print no summary')
  .option('-j, --jobs <n>', '参数为多个县的文件夹时, 同时规划的县数（默认: 核数的一半, 因为单个县已占用两个线程）/ when the arguments are county folders, how many to plan at once (default: half the cores; one county already keeps two threads busy)', (v: string) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new CommanderError(EXIT.badInput, 'rotate.jobs', `--jobs 应为正整数 / --jobs expects a whole number ≥ 1, found "${v}"`);
    return Number(v);
  }, Math.max(1, Math.floor(availableParallelism() / 2)))
  .addHelpText('after', `
示例 / examples:
  rotate plan data/*.csv
  rotate plan counties/* --jobs 2 -o plans      每个文件夹是一个县 / each folder is one county → plans/<folder>
  rotate plan data/*.csv -o plan2 --set weights.moves=2 --set rules.quota_share=0.15
  rotate plan data/*.csv --policy my-policy.csv
  rotate plan data/*.csv -o plan2 --locks edited/assignments.csv --baseline plan
${EXIT_HELP}`)
  .action(async (files: string[], o: { out: string; policy: string[]; locks: string[]; baseline?: string; set: PolicySetting[]; relax?: boolean; recordTime?: boolean; quiet?: boolean; solver: SolverName; exportModel?: string; timeLimit?: string; jobs: number; force?: boolean }) => {
    if (await allFolders(files)) {
      process.exitCode = await planFolders(files, o.out === 'plan' && !process.argv.some((a) => a === '-o' || a === '--out' || a.startsWith('--out=')) ? undefined : o.out, o.jobs);
      return;
    }
    // --time-limit is the parameter solver.time_limit, set last so that it wins.
    const sets = o.timeLimit !== undefined ? [...o.set, { key: 'solver.time_limit', value: o.timeLimit, file: '--time-limit' }] : o.set;
    const opts: PlanOptions = { inputs: [...files, ...o.policy, ...o.locks], outDir: o.out, sets, ...(o.exportModel !== undefined ? { exportModel: o.exportModel } : {}), relax: o.relax === true, recordTime: o.recordTime === true, solver: o.solver, ...(o.baseline !== undefined ? { baseline: o.baseline } : {}) };
    if (o.force === true) opts.force = true;
    const showProgress = process.stderr.isTTY && !o.quiet;
    const outcome = await runPlan(opts, {
      now: () => performance.now(),
      currentYear: new Date().getFullYear(),
      version,
      tag: String(process.pid),
      progress: (stage) => {
        if (showProgress) process.stderr.write(`… ${stage}\n`);
      },
    });
    switch (outcome.kind) {
      case 'written':
        planWritten(o.out);
        if (!o.quiet) out(terminalSummary(outcome.report, o.out, outcome.report.county.lang, { color: process.stdout.isTTY === true && !process.env['NO_COLOR'] }));
        if (!o.quiet && lockText(outcome.report.locks).length > 0) out(lockText(outcome.report.locks));
        if (outcome.report.relaxed) err(conflictReport(outcome.report.conflicts));
        process.exitCode = exitCodeOf(outcome.kind);
        return;
      case 'bad-input':
        err([`输入有误, 未写入任何文件 / bad input, nothing was written (${outcome.issues.length}):`, ...formatIssues(outcome.issues)]);
        process.exitCode = exitCodeOf(outcome.kind);
        return;
      case 'infeasible':
        err([...conflictReport(outcome.conflicts), '未写入任何文件 / nothing was written']);
        process.exitCode = exitCodeOf(outcome.kind);
        return;
      case 'solver-failed':
        err(solverFailureText(outcome.solve, outcome.timeLimit));
        process.exitCode = exitCodeOf(outcome.kind);
        return;
      case 'unverified':
        err([
          '内部错误: 求得的方案未通过规则核验, 未写入 / internal error: the solved plan broke a hard rule and was not written',
          ...(outcome.solve ? [`  已尝试 / tried: ${outcome.solve.solver}: ${outcome.solve.method} (${outcome.solve.status})`] : []),
          ...outcome.plan.checks.filter((c) => !c.held).flatMap((c) => [`  ✗ ${c.zh} / ${c.en}`, ...c.failures.map((f) => `      ${f.zh} / ${f.en}`)]),
        ]);
        process.exitCode = exitCodeOf(outcome.kind);
        return;
    }
  });

/**
 * Batch mode: each argument is a county folder, planned in its own process, `jobs` at a time.
 * The options of this command line (other than the folders, -o and --jobs) go to every county.
 */
async function planFolders(folders: string[], outRoot: string | undefined, jobs: number): Promise<number> {
  const list = await batchJobs(folders, outRoot);
  const argv = process.argv.slice(process.argv.indexOf('plan') + 1);
  const pass: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (folders.includes(a)) continue;
    if (['-o', '--out', '-j', '--jobs', '--export-model'].includes(a)) {
      i++;
      continue;
    }
    if (/^(--out|--jobs|--export-model)=/.test(a)) continue;
    pass.push(a);
  }
  const t0 = performance.now();
  err([`规划 ${list.length} 个县, 同时 ${jobs} 个 / planning ${list.length} counties, ${jobs} at a time`]);
  const results = await runBatch(list, jobs, process.execPath, (job) => [process.argv[1] ?? '', 'plan', ...job.inputs, '-o', job.outDir, '-q', ...pass], () => performance.now(), (r) => {
    const mark = r.code === 0 ? '✓' : `✗ (${r.code})`;
    err([`  ${mark} ${showPath(r.job.name)} → ${showPath(r.job.outDir)}  ${r.seconds.toFixed(1)} s`, ...(r.code === 0 ? [] : r.errors.map((e) => `      ${e}`))]);
  });
  const wall = (performance.now() - t0) / 1000;
  const failed = results.filter((r) => r.code !== 0);
  out([`${results.length - failed.length}/${results.length} 个县已规划, 用时 ${wall.toFixed(1)} 秒（${(results.length / wall).toFixed(2)} 县/秒）/ ${results.length - failed.length} of ${results.length} counties planned in ${wall.toFixed(1)} s (${(results.length / wall).toFixed(2)} counties/s)`]);
  return failed[0]?.code ?? 0;
}

program
  .command('validate')
  .description('只检查输入文件, 不生成方案 / check the input files without planning')
  .argument('<files...>', 'CSV 文件 / CSV files')
  .addHelpText('after', EXIT_HELP)
  .action(async (files: string[]) => {
    const loaded = await loadCounty(files);
    if (!loaded.ok) {
      err([`输入有误 / bad input (${loaded.issues.length}):`, ...formatIssues(loaded.issues)]);
      process.exitCode = EXIT.badInput;
      return;
    }
    const c = loaded.value;
    out([`输入无误 / input OK: ${c.schools.length} 所学校 schools, ${c.teachers.length} 名教师 teachers, ${c.posts?.length ?? 0} 条岗位 posts, ${c.locks.length} 条锁定 locks`]);
  });

const positiveInt = (name: string) => (v: string): number => {
  if (!/^\d+$/.test(v) || Number(v) <= 0) throw new CommanderError(EXIT.badInput, 'rotate.int', `${name} 应为正整数 / ${name} expects a whole number > 0, found "${v}"`);
  return Number(v);
};

program
  .command('generate')
  .description('生成一个虚拟县的示例数据（学校、教师、岗位）/ write a realistic synthetic county (schools, teachers, posts) for demos and benchmarks')
  .argument('<dir>', '输出文件夹 / output folder')
  .option('--teachers <n>', '教师数 / teachers', positiveInt('--teachers'), 800)
  .option('--schools <n>', '学校数 / schools', positiveInt('--schools'), 30)
  .option('--seed <n>', '随机种子, 相同种子得到相同数据 / seed; the same seed gives the same county', positiveInt('--seed'), 2026)
  .addOption(new Option('--lang <lang>', '表头和取值的语言 / language of headers and values').choices(['zh', 'en']).default('zh'))
  .addOption(new Option('--encoding <enc>', '文件编码 / file encoding').choices(['utf8', 'gbk']).default('utf8'))
  .option('--locks', '同时生成一个锁定表 / also write a locks file')
  .option('--force', '替换文件夹中已有的同名文件 / replace files of the same names already in the folder')
  .addHelpText('after', `
示例 / example:
  rotate generate county3000 --teachers 3000 --schools 120 --seed 1
  rotate plan county3000/*.csv -o county3000/plan`)
  .action(async (dir: string, o: { teachers: number; schools: number; seed: number; lang: 'zh' | 'en'; encoding: 'utf8' | 'gbk'; locks?: boolean; force?: boolean }) => {
    const plan = await planFolderAround(dir);
    if (plan !== null) {
      err([`${showPath(dir)} 在方案文件夹 ${showPath(plan)} 中, 未写入任何文件 / ${showPath(dir)} is inside the plan folder ${showPath(plan)}; nothing was written`]);
      process.exitCode = EXIT.badInput;
      return;
    }
    try {
      const written = await runGenerate(dir, { teachers: o.teachers, schools: o.schools, seed: o.seed, lang: o.lang, encoding: o.encoding, locks: o.locks === true, force: o.force === true });
      out([`已写入 / written: ${written.join(', ')}`]);
    } catch (e) {
      if (e instanceof ExistingFilesError) {
        err([`文件已存在, 未写入任何文件（加 --force 替换）/ files exist, nothing was written (add --force to replace them): ${e.paths.join(', ')}`]);
        process.exitCode = EXIT.badInput;
        return;
      }
      if (!(e instanceof RangeError)) throw e;
      err([`参数有误 / bad option: ${e.message}`]);
      process.exitCode = EXIT.badInput;
    }
  });

program
  .command('policy')
  .description('列出全部参数（默认值和含义）和规则 / list every policy parameter (its default and meaning) and every rule')
  .action(() => {
    const lines = ['参数 / parameter = 默认值 default', ''];
    for (const p of PARAMETERS) {
      const range = rangeText(p);
      lines.push(`${p.name} = ${p.default === '' ? '(当前年份 current year)' : p.default}${range ? `    范围 range: ${range}` : ''}`);
      lines.push(`    ${p.zh}`);
      lines.push(`    ${p.en}${'source' in p && p.source ? ` [${p.source}]` : ''}`);
    }
    lines.push('', '用法 / use: rotate plan data/*.csv --set weights.moves=2, or a CSV file with columns 参数,取值 (key,value) among the inputs');
    out([...lines, '', ...ruleList()]);
  });

registerReviewCommands(program, {
  out,
  err,
  exit: (code) => {
    process.exitCode = code;
  },
  now: () => performance.now(),
  currentYear: new Date().getFullYear(),
  tag: String(process.pid),
  codes: EXIT,
  parseSet,
  progress: (point) => {
    if (process.stderr.isTTY) process.stderr.write(`… ${Object.entries(point).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
  },
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : EXIT.badInput;
  } else if (isEnvironment(e)) {
    // A read-only or full disk, no permission, too many open files, the folder locked: one line, its own code.
    err([environmentLine(e)]);
    process.exitCode = EXIT.environment;
  } else {
    err([`内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}`]);
    process.exitCode = EXIT.internal;
  }
}
