/**
 * 优质均衡 backbone indicator: county-level-or-higher backbone teachers per 100 students at each
 * school before and after (with the threshold line), and the inspectors' inter-school coefficient
 * of variation of each stage and indicator against its ceiling, as summary.json gives them.
 */
import { plural } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import { cvMissing, fewSchools } from '../indicators/cv-summary.js';
import { decimalsBeside } from '../indicators/figure-beside-mark.js';
import { sectionedKinds } from '../domain/sectioned-kinds.js';
import { COLUMN_SECTION, missingSectionGroups, type MissingSection } from '../indicators/school-sections.js';
import type { SchoolFigures } from '../plan/school-figures.js';
import { barChart, type ChartRow } from './bar-chart.js';
import { fixed, raw } from './format.js';
import { esc } from './html.js';
import { STAGE_LABEL, STAGE_ORDER } from './labels.js';
import { INDICATOR_LABEL, INDICATOR_ORDER, SECTION_LABEL, SECTION_ORDER, sectionColumnNames, STAGE_LABEL as STAGE_NAME } from '../plan/indicator-labels.js';
import type { CvBlock, SummaryView } from './report-input.js';
import { byText, legend, note, schoolBadges, section, schoolChartLabel } from './section.js';
import { sharedNames } from '../domain/shared-names.js';

const SERIES = [
  { cls: 'before', name: '调整前 before' },
  { cls: 'after', name: '调整后 after' },
];

/**
 * The two-section schools left out of the coefficients for want of their sections' students, as
 * the terminal says (summary.json's `schools_missing_section_students`), a note for each set of
 * columns lacked: without the note, the table's school count was lower than the county's with
 * nothing to say why.
 */
function missingSections(missing: readonly MissingSection[]): string {
  return missingSectionGroups(missing)
    .map(({ columns, partial, ids, stages }) => {
      const shown = (sep: string): string => firstOf(ids, 10, sep, ' …');
      const kinds = sectionedKinds(stages, ids.length);
      // A school given one section's students is judged on that section: only the other is left out.
      const secs = (lang: 'zh' | 'en'): string => columns.map((c) => SECTION_LABEL[COLUMN_SECTION[c]][lang] + (lang === 'en' && ids.length > 1 ? 's' : '')).join(lang === 'zh' ? '、' : ', ');
      const out = partial ? { zh: `其${secs('zh')}未计入差异系数`, en: `${plural(ids.length, 'its', 'their')} ${secs('en')} ${plural(ids.length, 'is', 'are')} left out of the coefficients` } : { zh: '未计入差异系数', en: `${plural(ids.length, 'is', 'are')} left out of the coefficients` };
      return `<p class="note" data-missing-sections="${ids.length}">${esc(`${ids.length} 所${kinds.zh}缺少分学部学生数（${sectionColumnNames(columns, 'zh')}）, ${out.zh}: ${shown('、')}`)} <span class="en">${esc(`${ids.length} ${kinds.en} ${plural(ids.length, 'lacks', 'lack')} per-section students (${sectionColumnNames(columns, 'en')}) and ${out.en}: ${shown(', ')}`)}</span></p>`;
    })
    .join('');
}

