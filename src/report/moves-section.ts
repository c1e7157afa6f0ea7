/**
 * The table of moves with their reasons, filterable by school, subject and township. The filter
 * is a few lines of plain JavaScript (filter-script.ts) that reads the rows' data-* attributes;
 * no user text is ever placed in the script.
 */
import type { School } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import { esc } from './html.js';
import { BACKBONE_LABEL } from './labels.js';
import { byText, note, schoolLabel, section, sectionParts } from './section.js';
import { townshipOf } from './townships.js';
import { sharedNames } from '../domain/shared-names.js';

function select(id: string, zh: string, en: string, options: readonly [string, string][]): string {
  return `<label>${esc(zh)} <span class="en">${esc(en)}</span> <select id="${id}"><option value="">全部 all</option>${options.map(([v, t]) => `<option value="${esc(v)}">${esc(t)}</option>`).join('')}</select></label>`;
}

/**
 * The section, in parts (see sectionParts): a city's table has tens of thousands of rows, 9.6 MB
 * of HTML for 11,820 moves, which the page joins once with everything else.
 */
export function movesSection(moves: readonly Move[], schools: readonly School[]): string[] {
  if (moves.length === 0) return [section('moves', '交流名单', 'moves and reasons', note('本方案没有交流教师。', 'No teacher moves in this plan.'))];
  const repeated = sharedNames(schools);
  const involved = new Map<string, School>();
  for (const m of moves) {
    involved.set(m.from.id, m.from);
    involved.set(m.to.id, m.to);
  }
  const schoolOptions = [...involved.values()].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)).map((s): [string, string] => [s.id, `${schoolLabel(s, repeated)}`]);
  const subjects = [...new Set(moves.map((m) => m.teacher.subject))].sort(byText).map((j): [string, string] => [j, j]);
  const towns = [...new Set(moves.flatMap((m) => [townshipOf(m.from), townshipOf(m.to)]))].sort(byText).map((t): [string, string] => [t, t]);
  const sorted = [...moves].sort((a, b) => byText(a.from.id, b.from.id) || byText(a.teacher.subject, b.teacher.subject) || byText(a.teacher.id, b.teacher.id));
  // A school's cell and township, made once per school: a county's moves name the same schools over and over.
  const cells = new Map<School, { cell: string; township: string }>();
  const schoolOf = (s: School): { cell: string; township: string } => {
    let known = cells.get(s);
    if (!known) {
      const township = esc(townshipOf(s));
      // The code is on the line under the name, so a name two schools share needs no code of its own here.
      known = { cell: `${esc(s.name)}<div class="muted">${esc(s.id)} · ${township}</div>`, township };
      cells.set(s, known);
    }
    return known;
  };
  const rows = sorted.map((m, i) => {
    const from = schoolOf(m.from);
    const to = schoolOf(m.to);
    const data = ` data-from="${esc(m.from.id)}" data-to="${esc(m.to.id)}" data-subject="${esc(m.teacher.subject)}" data-from-township="${from.township}" data-to-township="${to.township}" data-teacher="${esc(m.teacher.id)}"`;
    return `<tr${data}><td class="num">${i + 1}</td><td>${esc(m.teacher.name)}<div class="muted">${esc(m.teacher.id)}</div></td><td>${esc(m.teacher.subjectLabel)}${m.teacher.backbone === 'none' ? '' : `<div class="muted">${esc(BACKBONE_LABEL[m.teacher.backbone] ?? m.teacher.backbone)}骨干</div>`}</td><td class="school">${from.cell}</td><td class="school">${to.cell}</td><td>${esc(m.direction.zh)}${m.locked ? '<div class="tag">人工锁定 locked</div>' : ''}</td><td class="reason">${esc(m.reason.zh)}<div class="en">${esc(m.reason.en)}</div></td></tr>`;
  });
  const filters = `<form class="filters" id="move-filters" onsubmit="return false">${select('f-school', '学校', 'school', schoolOptions)}${select('f-subject', '学科', 'subject', subjects)}${select('f-township', '乡镇', 'township', towns)}<button type="button" id="f-reset">清除 reset</button> <span class="count">显示 <b id="moves-shown">${moves.length}</b> / ${moves.length} 人 <span class="en">shown</span></span></form>`;
  const table = `<div class="scroll"><table class="data moves" id="moves-table"><colgroup><col class="c-n"><col class="c-who"><col class="c-subject"><col class="c-school"><col class="c-school"><col class="c-dir"><col class="c-reason"></colgroup><thead><tr><th>序号</th><th>教师 <span class="en">teacher</span></th><th>学科 <span class="en">subject</span></th><th>原学校 <span class="en">from</span></th><th>交流学校 <span class="en">to</span></th><th>方向 <span class="en">direction</span></th><th>理由 <span class="en">reason</span></th></tr></thead><tbody>`;
  return sectionParts('moves', '交流名单', 'moves and reasons', [note('选择学校（调出或调入）、学科或乡镇筛选; 打印时只打印筛选后的行。', 'filter by school (leaving or joining), subject or township; printing prints the rows shown.'), filters, '<p class="note filtered" id="moves-filter-note" hidden></p>', table, ...rows, '</tbody></table></div>']);
}
