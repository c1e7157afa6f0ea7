/**
 * The documents of the lists published before planning: per school, the eligible teachers
 * (符合交流条件教师名册) and those deferred or exempt (暂缓/免交流人员名册); and the index.
 * Headers in the input's language, as the plan files name them.
 */
import type { Text } from '../domain/text.js';
import type { ListedTeacher, EligibleLists } from './eligible-lists.js';
import type { ListColumn, ListDoc, ListTable } from './list-doc.js';
import { counted, countyYear, objectionsText, periodText, type Notice } from './notice.js';
import { anchorOf } from './school-files.js';
import { countEn } from '../domain/plural.js';

type T = (zh: string, en: string) => string;
const tr = (n: Notice): T => (zh, en) => (n.lang === 'zh' ? zh : en);

/** The list's name, as the documents and the workbook say it. */
export const ELIGIBLE_TITLE = { zh: '符合交流条件教师名册', en: 'teachers eligible to rotate' } as const;
export const DEFERRED_TITLE = { zh: '暂缓/免交流人员名册', en: 'teachers deferred or exempt' } as const;

/** The columns of a list of teachers (portrait A4: 186 mm). */
function teacherColumns(t: T, reason: string): ListColumn[] {
  return [
    { label: t('序号', 'no.'), width: 11, numeric: true },
    { label: t('工号', 'teacher_id'), width: 24 },
    { label: t('姓名', 'name'), width: 30 },
    { label: t('任教学科', 'subject'), width: 26 },
    { label: reason, width: 95 },
  ];
}

function teacherTable(caption: string, list: readonly ListedTeacher[], t: T, reason: string, n: Notice): ListTable {
  return {
    caption: counted(caption, list.length, n),
    columns: teacherColumns(t, reason),
    rows: list.map((x, i) => [String(i + 1), x.id, x.name, x.subject, n.lang === 'zh' ? x.reason.zh : x.reason.en]),
    empty: t('无', 'none'),
  };
}

/** The county's line when nobody is eligible (none-eligible-note.ts), in the notice's language; none otherwise. */
const noteLines = (note: Text | null, n: Notice): string[] => (note === null ? [] : [n.lang === 'zh' ? note.zh : note.en]);

/** A school's document: both lists under the notice (and the county's line when nobody is eligible). */
export function eligibleDoc(l: EligibleLists, file: string, n: Notice, note: Text | null = null): ListDoc {
  const t = tr(n);
  const school = t(`${l.school.name}（学校代码 ${l.school.id}）`, `${l.school.name} (school id ${l.school.id})`);
  return {
    anchor: anchorOf(file),
    head: `${countyYear(n)} ${t('教师交流轮岗公示', 'teacher rotation, published lists')} · ${school}`,
    title: `${countyYear(n)}${t('教师交流轮岗公示', ' teacher rotation: published lists')}`,
    subtitle: school,
    lines: [periodText(n), objectionsText(n), ...noteLines(note, n)],
    more: [periodText(n), objectionsText(n)],
    tables: [
      teacherTable(t(`一、${ELIGIBLE_TITLE.zh}`, `1. ${ELIGIBLE_TITLE.en}`), l.eligible, t, t('理由', 'reason'), n),
      teacherTable(t(`二、${DEFERRED_TITLE.zh}`, `2. ${DEFERRED_TITLE.en}`), l.deferred, t, t('暂缓/免交流原因', 'reason'), n),
    ],
  };
}

/** The index: every school with a link to its pages and the two counts. `hrefs` are the links, in the lists' order. */
export function eligibleIndexDoc(lists: readonly EligibleLists[], hrefs: readonly string[], n: Notice, note: Text | null = null): ListDoc {
  const t = tr(n);
  const eligible = lists.reduce((s, l) => s + l.eligible.length, 0);
  const deferred = lists.reduce((s, l) => s + l.deferred.length, 0);
  return {
    anchor: 'index',
    head: `${countyYear(n)} ${t('教师交流轮岗公示 名册索引', 'teacher rotation, published lists: index')}`,
    title: `${countyYear(n)}${t('教师交流轮岗公示', ' teacher rotation: published lists')}`,
    subtitle: t('名册索引', 'index'),
    lines: [
      periodText(n),
      objectionsText(n),
      t(`全县 ${lists.length} 所学校: ${ELIGIBLE_TITLE.zh} ${eligible} 人, ${DEFERRED_TITLE.zh} ${deferred} 人`, `${countEn(lists.length, 'school', 'schools')}: ${eligible} eligible to rotate, ${deferred} deferred or exempt`),
      ...noteLines(note, n),
    ],
    more: [periodText(n), objectionsText(n)],
    tables: [
      {
        caption: t('各校名册', 'lists by school'),
        columns: [
          { label: t('序号', 'no.'), width: 11, numeric: true },
          { label: t('学校代码', 'school_id'), width: 30 },
          { label: t('学校名称', 'school'), width: 85 },
          { label: t('符合交流条件（人）', 'eligible'), width: 30, numeric: true },
          { label: t('暂缓/免交流（人）', 'deferred or exempt'), width: 30, numeric: true },
        ],
        rows: lists.map((l, i) => [String(i + 1), l.school.id, { text: l.school.name, href: hrefs[i] ?? '' }, String(l.eligible.length), String(l.deferred.length)]),
        empty: t('无', 'none'),
      },
    ],
  };
}
