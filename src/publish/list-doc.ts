/**
 * A published list as a document before it becomes pages: a running head, a title block for the
 * first page and tables with their columns (widths in millimetres). The HTML pages, their
 * pagination and the browser tests all read this one shape.
 */

/** A column of a list: its heading and its width on the page in millimetres. */
export interface ListColumn {
  label: string;
  width: number;
  /** Right-aligned figures (counts). */
  numeric?: boolean;
}

/** A cell: text, or text that links to another page (the index's school names). */
export type ListCell = string | { text: string; href: string };

/** One table of a document: a caption, its columns and rows, and what it says when it has no row. */
export interface ListTable {
  caption: string;
  columns: readonly ListColumn[];
  rows: readonly (readonly ListCell[])[];
  /** Shown in a single row when `rows` is empty (`无`). */
  empty: string;
}

/** A school's (or the index's) published document. */
export interface ListDoc {
  /** The HTML anchor of its first page (used by the file that prints every school). */
  anchor: string;
  /** The line at the top of every page: county, year, school, list. */
  head: string;
  /** The first page's title and subtitle. */
  title: string;
  subtitle: string;
  /** The first page's notice lines: the period, where objections go, the term. */
  lines: readonly string[];
  /** Lines under the running head of every page after the first (the period, where objections go): each sheet is posted on its own. */
  more?: readonly string[];
  tables: readonly ListTable[];
}

/** The page: A4, portrait (the eligibility lists) or landscape (the moves, which have more columns). */
export type Orientation = 'portrait' | 'landscape';

/** The text of a cell. */
export const cellText = (c: ListCell): string => (typeof c === 'string' ? c : c.text);
