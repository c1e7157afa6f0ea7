/**
 * The line the lists after planning carry when the plan moves nobody: without it, the index reads
 * 拟交流 0 人 and every school's page 调出人员（0 人） 无, 调入人员（0 人） 无, a posting of nobody
 * without a word. A batch says it under such a county too, whose own run's words it does not show. The plan folder keeps the county's figures by status only (summary.json's
 * counts), not by cause: the line says whether nobody was eligible (with those figures) or the
 * eligible were there and the plan moved none of them. No name, no date, no parameter.
 */
import { countEn, plural } from './plural.js';
import type { Text } from './text.js';

/** The counts the line is made of, summary.json's `counts` (teachers by status; principals due apart). */
export interface PlanCounts {
  eligible: number;
  exempt: number;
  not_eligible: number;
  retiring: number;
  principals_due: number;
}

/** The county's statuses but the eligible, as the plan's teachers.csv labels them; those with nobody left out. */
function statusParts(c: PlanCounts): Text[] {
  const parts: [number, Text][] = [
    [c.exempt, { zh: `免交流 ${c.exempt} 人`, en: `${c.exempt} exempt` }],
    [c.retiring, { zh: `截止日前退休 ${c.retiring} 人`, en: `${c.retiring} retiring by the cut-off date` }],
    [c.not_eligible, { zh: `不符合条件 ${c.not_eligible} 人`, en: `${c.not_eligible} not eligible` }],
  ];
  return parts.filter(([n]) => n > 0).map(([, t]) => t);
}

/**
 * The county's line when the plan moves nobody (`moves` 0), from summary.json's counts; null when
 * it moves someone. Principals and vice principals due to rotate are counted apart by the plan
 * (principals.csv, the county decides): the line sets them aside.
 */
export function noMovesNote(c: PlanCounts, moves: number): Text | null {
  if (moves > 0) return null;
  const leaders = c.principals_due > 0;
  const aside = { zh: leaders ? '（校长、副校长除外）' : '', en: leaders ? ' (principals and vice principals aside)' : '' };
  if (c.eligible > 0) {
    return {
      zh: `全县符合交流条件的教师 ${c.eligible} 人${aside.zh}, 本方案无人交流`,
      en: `${countEn(c.eligible, 'teacher')} of the county ${plural(c.eligible, 'is', 'are')} eligible to rotate${aside.en}, but this plan moves nobody`,
    };
  }
  const parts = statusParts(c);
  return {
    zh: `全县没有符合交流条件的教师${aside.zh}, 本方案无人交流${parts.length > 0 ? `: ${parts.map((t) => t.zh).join('、')}` : ''}`,
    en: `No teacher of the county is eligible to rotate${aside.en}, so this plan moves nobody${parts.length > 0 ? `: ${parts.map((t) => t.en).join(', ')}` : ''}`,
  };
}
