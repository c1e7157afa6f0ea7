import { changedParameterLines } from '../text/changed-parameters.js';
import { Command, Option } from 'commander';
import { ExistingFilesError, runGenerate } from '../generate/write-county.js';
import { planFolderAround } from '../output/side-output.js';
import { showPath } from '../safe/show-path.js';
import { allFolders, countyFiles, isCountyFile } from '../batch/run-batch.js';
import { noCountyFiles } from '../batch/no-county-files.js';
import { planGivenAsInput } from '../batch/plan-as-input.js';
import { runValidate } from '../pipeline/run-validate.js';
import { conflictLines } from '../text/conflict-report.js';
import type { PolicySetting } from '../domain/policy.js';
import { missingSectionLines, supplyLines, unjudgedSectionLines } from '../text/county-standing.js';
import { noneEligibleLines } from '../text/none-eligible-lines.js';
import { policyList } from '../text/policy-list.js';
import { estimatedPostsNote, quotaSchools } from '../domain/estimated-posts.js';
import { ruleList } from '../text/rule-list.js';
import { EXIT } from './exit-codes.js';
import { backslashLine } from './backslash-output.js';
import { fileInTheWay } from './file-in-the-way.js';
import { expandPatterns } from './file-patterns.js';
import { ENV_READ_ONLY, INTERNAL, badInput, collect, envExit, err, exit, exitHelp, inputWarnings, out, parseSet, POLICY_OPTION, positiveInt, wrote } from './io.js';
import { WRITTEN } from '../env-error.js';

/** validate's exit 3: what plan would stop at before solving. */
const LOCK_CONFLICT = `  3  锁定与硬性规则冲突 / a lock breaks a hard rule (as rotate plan would find before solving):
     the rule and the lock's file and row are named`;

/** policy's exit codes: it reads no file and writes only to standard output. */
const POLICY_EXIT = exitHelp('已列出 / listed', [
  INTERNAL,
  '  2  命令行有误 / a mistake on the command line: an unknown option, or an argument given',
  '  5  环境错误 / environment error: the output closed, or a full disk when it is sent to a file;\n     one line names the cause',
]);

/** `rotate validate` on one county's files: what it prints, and its exit code. */
async function validateFiles(files: readonly string[], o: { policy: string[]; set: PolicySetting[] }): Promise<number> {
  const r = await runValidate([...files, ...o.policy], o.set, new Date().getFullYear(), o.policy);
  inputWarnings(r.warnings);
  if (r.kind === 'bad-input') {
    badInput(r.issues);
    return EXIT.badInput;
  }
  if (r.kind === 'lock-conflicts') {
    err(conflictLines(r.conflicts, 'locks', 'validate'));
    return EXIT.infeasible;
  }
  const c = r.county;
  const objections = c.objections ? `, ${c.objections.length} 条异议 objections（同意 upheld ${c.objections.filter((x) => x.decision === 'upheld').length}）` : '';
  out([`输入无误 / input OK: ${c.schools.length} 所学校 schools, ${c.teachers.length} 名教师 teachers, ${c.posts?.length ?? 0} 条岗位 posts, ${c.locks.length} 条锁定 locks${objections}`, ...changedParameterLines(r.policy)]);
  // Without a posts file the plan estimates them: said here as the plan will say it.
  if (c.posts === null) {
    const note = estimatedPostsNote(quotaSchools(c.schools), c.schools.length);
    out([`  ${c.lang === 'zh' ? note.zh : note.en}`]);
  }
  // A county where nobody may rotate gets a plan of nobody, and what no plan can change: in the county's language (as plan's summary says them).
  out([...noneEligibleLines(r.planned.teachers, r.policy, c.lang, 'before'), ...supplyLines(r.supply, c.lang), ...missingSectionLines(r.missingSections, c.lang), ...unjudgedSectionLines(r.unjudged, r.planned.schools, r.policy.teachingPointMinStudents, c.lang)]);
  return EXIT.ok;
}

