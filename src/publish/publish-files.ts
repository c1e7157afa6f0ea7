/**
 * Every file of a publication folder, by name: the index (index.html), one file of pages per
 * school, one file that prints the index and every school at once (print-all.html), and the
 * workbook. The same lists give the same bytes.
 */
import type { Text } from '../domain/text.js';
import type { OutputFile } from '../output/write-folder.js';
import { eligibleDoc, eligibleIndexDoc } from './eligible-docs.js';
import type { EligibleLists } from './eligible-lists.js';
import type { ListDoc, Orientation } from './list-doc.js';
import { moveDoc, moveIndexDoc } from './move-docs.js';
import { sharedNames } from '../domain/shared-names.js';
import type { MovesPublication } from './move-lists.js';
import type { Notice } from './notice.js';
import type { SheetHeading } from '../output/xlsx/sheet-xml.js';
import { eligibleWorkbook, movesWorkbook, type BookHeadings, type Deflate } from './publish-workbook.js';
import { pagesHtml } from './render-pages.js';
import { repostMark } from './repost-texts.js';
import { ALL_FILE, anchorOf, INDEX_FILE, schoolFiles } from './school-files.js';

/** The workbooks' names. */
export const ELIGIBLE_WORKBOOK = 'eligible.xlsx';
export const MOVES_WORKBOOK = 'moves.xlsx';

/** The workbook's sheets' headings: each page's title, subtitle and notice lines (the index's, then each school's). */
function headings(index: ListDoc, docs: readonly ListDoc[]): BookHeadings {
  const of = (d: ListDoc): SheetHeading => ({ title: d.title, subtitle: d.subtitle, lines: d.lines });
  return { index: of(index), schools: docs.map(of) };
}

/** The HTML files of a publication: index, one per school, all at once. */
function htmlFiles(title: string, o: Orientation, n: Notice, files: readonly string[], docs: readonly ListDoc[], index: (hrefs: readonly string[]) => ListDoc): OutputFile[] {
  return [
    { name: INDEX_FILE, content: pagesHtml(title, [index(files)], o, n.lang) },
    ...docs.map((d, i) => ({ name: files[i] ?? '', content: pagesHtml(`${title} · ${d.subtitle}`, [d], o, n.lang) })),
    { name: ALL_FILE, content: pagesHtml(title, [index(files.map((f) => `#${anchorOf(f)}`)), ...docs], o, n.lang) },
  ];
}

/** The files of the lists before planning (portrait A4); `note`, the county's line when nobody is eligible, on the index and every school's first page. */
export function eligibleFiles(lists: readonly EligibleLists[], n: Notice, deflate: Deflate, note: Text | null = null): OutputFile[] {
  const files = schoolFiles(lists.map((l) => l.school));
  const docs = lists.map((l, i) => eligibleDoc(l, files[i] ?? '', n, note));
  const title = n.lang === 'zh' ? '符合交流条件教师名册 暂缓/免交流人员名册' : 'teachers eligible to rotate; deferred or exempt';
  const index = (hrefs: readonly string[]): ListDoc => eligibleIndexDoc(lists, hrefs, n, note);
  return [...htmlFiles(title, 'portrait', n, files, docs, index), { name: ELIGIBLE_WORKBOOK, content: eligibleWorkbook(lists, headings(index(files), docs), n.lang, deflate) }];
}

/** The files of the lists after planning (landscape A4); `note`, the county's line when the plan moves nobody, on the index and every school's first page. */
export function movesFiles(p: MovesPublication, termYears: number, n: Notice, deflate: Deflate, note: Text | null = null): OutputFile[] {
  const files = schoolFiles(p.schools.map((l) => l.school));
  const shared = sharedNames(p.schools.map((l) => l.school));
  const docs = p.schools.map((l, i) => moveDoc(l, files[i] ?? '', p.term, termYears, n, shared, note));
  // On a re-posting the round goes into the files' titles too: a page saved as PDF is named after it, and each round's must not replace the last.
  const title = `${n.lang === 'zh' ? '拟交流人员名单' : 'proposed exchanges'}${p.repost ? repostMark(n) : ''}`;
  const index = (hrefs: readonly string[]): ListDoc => moveIndexDoc(p.schools, hrefs, p.term, termYears, n, p.repost, note);
  return [...htmlFiles(title, 'landscape', n, files, docs, index), { name: MOVES_WORKBOOK, content: movesWorkbook(p, headings(index(files), docs), n.lang, deflate, shared, title) }];
}
