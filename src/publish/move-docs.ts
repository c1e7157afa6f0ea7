/**
 * The documents of the lists published after planning (拟交流人员名单): per school, who leaves and
 * who arrives, with the other school, the direction, the term and the reason; and the index.
 * Landscape A4 (273 mm wide): the reason needs the room. Headers as the plan files name them.
 */
import { yearMonthText, type ExchangeTerm } from '../domain/term.js';
import type { Text } from '../domain/text.js';
import type { ListColumn, ListDoc, ListTable } from './list-doc.js';
import type { MoveLists, PublishedMove } from './move-lists.js';
import type { RepostTotals } from './posting-change.js';
import { CHANGE_LABEL, changesText, indexRepostLines, markText, postingTitle, repostLines, repostMark, schoolChanges } from './repost-texts.js';
import { withdrawnTable } from './withdrawn-table.js';
import { counted, countyYear, objectionsText, periodText, type Notice } from './notice.js';
import { anchorOf } from './school-files.js';
import { schoolLabel } from './school-label.js';
import { countEn } from '../domain/plural.js';

type T = (zh: string, en: string) => string;
const tr = (n: Notice): T => (zh, en) => (n.lang === 'zh' ? zh : en);

/** The list's name, as the documents and the workbook say it. */
export const MOVES_TITLE = { zh: '拟交流人员名单', en: 'proposed exchanges' } as const;

/** `2026年9月至2029年8月（3年）`. */
export function termText(term: ExchangeTerm, years: number, n: Notice): string {
  const [a, b] = [yearMonthText(term.start, n.lang), yearMonthText(term.end, n.lang)];
  return n.lang === 'zh' ? `交流期限: ${a}至${b}（${years}年）` : `Term of the exchanges: ${a} to ${b} (${countEn(years, 'year', 'years')})`;
}

/** The columns of a move table; on a re-posting, the change since the previous posting beside the name, taken from the reason's width. */
function moveColumns(t: T, other: string, repost: boolean): ListColumn[] {
  const change: ListColumn[] = repost ? [{ label: t(CHANGE_LABEL.zh, CHANGE_LABEL.en), width: 30 }] : [];
  return [
    { label: t('序号', 'no.'), width: 10, numeric: true },
    { label: t('工号', 'teacher_id'), width: 21 },
    { label: t('姓名', 'name'), width: 24 },
    ...change,
    { label: t('任教学科', 'subject'), width: 18 },
    { label: other, width: 44 },
    { label: t('交流方向', 'direction'), width: 26 },
    { label: t('开始年月', 'start'), width: 19 },
    { label: t('结束年月', 'end'), width: 19 },
    { label: t('理由', 'reason'), width: repost ? 62 : 92 },
  ];
}

function moveTable(caption: string, moves: readonly PublishedMove[], leaving: boolean, term: ExchangeTerm, n: Notice, shared: ReadonlySet<string>, repost: boolean): ListTable {
  const t = tr(n);
  const [start, end] = [yearMonthText(term.start, n.lang), yearMonthText(term.end, n.lang)];
  const change = (m: PublishedMove): string[] => (repost ? [markText(m.change, n.lang, shared)] : []);
  return {
    caption: counted(caption, moves.length, n),
    columns: moveColumns(t, leaving ? t('交流学校', 'to_school') : t('原学校', 'from_school'), repost),
    rows: moves.map((m, i) => [String(i + 1), m.id, m.name, ...change(m), m.subject, schoolLabel(leaving ? m.to : m.from, shared, n.lang), m.direction, start, end, m.reason]),
    empty: t('无', 'none'),
  };
}

/** The county's line when the plan moves nobody (no-moves-note.ts), in the notice's language; none otherwise. */
const noteLines = (note: Text | null, n: Notice): string[] => (note === null ? [] : [n.lang === 'zh' ? note.zh : note.en]);

/** A school's re-posting lines: the changes on its lists since the previous posting, counted. */
function schoolRepostLines(l: MoveLists, n: Notice): string[] {
  return repostLines({ ...schoolChanges(l), goneZh: '不再列入', goneEn: 'no longer listed' }, n);
}

