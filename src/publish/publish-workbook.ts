/**
 * The published lists as one workbook: an index sheet (every school, its sheet, its counts) and
 * one sheet per school with its rows, each under the heading its printed page has (the title, the
 * school, the publication period, where objections go), so that a sheet printed or sent on from
 * Excel says what it is. Ids are text cells (zeros kept), counts numbers; headers
 * in the input's language. The same lists give the same bytes (the xlsx writer's time stamps are
 * fixed; its compressor is passed in).
 */
import type { Lang } from '../domain/types.js';
import { yearMonthText } from '../domain/term.js';
import type { SheetHeading } from '../output/xlsx/sheet-xml.js';
import { writeXlsx, type CellValue, type SheetData } from '../output/xlsx/write-xlsx.js';
import { DEFERRED_TITLE, ELIGIBLE_TITLE } from './eligible-docs.js';
import type { EligibleLists } from './eligible-lists.js';
import { MOVES_TITLE } from './move-docs.js';
import type { MovesPublication, PublishedMove } from './move-lists.js';
import { CHANGE_LABEL, changesText, markText, nowText, schoolChanges } from './repost-texts.js';
import { uniqueSheetNames } from './sheet-names.js';

/** Raw DEFLATE, as the edge provides it. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/** The headings of the index sheet and of each school's sheet (in the lists' order). */
export interface BookHeadings {
  index: SheetHeading;
  schools: readonly SheetHeading[];
}

const INDEX_SHEET: Record<Lang, string> = { zh: '索引', en: 'index' };
/** The 类别 of a re-posting's rows for those no longer on the school's lists: their row holds the move posted before. */
const WITHDRAWN_KIND = { zh: '不再列入', en: 'no longer listed' } as const;

function t(lang: Lang): (zh: string, en: string) => string {
  return (zh, en) => (lang === 'zh' ? zh : en);
}

/** The index sheet and one sheet per school, with the school sheets' names. */
function book(lang: Lang, headings: BookHeadings, schools: readonly { id: string; name: string }[], indexHeader: string[], counts: (i: number) => CellValue[], schoolSheet: (i: number) => Omit<SheetData, 'name'>): SheetData[] {
  const tx = t(lang);
  const names = uniqueSheetNames(schools, [INDEX_SHEET[lang]]);
  const index: SheetData = {
    name: INDEX_SHEET[lang],
    heading: headings.index,
    header: [tx('学校代码', 'school_id'), tx('学校名称', 'school'), tx('工作表', 'sheet'), ...indexHeader],
    rows: schools.map((s, i): CellValue[] => [s.id, s.name, names[i] ?? '', ...counts(i)]),
  };
  return [index, ...schools.map((_, i) => ({ name: names[i] ?? '', ...headingOf(headings, i), ...schoolSheet(i) }))];
}

/** School `i`'s heading, when there is one. */
function headingOf(headings: BookHeadings, i: number): Pick<SheetData, 'heading'> {
  const h = headings.schools[i];
  return h ? { heading: h } : {};
}

/** The workbook of the lists before planning: per school, the eligible and the deferred or exempt. */
export function eligibleWorkbook(lists: readonly EligibleLists[], headings: BookHeadings, lang: Lang, deflate: Deflate): Uint8Array {
  const tx = t(lang);
  const header = [tx('名册', 'list'), tx('序号', 'no.'), tx('工号', 'teacher_id'), tx('姓名', 'name'), tx('任教学科', 'subject'), tx('学校代码', 'school_id'), tx('学校名称', 'school'), tx('理由', 'reason')];
  const sheets = book(lang, headings, lists.map((l) => l.school), [tx(ELIGIBLE_TITLE.zh, 'eligible'), tx(DEFERRED_TITLE.zh, 'deferred or exempt')], (i) => [lists[i]?.eligible.length ?? 0, lists[i]?.deferred.length ?? 0], (i) => {
    const l = lists[i];
    if (!l) return { header, rows: [] };
    const rows = (list: typeof l.eligible, title: string): CellValue[][] => list.map((x, k) => [title, k + 1, x.id, x.name, x.subject, l.school.id, l.school.name, lang === 'zh' ? x.reason.zh : x.reason.en]);
    return { header, rows: [...rows(l.eligible, tx(ELIGIBLE_TITLE.zh, ELIGIBLE_TITLE.en)), ...rows(l.deferred, tx(DEFERRED_TITLE.zh, DEFERRED_TITLE.en))] };
  });
  return writeXlsx(sheets, { title: tx(`${ELIGIBLE_TITLE.zh} ${DEFERRED_TITLE.zh}`, 'published lists: eligible, deferred or exempt'), creator: 'rotate' }, deflate);
}

