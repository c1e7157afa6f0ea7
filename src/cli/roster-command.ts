import type { Command } from 'commander';
import type { PolicySetting } from '../domain/policy.js';
import { ROSTER_KEYS, runRoster } from '../pipeline/run-roster.js';
import { rosterPeopleLine, rosterSummary } from '../text/roster-text.js';
import { EXIT } from './exit-codes.js';
import { INTERNAL, badInput, envExit, exit, exitHelp, inputWarnings, out, parseSet, ROSTER_BAD, wrote } from './io.js';
import { WRITTEN } from '../env-error.js';

/** `--teachers FILE`, repeatable: each adds a file. */
const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `rotate roster PLAN_DIR [-o DIR] [--teachers FILE]`: the plan's 交流人员花名册 for the national teacher information system. */
export function registerRoster(program: Command): void {
  program
    .command('roster')
    .summary('写出交流人员花名册: 全国教师管理信息系统格式（CSV 和 xlsx）/ write the plan\'s exchange roster for the national system (CSV and xlsx)')
    .description('写出方案的交流人员花名册（全国教师管理信息系统交流轮岗子表格式, CSV 和 xlsx）/ write the plan\'s exchange roster in the layout of the national system\'s exchange sub-table (CSV and xlsx)')
    .argument('<plan_dir>', 'rotate plan 写出的文件夹（读其 assignments.csv 和 summary.json）/ a folder written by rotate plan (its assignments.csv and summary.json are read)')
    .option('-o, --out <dir>', '花名册文件夹（整体写出; 不能是方案文件夹）/ the roster folder, written whole (never the plan folder)', 'roster')
    .option('--set <name=value>', `改变花名册参数, 可重复 / change a roster parameter, repeatable: ${ROSTER_KEYS.join(', ')}`, parseSet, [] as PolicySetting[])
    .option('--teachers <file>', '制定方案的教师表, 可重复: 花名册加上 性别、出生年月、学历、职称（教师表有的列）/ the teachers file the plan was made from, repeatable: the roster adds gender, birth_month, degree, title (those it gives)', collect, [] as string[])
    .option('--force', '输出文件夹中有修改过的或其他文件时仍然替换 / replace the output folder even when it holds edited or other files')
    .addHelpText('after', `
列 / columns:
  姓名 工号 交流轮岗类型 是否调动人事关系 开始年月 结束年月 原单位 交流单位
    （全国系统子表 / the national sub-table）
  任教学科 交流任教学段 骨干等级 交流方向 原单位代码 交流单位代码
    （省市花名册和下一年的教师表要用 / for the province's roster and next year's teachers）
  性别 出生年月 学历 职称
    （仅在给出 --teachers 时, 取教师表有的列 / only with --teachers: those the file gives）
  (English plan: name teacher_id exchange_type transfer_personnel start_month end_month from_unit
   to_unit subject to_teaching_stage backbone direction from_unit_id to_unit_id [gender birth_month
   degree title])
  交流轮岗类型 = roster.exchange_type（交流 / 支教 / 走教, 默认 交流）
  是否调动人事关系 = roster.transfer_personnel（默认 否）
  开始年月 = 截止日期 plan.cutoff 的下一个月
  结束年月 = 开始年月 + eligibility.term_years 年 − 1 个月（默认 3 年: 202609–202908）
  年月写作 YYYYMM, 与全国系统和教师表的交流结束年月相同; 取值来自方案的 summary.json,
  --set 只改花名册中的取值
  start = the month after the plan's cut-off date; end = start + term years − 1 month
  (default 3 years: 202609–202908); written YYYYMM, as the national system and the teachers
  file's 交流结束年月 write it. The values come from the plan's summary.json; --set changes them
  for the roster only.
  --teachers: 须是制定方案的教师表（与 summary.json 记录的 SHA-256 相同; 改过的、别年或别县的
  教师表被拒绝, 不写出任何文件）; 性别 写 男/女, 出生年月 写 YYYYMM, 学历 和 职称 写 rotate 读出的
  等级（本科, 中级 …）; 身份证件号 等其他列从不写出
  --teachers: the teachers file the plan was made from (the SHA-256 summary.json records; one edited
  since, another year's or county's is refused and nothing written); gender M/F, birth month YYYYMM,
  degree and title as the levels rotate reads (bachelor, intermediate …); an ID number or any other
  column of the file is never written
  下一年 / next year: 正在交流的教师在教师表中写 学校代码 = 交流单位代码,
  交流原学校代码 = 原单位代码, 交流结束年月 = 结束年月, 任教学段 = 交流任教学段
  a teacher on exchange goes in next year's teachers file with school_id = to_unit_id,
  exchange_home_school = from_unit_id, exchange_end = end_month, teaching_stage = to_teaching_stage

示例 / examples:
  rotate plan data/*.csv      → plan/（方案 / the plan）
  rotate roster plan          → roster/交流人员花名册.csv, roster/交流人员花名册.xlsx
  rotate roster plan --teachers data/教师.csv   → 同上, 加 性别 出生年月 学历 职称
  rotate roster plan -o 花名册 --set roster.exchange_type=支教 --set roster.transfer_personnel=是
${exitHelp('花名册已写入 / the roster written', [INTERNAL, ROSTER_BAD, envExit('the roster was written')])}`)
    .action(async (dir: string, o: { out: string; set: PolicySetting[]; teachers: string[]; force?: boolean }) => {
      const r = await runRoster({ planDir: dir, outDir: o.out, sets: o.set, force: o.force === true, teachers: o.teachers }, new Date().getFullYear(), String(process.pid));
      if (r.kind === 'bad-input') return badInput(r.issues, `输入有误, 未写入任何文件 / bad input, nothing was written (${r.issues.length}):`);
      wrote(r.dir, WRITTEN.roster);
      inputWarnings(r.warnings);
      const replaced = r.replaced ? [`  ${r.dir}/ 中替换了此前写出的花名册 / replaced the roster written there before`] : [];
      out([`交流人员花名册已写入 ${r.dir}/（${r.files.join(', ')}）/ roster written`, rosterSummary(r.moves, r.lang, r.roster), rosterPeopleLine(r.roster, r.teacherFiles), ...replaced]);
      exit(EXIT.ok);
    });
}
