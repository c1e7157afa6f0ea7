/**
 * The documents of the lists published after planning (拟交流人员名单): per school, who leaves and
 * who arrives, with the other school, the direction, the term and the reason; and the index.
 * Landscape A4 (273 mm wide): the reason needs the room. Headers as the plan files name them.
 */
import { yearMonthText, type ExchangeTerm } from '../domain/term.js';
import type { ListColumn, ListDoc, ListTable } from './list-doc.js';
import type { ListedSchool } from './eligible-lists.js';
import type { MoveLists, PublishedMove } from './move-lists.js';
import { counted, countyYear, objectionsText, periodText, type Notice } from './notice.js';
import { anchorOf } from './school-files.js';

type T = (zh: string, en: string) => string;
const tr = (n: Notice): T => (zh, en) => (n.lang === 'zh' ? zh : en);

/** The list's name, as the documents and the workbook say it. */
export const MOVES_TITLE = { zh: '拟交流人员名单', en: 'proposed exchanges' } as const;

/** `2026年9月至2029年8月（3年）`. */
export function termText(term: ExchangeTerm, years: number, n: Notice): string {
  const [a, b] = [yearMonthText(term.start, n.lang), yearMonthText(term.end, n.lang)];
  return n.lang === 'zh' ? `交流期限: ${a}至${b}（${years}年）` : `Term of the exchanges: ${a} to ${b} (${years} years)`;
}

function moveColumns(t: T, other: string): ListColumn[] {
  return [
    { label: t('序号', 'no.'), width: 10, numeric: true },
    { label: t('工号', 'teacher_id'), width: 21 },
    { label: t('姓名', 'name'), width: 24 },
    { label: t('任教学科', 'subject'), width: 18 },
    { label: other, width: 44 },
    { label: t('交流方向', 'direction'), width: 26 },
    { label: t('开始年月', 'start'), width: 19 },
    { label: t('结束年月', 'end'), width: 19 },
    { label: t('理由', 'reason'), width: 92 },
  ];
}

/** The other school of a move as the lists show it: its name, and its code where another school has that name. */
const otherSchool = (s: ListedSchool, shared: ReadonlySet<string>, n: Notice): string => (!shared.has(s.name) ? s.name : n.lang === 'zh' ? `${s.name}（${s.id}）` : `${s.name} (${s.id})`);

function moveTable(caption: string, moves: readonly PublishedMove[], leaving: boolean, term: ExchangeTerm, n: Notice, shared: ReadonlySet<string>): ListTable {
  const t = tr(n);
  const [start, end] = [yearMonthText(term.start, n.lang), yearMonthText(term.end, n.lang)];
  return {
    caption: counted(caption, moves.length, n),
    columns: moveColumns(t, leaving ? t('交流学校', 'to_school') : t('原学校', 'from_school')),
    rows: moves.map((m, i) => [String(i + 1), m.id, m.name, m.subject, otherSchool(leaving ? m.to : m.from, shared, n), m.direction, start, end, m.reason]),
    empty: t('无', 'none'),
  };
}

/**
 * A school's document: those who leave, then those who arrive, under the notice and the term;
 * `shared` the names more than one school carries (domain/shared-names.ts), shown with the code.
 */
export function moveDoc(l: MoveLists, file: string, term: ExchangeTerm, years: number, n: Notice, shared: ReadonlySet<string>): ListDoc {
  const t = tr(n);
  const school = `${l.school.name}（${t('学校代码', 'school id')} ${l.school.id}）`;
  return {
    anchor: anchorOf(file),
    head: `${countyYear(n)} ${t(`教师交流轮岗${MOVES_TITLE.zh}`, `teacher rotation, ${MOVES_TITLE.en}`)} · ${school}`,
    title: `${countyYear(n)}${t(`教师交流轮岗${MOVES_TITLE.zh}公示`, ` teacher rotation: ${MOVES_TITLE.en}`)}`,
    subtitle: school,
    lines: [periodText(n), objectionsText(n), termText(term, years, n)],
    more: [periodText(n), objectionsText(n)],
    tables: [moveTable(t('一、调出人员', '1. leaving'), l.leaving, true, term, n, shared), moveTable(t('二、调入人员', '2. arriving'), l.arriving, false, term, n, shared)],
  };
}

/** The index: every school with a link to its pages, how many leave and arrive. */
export function moveIndexDoc(lists: readonly MoveLists[], hrefs: readonly string[], term: ExchangeTerm, years: number, n: Notice): ListDoc {
  const t = tr(n);
  const moves = lists.reduce((s, l) => s + l.leaving.length, 0);
  return {
    anchor: 'index',
    head: `${countyYear(n)} ${t(`教师交流轮岗${MOVES_TITLE.zh} 索引`, `teacher rotation, ${MOVES_TITLE.en}: index`)}`,
    title: `${countyYear(n)}${t(`教师交流轮岗${MOVES_TITLE.zh}公示`, ` teacher rotation: ${MOVES_TITLE.en}`)}`,
    subtitle: t('索引', 'index'),
    lines: [periodText(n), objectionsText(n), termText(term, years, n), t(`全县 ${lists.length} 所学校, 拟交流 ${moves} 人`, `${lists.length} schools, ${moves} teachers to rotate`)],
    more: [periodText(n), objectionsText(n)],
    tables: [
      {
        caption: t('各校名单', 'lists by school'),
        columns: [
          { label: t('序号', 'no.'), width: 12, numeric: true },
          { label: t('学校代码', 'school_id'), width: 36 },
          { label: t('学校名称', 'school'), width: 145 },
          { label: t('调出（人）', 'leaving'), width: 40, numeric: true },
          { label: t('调入（人）', 'arriving'), width: 40, numeric: true },
        ],
        rows: lists.map((l, i) => [String(i + 1), l.school.id, { text: l.school.name, href: hrefs[i] ?? '' }, String(l.leaving.length), String(l.arriving.length)]),
        empty: t('无', 'none'),
      },
    ],
  };
}