/** `rotate validate`, `rotate generate` and `rotate policy`: the commands about a county's files and the policy table. */
export function registerCountyCommands(program: Command): void {
  program
    .command('validate')
    .summary('只检查输入文件, 不生成方案 / check the input files without planning')
    .description('只检查输入文件, 不生成方案: 与 rotate plan 做同样的检查（锁定是否违反硬性规则也在内）; 并说明全县人数是否够各学部都达到优质均衡标准 / check the input files without planning, as rotate plan checks them (locks that break a hard rule included); and say whether the county has the teachers for every section to meet the 优质均衡 standards')
    .argument('<files...>', 'CSV 文件或工作簿（.xlsx .xls）, 或县文件夹 / CSV files or workbooks (.xlsx, .xls), or county folders')
    .option('--policy <file>', POLICY_OPTION, collect, [] as string[])
    .option('--set <name=value>', '设置一个参数, 可重复（如 plan.year=2027: 退休和任教年限计到该年的截止日）/ set one parameter, repeatable (plan.year=2027, say: retirements and years at the school count to that year\'s cut-off date)', parseSet, [] as PolicySetting[])
    .addHelpText('after', `
示例 / examples:
  rotate validate data/*.csv
  rotate validate data/*.csv --set plan.year=2027
  rotate validate 县数据/
      一个或多个县文件夹, 各装一个县的CSV文件和工作簿（rotate init 县数据 即写出一个）
      county folders, each with a county's CSV files and workbooks (rotate init 县数据 writes one)
${exitHelp('输入无误 / input OK (warnings, if any, on standard error)', [INTERNAL, '  2  输入有误 / bad input or command line: every problem is listed with file, row and column', LOCK_CONFLICT, ENV_READ_ONLY])}`)
    .action(async (typed: string[], o: { policy: string[]; set: PolicySetting[] }) => {
      const { files, issues } = expandPatterns(typed);
      if (issues.length > 0) return badInput(issues);
      const ofPlan = await planGivenAsInput(files, 'validate');
      if (ofPlan.length > 0) return badInput(ofPlan);
      if (!(await allFolders(files))) return exit(await validateFiles(files, o));
      // County folders, as plan takes them: each folder's CSV files and workbooks, checked apart; the first failure's code.
      let code: number = EXIT.ok;
      for (const folder of files) {
        const inputs = await countyFiles(folder);
        if (files.length > 1) out([`== ${showPath(folder)} ==`]);
        const c = inputs.length === 0 ? (badInput([{ file: showPath(folder), ...(await noCountyFiles(folder, isCountyFile)) }]), EXIT.badInput) : await validateFiles(inputs, o);
        if (code === EXIT.ok) code = c;
      }
      exit(code);
    });

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
  rotate plan county3000/*.csv -o county3000/plan
${exitHelp('县数据已写入 / the county written', [INTERNAL, `  2  参数有误 / a bad option, the folder inside a plan folder, or county files already there
     (use --force); nothing is written`, envExit('the county was written')])}`)
    .action(async (dir: string, o: { teachers: number; schools: number; seed: number; lang: 'zh' | 'en'; encoding: 'utf8' | 'gbk'; locks?: boolean; force?: boolean }) => {
      const inTheWay = backslashLine(dir) ?? (await fileInTheWay(dir));
      if (inTheWay !== null) {
        err([inTheWay]);
        exit(EXIT.badInput);
        return;
      }
      const plan = await planFolderAround(dir);
      if (plan !== null) {
        err([`${showPath(dir)} 在方案文件夹 ${showPath(plan)} 中, 未写入任何文件 / ${showPath(dir)} is inside the plan folder ${showPath(plan)}; nothing was written`]);
        exit(EXIT.badInput);
        return;
      }
      try {
        const written = await runGenerate(dir, { teachers: o.teachers, schools: o.schools, seed: o.seed, lang: o.lang, encoding: o.encoding, locks: o.locks === true, force: o.force === true });
        wrote(dir, WRITTEN.county);
        out([`已写入 / written: ${written.join(', ')}`]);
      } catch (e) {
        if (e instanceof ExistingFilesError) {
          err([`文件已存在, 未写入任何文件（加 --force 替换）/ files exist, nothing was written (add --force to replace them): ${e.paths.join(', ')}`]);
          exit(EXIT.badInput);
          return;
        }
        if (!(e instanceof RangeError)) throw e;
        err([`参数有误 / bad option: ${e.message}`]);
        exit(EXIT.badInput);
      }
    });

  program
    .command('policy')
    .description('列出全部参数（默认值和含义）和规则 / list every policy parameter (its default and meaning) and every rule')
    .addHelpText('after', `
参数用 --set 名称=取值 设置, 或写在参数文件（参数,取值）中, 与输入文件一起给出或用 --policy 给出;
rotate init 写出一份列有全部参数的参数文件
a parameter is set with --set name=value, or in a policy file (key,value) given among the inputs or
with --policy; rotate init writes one that lists them all

示例 / examples:
  rotate policy
  rotate plan data/*.csv --set rules.quota_share=0.15   本次改一个参数 / one changed for this run
  rotate init county                       → county/参数.csv: 每个参数一行, 改其「取值」列
                                             a row per parameter: edit its 取值 column
  rotate plan county/*.csv -o county/plan  参数.csv 作为输入之一读入 / read among the inputs
${POLICY_EXIT}`)
    .action(() => out([...policyList(), '', ...ruleList()]));
}
