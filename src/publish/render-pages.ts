/**
 * The published lists as HTML: each page of a document (paginate.ts) is one A4 sheet with the
 * running head, the header row of its table(s) and its page number; every text from a user's
 * file is escaped. A file holds one or more documents: a school's list, the index, or all of them.
 */
import type { Lang } from '../domain/types.js';
import { esc } from '../report/html.js';
import { type ListCell, type ListColumn, type ListDoc, type Orientation } from './list-doc.js';
import { pageStyles } from './page-styles.js';
import { paginate, type Page, type PagePart } from './paginate.js';

const mm = (n: number): string => `${Math.round(n * 100) / 100}mm`;

function cell(c: ListCell, col: ListColumn | undefined, tag: 'td' | 'th'): string {
  const cls = col?.numeric ? ' class="n"' : '';
  const body = typeof c === 'string' ? esc(c) : `<a href="${esc(c.href)}">${esc(c.text)}</a>`;
  return `<${tag}${cls}>${body}</${tag}>`;
}

function partHtml(p: PagePart, lang: Lang): string {
  const t = p.table;
  const width = t.columns.reduce((s, c) => s + c.width, 0);
  const cols = t.columns.map((c) => `<col style="width: ${mm(c.width)}">`).join('');
  const head = `<tr>${t.columns.map((c) => cell(c.label, c, 'th')).join('')}</tr>`;
  const body = t.rows.length === 0
    ? `<tr><td colspan="${t.columns.length}">${esc(t.empty)}</td></tr>`
    : p.rows.map((r) => `<tr>${r.map((c, i) => cell(c, t.columns[i], 'td')).join('')}</tr>`).join('\n');
  const more = p.continued ? (lang === 'zh' ? '（续）' : ' (continued)') : '';
  return `<h2>${esc(t.caption)}${more}</h2>\n<table style="width: ${mm(width)}"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

function pageHtml(page: Page, lang: Lang): string {
  const d = page.doc;
  const id = page.number === 1 ? ` id="${esc(d.anchor)}"` : '';
  const title = page.number === 1
    ? `<div class="title-block"><h1>${esc(d.title)}</h1><div class="subtitle">${esc(d.subtitle)}</div>${d.lines.map((l) => `<div class="info">${esc(l)}</div>`).join('')}</div>\n`
    : (d.more ?? []).length > 0
      ? `<div class="title-block">${(d.more ?? []).map((l) => `<div class="info">${esc(l)}</div>`).join('')}</div>\n`
      : '';
  const foot = lang === 'zh' ? `第 ${page.number} 页 共 ${page.count} 页` : `page ${page.number} of ${page.count}`;
  return `<div class="page"${id} data-doc="${esc(d.anchor)}">\n<div class="head">${esc(d.head)}</div>\n${title}${page.parts.map((p) => partHtml(p, lang)).join('\n')}\n<div class="foot">${esc(foot)}</div>\n</div>`;
}

/** A whole HTML file of `docs`, each document's pages in turn, in one orientation. */
export function pagesHtml(title: string, docs: readonly ListDoc[], o: Orientation, lang: Lang): string {
  const pages = docs.flatMap((d) => paginate(d, o));
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${pageStyles(o)}</style>
</head>
<body>
${pages.map((p) => pageHtml(p, lang)).join('\n')}
</body>
</html>
`;
}
