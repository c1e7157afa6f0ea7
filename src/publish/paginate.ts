/**
 * A document cut into A4 pages so that no row is ever cut across two: every page is a box of
 * the sheet's height (page-metrics.ts), and rows go onto it while their estimated heights fit;
 * a table that goes on repeats its caption ("续") and its header row on the next page. Every
 * page carries the running head; the first also the title block, the others the document's `more` lines.
 */
import { cellText, type ListCell, type ListColumn, type ListDoc, type ListTable, type Orientation } from './list-doc.js';
import { contentHeight, contentWidth, GAP, TEXT } from './page-metrics.js';
import { textLines } from './text-lines.js';

/** The rows of one table that go on one page. */
export interface PagePart {
  table: ListTable;
  /** True on the pages after the table's first. */
  continued: boolean;
  rows: readonly (readonly ListCell[])[];
}

/** One printed page of a document. */
export interface Page {
  doc: ListDoc;
  /** 1-based, and the document's page count. */
  number: number;
  count: number;
  parts: PagePart[];
}

/** Height of a block of text of a kind, `width` mm wide. */
function blockHeight(text: string, kind: keyof typeof TEXT, width: number): number {
  const t = TEXT[kind];
  return textLines(text, t.pt, width) * t.line;
}

/** Height of a table row: its tallest cell's lines, the padding and the border. */
export function rowHeight(cells: readonly ListCell[], columns: readonly ListColumn[], pt: number = TEXT.cell.pt): number {
  let lines = 1;
  cells.forEach((c, i) => {
    const w = (columns[i]?.width ?? 20) - 2 * GAP.cellSide;
    lines = Math.max(lines, textLines(cellText(c), pt, w));
  });
  return lines * TEXT.cell.line + 2 * GAP.cellPad + GAP.cellBorder;
}

/** Height of the running head (every page), of the first page's title block and of the lines under the head of the others. */
function headHeights(doc: ListDoc, width: number): { head: number; title: number; more: number } {
  const head = blockHeight(doc.head, 'head', width) + GAP.head;
  const title = blockHeight(doc.title, 'title', width) + blockHeight(doc.subtitle, 'subtitle', width) + doc.lines.reduce((s, l) => s + blockHeight(l, 'info', width), 0) + GAP.titleBlock;
  const lines = doc.more ?? [];
  const more = lines.length > 0 ? lines.reduce((s, l) => s + blockHeight(l, 'info', width), 0) + GAP.titleBlock : 0;
  return { head, title, more };
}

/** Height of a table's caption and header row. */
function tableTop(t: ListTable, width: number, continued: boolean): number {
  const caption = blockHeight(continued ? `${t.caption}（续）` : t.caption, 'caption', width) + GAP.caption;
  return caption + rowHeight(t.columns.map((c) => c.label), t.columns);
}

/**
 * The pages of a document. Rows keep their order; a table starts on a new page when its caption,
 * header and first row do not fit on the current one. A single row taller than a whole page
 * (a reason of many hundred characters) is given a page of its own.
 */
export function paginate(doc: ListDoc, o: Orientation): Page[] {
  const width = contentWidth(o);
  const budget = contentHeight(o);
  const { head, title, more } = headHeights(doc, width);
  const pages: PagePart[][] = [[]];
  let used = head + title;
  const newPage = (): void => {
    pages.push([]);
    used = head + more;
  };
  for (const table of doc.tables) {
    const empty = table.rows.length === 0;
    // An empty table still prints its caption, header and one row that says so.
    const rows: (readonly ListCell[])[] = empty ? [[table.empty]] : [...table.rows];
    let part: PagePart | null = null;
    for (const row of rows) {
      const h = empty ? rowHeight(row, [{ label: '', width }]) : rowHeight(row, table.columns);
      if (part === null) {
        if (used + tableTop(table, width, false) + h > budget && (pages[pages.length - 1]?.length ?? 0) > 0) newPage();
        part = { table, continued: false, rows: [] };
        pages[pages.length - 1]?.push(part);
        used += tableTop(table, width, false);
      } else if (used + h > budget) {
        newPage();
        part = { table, continued: true, rows: [] };
        pages[pages.length - 1]?.push(part);
        used += tableTop(table, width, true);
      }
      if (!empty) (part.rows as (readonly ListCell[])[]).push(row);
      used += h;
    }
  }
  return pages.map((parts, i) => ({ doc, number: i + 1, count: pages.length, parts }));
}
