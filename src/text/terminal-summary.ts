import { gapPercent, methodZh } from '../solve/method-text.js';
import { countEn } from '../domain/plural.js';
import { cvMissing } from '../indicators/cv-summary.js';
import { decimalsBeside } from '../indicators/figure-beside-mark.js';
import type { Lang } from '../domain/types.js';
import type { Plan } from '../plan/build-plan.js';
import type { Summary } from '../plan-folder/summary-file.js';
import type { SolveResult } from '../solve/result.js';
import type { MissingSection } from '../indicators/school-sections.js';
import { missingSectionLines, stageIndicator, supplyLines, unjudgedSectionLines } from './county-standing.js';
import { cutToWidth, textTable, type TextColumn } from './text-table.js';
import { displayWidth } from '../output/display-width.js';
import { estimatedPostsNote } from '../domain/estimated-posts.js';
import { countedMoves } from '../plan/counted-moves.js';
import { unjudged } from '../plan/quality.js';
import { outOfScopeShortage, type OutOfScopeShortage } from '../plan/out-of-scope-shortage.js';
import { SECTION_NAME } from '../domain/sections.js';
import { sharedNames } from '../domain/shared-names.js';
import { firstOf } from '../domain/text.js';
import { noneEligibleLines } from './none-eligible-lines.js';
import { fewMovesLines } from './few-moves-lines.js';
import { replacedPlanLines } from './replaced-plan-lines.js';
import type { Policy } from '../domain/policy.js';
import type { County } from '../domain/types.js';

/** What the summary is printed from: a written plan's summary, plan and solve. */
export interface WrittenPlan {
  summary: Summary;
  plan: Plan;
  solve: SolveResult;
  relaxed: boolean;
  /** The county as planned (retirees out) and its policy: why nobody is eligible, or why nobody (or only the quota) moves. */
  county: County;
  policy: Policy;
  /** The summary.json of the plan the output folder held before, which this one replaced (replaced-plan-lines.ts); null or absent when none. */
  previous?: Summary | null;
}

export interface TerminalOptions {
  /** Use ANSI colours: the caller decides (a terminal, and NO_COLOR not set). */
  color: boolean;
}

