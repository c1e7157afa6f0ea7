import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { folderArgs } from '../batch/folder-args.js';
import { planGivenAsInput } from '../batch/plan-as-input.js';
import { showPath } from '../safe/show-path.js';
import { firstOf } from '../domain/text.js';
import type { PolicySetting } from '../domain/policy.js';
import { runPlan, type PlanOptions, type PlanOutcome } from '../pipeline/run-plan.js';
import type { SolverName } from '../solve/choose-solver.js';
import { lockText } from '../text/lock-text.js';
import { objectionText } from '../text/objection-text.js';
import { solverFailureText } from '../text/solver-failure.js';
import { terminalSummary } from '../text/terminal-summary.js';
import { conflictLines } from '../text/conflict-report.js';
import { unverifiedText } from '../text/unverified-text.js';
import { formatIssues } from '../schema/format-issue.js';
import { EXIT, exitCodeOf } from './exit-codes.js';
import { expandPatterns } from './file-patterns.js';
import { memorySettler } from './settle-memory.js';
import { badInput, collect, err, exit, EXIT_HELP, halfWidth, inputWarnings, out, parseSet, planWritten, POLICY_OPTION, version } from './io.js';
import { planFolders } from './plan-folders.js';
import { folderSummary } from '../plan-folder/folder-summary.js';
import type { Summary } from '../plan-folder/summary-file.js';
import { keptPlanLine } from '../text/kept-plan-line.js';

/** Counties planned at once by default: half the cores (one county keeps two threads busy). */
const DEFAULT_JOBS = Math.max(1, Math.floor(availableParallelism() / 2));

interface PlanFlags {
  out: string;
  policy: string[];
  locks: string[];
  baseline?: string;
  set: PolicySetting[];
  relax?: boolean;
  recordTime?: boolean;
  quiet?: boolean;
  solver: SolverName;
  exportModel?: string;
  timeLimit?: string;
  jobs: number;
  force?: boolean;
}

/** The flags as the pipeline's options; `--time-limit` is the parameter solver.time_limit, set last so that it wins. */
function planOptions(files: string[], o: PlanFlags): PlanOptions {
  const sets = o.timeLimit !== undefined ? [...o.set, { key: 'solver.time_limit', value: o.timeLimit, file: '--time-limit' }] : o.set;
  return {
    inputs: [...files, ...o.policy, ...o.locks],
    policyFiles: o.policy,
    outDir: o.out,
    sets,
    relax: o.relax === true,
    recordTime: o.recordTime === true,
    solver: o.solver,
    ...(o.exportModel !== undefined ? { exportModel: o.exportModel } : {}),
    ...(o.baseline !== undefined ? { baseline: o.baseline } : {}),
    ...(o.force === true ? { force: true } : {}),
  };
}

/** What each outcome prints, and its exit code; `kept`: the earlier plan the output folder still holds when nothing was written. */
function report(outcome: PlanOutcome, o: PlanFlags, kept: Summary | null): void {
  const keptLine = kept ? [keptPlanLine(o.out, kept)] : [];
  switch (outcome.kind) {
    case 'written': {
      const r = outcome.report;
      planWritten(o.out);
      inputWarnings(r.county.warnings);
      if (!o.quiet) out(terminalSummary(r, o.out, r.county.lang, { color: process.stdout.isTTY === true && !process.env['NO_COLOR'] }));
      if (!o.quiet && lockText(r.locks, r.county.lang).length > 0) out(lockText(r.locks, r.county.lang));
      if (!o.quiet && r.objections) out(objectionText(r.objections, r.county.lang));
      if (r.relaxed) err(conflictLines(r.conflicts, 'relaxed'));
      if (r.warnings.length > 0) err(formatIssues(r.warnings));
      break;
    }
    case 'bad-input':
      badInput(outcome.issues, `输入有误, 未写入任何文件 / bad input, nothing was written (${outcome.issues.length}):`);
      // A refused output folder is named by its issue; else the plan it holds is said to be the earlier one.
      if (keptLine.length > 0 && !outcome.issues.some((i) => i.output === true)) err(keptLine);
      break;
    case 'infeasible':
      err([...conflictLines(outcome.conflicts, outcome.byLocks === true ? 'locks' : o.relax === true ? 'beyond-relax' : 'add-relax'), '未写入任何文件 / nothing was written', ...keptLine]);
      break;
    case 'solver-failed':
      err(solverFailureText(outcome.solve, outcome.timeLimit));
      break;
    case 'unverified':
      err(unverifiedText(outcome.plan, outcome.solve));
      break;
  }
  exit(exitCodeOf(outcome.kind));
}

