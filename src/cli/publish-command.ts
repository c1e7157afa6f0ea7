/**
 * `rotate publish`: the lists a county publishes for objection (公示), before planning (from
 * the input files) and after (from a plan folder). Flags → options → runPublish(); prints what
 * was written and the exit code.
 */
import { CommanderError, type Command } from 'commander';
import type { PolicySetting } from '../domain/policy.js';
import { DEFAULT_OUT, repostOut, runPublish, type Published } from '../pipeline/run-publish.js';
import { countEn } from '../domain/plural.js';
import { showPath } from '../safe/show-path.js';
import { ALL_FILE, INDEX_FILE } from '../publish/school-files.js';
import { EXIT } from './exit-codes.js';
import { expandPatterns } from './file-patterns.js';
import { INTERNAL, badInput, collect, envExit, exit, exitHelp, halfWidth, inputWarnings, out, parseSet, wrote } from './io.js';
import { roundName, type PostingRound } from '../publish/posting-round.js';
import { WRITTEN } from '../env-error.js';
import { noneEligibleLines } from '../text/none-eligible-lines.js';

interface PublishFlags {
  out?: string;
  policy: string[];
  set: PolicySetting[];
  force?: boolean;
  quiet?: boolean;
  repost?: boolean;
  round?: number;
}

/** `--round N`: a whole number from 2 (the first posting is round 1 and needs no flag). */
export function parseRound(typed: string): number {
  const v = halfWidth(typed);
  if (!/^\d+$/u.test(v) || Number(v) < 2) throw new CommanderError(EXIT.badInput, 'rotate.round', `--round 应为 2 以上的整数（重新公示的轮次; 首次公示不用 --round）/ --round expects a whole number from 2 (the round of a re-posting; a first posting needs no --round), found "${typed}"`);
  return Number(v);
}

/** Which round a re-posting is, and where that came from, so that the clerk can check it. */
function roundText(r: PostingRound): string {
  const [zh, en] = [roundName(r.round, 'zh'), roundName(r.round, 'en')];
  if (r.from === 'set') return `${zh}（--round ${r.round}）/ ${en} (--round ${r.round})`;
  if (r.files === 0) return `${zh}: 方案输入中没有异议文件, 按第二次计; 轮次不对时用 --round 指定 / ${en}: no objections file among the plan's inputs, so counted as the second; if that is not the round, set it with --round`;
  return `${zh}: 方案输入中有异议文件 ${r.files} 个, 每个为一轮; 轮次不对时用 --round 指定 / ${en}: the plan's inputs hold ${countEn(r.files, 'objections file', 'objections files')}, one a round; if that is not the round, set it with --round`;
}

/** What the terminal says after writing: where, how many, and which header values were left blank. */
export function writtenText(p: Published): string[] {
  const dir = showPath(p.dir);
  const book = p.files.find((f) => f.endsWith('.xlsx')) ?? '';
  const what = p.moment === 'eligible'
    ? `符合交流条件 ${p.counts['eligible'] ?? 0} 人（其中校长、副校长 ${p.counts['leaders'] ?? 0} 人）, 暂缓/免交流 ${p.counts['deferred'] ?? 0} 人 / ${p.counts['eligible'] ?? 0} eligible (of them ${countEn(p.counts['leaders'] ?? 0, 'principal or vice principal', 'principals and vice principals')}), ${p.counts['deferred'] ?? 0} deferred or exempt`
    : `拟交流 ${p.counts['moves'] ?? 0} 人 / ${countEn(p.counts['moves'] ?? 0, 'move', 'moves')}`;
  const lines = [
    `公示名册已写入 ${dir}/ / published lists written to ${dir}/: ${p.schools} 所学校 schools, ${what}`,
    // Before planning, nobody eligible: why, as plan and validate say it (in the county's language), under the counts.
    ...(p.planned ? noneEligibleLines(p.planned.teachers, p.planned.policy, p.notice.lang, 'before') : []),
    // After planning, a plan that moves nobody: the line every page carries.
    ...(p.noMoves ? [`  ${p.noMoves.zh} / ${p.noMoves.en}`] : []),
    `  索引 index: ${INDEX_FILE}; 全部打印 print all: ${ALL_FILE}; 每校一页起 one file per school: school-….html; 工作簿 workbook: ${book}`,
  ];
  if (p.round) lines.push(`  ${roundText(p.round)}`);
  if (p.repost) lines.push(`  重新公示: 与前次公示相比新增 ${p.repost.added} 人, 改派 ${p.repost.changed} 人, 取消交流 ${p.repost.cancelled} 人, 各校页面和工作簿逐人标出 / re-posted: since the last posting ${p.repost.added} new, ${p.repost.changed} changed, ${p.repost.cancelled} cancelled, marked on every school's page and sheet`);
  // Nothing changed since the previous posting (every objection rejected, or none changed the plan): a second posting of the same list is rarely meant.
  if (p.repost && p.repost.added + p.repost.changed + p.repost.cancelled === 0) lines.push('  与前次公示的名单相同（处理决定未引起任何调整）, 一般无须重新公示, 公布异议处理结果即可 / the lists are as posted before (no decision changed them): a re-posting is usually not needed, only the decisions made known');
  if (p.replaced) lines.push(`  ${dir}/ 中替换了此前写出的名单 / replaced the lists written there before (-o 另选文件夹可保留 / -o another folder keeps them)`);
  if (!p.notice.from) lines.push('  公示期开始日期未设置（publish.start）, 页面上留空待手填 / publish.start is not set: the period is left blank to fill in by hand');
  if (p.notice.objectionsTo === '') lines.push('  异议受理方式未设置（publish.objections_to）, 页面上留空待手填 / publish.objections_to is not set: a line is left to fill in');
  if (p.notice.county === '') lines.push('  县名未设置（publish.county）/ publish.county is not set: the pages name no county');
  else if (p.notice.countyUnset) lines.push(`  县名未设置（publish.county）, 页面上用「${p.notice.county}」 / publish.county is not set: the pages name "${p.notice.county}" (--set publish.county=…)`);
  return lines;
}