const ANSI = { bold: '\u001b[1m', green: '\u001b[32m', red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** How many schools the summary lists by shortage. */
const TOP_SCHOOLS = 5;
/** Widest a school's name (with its code, where another school has the name) is shown in the top-5 table, in terminal columns. */
const SCHOOL_MAX = 44;

/**
 * The summary printed after a plan is written, in the input's language: counts, a table of
 * shortage before and after, the schools that were shortest, and a table of every rule with its
 * threshold and value. Tables are aligned by display width (CJK characters are two columns).
 */
export function terminalSummary(r: WrittenPlan, outDir: string, lang: Lang, opts: TerminalOptions = { color: false }): string[] {
  const zh = lang === 'zh';
  const paint = (code: string, text: string): string => (opts.color ? `${code}${text}${ANSI.reset}` : text);
  const c = r.summary.counts;
  const sh = r.summary.shortage;
  const lines: string[] = [];
  if (r.relaxed) lines.push(paint(ANSI.yellow, zh ? '注意: 硬性规则之间存在冲突, 以下为放宽规则后的最接近方案（relaxed）' : 'Note: hard rules conflict; this is the closest plan with rules relaxed (relaxed)'));
  lines.push(zh ? `交流方案已写入 ${outDir}/（报告 report.html）` : `Plan written to ${outDir}/ (report: report.html)`);
  lines.push(...replacedPlanLines(r.previous ?? null, r.summary, lang));
  // The year and the date every count is made to: by default the current year's 31 August, which
  // a plan made in winter for the next school year must move (--set plan.year=…).
  const cutoff = r.summary.policy['plan.cutoff'] ?? '';
  lines.push(zh ? `  计划年份 ${r.summary.plan_year}, 截止日期 ${cutoff}（任教年限、年龄、距退休年限、交流期满均计到此日; 可用 --set plan.year=… 改）` : `  plan year ${r.summary.plan_year}, cut-off date ${cutoff} (years at the school, ages, years to retirement and ends of exchanges count to it; --set plan.year=… changes it)`);
  if (r.summary.posts?.source === 'estimated') {
    const note = estimatedPostsNote(r.summary.posts.quota_schools ?? 0, r.summary.counts.schools);
    lines.push(`  ${zh ? note.zh : note.en}`);
  }
  lines.push(movedLine(c, countedMoves(r.plan.moves).length, zh));
  if (c.eligible === 0) lines.push(...noneEligibleLines(r.county.teachers, r.policy, lang));
  else lines.push(...fewMovesLines(r.county, r.policy, r.plan, c.eligible, lang));
  lines.push(...peopleLines(c, r.summary.policy['eligibility.principal_terms'] ?? '2', zh));
  const header = (text: string, row: number): string => (row < 0 ? paint(ANSI.bold, text) : text);

  lines.push('');
  const shortCols: TextColumn[] = [{ header: zh ? '缺员' : 'shortage' }, { header: zh ? '调整前' : 'before', align: 'right' }, { header: zh ? '调整后' : 'after', align: 'right' }];
  // Schools (sections) outside the scope take no part: their shortage is in the totals, and no exchange changes it.
  const outside = outOfScopeShortage(r.plan.figures, r.policy);
  const outsideRow = outside.schools.length > 0 ? [[zh ? '  其中不参加交流的学校' : '  of which schools not in the rotation', String(outside.before), String(outside.after)]] : [];
  lines.push(...textTable(shortCols, [
    [zh ? '全部学科' : 'all subjects', String(sh.before), String(sh.after)],
    ...outsideRow,
    [zh ? '紧缺学科' : 'scarce subjects', String(sh.scarce_before), String(sh.scarce_after)],
    [zh ? '乡村/薄弱学校' : 'rural/weak schools', String(sh.rural_weak_before), String(sh.rural_weak_after)],
  ], '  ', header));
  lines.push(...outsideLines(outside, r.summary.policy['rules.scope'] ?? '', sharedNames(r.plan.figures.map((f) => f.school)), zh));

  const shortest = r.plan.figures
    .filter((f) => f.shortageBefore > 0)
    .sort((a, b) => b.shortageBefore - a.shortageBefore || a.shortageAfter - b.shortageAfter || (a.school.id < b.school.id ? -1 : 1))
    .slice(0, TOP_SCHOOLS);
  if (shortest.length > 0) {
    lines.push('');
    const area = (a: string): string => (a === 'rural' ? (zh ? '乡村' : 'rural') : a === 'town' ? (zh ? '镇区' : 'town') : zh ? '城区' : 'urban');
    // A school outside the scope (or with a section outside it) is marked: its shortage is none of the plan's doing.
    const out = new Map(outside.schools.map((o) => [o.figures.school.id, o]));
    const notIn = (f: (typeof shortest)[number]): string => {
      const o = out.get(f.school.id);
      if (!o) return '';
      if (o.whole) return zh ? '不参加交流' : 'not in the rotation';
      return zh ? `${o.sections.map((x) => SECTION_NAME[x].zh).join('、')}部不参加交流` : `${o.sections.map((x) => SECTION_NAME[x].en).join(', ')} section not in the rotation`;
    };
    const kind = (f: (typeof shortest)[number]): string => [area(f.school.area), f.school.weak ? (zh ? '薄弱' : 'weak') : '', notIn(f)].filter(Boolean).join(zh ? '、' : ', ');
    // Where two schools share a name, the name alone says nothing: the code goes beside it.
    const named = new Map<string, number>();
    for (const f of r.plan.figures) named.set(f.school.name, (named.get(f.school.name) ?? 0) + 1);
    // A long name is cut to the column before its code, which is what tells the two apart.
    const label = (f: (typeof shortest)[number]): string => {
      if ((named.get(f.school.name) ?? 0) <= 1) return f.school.name;
      const code = zh ? `（${f.school.id}）` : ` (${f.school.id})`;
      return `${cutToWidth(f.school.name, SCHOOL_MAX - displayWidth(code))}${code}`;
    };
    const schoolCols: TextColumn[] = [
      { header: zh ? `缺员最多的学校（前${TOP_SCHOOLS}）` : `schools shortest of teachers (top ${TOP_SCHOOLS})`, max: SCHOOL_MAX },
      { header: zh ? '类型' : 'kind' },
      { header: zh ? '缺员' : 'shortage', align: 'right' },
      { header: zh ? '调出' : 'out', align: 'right' },
      { header: zh ? '调入' : 'in', align: 'right' },
    ];
    lines.push(...textTable(schoolCols, shortest.map((f) => [label(f), kind(f), `${f.shortageBefore} → ${f.shortageAfter}`, String(f.outflow), String(f.inflow)]), '  ', header));
  }

  lines.push('');
  const ruleCols: TextColumn[] = [{ header: '' }, { header: zh ? '规则' : 'rule', max: zh ? 48 : 80 }, { header: zh ? '要求' : 'threshold' }, { header: zh ? '方案值' : 'value' }];
  const marks = r.plan.checks.map((ch) => (ch.held ? '✓' : r.relaxed && ch.relaxable ? (zh ? '✗ 已放宽' : '✗ relaxed') : '✗'));
  lines.push(...textTable(ruleCols, r.plan.checks.map((ch, i) => [marks[i] ?? '', zh ? ch.zh : ch.en, ch.threshold, ch.value]), '  ', (text, row, col) => {
    if (row < 0) return paint(ANSI.bold, text);
    if (col !== 0) return text;
    return paint(r.plan.checks[row]?.held ? ANSI.green : r.relaxed ? ANSI.yellow : ANSI.red, text);
  }));

  lines.push('', ...qualityTable(r.summary, r.plan.quality.missing, lang, paint));
  lines.push(...unjudgedSectionLines(unjudged(r.plan.quality), r.plan.figures.map((f) => f.school), r.policy.teachingPointMinStudents, lang), '');
  const proven = r.solve.status === 'optimal';
  // A plan not proven optimal says how far at most it is from the optimum: its gap to the bound (summary.json's objective.gap).
  const o = r.summary.objective;
  const within = proven || o.bound === null ? '' : zh ? `, 距下界不超过 ${gapPercent(o.gap)}` : `, within ${gapPercent(o.gap)} of the bound`;
  lines.push(zh
    ? `  求解: ${r.solve.solver}, ${proven ? '已证明最优' : '可行但未证明最优'}${within}（${methodZh(r.solve.method)}）, ${r.solve.seconds.toFixed(2)} 秒`
    : `  solver: ${r.solve.solver}, ${proven ? 'proven optimal' : 'feasible, not proven optimal'}${within} (${r.solve.method}), ${r.solve.seconds.toFixed(2)} s`);
  return lines;
}

/** How many schools the line of those outside the scope names before `…`. */
const OUTSIDE_NAMED = 5;

/**
 * Under the shortage table, where schools (sections) outside rules.scope are short: that the
 * totals include them, how much of the scarce subjects' is theirs, and which they are.
 */
function outsideLines(o: OutOfScopeShortage, scope: string, repeated: ReadonlySet<string>, zh: boolean): string[] {
  if (o.schools.length === 0) return [];
  const names = o.schools.map(({ figures: { school: s }, whole, sections }) => {
    const name = repeated.has(s.name) ? (zh ? `${s.name}（${s.id}）` : `${s.name} (${s.id})`) : s.name;
    if (whole) return name;
    return zh ? `${name}${sections.map((x) => SECTION_NAME[x].zh).join('、')}部` : `${name} ${sections.map((x) => SECTION_NAME[x].en).join(', ')} section`;
  });
  const scarce = o.scarceBefore > 0 || o.scarceAfter > 0 ? (zh ? `, 紧缺学科 ${o.scarceBefore} → ${o.scarceAfter}` : `, scarce subjects ${o.scarceBefore} → ${o.scarceAfter}`) : '';
  return zh
    ? [`  以上合计含不参加交流（不在 rules.scope: ${scope}）的 ${o.schools.length} 所学校（学部）的缺员 ${o.before} → ${o.after}${scarce}, 交流不调入调出, 不能补: ${firstOf(names, OUTSIDE_NAMED, '、', ' …')}`]
    : [`  the totals include the shortage of ${countEn(o.schools.length, 'school')} (sections) not in the rotation (outside rules.scope: ${scope}), ${o.before} → ${o.after}${scarce}, which no exchange fills: ${firstOf(names, OUTSIDE_NAMED, ', ', ' …')}`];
}

/**
 * The line of the moves and the backbone share. The share is of the moves that count toward it
 * (countedMoves): when two-way exchanges or principals' moves are among the moves, the line says
 * of how many, since the share of all of them would be another figure.
 */
function movedLine(c: Summary['counts'], counted: number, zh: boolean): string {
  const pct = (100 * c.backbone_share).toFixed(1);
  // Of no moves counted there is no share to give: not "backbone 0 (0.0%)".
  if (counted === 0) return zh ? `  交流教师 ${c.moved} 人（符合条件 ${c.eligible} 人）` : `  teachers rotated: ${c.moved} of ${c.eligible} eligible`;
  if (counted === c.moved) return zh ? `  交流教师 ${c.moved} 人（符合条件 ${c.eligible} 人）, 其中骨干 ${c.backbone_moved} 人（${pct}%）` : `  teachers rotated: ${c.moved} of ${c.eligible} eligible; backbone ${c.backbone_moved} (${pct}%)`;
  return zh
    ? `  交流教师 ${c.moved} 人（符合条件 ${c.eligible} 人）; 计入骨干比例的 ${counted} 人中骨干 ${c.backbone_moved} 人（${pct}%）`
    : `  teachers rotated: ${c.moved} of ${c.eligible} eligible; backbone ${c.backbone_moved} of the ${counted} counted toward the backbone share (${pct}%)`;
}

/**
 * The lines about people outside the teachers' moves: two-way exchanges (outside the quota and the
 * backbone share), teachers back from an exchange, teachers who retire by the cut-off date,
 * principals due to rotate (principals.csv).
 */
function peopleLines(c: Summary['counts'], terms: string, zh: boolean): string[] {
  const lines: string[] = [];
  if (c.two_way_moved > 0) lines.push(zh ? `  其中跟岗交流（乡村、薄弱→城镇）${c.two_way_moved} 人, 不计入交流比例和骨干比例` : `  of whom ${c.two_way_moved} on a two-way exchange (rural or weak → urban), outside the quota and the backbone share`);
  // Both are where the figures "before the plan" (调整前) already count them: at the home school, and in none.
  const home = c.returned_from_exchange > 0 ? { zh: ', 调整前即按原校计', en: ', counted there before the plan too' } : { zh: '', en: '' };
  lines.push(zh ? `  交流期满返回原校 ${c.returned_from_exchange} 人${home.zh}` : `  back at the home school after an exchange: ${c.returned_from_exchange}${home.en}`);
  if (c.retiring > 0) lines.push(zh ? `  截止日前到达法定退休年龄 ${c.retiring} 人, 不计入调整前后的任何数字（教师数、缺员、优质均衡指标; 其岗位按空岗计）, 见 teachers.csv「退休」` : `  reaching the statutory retirement date by the cut-off date: ${c.retiring}, counted in no figure before or after the plan (their posts count as open), listed in teachers.csv as retiring`);
  const kept = c.principals_kept > 0 ? { zh: `, ${c.principals_kept} 人已锁定留任`, en: `, ${c.principals_kept} kept by a lock` } : { zh: '', en: '' };
  lines.push(zh ? `  校长、副校长任满${terms}届待交流 ${c.principals_due} 人（${c.principals_moved} 人已锁定调动${kept.zh}）, 见 principals.csv（校长交流名单）, 由县教育局决定` : `  principals and vice principals due to rotate (${terms} terms): ${c.principals_due} (${c.principals_moved} moved by a lock${kept.en}), listed in principals.csv for the county to decide`);
  return lines;
}

/** The 优质均衡 coefficients of variation the inspectors compute (enrolment-weighted), with ✓/✗, and the sections meeting all three indicators (with the lever that keeps them where the plan lowers it). */
function qualityTable(summary: Summary, missing: readonly MissingSection[], lang: Lang, paint: (code: string, text: string) => string): string[] {
  const zh = lang === 'zh';
  const ind = summary.indicators;
  const cols: TextColumn[] = [
    { header: '' },
    { header: zh ? '优质均衡 校际差异系数（督导口径, 按学生数加权）' : '优质均衡 coefficient of variation (the inspectors\' way, enrolment-weighted)' },
    { header: zh ? '学校数' : 'schools', align: 'right' },
    { header: zh ? '标准' : 'ceiling', align: 'right' },
    { header: zh ? '调整前' : 'before', align: 'right' },
    { header: zh ? '调整后' : 'after', align: 'right' },
  ];
  const rows = ind.cv.map((e) => {
    // A CV that is not measured shows a dash before and why after (cvMissing).
    const missing = cvMissing(e, ind.degree_given);
    const why = missing ? (zh ? missing.zh : missing.en) : '—';
    return [e.after === null ? '' : e.after <= e.threshold ? '✓' : '✗', stageIndicator(e, lang), String(e.schools), `≤ ${e.threshold.toFixed(2)}`, e.before === null ? '—' : e.before.toFixed(decimalsBeside(e.before, e.threshold, 'at_most', 3)), e.after === null ? why : e.after.toFixed(decimalsBeside(e.after, e.threshold, 'at_most', 3))];
  });
  const m = ind.sections_meeting_all;
  return [
    ...textTable(cols, rows, '  ', (text, row, col) => (row < 0 ? paint(ANSI.bold, text) : col === 0 ? paint(text === '✓' ? ANSI.green : ANSI.red, text) : text)),
    zh
      ? `  ${ind.degree_given ? '学历、骨干、体育艺术三项' : '骨干、体育艺术两项（未提供学历）'}均达到每百名学生标准的学部: ${m.before} → ${m.after}`
      : `  sections meeting the per-100-students standard of ${ind.degree_given ? 'all three (degree, backbone, PE and arts)' : 'both backbone and PE and arts (no 学历 given)'}: ${m.before} → ${m.after}`,
    ...keepHint(summary, lang),
    ...supplyLines(ind.county_supply, lang),
    ...missingSectionLines(missing, lang),
  ];
}

/**
 * Where the plan leaves fewer sections meeting every standard than before and nothing protects
 * them (weights.indicator_keep 0, the default: evening the schools out takes city sections below
 * the standard), the lever that keeps them, and how to see its price.
 */
function keepHint(s: Summary, lang: Lang): string[] {
  const m = s.indicators.sections_meeting_all;
  if (m.after >= m.before || Number(s.policy['weights.indicator_keep'] ?? '0') > 0) return [];
  const lost = m.before - m.after;
  return lang === 'zh'
    ? [`  为缩小校际差异, 均达标的学部少了 ${lost} 个; 要保留调整前达标的学部, 可加 --set weights.indicator_keep=1（代价可先用 rotate sweep <同样的文件> --set weights.indicator_keep=0,1,2 比较）`]
    : [`  evening the schools out leaves ${lost} fewer sections meeting every standard; to keep those that met it, add --set weights.indicator_keep=1 (compare the price first: rotate sweep <the same files> --set weights.indicator_keep=0,1,2)`];
}
