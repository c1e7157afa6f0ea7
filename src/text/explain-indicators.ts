import { indicatorFigures, type SectionExplain } from '../plan/explain-sections.js';
import { INDICATOR_LABEL, SECTION_LABEL } from '../plan/indicator-labels.js';
import { fmt, reviewTable } from './review-table.js';

type Lang = 'zh' | 'en';

const mark = (met: boolean): string => (met ? '✓' : '✗');

/**
 * The lines of `rotate explain SCHOOL` about the school's 优质均衡 indicators: per judged section
 * and indicator, the figure per 100 students before → after, each marked ✓/✗ against the
 * threshold. Nothing when the explanation has no sections (a 高中, or an older explain.json).
 */
export function sectionIndicatorLines(sections: readonly SectionExplain[] | undefined, l: Lang): string[] {
  if (!sections || sections.length === 0) return [];
  const zh = l === 'zh';
  const lines = [zh ? '  优质均衡指标（每百名学生; 方案前 → 方案后, ✓ 达标 ✗ 未达标）:' : '  优质均衡 indicators (per 100 students; before → after the plan, ✓ met, ✗ not met):'];
  const rows: string[][] = [];
  for (const s of sections) {
    const section = zh ? `${SECTION_LABEL[s.stage].zh}（${s.students} 人）` : `${SECTION_LABEL[s.stage].en} (${s.students} students)`;
    // A section with students and no indicator is a teaching point the inspectors leave out.
    if (s.indicators.length === 0) rows.push([section, s.students <= 0 ? (zh ? '无在校学生, 不评价' : 'no students, not judged') : zh ? '学生数不足规定人数的教学点, 不评价' : 'a teaching point under the minimum, not judged', '', '', '']);
    s.indicators.forEach((x, i) => {
      const f = indicatorFigures(s.students, x);
      rows.push([i === 0 ? section : '', INDICATOR_LABEL[x.indicator][l], `${fmt(f.values[0])} ${mark(f.met[0])}`, `${fmt(f.values[1])} ${mark(f.met[1])}`, `≥ ${fmt(x.threshold)}`]);
    });
  }
  lines.push(...reviewTable(zh ? ['学部', '指标', '调整前', '调整后', '标准'] : ['section', 'indicator', 'before', 'after', 'threshold'], rows, '    '));
  if (sections.some((s) => s.indicators.length > 0 && !s.indicators.some((x) => x.indicator === 'degree_per_100'))) {
    lines.push(zh ? '    未提供学历, 高于规定学历教师指标未计算' : '    学历 (degree) not given: the degree indicator is not computed');
  }
  return lines;
}