/**
 * A school's document: those who leave, then those who arrive, under the notice and the term;
 * `shared` the names more than one school carries (domain/shared-names.ts), shown with the code.
 * On a re-posting (`l.withdrawn` given, repost-lists.ts) the title says so, each move its change
 * since the previous posting, and a third table those no longer on the school's lists. `note`:
 * the county's line when the plan moves nobody, on the first page.
 */
export function moveDoc(l: MoveLists, file: string, term: ExchangeTerm, years: number, n: Notice, shared: ReadonlySet<string>, note: Text | null = null): ListDoc {
  const t = tr(n);
  const school = t(`${l.school.name}（学校代码 ${l.school.id}）`, `${l.school.name} (school id ${l.school.id})`);
  const repost = l.withdrawn !== undefined;
  const mark = repost ? repostMark(n) : '';
  const tables = [moveTable(t('一、调出人员', '1. leaving'), l.leaving, true, term, n, shared, repost), moveTable(t('二、调入人员', '2. arriving'), l.arriving, false, term, n, shared, repost)];
  return {
    anchor: anchorOf(file),
    head: `${countyYear(n)} ${t(`教师交流轮岗${MOVES_TITLE.zh}`, `teacher rotation, ${MOVES_TITLE.en}`)}${mark} · ${school}`,
    title: `${countyYear(n)}${t(`教师交流轮岗${MOVES_TITLE.zh}`, ` teacher rotation: ${MOVES_TITLE.en}`)}${postingTitle(n, repost)}`,
    subtitle: school,
    lines: [periodText(n), objectionsText(n), ...(l.withdrawn ? schoolRepostLines(l, n) : []), termText(term, years, n), ...noteLines(note, n)],
    more: [periodText(n), objectionsText(n)],
    tables: l.withdrawn ? [...tables, withdrawnTable(l.withdrawn, n, shared)] : tables,
  };
}

/** The index: every school with a link to its pages, how many leave and arrive (and the county's line when the plan moves nobody). */
export function moveIndexDoc(lists: readonly MoveLists[], hrefs: readonly string[], term: ExchangeTerm, years: number, n: Notice, repost?: RepostTotals, note: Text | null = null): ListDoc {
  const t = tr(n);
  const moves = lists.reduce((s, l) => s + l.leaving.length, 0);
  const mark = repost ? repostMark(n) : '';
  return {
    anchor: 'index',
    head: `${countyYear(n)} ${t(`教师交流轮岗${MOVES_TITLE.zh}${mark} 索引`, `teacher rotation, ${MOVES_TITLE.en}${mark}: index`)}`,
    title: `${countyYear(n)}${t(`教师交流轮岗${MOVES_TITLE.zh}`, ` teacher rotation: ${MOVES_TITLE.en}`)}${postingTitle(n, repost !== undefined)}`,
    subtitle: t('索引', 'index'),
    lines: [periodText(n), objectionsText(n), ...(repost ? indexRepostLines(repost, n) : []), termText(term, years, n), t(`全县 ${lists.length} 所学校, 拟交流 ${moves} 人`, `${countEn(lists.length, 'school', 'schools')}, ${countEn(moves, 'teacher', 'teachers')} to rotate`), ...noteLines(note, n)],
    more: [periodText(n), objectionsText(n)],
    tables: [
      {
        caption: t('各校名单', 'lists by school'),
        columns: [
          { label: t('序号', 'no.'), width: 12, numeric: true },
          { label: t('学校代码', 'school_id'), width: 36 },
          { label: t('学校名称', 'school'), width: repost ? 85 : 145 },
          { label: t('调出（人）', 'leaving'), width: 40, numeric: true },
          { label: t('调入（人）', 'arriving'), width: 40, numeric: true },
          // On a re-posting, which schools' lists changed: those whose notice boards show a different list.
          ...(repost ? [{ label: t(CHANGE_LABEL.zh, CHANGE_LABEL.en), width: 60 }] : []),
        ],
        rows: lists.map((l, i) => [String(i + 1), l.school.id, { text: l.school.name, href: hrefs[i] ?? '' }, String(l.leaving.length), String(l.arriving.length), ...(repost ? [changesText(schoolChanges(l), n.lang)] : [])]),
        empty: t('无', 'none'),
      },
    ],
  };
}