/** The inspectors' CVs of summary.json (`indicators.cv`), 小学 first, each indicator in the order of 教督〔2017〕6号. */
function cvTable(ind: SummaryView['indicators']): string {
  const rows = SECTION_ORDER.flatMap((stage) => {
    const name = `${STAGE_NAME[stage].zh} ${STAGE_NAME[stage].en}`;
    const entries = INDICATOR_ORDER.flatMap((indicator) => ind.cv.filter((e) => e.stage === stage && e.indicator === indicator));
    const schools = entries[0]?.schools ?? 0;
    if (schools < 2) return [`<tr data-stage="${stage}" data-schools="${schools}"><td>${esc(name)}</td><td colspan="6" class="muted">${esc(fewSchools(schools).zh)} <span class="en">${esc(fewSchools(schools).en)}</span></td></tr>`];
    return entries.map((e) => {
      const what = `每百名学生${INDICATOR_LABEL[e.indicator].zh} ${INDICATOR_LABEL[e.indicator].en} per 100`;
      const head = `<td>${esc(name)}</td><td>${esc(what)}</td><td class="num">${e.schools}</td><td class="num">≤ ${esc(fixed(e.threshold, 2))}</td>`;
      const missing = cvMissing(e, ind.degree_given);
      if (missing || e.before === null || e.after === null) return `<tr data-stage="${stage}" data-schools="${e.schools}">${head}<td colspan="3" class="muted">${esc(missing?.zh ?? '')} <span class="en">${esc(missing?.en ?? '')}</span></td></tr>`;
      const held = e.after <= e.threshold;
      // Three decimals, more where those would round a CV over its ceiling onto it (0.50042 → 0.5004, not 0.500 ✗).
      return `<tr data-stage="${stage}" data-indicator="${e.indicator}" data-schools="${e.schools}" data-threshold="${raw(e.threshold)}" data-before="${raw(e.before)}" data-after="${raw(e.after)}">${head}<td class="num">${esc(fixed(e.before, decimalsBeside(e.before, e.threshold, 'at_most', 3)))}</td><td class="num">${esc(fixed(e.after, decimalsBeside(e.after, e.threshold, 'at_most', 3)))}</td><td class="mark ${held ? 'ok' : 'bad'}">${held ? '✓' : '✗'}</td></tr>`;
    });
  });
  return `<table class="data cv"><thead><tr><th>学段 <span class="en">stage</span></th><th>指标 <span class="en">indicator</span></th><th>学校数 <span class="en">schools</span></th><th>标准 <span class="en">ceiling</span></th><th>调整前 <span class="en">before</span></th><th>调整后 <span class="en">after</span></th><th>达标 <span class="en">met</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function cvCharts(ind: SummaryView['indicators']): string {
  const blocks: [string, string, CvBlock][] = [
    ['primary', '小学 primary', ind.cv_primary],
    ['junior', '初中 junior', ind.cv_junior],
  ];
  // A CV that is not measured (no counted teacher in the stage) has no bar.
  const row = (key: string, label: string, before: number | null, after: number | null, stage: string, b: CvBlock): ChartRow[] =>
    before === null || after === null ? [] : [{ key, label, badges: [], values: [before, after], data: { stage, threshold: raw(b.threshold) } }];
  // The order of the table above (教督〔2017〕6号): degree, backbone, PE and arts; the degree bar only where 学历 was given.
  const rowsOf = (stage: string, b: CvBlock): ChartRow[] => [
    ...row(`${stage}:degree_per_100`, '学历 degree', b.degree_per_100_before, b.degree_per_100_after, stage, b),
    ...row(`${stage}:backbone_per_100`, '骨干 backbone', b.backbone_per_100_before, b.backbone_per_100_after, stage, b),
    ...row(`${stage}:arts_pe_per_100`, '体音美 PE/music/art', b.arts_pe_per_100_before, b.arts_pe_per_100_after, stage, b),
  ];
  const shown = blocks.filter(([stage, , b]) => b.schools >= 2 && rowsOf(stage, b).length > 0);
  // Both stages on one axis (thresholds included), so that the two charts compare at a glance.
  const all = shown.flatMap(([stage, , b]) => [...rowsOf(stage, b), { key: 'threshold', label: '', badges: [], values: [b.threshold, b.threshold] }]);
  return shown
    .map(([stage, name, b]) => `<h4>${esc(name)} 校际差异系数 ≤ ${esc(fixed(b.threshold, 2))} <span class="en">coefficient of variation</span></h4>${barChart({ chart: `cv-${stage}`, title: `${name} 校际差异系数 / coefficient of variation`, series: SERIES, rows: rowsOf(stage, b), sizeFrom: all, reference: b.threshold, format: (v) => fixed(v, 3) })}`)
    .join('');
}

export function backboneSection(figures: readonly SchoolFigures[], s: SummaryView, missing: readonly MissingSection[]): string {
  const threshold = s.indicators.backbone_per_100.threshold;
  const repeated = sharedNames(figures.map((f) => f.school));
  const withPupils = figures.filter((f) => f.school.students > 0);
  const rowOf = (f: SchoolFigures): ChartRow => ({
    key: f.school.id,
    ...schoolChartLabel(f.school, repeated),
    title: `${f.school.name}（${f.school.id}）学生 ${f.school.students}, 县级以上骨干 ${f.countyBackboneBefore} → ${f.countyBackboneAfter}`,
    badges: schoolBadges(f.school),
    values: [f.backbonePer100Before, f.backbonePer100After],
    data: { students: String(f.school.students), 'county-backbone-before': String(f.countyBackboneBefore), 'county-backbone-after': String(f.countyBackboneAfter) },
  });
  // One axis and one label column for every stage, so that the threshold lines line up.
  const all = withPupils.map(rowOf);
  const charts = STAGE_ORDER.map((stage) => {
    const these = withPupils
      .filter((f) => f.school.stage === stage)
      .sort((a, b) => a.backbonePer100Before - b.backbonePer100Before || a.backbonePer100After - b.backbonePer100After || byText(a.school.id, b.school.id));
    if (these.length === 0) return '';
    const rows = these.map(rowOf);
    const label = STAGE_LABEL[stage];
    return `<h3>${esc(label.zh)} <span class="en">${esc(label.en)}</span></h3>${barChart({ chart: 'backbone-school', title: `${label.zh} 每百名学生县级以上骨干教师数 / backbone per 100 students`, series: SERIES, rows, sizeFrom: all, reference: threshold, format: (v) => fixed(v, 2) })}`;
  });
  const ind = s.indicators.backbone_per_100;
  const body = [
    // The count is per judged section, as the CVs below; the bars are whole schools.
    note(
      `每百名学生县级及以上骨干教师数（下图按全校计）, 标准 ≥ ${fixed(threshold, 1)}（红线）。达标学部 ${ind.schools_meeting_before} → ${ind.schools_meeting_after} 个（与差异系数同口径: 小学、初中各为一个学部, 一贯制学校的小学部、初中部分别计, 不足规定人数的教学点不计）。`,
      `county-level-or-higher backbone teachers per 100 students (whole schools below); the red line is the threshold. Sections meeting it: ${ind.schools_meeting_before} → ${ind.schools_meeting_after} (those of the coefficients: a 小学 or 初中 is one section, a 一贯制 school's 小学部 and 初中部 two; small teaching points left out).`,
    ),
    legend([
      { cls: 'before', zh: '调整前', en: 'before' },
      { cls: 'after', zh: '调整后', en: 'after' },
      { cls: 'reference', zh: `标准线 ${fixed(threshold, 1)}`, en: 'threshold' },
    ]),
    ...charts,
    figures.length > withPupils.length ? note(`${figures.length - withPupils.length} 所学校无在校学生, 未列出。`, 'schools without pupils are left out.') : '',
    '<h3>校际差异系数 <span class="en">inter-school coefficient of variation</span></h3>',
    note(
      '差异系数按督导评估口径计算: 各校（一贯制、完全中学按学部）指标与全县平均数之差的平方按在校学生数加权求和, 开方后除以全县平均数（全县平均数 = 全县计数教师 × 100 ÷ 全县学生数）; 不足规定人数的教学点不计。越小越均衡。',
      'the inspectors\' coefficient of variation: each school\'s (or section\'s) squared difference from the county mean weighted by its students, square-rooted and divided by the county mean (county teachers counted × 100 ÷ county students); small teaching points left out. Smaller is more even.',
    ),
    missingSections(missing),
    cvTable(s.indicators),
    cvCharts(s.indicators),
  ];
  return section('backbone', '骨干教师均衡', 'backbone teachers per 100 students', body.join(''));
}
