import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { showPath } from '../safe/show-path.js';
import { shellWord } from './shell-word.js';
import type { PolicySetting } from '../domain/policy.js';
import { runDiff } from './diff-command.js';
import { runExplain } from './explain-command.js';
import { POLICY_FILE, runInit } from '../review/init-command.js';
import { runSweep } from './sweep-command.js';
import { countyInputs } from '../batch/run-batch.js';
import { planGivenAsInput } from '../batch/plan-as-input.js';
import { EXIT } from './exit-codes.js';
import { backslashLine } from './backslash-output.js';
import { fileInTheWay } from './file-in-the-way.js';
import { expandPatterns } from './file-patterns.js';
import { INTERNAL, badInput, collect, DIFF_BAD, ENV_CSV, ENV_READ_ONLY, envExit, err, exit, exitHelp, out, parseSet, PLAN_FOLDER_BAD, POLICY_OPTION, SWEEP_BAD, wrote } from './io.js';
import { WRITTEN } from '../env-error.js';

/** init's exit 2: files already there, or a folder inside a plan folder; nothing is ever overwritten. */
const INIT_BAD = `  2  输入有误 / a county file or policy file is already there, the folder is inside a plan
     folder, or a mistake on the command line; nothing is written`;

/** Which point of a sweep is being planned (on a terminal only). */
const sweepProgress = (point: Record<string, string>): void => {
  if (process.stderr.isTTY) process.stderr.write(`… ${Object.entries(point).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
};

/** `rotate explain`, `diff`, `sweep` and `init`: the review loop around a plan. */
export function registerReviewCommands(program: Command): void {
  const tag = String(process.pid);
  const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  program
    .command('explain')
    .description('解释方案中一名教师或一所学校的决定（只读方案文件）/ explain the decision about one teacher or school, from the plan\'s files')
    .argument('<plan_dir>', 'rotate plan 写出的文件夹 / a folder written by rotate plan')
    .argument('<id>', '工号或学校代码, 或姓名、学校名称 / a teacher id or school id, or a name')
    .addHelpText('after', `
示例 / examples:
  rotate plan data/*.csv            先写出方案 → plan/ / the plan first → plan/
  rotate explain plan 000021
  rotate explain plan 341122017
  rotate explain plan 黄明丹        姓名; 重名时列出各人的工号和学校
                                    a name; one that several share lists each one's id and school
${exitHelp('已解释 / explained (warnings, if any, on standard error)', [INTERNAL, PLAN_FOLDER_BAD, ENV_READ_ONLY])}`)
    .action(async (dir: string, id: string) => {
      // rotate explain 000021 plan: the two the other way round, told as such rather than "no plan folder 000021".
      if (!existsSync(dir) && isFolder(id)) {
        const meant = `rotate explain ${shellWord(showPath(id))} ${shellWord(showPath(dir))}`;
        err([`${showPath(dir)} 与 ${showPath(id)} 顺序反了: 先给方案文件夹, 再给工号、学校代码或姓名: ${meant} / ${showPath(dir)} and ${showPath(id)} are the other way round: the plan folder comes first, then the id or name: ${meant}`]);
        return exit(EXIT.badInput);
      }
      const r = await runExplain(dir, id);
      if (r.kind === 'bad-input') return badInput(r.issues);
      if (r.kind === 'not-found') {
        err([`${r.message.zh} / ${r.message.en}`]);
        return exit(EXIT.badInput);
      }
      if (r.warnings.length > 0) err(r.warnings);
      out(r.lines);
      exit(EXIT.ok);
    });

  program
    .command('diff')
    .description('比较两个方案: 输入文件与参数的差异, 新增、取消、改派的交流, 各校数字, 目标函数各项 / compare two plans: input files and parameters that differ; moves added, removed, changed; school figures; every objective term')
    .argument('<plan_a>', '方案A文件夹 / plan folder A')
    .argument('<plan_b>', '方案B文件夹 / plan folder B')
    .option('--csv <file>', '同时把差异写入CSV文件 / also write the differences as CSV')
    .option('--force', '覆盖不是 rotate 写出的文件, 或写入方案文件夹 / write the CSV over a file rotate did not write, or inside a plan folder')
    .addHelpText('after', `
示例 / examples:
  rotate plan data/*.csv                                  → plan/
  rotate plan data/*.csv -o plan2 --set weights.moves=2  → plan2/（另一个权重 / another weight）
  rotate diff plan plan2
  rotate diff plan plan2 --csv 差异.csv
${exitHelp('已比较 / compared (and the CSV written, when asked)', [INTERNAL, DIFF_BAD, ENV_CSV])}`)
    .action(async (a: string, b: string, o: { csv?: string; force?: boolean }) => {
      const r = await runDiff(a, b, o.csv, tag, o.force === true);
      if (r.kind === 'bad-input') return badInput(r.issues);
      if (o.csv !== undefined) wrote(o.csv, WRITTEN.csv);
      out(r.lines);
      if (o.csv !== undefined) out([`已写入 / written: ${o.csv}`]);
      exit(EXIT.ok);
    });

  program
    .command('sweep')
    .description('对一到两个参数（权重或规则参数, 见 rotate policy）各取多个值分别求解, 输出权衡表 / plan at several values of one or two parameters (weights or rule parameters such as rules.max_backbone_outflow_share; see rotate policy) and print the trade-offs')
    .argument('<files...>', '与 rotate plan 相同的输入文件, 或一个县文件夹 / the same inputs as rotate plan, or one county folder')
    .option('--set <name=values>', '扫描参数（逗号分隔的取值: 数值如 0,5,10 或 10%,15%, 是否类参数 yes,no）或固定参数, 可重复 / a swept parameter (a comma list: numbers such as 0,5,10 or 10%,15%, yes,no for a yes/no one) or a fixed one, repeatable', parseSet, [] as PolicySetting[])
    .option('--policy <file>', POLICY_OPTION, collect, [] as string[])
    .option('-o, --out <file>', '同时把权衡表写入CSV文件 / also write the table as CSV')
    .option('--force', '覆盖不是 rotate 写出的文件、输入文件, 或写入方案文件夹 / write the CSV over a file rotate did not write, an input, or inside a plan folder')
    .addHelpText('after', `
示例 / examples:
  rotate sweep data/*.csv --set weights.moves=0.5,1,2,4
  rotate sweep data/*.csv --set weights.moves=1,8,16 --set weights.scarce_factor=1,2,4 -o sweep.csv
  rotate sweep data/*.csv --set rules.max_backbone_outflow_share=0.1,0.2,0.3
  rotate sweep data/*.csv --set weights.indicator_keep=0,5,10,20 --set rules.two_way=yes,no
${exitHelp('权衡表已输出 / the table printed (and written, when asked); a point without a plan is\n     a row that says why', [INTERNAL, SWEEP_BAD, ENV_CSV])}`)
    .action(async (typed: string[], o: { set: PolicySetting[]; policy: string[]; out?: string; force?: boolean }) => {
      const { files, issues } = expandPatterns(typed);
      if (issues.length > 0) return badInput(issues, `输入有误, 未写入任何文件 / bad input, nothing was written (${issues.length}):`);
      const ofPlan = await planGivenAsInput(files, 'sweep');
      if (ofPlan.length > 0) return badInput(ofPlan, `输入有误, 未写入任何文件 / bad input, nothing was written (${ofPlan.length}):`);
      const r = await runSweep({ inputs: [...(await countyInputs(files)), ...o.policy], policyFiles: o.policy, sets: o.set, ...(o.out !== undefined ? { out: o.out } : {}), force: o.force === true }, () => performance.now(), new Date().getFullYear(), tag, sweepProgress);
      // Every bad input stops the sweep before its CSV is written, as plan's and publish's do.
      if (r.kind === 'bad-input') return badInput(r.issues, `输入有误, 未写入任何文件 / bad input, nothing was written (${r.issues.length}):`);
      if (o.out !== undefined) wrote(o.out, WRITTEN.csv);
      out(r.lines);
      if (o.out !== undefined) out([`已写入 / written: ${o.out}`]);
      exit(EXIT.ok);
    });

  program
    .command('init')
    .description('写出示例县数据和一份带说明的参数文件 / write the sample county and a policy file that explains every parameter')
    .argument('<dir>', '目标文件夹（不覆盖已有文件）/ target folder (existing files are never overwritten)')
    .addHelpText('after', `
示例 / examples:
  rotate init county                  → county/学校.csv 岗位.csv 教师.csv 参数.csv
  rotate plan county/*.csv -o county/plan
${exitHelp('已写入 / written', [INTERNAL, INIT_BAD, envExit('the county was written')])}`)
    .action(async (dir: string) => {
      const inTheWay = backslashLine(dir) ?? (await fileInTheWay(dir));
      if (inTheWay !== null) {
        err([inTheWay]);
        return exit(EXIT.badInput);
      }
      const r = await runInit(dir, tag);
      if (r.kind === 'bad-input') return badInput(r.issues);
      wrote(dir, WRITTEN.county);
      out([
        `已写入 / written: ${r.files.join(', ')}`,
        `下一步 / next: rotate plan ${dir}/*.csv -o ${dir}/plan`,
        `  修改 ${POLICY_FILE} 的「取值」列调整规则和权重（「说明」列只供阅读）/ edit the 取值 column of ${POLICY_FILE} to change rules and weights (说明 is for reading only)`,
      ]);
      exit(EXIT.ok);
    });
}
