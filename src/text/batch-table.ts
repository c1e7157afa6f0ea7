/**
 * The table a batch ends with: one row per county, in the order the folders were given, with the
 * figures a city reads (moves, shortage before → after, hard rules held, 优质均衡 sections
 * meeting every standard) and the city's total over the counties planned.
 */
import { cityTotal, type CountyFigures } from '../batch/county-figures.js';
import { runOutcome } from './run-outcome.js';
import { textTable, type TextColumn } from './text-table.js';
import { wrapColumns, TERMINAL_WIDTH } from './wrap-columns.js';

/** One county of the batch as the table shows it: its name, exit code and, when planned, its figures. */
export interface BatchRow {
  name: string;
  code: number;
  /** Not planned this time, its plan folder still holds a plan written before. */
  earlierPlan?: true;
  /** False for a county the batch did not start (stopped by Ctrl-C first). */
  started?: false;
  figures?: CountyFigures;
  /** Planned, it replaced a plan its folder held that was made from other inputs or parameters. */
  replacedOther?: true;
  /** The name of an earlier county of the batch with the same schools table: the same county, counted once in the total. */
  sameAs?: string;
}

/** Each column's header in Chinese, and in English on the line under it: one line of both would not fit 100 columns. */
const COLUMNS: readonly (TextColumn & { en: string })[] = [
  { header: '县', en: 'county' },
  { header: '结果', en: 'result' },
  { header: '交流', en: 'moves', align: 'right' },
  { header: '骨干', en: 'backbone', align: 'right' },
  { header: '缺员', en: 'shortage', align: 'right' },
  { header: '紧缺学科缺员', en: 'scarce', align: 'right' },
  { header: '规则', en: 'rules', align: 'right' },
  { header: '均达标学部', en: 'sections', align: 'right' },
];

/** What the columns count, under the table. */
const LEGEND = [
  '缺员 = 各校各学段各学科 max(0, 岗位 − 教师) 之和, 调整前 → 后; 规则 = 满足的硬性规则/规则数, 合计为全部满足的县/县数; 均达标学部 = 优质均衡各项（每百名学生）均达标的学部, 调整前 → 后 / 参评学部',
  'shortage = Σ max(0, posts − teachers) over schools, stages and subjects, before → after; rules = hard rules held / rules, in the total counties holding all / counties; sections = judged sections meeting every 优质均衡 standard (per 100 students), before → after / sections judged',
];

const arrow = (a: number, b: number): string => `${a} → ${b}`;

/** A county's result in words, and in English for the line under the table that gives the words of every result shown. */
function outcome(code: number, f: CountyFigures | undefined, started: boolean): { mark: string; zh: string; en: string } {
  if (!started) return { mark: '·', zh: '未开始', en: 'not started' };
  if (code !== 0) return { mark: '✗', ...runOutcome(code) };
  if (f?.relaxed) return { mark: '✓', zh: '已放宽规则', en: 'rules relaxed' };
  if (f && !f.provenOptimal) return { mark: '✓', zh: '未证明最优', en: 'not proven optimal' };
  return { mark: '✓', ...runOutcome(0) };
}

function result(code: number, f: CountyFigures | undefined, started: boolean): string {
  const o = outcome(code, f, started);
  return `${o.mark} ${o.zh}${o.mark === '✗' ? ` (${code})` : ''}`;
}

function cells(f: CountyFigures): string[] {
  return [String(f.moved), String(f.backboneMoved), arrow(f.shortageBefore, f.shortageAfter), arrow(f.scarceBefore, f.scarceAfter), `${f.rulesHeld}/${f.rules}`, `${arrow(f.sectionsBefore, f.sectionsAfter)} / ${f.sections}`];
}

/** The table's lines, its total row, and a line naming the counties left out of the total; every line at most 100 columns. */
export function batchTable(rows: readonly BatchRow[]): string[] {
  const planned = rows.flatMap((r) => (r.figures && r.sameAs === undefined ? [r.figures] : []));
  const body = rows.map((r) => [r.name, result(r.code, r.figures, r.started !== false) + (r.sameAs !== undefined ? ` = ${r.sameAs}` : ''), ...(r.figures ? cells(r.figures) : ['—', '—', '—', '—', '—', '—'])]);
  const english = COLUMNS.map((c) => c.en);
  const lines: string[] = [];
  if (planned.length > 0) {
    const t = cityTotal(planned);
    const total = [`合计 total`, `${planned.length} 个县 ${planned.length === 1 ? 'county' : 'counties'}`, ...cells(t).slice(0, 4), `${t.rulesHeld}/${t.rules}`, `${arrow(t.sectionsBefore, t.sectionsAfter)} / ${t.sections}`];
    lines.push(...textTable(COLUMNS, [english, ...body, total], '  '));
  } else lines.push(...textTable(COLUMNS, [english, ...body], '  '));
  // The results' words in English, once each, in the order first shown.
  const words = new Map(rows.map((r) => outcome(r.code, r.figures, r.started !== false)).map((o) => [o.zh, o.en]));
  const note = (text: string): string[] => wrapColumns(text, TERMINAL_WIDTH, '  ');
  lines.push(...note(`结果 result: ${[...words].map(([zh, en]) => `${zh} = ${en}`).join('; ')}`));
  if (planned.length > 0) lines.push(...LEGEND.flatMap(note));
  for (const r of rows.filter((x) => x.sameAs !== undefined)) {
    lines.push(...note(`${r.name} 与 ${r.sameAs ?? ''} 的学校表相同, 是同一个县的两份数据: 合计只计 ${r.sameAs ?? ''} / ${r.name} has the same schools table as ${r.sameAs ?? ''}: the same county twice, counted once in the total (as ${r.sameAs ?? ''})`));
  }
  const left = rows.filter((r) => !r.figures).map((r) => r.name);
  if (left.length > 0 && planned.length > 0) lines.push(...note(`未规划的县不计入合计: ${left.join('、')} / counties not planned are not in the total: ${left.join(', ')}`));
  const stale = rows.filter((r) => r.earlierPlan === true).map((r) => r.name);
  if (stale.length > 0) lines.push(...note(`其输出文件夹中仍是此前写入的方案（不是这次的输入）: ${stale.join('、')} / their output folders still hold the plans written before (not of these inputs): ${stale.join(', ')}`));
  const replaced = rows.filter((r) => r.replacedOther === true).map((r) => r.name);
  if (replaced.length > 0) lines.push(...note(`替换了此前写入的、输入或参数不同的方案（见各县行）: ${replaced.join('、')}; 每次用不同的 -o 即保留每次的方案, 以便用 rotate diff 比较 / replaced the plans written before from other inputs or parameters (see each county's line): ${replaced.join(', ')}; a different -o each run keeps every plan, to compare them with rotate diff`));
  return lines;
}