/** `rotate publish FILES… | PLAN_DIR`. */
export function registerPublish(program: Command): void {
  program
    .command('publish')
    .summary('公示名册（规划前、规划后）: 每校A4打印页和一个工作簿 / the lists published for objection, before and after planning: printable A4 pages per school and one workbook')
    .description('公示名册: 规划前（输入文件）为符合交流条件教师名册和暂缓/免交流人员名册, 规划后（方案文件夹）为拟交流人员名单; 每校A4打印页和一个工作簿 / the lists published for objection: before planning (input files) who is eligible, deferred or exempt; after planning (a plan folder) who leaves and arrives; printable A4 pages per school and one workbook')
    .argument('<files_or_plan...>', '与 rotate plan 相同的输入文件（或一个县文件夹）, 或一个 rotate plan 写出的方案文件夹 / the same input files as rotate plan (or a county folder), or one plan folder written by rotate plan')
    .option('-o, --out <dir>', `输出文件夹（默认: 规划前 ${DEFAULT_OUT.eligible}, 规划后 ${DEFAULT_OUT.moves}, 重新公示 ${repostOut(2)}、${repostOut(3)}…, 不覆盖前次公示）/ output folder (default: ${DEFAULT_OUT.eligible} before planning, ${DEFAULT_OUT.moves} after, a re-posting ${repostOut(2)}, ${repostOut(3)}…, keeping the posting before)`)
    .option('--policy <file>', '参数文件（参数,取值）, 仅规划前; 规划后用 --set / a policy file (key,value), before planning only; after planning use --set', collect, [] as string[])
    .option('--set <name=value>', '设置一个参数, 可重复 / set one parameter, repeatable: publish.county, publish.start, publish.working_days, publish.objections_to, publish.exempt_reason, eligibility.term_years…', parseSet, [] as PolicySetting[])
    .option('--force', '输出文件夹中有修改过的或其他文件时仍然替换 / replace the output folder even when it holds edited or other files')
    .option('--repost', '规划后: 方案的基准（--baseline）已经公示过, 按重新公示写出（按锁定而非异议文件重新规划时用）/ after planning: the plan\'s baseline (--baseline) was posted, so post these lists as a re-posting (for a plan re-made with locks rather than an objections file)')
    .option('--round <n>', '规划后: 重新公示的轮次（2 为第二次公示）; 默认按方案输入中的异议文件数加一; 含 --repost / after planning: the round of this re-posting (2: the second posting); by default one more than the objections files among the plan\'s inputs; implies --repost', parseRound)
    .option('-q, --quiet', '不打印摘要 / print no summary')
    .addHelpText('after', `
两个时点 / the two moments:
  规划前 before planning:  rotate publish data/*.csv
      每校: 符合交流条件教师名册, 暂缓/免交流人员名册（及原因）; 资格与原因同 rotate plan 的
      teachers.csv, 但免交流原因只公示类别, 临近退休不写退休日期和年龄
      per school: the teachers eligible to rotate, and those deferred or exempt with the reason
      (the same eligibility and reasons as rotate plan's teachers.csv, but an exemption reason is
      posted as its category, and near retirement without the date or age)
  规划后 after planning:   rotate publish plan
      每校: 拟交流人员名单（调出、调入, 交流学校或原学校, 交流方向, 开始年月、结束年月, 理由）;
      参数取自方案的 summary.json, --set 只改名单所用的取值
      per school: who leaves and who arrives, the other school, the direction, the term, the reason;
      the parameters are the plan's own (its summary.json), --set changes them for the lists
  异议处理后 after the objections:  rotate publish plan2
      （plan2: rotate plan … 异议.csv --baseline plan -o plan2）
      重新公示: 标题注明, 说明替代前次公示的名单并重新受理异议（本次公示期）; 每人标出与前次公示相比
      （新增, 改派（原拟交流至X））, 另列不再列入本校名单的人员（取消交流, 改派至Y）;
      不公示异议内容和异议人; 方案未用 --baseline 做出时, 按首次公示;
      轮次（第二次公示、第三次公示…）为方案输入中的异议文件数加一（每轮的异议文件在下一轮
      仍一起给出）, 写在标题、网页标题（另存为PDF时的文件名）和工作簿中; 不对时用 --round N 指定;
      决定写成锁定文件而非异议文件时（rotate plan … 锁定.csv --baseline plan -o plan2）, 加 --repost
      a re-posting: the title says so, a line that it replaces the list posted before and that
      objections are taken again for this period; each move marked against the posting before (new,
      changed), and those no longer on the school's lists (cancelled, sent elsewhere); nothing of
      the objections themselves is posted. Without --baseline the plan is posted as a first posting;
      the round (second posting, third…) is one more than the objections files among the plan's
      inputs (each round's file given again in the next), in the titles, the pages' window titles
      (a PDF's name when saved) and the workbook; --round N sets it;
      where the decisions went into a locks file, not an objections file, add --repost

写出 / writes: ${INDEX_FILE} (每校链接和人数 every school, linked, with counts),
  school-<学校代码>.html (每校从新的一页开始, 每页有页眉和表头, 行不跨页 / each school from a new
  A4 page, the header on every page, no row cut across pages), ${ALL_FILE} (全部一次打印 all at
  once), eligible.xlsx or moves.xlsx (每校一个工作表和索引表, 表头上方有标题、公示期和异议受理 /
  a sheet per school and an index sheet, each under its title, period and where to object).
  不含身份证号 / no ID numbers.

免交流原因 / exemption reasons: 公告栏是公开的, 医疗健康和家庭情况属敏感个人信息
  （《个人信息保护法》第二十八条; 公开须本人单独同意, 第二十五、二十九条）, 所以默认只公示类别:
  孕期或哺乳期, 身体健康原因（疾病、手术、住院、残疾…）,
  家庭原因（夫妻分居、照顾父母或子女、家庭困难…）, 组织安排（援藏援疆、支教、借调、挂职…）,
  学校工作需要（学校唯一、毕业班班主任…）, 其余为「本人申请, 经审核同意」; 同事仍可按类别提出异议,
  teachers.csv 和 rotate explain 保留原文. --set publish.exempt_reason=原文
  照名册原文公示（须本人同意）
  a notice board is public, and health and family details are sensitive personal information
  (PIPL art. 28; publishing them needs the teacher's separate consent, arts. 25 and 29), so by
  default only the category is posted: pregnancy or nursing, health reasons (illness, surgery,
  hospital, disability…), family reasons (spouse elsewhere, caring for parents or children,
  hardship…), assigned by the authorities (aid to Tibet or Xinjiang, support teaching,
  secondment…), needed by the school (its only art teacher, a graduating class's head teacher…),
  else "own application, approved"; colleagues can still object by category, and
  teachers.csv and rotate explain keep the reason as written. publish.exempt_reason=原文 posts it
  as written (with the teachers' consent)

参数 / parameters (--set, or a policy file among the inputs):
  publish.county          县（区）名称 / the county named on every page
                          (default: the school ids' 6-digit code)
  publish.start           公示开始日期 / first day, YYYY-MM-DD (default: blank, to fill in by hand)
  publish.working_days    公示工作日数, 不计周末 / working days, weekends skipped (default 5)
  publish.objections_to   异议受理单位和方式 / where and how to object (default: a blank line)
  publish.exempt_reason   免交流原因: 类别 或 原文 / exemption reasons: 类别 category (default)
                          or 原文 as written
  eligibility.term_years  交流年限 / years of an exchange (default 3), from the month after
                          plan.cutoff

示例 / examples:
  rotate publish data/*.csv --set publish.county=定远县教育体育局 --set publish.start=2026-06-01
  rotate plan data/*.csv -o plan
  rotate publish plan -o publish/moves --set publish.objections_to="县教体局人事股 0550-1234567"
${exitHelp('公示名册已写入 / the lists written', [INTERNAL, 2, envExit('the lists were written')])}`)
    .action(async (typed: string[], o: PublishFlags) => {
      const { files: args, issues } = expandPatterns(typed);
      if (issues.length > 0) return badInput(issues, `输入有误, 未写入任何文件 / bad input, nothing was written (${issues.length}):`);
      const outcome = await runPublish({ args, policyFiles: o.policy, sets: o.set, ...(o.out !== undefined ? { outDir: o.out } : {}), force: o.force === true, repost: o.repost === true, ...(o.round !== undefined ? { round: o.round } : {}) }, { currentYear: new Date().getFullYear(), tag: String(process.pid) });
      if (outcome.kind === 'bad-input') return badInput(outcome.issues, `输入有误, 未写入任何文件 / bad input, nothing was written (${outcome.issues.length}):`);
      wrote(outcome.published.dir, WRITTEN.lists);
      inputWarnings(outcome.published.warnings);
      // As with plan: quiet prints nothing on success; warnings still go to standard error.
      if (!o.quiet) out(writtenText(outcome.published));
      exit(EXIT.ok);
    });
}
