/**
 * Shortage before → after: per school (the largest first, rural and weak schools marked) and per
 * subject (the scarce subjects first). Shortage is Σ max(0, posts − teachers), as in schools.csv.
 */
import { countEn, plural } from '../domain/plural.js';
import type { Policy } from '../domain/policy.js';
import type { SchoolFigures } from '../plan/school-figures.js';
import { barChart, type Badge, type ChartRow } from './bar-chart.js';
import { num } from './format.js';
import { byText, legend, note, schoolBadges, section, schoolChartLabel } from './section.js';
import { SECTION_NAME } from '../domain/sections.js';
import { outOfScopeShortage, type OutOfScopeShortage } from '../plan/out-of-scope-shortage.js';
import { sharedNames } from '../domain/shared-names.js';

const SERIES = [
  { cls: 'before', name: '调整前 before' },
  { cls: 'after', name: '调整后 after' },
];

const KEYS = legend([
  { cls: 'before', zh: '调整前', en: 'before' },
  { cls: 'after', zh: '调整后', en: 'after' },
  { cls: 'rural', zh: '乡 = 乡村学校', en: 'rural' },
  { cls: 'weak', zh: '薄 = 薄弱学校', en: 'weak' },
  { cls: 'scarce', zh: '紧缺 = 紧缺学科', en: 'scarce subject' },
]);

/** Per-subject totals over all schools, scarce subjects first, each group by shortage before (largest first). */
export function subjectShortage(figures: readonly SchoolFigures[], p: Policy): { subject: string; posts: number; before: number; after: number; scarce: boolean }[] {
  const total = new Map<string, { posts: number; before: number; after: number }>();
  for (const f of figures) {
    for (const [subject, v] of f.bySubject) {
      const t = total.get(subject) ?? { posts: 0, before: 0, after: 0 };
      total.set(subject, { posts: t.posts + v.posts, before: t.before + v.before, after: t.after + v.after });
    }
  }
  return [...total]
    .map(([subject, t]) => ({ subject, ...t, scarce: p.scarce.includes(subject) }))
    .sort((a, b) => Number(b.scarce) - Number(a.scarce) || b.before - a.before || b.after - a.after || byText(a.subject, b.subject));
}

/**
 * The section; `nameOf` names a subject by its key as the county spells it (domain/subject-names.ts):
 * an English county's chart shows `english`, its Chinese name in the tooltip; a Chinese county's, the key.
 */
export function shortageSection(figures: readonly SchoolFigures[], p: Policy, outside: OutOfScopeShortage = outOfScopeShortage(figures, p), nameOf: (key: string) => string = (key) => key): string {
  const repeated = sharedNames(figures.map((f) => f.school));
  const out = new Map(outside.schools.map((o) => [o.figures.school.id, o]));
  // A school (section) outside the scope is marked: nobody is sent to it, its shortage stays.
  const badges = (f: SchoolFigures): Badge[] => {
    const o = out.get(f.school.id);
    if (!o) return schoolBadges(f.school);
    const what = o.whole ? '不参加交流 not in the rotation' : `${o.sections.map((x) => SECTION_NAME[x].zh).join('、')}部不参加交流 ${o.sections.map((x) => SECTION_NAME[x].en).join(', ')} section not in the rotation`;
    return [...schoolBadges(f.school), { text: '外', cls: 'outside', title: `${what}（缺员 ${o.before} → ${o.after}）` }];
  };
  const short = figures
    .filter((f) => f.shortageBefore > 0 || f.shortageAfter > 0)
    .sort((a, b) => b.shortageBefore - a.shortageBefore || b.shortageAfter - a.shortageAfter || byText(a.school.id, b.school.id));
  const schoolRows: ChartRow[] = short.map((f) => ({
    key: f.school.id,
    ...schoolChartLabel(f.school, repeated),
    title: `${f.school.name}（${f.school.id}）岗位 ${f.posts}, 教师 ${f.teachersBefore} → ${f.teachersAfter}`,
    badges: badges(f),
    values: [f.shortageBefore, f.shortageAfter],
    data: { 'scarce-before': String(f.scarceShortageBefore), 'scarce-after': String(f.scarceShortageAfter) },
  }));
  const none = figures.length - short.length;
  const subjects = subjectShortage(figures, p).filter((s) => s.before > 0 || s.after > 0);
  const subjectRows: ChartRow[] = subjects.map((s) => {
    const name = nameOf(s.subject);
    return {
      key: s.subject,
      label: name,
      title: name === s.subject ? `${s.subject}: 岗位 ${s.posts}` : `${name}（${s.subject}）: 岗位 ${s.posts} / ${countEn(s.posts, 'post')}`,
      badges: s.scarce ? [{ text: '紧缺', cls: 'scarce', title: '紧缺学科 scarce subject' }] : [],
      values: [s.before, s.after],
      data: { posts: String(s.posts) },
    };
  });
  const fmt = (v: number): string => num(v, 0);
  const outsideNote = outside.schools.length > 0
    ? note(
        `缺员合计含不参加交流（不在 rules.scope: ${p.values['rules.scope'] ?? ''}）的 ${outside.schools.length} 所学校（学部）的缺员 ${outside.before} → ${outside.after}（图中标「外」）: 交流不向其调入, 也不从其调出, 这部分缺员交流不能补。`,
        `The totals include the shortage of ${countEn(outside.schools.length, 'school')} (sections) not in the rotation (outside rules.scope), ${outside.before} → ${outside.after} (marked 外 below): nobody is sent to or from them, and no exchange fills it.`,
      )
    : '';
  const body = [
    outsideNote,
    KEYS,
    '<h3>按学校 <span class="en">by school</span></h3>',
    schoolRows.length > 0
      ? barChart({ chart: 'shortage-school', title: '各校缺员 调整前→调整后 / shortage per school, before → after', series: SERIES, rows: schoolRows, format: fmt })
      : note('没有学校缺员。', 'No school is short of teachers.'),
    none > 0 && schoolRows.length > 0 ? note(`另有 ${none} 所学校调整前后均无缺员, 未列出。`, `${none} more ${plural(none, 'school has', 'schools have')} no shortage before or after and ${plural(none, 'is', 'are')} not listed.`) : '',
    '<h3>按学科 <span class="en">by subject</span>（紧缺学科在前 scarce subjects first）</h3>',
    subjectRows.length > 0
      ? barChart({ chart: 'shortage-subject', title: '各学科缺员 调整前→调整后 / shortage per subject, before → after', series: SERIES, rows: subjectRows, format: fmt })
      : note('没有学科缺员。', 'No subject is short of teachers.'),
  ];
  return section('shortage', '缺员变化', 'shortage before → after', body.join(''));
}
