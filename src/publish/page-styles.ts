/**
 * The published pages' stylesheet, written from the measures the pagination uses
 * (page-metrics.ts): each `.page` is one A4 sheet, lines have fixed heights, a table's columns
 * have fixed widths. No web fonts: the office PC's own (Microsoft YaHei, SimSun) or Noto CJK.
 */
import type { Orientation } from './list-doc.js';
import { FOOTER, GAP, PADDING, SHEET, SHEET_SLACK, TEXT } from './page-metrics.js';

const mm = (n: number): string => `${Math.round(n * 100) / 100}mm`;

/** The stylesheet of a file of pages in one orientation. */
export function pageStyles(o: Orientation): string {
  const sheet = SHEET[o];
  const font = (k: keyof typeof TEXT): string => `font-size: ${TEXT[k].pt}pt; line-height: ${mm(TEXT[k].line)};`;
  return `
@page { size: A4 ${o}; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { background: #d9dde3; color: #000; font-family: "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "SimSun", sans-serif; }
.page { position: relative; width: ${mm(sheet.width)}; height: ${mm(sheet.height - SHEET_SLACK)}; padding: ${mm(PADDING)}; margin: 6mm auto; background: #fff; overflow: hidden; break-after: page; page-break-after: always; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.page:last-child { break-after: auto; page-break-after: auto; }
.head { ${font('head')} color: #333; padding-bottom: 1mm; border-bottom: 0.3mm solid #333; margin-bottom: ${mm(GAP.head - 1.4)}; overflow-wrap: anywhere; }
.title-block { margin-bottom: ${mm(GAP.titleBlock)}; }
h1 { ${font('title')} margin: 0; font-weight: bold; text-align: center; overflow-wrap: anywhere; }
.subtitle { ${font('subtitle')} text-align: center; overflow-wrap: anywhere; }
.info { ${font('info')} overflow-wrap: anywhere; }
h2 { ${font('caption')} margin: ${mm(GAP.caption)} 0 0; font-weight: bold; overflow-wrap: anywhere; }
table { border-collapse: collapse; table-layout: fixed; }
th, td { ${font('cell')} padding: ${mm(GAP.cellPad)} ${mm(GAP.cellSide)}; border: ${mm(GAP.cellBorder)} solid #444; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: normal; }
th { background: #eef1f5; font-weight: bold; }
td.n, th.n { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
a { color: #1a4f8b; text-decoration: none; }
.foot { position: absolute; left: ${mm(PADDING)}; right: ${mm(PADDING)}; bottom: ${mm(PADDING)}; height: ${mm(FOOTER)}; ${font('head')} color: #333; text-align: center; padding-top: 2mm; }
@media print { body { background: none; } .page { margin: 0; box-shadow: none; } a { color: #000; } }
`;
}
