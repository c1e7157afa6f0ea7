/**
 * 优质均衡 per school section: the three teacher indicators per 100 students of each judged
 * section (小学部, 初中部), before → after, the figure after marked ✓/✗ against its threshold:
 * the same figures as schools.csv's section columns.
 */
import { decimalsBeside } from '../indicators/figure-beside-mark.js';
import { sectionValue } from '../plan-folder/section-columns.js';
import { INDICATOR_LABEL, INDICATOR_ORDER, INDICATOR_TEACHERS, SECTION_LABEL, SECTION_ORDER, STAGE_LABEL } from '../plan/indicator-labels.js';
import type { SchoolLine } from '../plan/school-lines.js';
import { fixed, raw } from './format.js';
import { esc } from './html.js';
import type { SummaryView } from './report-input.js';
import { note, schoolLabel, section } from './section.js';
import { sharedNames } from '../domain/shared-names.js';

function cells(line: SchoolLine, stage: (typeof SECTION_ORDER)[number]): string {
  return INDICATOR_ORDER.map((indicator) => {
    const before = sectionValue(line, stage, indicator, 'before');
    const after = sectionValue(line, stage, indicator, 'after');
    if (before === undefined || after === undefined) return '<td class="num muted">—</td>';
    const values = line.sections[stage]?.after.values[indicator];
    const met = values?.met ?? false;
    // Two decimals, more where those would round a figure short of its standard onto it (0.8969 → 0.897, not 0.90 ✗).
    const shown = (v: number): string => fixed(v, values === undefined ? 2 : decimalsBeside(v, values.threshold, 'at_least', 2));
    return `<td class="num" data-indicator="${indicator}" data-before="${raw(before)}" data-after="${raw(after)}">${esc(shown(before))} → ${esc(shown(after))} <span class="${met ? 'ok' : 'bad'}">${met ? '✓' : '✗'}</span></td>`;
  }).join('');
}

/** A note naming the indicators the county has too few counted teachers for every section to meet, whatever the plan (none when it has enough). */
function supplyNote(s: SummaryView): string[] {
  const short = s.indicators.county_supply.filter((e) => e.short > 0);
  if (short.length === 0) return [];
  const zh = short.map((e) => `${STAGE_LABEL[e.stage].zh} ${INDICATOR_TEACHERS[e.indicator].zh}: 现有 ${e.teachers} 人, 需 ${e.needed} 人, 差 ${e.short} 人`).join('; ');
  const en = short.map((e) => `${STAGE_LABEL[e.stage].en} ${INDICATOR_TEACHERS[e.indicator].en}: ${e.teachers} in the county, ${e.needed} needed, ${e.short} short`).join('; ');
  return [note(`全县人数不够各学部都达标（交流只在学校间调配, 不增加人数; 差额需培养、评定或补充）: ${zh}。`, `Too few in the county for every section to meet the standard (rotation moves teachers, it adds none): ${en}.`)];
}

/** The section's table: one row per judged section (students, and not a small teaching point), schools in id order, 小学部 before 初中部. */
export function qualitySection(lines: readonly SchoolLine[], s: SummaryView): string {
  const repeated = sharedNames(lines.map((l) => l.school));
  const rows = lines.flatMap((l) =>
    SECTION_ORDER.flatMap((stage) => {
      const pair = l.sections[stage];
      if (!pair || !pair.judged) return [];
      return [`<tr data-school="${esc(l.school.id)}" data-section="${stage}"><td>${esc(schoolLabel(l.school, repeated))}</td><td>${esc(SECTION_LABEL[stage].zh)}</td><td class="num">${pair.before.section.students}</td>${cells(l, stage)}</tr>`];
    }),
  );
  const heads = INDICATOR_ORDER.map((i) => `<th class="num">${esc(INDICATOR_LABEL[i].zh)} <span class="en">${esc(INDICATOR_LABEL[i].en)}</span></th>`).join('');
  const all = s.indicators.sections_meeting_all;
  const body = [
    note(
      `每个学部的三项教师指标（每百名学生）, 调整前 → 调整后, ✓/✗ 为调整后是否达标。三项${s.indicators.degree_given ? '' : '（未提供学历, 计两项）'}均达标的学部 ${all.before} → ${all.after} 个。`,
      `each section's three teacher indicators per 100 students, before → after; ✓/✗ says whether the figure after meets its threshold. Sections meeting all of them: ${all.before} → ${all.after}.`,
    ),
    ...supplyNote(s),
    `<details class="sections"><summary>${rows.length} 个学部 <span class="en">sections</span></summary><table class="data sections"><thead><tr><th>学校 <span class="en">school</span></th><th>学部 <span class="en">section</span></th><th class="num">学生数 <span class="en">students</span></th>${heads}</tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
  ];
  return section('quality', '优质均衡指标', 'quality-balance indicators per section', body.join(''));
}
