/**
 * The words of a re-posting (重新公示), in the plan's language: the title's mark, the lines that
 * say the list replaces the one posted before and that objections are taken again, and each
 * teacher's change against the previous posting (新增, 改派（原拟交流至X）, 取消交流, 改派至Y).
 */
import type { Lang } from '../domain/types.js';
import type { Notice } from './notice.js';
import type { ChangeMark, RepostTotals, Withdrawn } from './posting-change.js';
import type { MoveLists } from './move-lists.js';
import { schoolLabel } from './school-label.js';
import { countEn } from '../domain/plural.js';
import { roundName } from './posting-round.js';

type T = (zh: string, en: string) => string;
const tr = (lang: Lang): T => (zh, en) => (lang === 'zh' ? zh : en);

/** The round of a re-posting (the notice's, 2 when not known). */
const roundOf = (n: Notice): number => n.round ?? 2;

/** What the running head and the pages' file title add on a re-posting: `（第二次公示）`, ` (re-posted, round 2)`. */
export function repostMark(n: Notice): string {
  return n.lang === 'zh' ? `（${roundName(roundOf(n), 'zh')}）` : ` (re-posted, ${roundName(roundOf(n), 'en')})`;
}

/** What follows the list's name in a page's title: `公示`, or on a re-posting `第二次公示（重新公示）` (English: the mark). */
export function postingTitle(n: Notice, repost: boolean): string {
  if (!repost) return n.lang === 'zh' ? '公示' : '';
  return n.lang === 'zh' ? `${roundName(roundOf(n), 'zh')}（重新公示）` : repostMark(n);
}

/** The change column's heading. */
export const CHANGE_LABEL = { zh: '与前次公示相比', en: 'since last posting' } as const;

/** A listed move's change: '' (as posted before), `新增`, `改派（原拟交流至X）`. */
export function markText(m: ChangeMark | undefined, lang: Lang, shared: ReadonlySet<string>): string {
  if (!m) return '';
  const t = tr(lang);
  return m.kind === 'added' ? t('新增', 'new') : t(`改派（原拟交流至${schoolLabel(m.was, shared, lang)}）`, `changed (was to ${schoolLabel(m.was, shared, lang)})`);
}

/** Where a withdrawn teacher was on the previous list: `调出至X`, `由X调入` (`拟调入本校` for a teacher no longer in the teachers file, whose school is not known). */
export function wasText(w: Withdrawn, lang: Lang, shared: ReadonlySet<string>): string {
  if (w.other.id === '') return tr(lang)('拟调入本校', 'to arrive here');
  const other = schoolLabel(w.other, shared, lang);
  return w.list === 'leaving' ? tr(lang)(`调出至${other}`, `leaving for ${other}`) : tr(lang)(`由${other}调入`, `arriving from ${other}`);
}

/** What became of a withdrawn teacher: `取消交流`, `改派至Y`. */
export function nowText(w: Withdrawn, lang: Lang, shared: ReadonlySet<string>): string {
  return w.now ? tr(lang)(`改派至${schoolLabel(w.now, shared, lang)}`, `now to ${schoolLabel(w.now, shared, lang)}`) : tr(lang)('取消交流', 'exchange cancelled');
}

/**
 * The two lines of a re-posting: that the list replaces the one posted before, with the changes
 * counted (`what`: a school's, or the county's), and that objections are taken again for the
 * period's working days, by the newly listed too.
 */
export function repostLines(what: { added: number; changed: number; gone: number; goneZh: string; goneEn: string }, n: Notice): string[] {
  const t = tr(n.lang);
  const same = what.added + what.changed + what.gone === 0;
  return [
    t(
      `重新公示（${roundName(roundOf(n), 'zh')}）: 本名单根据异议处理结果调整, 替代前次公示的拟交流人员名单（${roundName(roundOf(n) - 1, 'zh')}）; ${same ? '本名单与前次相同' : `与前次相比新增 ${what.added} 人, 改派 ${what.changed} 人, ${what.goneZh} ${what.gone} 人`}`,
      `Re-posted (${roundName(roundOf(n), 'en')}): adjusted after the objections were decided, this list replaces the one posted before (${roundName(roundOf(n) - 1, 'en')}); ${same ? 'unchanged since then' : `since then ${what.added} new, ${what.changed} changed, ${what.gone} ${what.goneEn}`}`,
    ),
    t(`异议期重新计算: 对本名单（含新增、改派人员）有异议的, 可在本次公示期（${n.days}个工作日）内提出`, `Objections to this list (new and changed teachers included) are taken again during this period (${countEn(n.days, 'working day', 'working days')})`),
  ];
}

/** The county's lines on the index. */
export function indexRepostLines(totals: RepostTotals, n: Notice): string[] {
  return repostLines({ added: totals.added, changed: totals.changed, gone: totals.cancelled, goneZh: '取消交流', goneEn: 'cancelled' }, n);
}

/** A school's changes since the previous posting: teachers newly listed, listed to another school, and no longer listed. */
export interface SchoolChanges {
  added: number;
  changed: number;
  gone: number;
}

/** The changes on a school's lists of a re-posting (each teacher once, though on two of its lists). */
export function schoolChanges(l: MoveLists): SchoolChanges {
  const moves = [...l.leaving, ...l.arriving];
  const count = (kind: 'added' | 'changed'): number => new Set(moves.filter((m) => m.change?.kind === kind).map((m) => m.id)).size;
  return { added: count('added'), changed: count('changed'), gone: l.withdrawn?.length ?? 0 };
}

/** A school's changes as the index of a re-posting lists them: `新增 1 人、不再列入 1 人`, or `无变化`. */
export function changesText(c: SchoolChanges, lang: Lang): string {
  const t = tr(lang);
  const parts = [
    ...(c.added > 0 ? [t(`新增 ${c.added} 人`, `${c.added} new`)] : []),
    ...(c.changed > 0 ? [t(`改派 ${c.changed} 人`, `${c.changed} changed`)] : []),
    ...(c.gone > 0 ? [t(`不再列入 ${c.gone} 人`, `${c.gone} no longer listed`)] : []),
  ];
  return parts.length === 0 ? t('无变化', 'unchanged') : parts.join(t('、', ', '));
}
