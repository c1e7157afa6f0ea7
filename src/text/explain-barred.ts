import { countEn } from '../domain/plural.js';
import type { TeacherExplain } from '../plan/explain.js';
import { ruleNamed } from '../rules/registry.js';

type Lang = 'zh' | 'en';

/**
 * The schools short of a teacher's subject that the rules bar him or her from, a line per rule:
 * the most short of them that explain.json lists, then how many in all (等N所 / and N more). A
 * clerk who sees a school short of the subject and asks why the teacher was not sent there finds
 * it here by its rule, or, if it is not here either, among the allowed destinations.
 */
export function barredLines(t: TeacherExplain, l: Lang): string[] {
  const b = t.barred;
  if (!b) return [];
  const zh = l === 'zh';
  const lines = [
    zh
      ? `  方案后仍缺「${t.subject}」的同学段或低学段学校 ${b.short} 所（本校除外）, 其中按规则不能调往 ${b.count} 所:`
      : `  still short of ${t.subject} after the plan at this stage or below: ${countEn(b.short, 'school')} (own school aside), ${b.count} of them barred by the rules:`,
  ];
  for (const { rule, count } of b.rules) {
    const shown = b.listed.filter((x) => x.rules.includes(rule));
    const schools = shown.map((x) => (zh ? `${x.school}（${x.school_id}, 缺 ${x.shortage}）` : `${x.school_id} (${x.school}, short ${x.shortage})`));
    const name = ruleNamed(rule)?.[l] ?? rule;
    const rest = count - shown.length;
    const list = zh
      ? schools.length === 0
        ? `${count} 所`
        : `${schools.join('、')}${rest > 0 ? ` 等 ${count} 所` : ''}`
      : schools.length === 0
        ? countEn(count, 'school')
        : `${schools.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
    lines.push(`    ${name}: ${list}`);
  }
  return lines;
}
