/**
 * A re-posting's third table on a school's page: those on the school's previous lists who are not
 * on them now, where they were to go (or came from) and what became of it (取消交流, 改派至Y).
 * Landscape A4, 273 mm, as the move tables.
 */
import type { ListTable } from './list-doc.js';
import { counted, type Notice } from './notice.js';
import type { Withdrawn } from './posting-change.js';
import { nowText, wasText } from './repost-texts.js';

/** The table's caption, as the page and the workbook say it. */
export const WITHDRAWN_TITLE = { zh: '不再列入本校名单的人员', en: 'no longer on this school\'s lists' } as const;

/** The withdrawn table of a school (`无` when none). */
export function withdrawnTable(list: readonly Withdrawn[], n: Notice, shared: ReadonlySet<string>): ListTable {
  const t = (zh: string, en: string): string => (n.lang === 'zh' ? zh : en);
  return {
    caption: counted(t(`三、${WITHDRAWN_TITLE.zh}`, `3. ${WITHDRAWN_TITLE.en}`), list.length, n),
    columns: [
      { label: t('序号', 'no.'), width: 10, numeric: true },
      { label: t('工号', 'teacher_id'), width: 21 },
      { label: t('姓名', 'name'), width: 24 },
      { label: t('任教学科', 'subject'), width: 18 },
      { label: t('前次公示', 'posted before'), width: 100 },
      { label: t('本次', 'now'), width: 100 },
    ],
    rows: list.map((w, i) => [String(i + 1), w.id, w.name, w.subject, wasText(w, n.lang, shared), nowText(w, n.lang, shared)]),
    empty: t('无', 'none'),
  };
}
