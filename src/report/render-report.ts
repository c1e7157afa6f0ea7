/**
 * report.html: one self-contained page (inline CSS, inline SVG, one small inline script; nothing
 * fetched, no fonts downloaded) that a bureau chief can open from a USB stick and print on A4.
 * Chinese first, the English term beside it. The same plan gives the same bytes: no clock, every
 * list sorted, numbers written with fixed digits.
 */
import { backboneSection } from './backbone-section.js';
import { checklistSection } from './checklist-section.js';
import { FILTER_SCRIPT } from './filter-script.js';
import { flowsSection } from './flows-section.js';
import { fixed, num, pct } from './format.js';
import { esc } from './html.js';
import { estimatedPostsNote } from '../domain/estimated-posts.js';
import { noneEligible } from '../domain/none-eligible.js';
import { fewMovesNote } from '../domain/few-moves-note.js';
import { fewMovesFacts } from '../plan/few-moves-facts.js';
import type { Text } from '../domain/text.js';
import { movesSection } from './moves-section.js';
import { objectiveSection } from './objective-section.js';
import { objectionsSection } from './objections-section.js';
import type { ReportInput, SummaryView } from './report-input.js';
import { subjectNameEn } from '../domain/subject-names.js';
import { shortageSection } from './shortage-section.js';
import { outOfScopeShortage, type OutOfScopeShortage } from '../plan/out-of-scope-shortage.js';
import { qualitySection } from './quality-section.js';
import { schoolLines } from '../plan/school-lines.js';
import { countedMoves } from '../plan/counted-moves.js';
import { STYLES } from './styles.js';

const TOC: [string, string][] = [
  ['rules', '规则核验'],
  ['shortage', '缺员变化'],
  ['backbone', '骨干均衡'],
  ['quality', '优质均衡指标'],
  ['flows', '交流流向'],
  ['moves', '交流名单'],
  ['objective', '目标与权重'],
];

/**
 * A key figure. `aside` (a share, or why there is none) follows the figure on its line, and goes
 * under it when the card is too narrow for both: on one unbreakable line it ran into the next card.
 * Words (`words`, not a figure) are set smaller.
 */
function card(key: string, zh: string, en: string, value: string, aside = '', words = false): string {
  const more = aside === '' ? '' : `<span class="aside${words ? ' words' : ''}">${esc(aside)}</span>`;
  return `<div class="card" data-card="${esc(key)}"><div class="k">${esc(zh)} <span class="en">${esc(en)}</span></div><div class="v"><span class="fig">${esc(value)}</span>${more}</div></div>`;
}

/**
 * The card of the backbone share. The share is of the moves that count toward it (countedMoves):
 * when two-way exchanges or principals' moves are among the moves, the card says of how many.
 */
function backboneCard(c: SummaryView['counts'], counted: number): string {
  const share = pct(c.backbone_share);
  // Of no moves counted there is no share to give: not "0（0.0%）".
  if (counted === 0) return card('backbone', '其中骨干', 'backbone among them', String(c.backbone_moved), '（无交流, 不计比例 no moves）', true);
  if (counted === c.moved) return card('backbone', '其中骨干', 'backbone among them', String(c.backbone_moved), `（${share}）`);
  return card('backbone', '骨干 / 计入骨干比例的交流', 'backbone / moves counted toward the share', `${c.backbone_moved} / ${counted}`, `（${share}）`);
}

/** Why nobody is eligible, when nobody is (none-eligible.ts): Chinese, then English, a line per cause. */
function noneEligibleHtml(input: ReportInput): string {
  if (input.summary.counts.eligible > 0) return '';
  const lines = noneEligible(input.county.teachers, input.policy);
  if (!lines) return '';
  const [head, ...causes] = lines;
  const items = causes.map((t) => `<li>${esc(t.zh)} <span class="en">${esc(t.en)}</span></li>`).join('');
  return `<div class="banner" data-none-eligible><b>${esc(head?.zh ?? '')}</b> <span class="en">${esc(head?.en ?? '')}</span><ul>${items}</ul></div>`;
}

/** Why nobody (or only the quota) moves while teachers are eligible (few-moves-note.ts): Chinese, then English, a line per cause. */
function fewMovesHtml(input: ReportInput): string {
  const eligible = input.summary.counts.eligible;
  const facts = eligible > 0 ? fewMovesFacts(input.county, input.policy, input.plan, eligible) : null;
  if (facts === null) return '';
  const [head, ...causes] = fewMovesNote(facts);
  const items = causes.map((t) => `<li>${esc(t.zh)} <span class="en">${esc(t.en)}</span></li>`).join('');
  return `<div class="banner" data-few-moves><b>${esc(head?.zh ?? '')}</b> <span class="en">${esc(head?.en ?? '')}</span><ul>${items}</ul></div>`;
}