/** `rotate plan FILES…` (or county folders: batch mode). */
export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('读入学校、教师（及岗位、锁定、参数）表（CSV 或工作簿）, 生成交流方案 / read the county\'s tables (CSV files or workbooks) and write a rotation plan')
    .argument('<files...>', 'CSV 文件或工作簿, 按表头识别类型（学校、教师、岗位、锁定、参数、公示异议）, 或县文件夹 / CSV files or workbooks, recognised by their header row (schools, teachers, posts, locks, policy, objections), or county folders')
    .option('-o, --out <dir>', '输出文件夹; 参数为县文件夹时为各县方案的上级文件夹（<dir>/<文件夹名>）, 不给则写入各县文件夹中的 plan（<folder>/plan）/ output folder; for county folders, the folder holding each county\'s plan (<dir>/<folder>), or without -o each county\'s own <folder>/plan', 'plan')
    .option('--policy <file>', POLICY_OPTION, collect, [] as string[])
    .option('--set <name=value>', '设置一个参数, 可重复（见 rotate policy）/ set one parameter, repeatable (see rotate policy)', parseSet, [] as PolicySetting[])
    .addOption(new Option('--solver <name>', '求解器: auto=小模型用 javascript-lp-solver, 大模型用 HiGHS / solver: auto picks javascript-lp-solver for small models and HiGHS for large ones').choices(['auto', 'jslp', 'highs']).default('auto'))
    .option('--locks <file>', '锁定文件, 也可以是编辑过的 assignments.csv（每行即一条调往锁定）/ a locks file, or an edited assignments.csv (each row locks that move)', collect, [] as string[])
    .option('--baseline <plan>', '基准方案（方案文件夹, 或单个 assignments.csv 或 plan.xlsx 文件）: 尽量少改动它; 与编辑过的 assignments.csv 同用时, 删除的行视为锁定留任; 参数为县文件夹时可给上次批量规划的输出文件夹, 各县用其中自己的方案（<dir>/<文件夹名>）/ a previous plan (a plan folder, or one assignments.csv or plan.xlsx file) to change as little as possible; with an edited assignments.csv, deleted rows become stay locks; for county folders, an earlier batch\'s output folder: each county takes its own plan there (<dir>/<folder>)')
    .option('--export-model <file.lp>', '另存模型为 CPLEX LP 格式, 可用其他求解器核对; 参数为县文件夹时每县一个, 文件名后加县名（model.lp → model-甲县.lp）/ also write the model in CPLEX LP format, to check it with another solver; for county folders, one per county, the county\'s name added (model.lp → model-甲县.lp)')
    .option('--time-limit <seconds>', '求解时间上限（秒, 默认60; 2万名以上教师每千名加3秒）; 超时则输出已找到的最好方案并注明未证明最优 / solver time limit in seconds (default 60; above 20,000 teachers 3 s more per 1,000); the best verified plan found by then is written and marked not proven optimal', (typed: string) => {
      const v = halfWidth(typed);
      if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new CommanderError(EXIT.badInput, 'rotate.time', `--time-limit 应为正数 / --time-limit expects a number of seconds > 0, found "${typed}"`);
      return v;
    })
    .option('--force', '输出文件夹中有修改过的或其他文件时仍然替换 / replace the output folder even when it holds edited or other files')
    .option('--relax', '规则冲突时输出放宽规则后的最接近方案 / when hard rules conflict, write the closest plan with them relaxed')
    .option('--record-time', '在 summary.json 中记录耗时（重复运行结果将不再逐字节相同）/ record wall times in summary.json (reruns then differ)')
    .option('-q, --quiet', '不打印摘要 / print no summary')
    .addOption(
      new Option('-j, --jobs <n>', '参数为多个县的文件夹时, 同时规划的县数 / when the arguments are county folders, how many to plan at once')
        .argParser((typed: string) => {
          const v = halfWidth(typed);
          if (!/^\d+$/.test(v) || Number(v) < 1) throw new CommanderError(EXIT.badInput, 'rotate.jobs', `--jobs 应为正整数 / --jobs expects a whole number ≥ 1, found "${typed}"`);
          return Number(v);
        })
        // One county already keeps two threads busy (the solver's worker and the main thread).
        .default(DEFAULT_JOBS, `核数的一半, 此机为 ${DEFAULT_JOBS} / half the cores, here ${DEFAULT_JOBS}`),
    )
    .addHelpText('after', `
示例 / examples:
  rotate plan data/*.csv
  rotate plan counties/* --jobs 2 -o plans
      每个文件夹是一个县的表（如 rotate init counties/甲县 写出的）, 方案写入 plans/<文件夹名>
      each folder is one county's tables (as rotate init counties/甲县 writes one) → plans/<folder>
  rotate plan data/*.csv -o plan2 --set weights.moves=2 --set rules.quota_share=0.15
  rotate plan data/*.csv --policy my-policy.csv
      my-policy.csv: rotate init 写出的 参数.csv, 改其「取值」列后另存
      the 参数.csv that rotate init writes, its 取值 column edited and saved under another name
  rotate plan data/*.csv -o plan2 --locks edited/assignments.csv --baseline plan
      edited/assignments.csv: 方案 plan 中 assignments.csv 的副本, 在 Excel 中删行或改交流学校代码
      a copy of plan/assignments.csv edited in Excel: rows deleted, a 交流学校代码 changed
  rotate plan data/*.csv 异议.csv --baseline plan -o plan2
      公示后: 异议.csv 为异议表（工号, 异议内容, 处理结果 同意/驳回, 同意的填 操作 留任/调往/禁止 +
      学校代码; 各列见 README「公示: objections and the roster」）, 同意的异议按锁定执行,
      plan2/objections.csv 列出每条异议的处理和去向变化, 以及由此引起的其他调整
      after the 公示: 异议.csv is the objections file (its columns in the README, 公示: objections
      and the roster); upheld objections are applied as locks; plan2/objections.csv lists each
      decision, the objector's destination before → after and every other change with the
      objection it traces to
${EXIT_HELP}

参数为县文件夹时 / for county folders:
  每个县各自写入或不写（见上）, 其他县照常规划; 退出码为按给出顺序第一个未规划的县的退出码,
  全部规划时为 0; Ctrl-C 中断为 130
  each county is written or not as above, the others planned all the same; the exit code is that of
  the first county (in the order given) not planned, 0 when every county is; 130 when stopped by
  Ctrl-C`)
    .action(async (typed: string[], o: PlanFlags) => {
      const { files, issues } = expandPatterns(typed);
      if (issues.length > 0) return badInput(issues, `输入有误, 未写入任何文件 / bad input, nothing was written (${issues.length}):`);
      const ofPlan = await planGivenAsInput(files, 'plan');
      if (ofPlan.length > 0) return badInput(ofPlan, `输入有误, 未写入任何文件 / bad input, nothing was written (${ofPlan.length}):`);
      const args = await folderArgs(files);
      if (args.kind === 'mixed') {
        const [folders, inputs] = [args.folders.map((f) => showPath(f)), args.files.map((f) => showPath(f))];
        err([
          `文件夹（${firstOf(folders, 3, '、', '…')}）与CSV文件或工作簿（${firstOf(inputs, 3, '、', '…')}）不能一起给出, 未规划: 一个县给它的文件, 多个县给各县的文件夹; 给每个县的参数文件用 --policy, 锁定文件用 --locks`,
          `folders (${firstOf(folders, 3, ', ', '…')}) and CSV files or workbooks (${firstOf(inputs, 3, ', ', '…')}) cannot be given together, nothing planned: give one county's files, or each county's folder; a file for every county goes with --policy (or --locks)`,
        ]);
        exit(EXIT.badInput);
        return;
      }
      if (args.kind === 'folders') {
        for (const f of args.leftOut) err([`${showPath(f)}: 不是县文件夹, 也不是CSV文件或工作簿, 未读 / neither a county folder nor a CSV file or workbook: not read`]);
        const outGiven = process.argv.some((a) => a === '-o' || a === '--out' || a.startsWith('--out='));
        // A pattern (counties/*) is kept off the counties' command lines, as the folders it named are.
        const patterns = typed.filter((t) => !files.includes(t));
        exit(await planFolders(args.folders, o.out === 'plan' && !outGiven ? undefined : o.out, o.jobs, o.quiet === true, [...args.leftOut, ...patterns]));
        return;
      }
      const showProgress = process.stderr.isTTY && !o.quiet;
      const settle = memorySettler();
      const outcome = await runPlan(planOptions(files, o), {
        now: () => performance.now(),
        currentYear: new Date().getFullYear(),
        version,
        tag: String(process.pid),
        progress: (stage) => {
          if (showProgress) process.stderr.write(`… ${stage}\n`);
        },
        settle: (point) => void settle(point),
      });
      report(outcome, o, outcome.kind === 'written' ? null : await folderSummary(o.out));
    });
}