/**
 * The workbook of the lists after planning: per school, who leaves and who arrives, with the term.
 * On a re-posting (`p.repost`), a last column says each move's change since the previous posting
 * (新增, 改派（原拟交流至X）), and rows 不再列入 follow with the previous posting's move and what
 * became of it (取消交流, 改派至Y); `shared` the school names shown with their codes; `title` the
 * workbook's own (its file properties), with the round on a re-posting.
 */
export function movesWorkbook(p: MovesPublication, headings: BookHeadings, lang: Lang, deflate: Deflate, shared: ReadonlySet<string> = new Set(), title = t(lang)(MOVES_TITLE.zh, MOVES_TITLE.en)): Uint8Array {
  const tx = t(lang);
  const repost = p.repost !== undefined;
  const header = [tx('类别', 'list'), tx('序号', 'no.'), tx('工号', 'teacher_id'), tx('姓名', 'name'), tx('任教学科', 'subject'), tx('原学校代码', 'from_school_id'), tx('原学校', 'from_school'), tx('交流学校代码', 'to_school_id'), tx('交流学校', 'to_school'), tx('交流方向', 'direction'), tx('开始年月', 'start'), tx('结束年月', 'end'), tx('理由', 'reason'), ...(repost ? [tx(CHANGE_LABEL.zh, CHANGE_LABEL.en)] : [])];
  const [start, end] = [yearMonthText(p.term.start, 'en'), yearMonthText(p.term.end, 'en')];
  const lists = p.schools;
  // On a re-posting the index says which schools' lists changed since the previous posting.
  const changes = (i: number): CellValue[] => {
    const l = lists[i];
    return repost && l ? [changesText(schoolChanges(l), lang)] : [];
  };
  const indexHeader = [tx('调出（人）', 'leaving'), tx('调入（人）', 'arriving'), ...(repost ? [tx(CHANGE_LABEL.zh, CHANGE_LABEL.en)] : [])];
  const sheets = book(lang, headings, lists.map((l) => l.school), indexHeader, (i) => [lists[i]?.leaving.length ?? 0, lists[i]?.arriving.length ?? 0, ...changes(i)], (i) => {
    const l = lists[i];
    if (!l) return { header, rows: [] };
    const change = (m: PublishedMove): CellValue[] => (repost ? [markText(m.change, lang, shared)] : []);
    const rows = (list: typeof l.leaving, kind: string): CellValue[][] => list.map((m, k) => [kind, k + 1, m.id, m.name, m.subject, m.from.id, m.from.name, m.to.id, m.to.name, m.direction, start, end, m.reason, ...change(m)]);
    const gone = (l.withdrawn ?? []).map((w, k): CellValue[] => {
      const [from, to] = w.list === 'leaving' ? [l.school, w.other] : [w.other, l.school];
      return [tx(WITHDRAWN_KIND.zh, WITHDRAWN_KIND.en), k + 1, w.id, w.name, w.subject, from.id, from.name, to.id, to.name, '', '', '', '', nowText(w, lang, shared)];
    });
    return { header, rows: [...rows(l.leaving, tx('调出', 'leaving')), ...rows(l.arriving, tx('调入', 'arriving')), ...gone] };
  });
  return writeXlsx(sheets, { title, creator: 'rotate' }, deflate);
}