function header(s: SummaryView, counted: number, relaxed: boolean, objections: boolean, none = '', outside: OutOfScopeShortage | null = null): string {
  const c = s.counts;
  const sh = s.shortage;
  const bb = s.indicators.backbone_per_100;
  // The county's total includes the schools (sections) outside the scope: the card says how much is theirs.
  const shortageCard = outside && outside.schools.length > 0
    ? card('shortage', `缺员（含不参加交流的 ${outside.before} → ${outside.after}）`, `shortage (of which not in the rotation ${outside.before} → ${outside.after})`, `${sh.before} → ${sh.after}`)
    : card('shortage', '缺员', 'shortage', `${sh.before} → ${sh.after}`);
  const cards = [
    card('moved', '交流教师', 'teachers rotated', `${c.moved} / ${c.eligible}`),
    backboneCard(c, counted),
    shortageCard,
    card('scarce', '紧缺学科缺员', 'scarce subjects', `${sh.scarce_before} → ${sh.scarce_after}`),
    card('rural-weak', '乡村/薄弱学校缺员', 'rural/weak schools', `${sh.rural_weak_before} → ${sh.rural_weak_after}`),
    card('backbone-schools', '骨干达标学部', `sections ≥ ${fixed(bb.threshold, 1)} per 100`, `${bb.schools_meeting_before} → ${bb.schools_meeting_after}`),
  ];
  const banner = relaxed
    ? '<div class="banner"><b>注意: 硬性规则之间存在冲突, 本方案为放宽部分规则后的最接近方案。</b> <span class="en">Hard rules conflict; this is the closest plan with some rules relaxed (marked ✗ below).</span></div>'
    : '';
  return [
    `<header><h1>教师交流轮岗方案 <span class="en">teacher rotation plan</span></h1>`,
    `<p class="note">计划年份 ${esc(s.plan_year)} · ${c.schools} 所学校 ${c.teachers} 名教师（${teacherGroups(c)}）· 求解 ${esc(s.solver.name)}: ${s.solver.proven_optimal ? '已证明最优 proven optimal' : '可行 feasible'}</p>`,
    banner,
    none,
    s.posts?.source === 'estimated' ? estimatedPostsHtml(estimatedPostsNote(s.posts.quota_schools ?? 0, s.counts.schools)) : '',
    `<nav class="toc">${(objections ? [...TOC.slice(0, 5), ['objections', '异议处理'] as [string, string], ...TOC.slice(5)] : TOC).map(([id, zh]) => `<a href="#${id}">${esc(zh)}</a>`).join('')}</nav>`,
    `<div class="cards">${cards.join('')}</div></header>`,
  ].join('');
}

function footer(s: SummaryView): string {
  const files = s.inputs.map((f) => `<li>${esc(f.kind)}: ${esc(f.file)}（${f.rows} 行, ${esc(f.encoding)}）<code title="${esc(f.sha256)}">SHA-256 ${esc(f.sha256.slice(0, 16))}…</code></li>`).join('');
  return `<footer><p>由 ${esc(s.tool)} 生成; 数据与 assignments.csv、schools.csv、summary.json 相同。 <span class="en">made by ${esc(s.tool)} from the same plan as the CSV files and summary.json.</span></p><p>输入文件 <span class="en">inputs</span>:</p><ul>${files}</ul><p>模型目标值 model objective (model_total) ${esc(num(s.objective.model_total))}; 各项合计 sum of terms (terms_total) ${esc(num(s.objective.terms_total))}</p></footer>`;
}

/** The whole report as one HTML document. */
export function renderReport(input: ReportInput): string {
  const s = input.summary;
  const figures = input.plan.figures;
  const moves = input.plan.moves;
  const outside = outOfScopeShortage(figures, input.policy);
  const body = [
    header(s, countedMoves(input.plan.moves).length, input.relaxed, Boolean(input.objections), noneEligibleHtml(input) || fewMovesHtml(input), outside),
    checklistSection(s),
    shortageSection(figures, input.policy, outside, (key) => subjectNameEn(input.county, key)),
    backboneSection(figures, s, input.plan.quality.missing),
    qualitySection(schoolLines(figures, input.plan.quality), s),
    flowsSection(input.county.schools, moves),
    movesSection(moves, input.county.schools),
    objectionsSection(input.objections, input.county.schools),
    objectiveSection(s, input.policy),
    footer(s),
  ];
  const head = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>教师交流轮岗方案 ${esc(s.plan_year)} · teacher rotation plan</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
  ].join('\n');
  const tail = [`<script>${FILTER_SCRIPT}</script>`, '</body>', '</html>', ''].join('\n');
  // The page is joined once, from its parts: a city's moves table (9.6 MB of HTML) was joined into
  // its section, the sections into <main>, and that into the page, each time a copy of it all.
  const parts: string[] = [head, '\n<main>'];
  body.forEach((b, i) => {
    if (i > 0) parts.push('\n');
    if (typeof b === 'string') parts.push(b);
    else for (const part of b) parts.push(part);
  });
  parts.push('</main>\n', tail);
  return parts.join('');
}

/**
 * The teachers by status, adding up to the county's teachers as summary.json counts them:
 * principals listed for the principals' exchange are a group of their own, and so are those who
 * retire by the cut-off date (teachers.csv's 退休, said when there are any); the teachers back
 * from an exchange are among the not eligible.
 */
function teacherGroups(c: SummaryView['counts']): string {
  const groups = [`符合条件 ${c.eligible}`, ...(c.principals_due > 0 ? [`列入校长交流名单 ${c.principals_due}`] : []), `免交流 ${c.exempt}`, ...(c.retiring > 0 ? [`截止日前退休 ${c.retiring}`] : []), `不符合条件 ${c.not_eligible}${c.returned_from_exchange > 0 ? `, 其中交流期满返回原校 ${c.returned_from_exchange}` : ''}`];
  return groups.join(', ');
}

/** The estimated-posts note as the report's note paragraph: Chinese, then English. */
function estimatedPostsHtml(note: Text): string {
  const en = `${note.en.charAt(0).toUpperCase()}${note.en.slice(1)}.`;
  return `<p class="note" data-posts="estimated">${esc(note.zh)}。 <span class="en">${esc(en)}</span></p>`;
}
