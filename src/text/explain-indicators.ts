import { judgeSection, missingColumns, type SectionExplain } from '../plan/explain-sections.js';
import { INDICATOR_LABEL, SECTION_LABEL, sectionColumnNames } from '../plan/indicator-labels.js';
import { roundBeside } from '../indicators/figure-beside-mark.js';
import { fmt, reviewTable } from './review-table.js';

type Lang = 'zh' | 'en';

const mark = (met: boolean): string => (met ? '✓' : '✗');

/**
 * The lines of `rotate explain SCHOOL` about the school's 优质均衡 indicators: per judged section
 * and indicator, the figure per 100 students before → after, each marked ✓/✗ against the
 * threshold, and whether the section meets them all. A school of two sections without its
 * per-section students is in none of the figures: a line says so and which columns it lacks.
 * Nothing when the explanation has no sections (a 高中, or an older explain.json).
 */
export function sectionIndicatorLines(stage: string, sections: readonly SectionExplain[] | undefined, l: Lang): string[] {
  const zh = l === 'zh';
  const missing = missingColumns(stage, sections);
  const lines: string[] = [];
  if (missing.length > 0) {
    const cols = sectionColumnNames(missing, l);
    lines.push(
      zh
        ? `  优质均衡指标: 学校表未填${cols}, ${sections && sections.length > 0 ? '缺少的学部' : '本校'}未计入指标和差异系数（补上后重新运行 rotate plan）`
        : `  优质均衡 indicators: the schools file gives no ${cols}, so ${sections && sections.length > 0 ? 'that section is' : 'the school is'} left out of the indicators and coefficients (fill it in and run rotate plan again)`,
    );
  }
  if (!sections || sections.length === 0) return lines;
  lines.push(zh ? '  优质均衡指标（每百名学生; 方案前 → 方案后, ✓ 达标 ✗ 未达标）:' : '  优质均衡 indicators (per 100 students; before → after the plan, ✓ met, ✗ not met):');
  const rows: string[][] = [];
  for (const s of sections) {
    const section = zh ? `${SECTION_LABEL[s.stage].zh}（${s.students} 人）` : `${SECTION_LABEL[s.stage].en} (${s.students} students)`;
    // A section with students and no indicator is a teaching point the inspectors leave out.
    if (s.indicators.length === 0) {
      rows.push([section, s.students <= 0 ? (zh ? '无在校学生, 不评价' : 'no students, not judged') : zh ? '学生数不足规定人数的教学点, 不评价' : 'a teaching point under the minimum, not judged', '', '', '']);
      continue;
    }
    const j = judgeSection(s);
    s.indicators.forEach((x, i) => {
      const b = j.before.values[x.indicator];
      const a = j.after.values[x.indicator];
      // Two decimals, more where those would round a figure short of its standard onto it (0.8969 → 0.897, not 0.9 ✗).
      const shown = (v: number): string => (Number.isFinite(v) ? String(roundBeside(v, x.threshold, 'at_least', 2) + 0) : fmt(v));
      rows.push([i === 0 ? section : '', INDICATOR_LABEL[x.indicator][l], `${shown(b.value)} ${mark(b.met)}`, `${shown(a.value)} ${mark(a.met)}`, `≥ ${fmt(x.threshold)}`]);
    });
    rows.push(['', zh ? `以上 ${j.listed.length} 项均达标` : j.listed.length === 2 ? 'both above met' : `all ${j.listed.length} above met`, mark(j.meetsAll[0]), mark(j.meetsAll[1]), '']);
  }
  lines.push(...reviewTable(zh ? ['学部', '指标', '调整前', '调整后', '标准'] : ['section', 'indicator', 'before', 'after', 'threshold'], rows, '    '));
  if (sections.some((s) => s.indicators.length > 0 && !s.indicators.some((x) => x.indicator === 'degree_per_100'))) {
    lines.push(zh ? '    未提供学历, 高于规定学历教师指标未计算' : '    学历 (degree) not given: the degree indicator is not computed');
  }
  return lines;
}
