/**
 * The report's stylesheet, inlined in the page. Fonts are the ones the office PC has (no web
 * fonts): Noto/Source Han Sans on Linux, Microsoft YaHei on Windows, PingFang on macOS. Prints on
 * A4 portrait; charts scale to the page width and never split across pages.
 */
export const STYLES = `
:root { --before: #c3cad4; --after: #2b6cb0; --ref: #d62828; --rural: #2f855a; --weak: #c05621; --scarce: #6b46c1; --ok: #2f855a; --bad: #c53030; --ink: #1a202c; --muted: #5a6473; --line: #e2e8f0; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #f7f8fa; font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--after); }
h3 { font-size: 15.5px; margin: 22px 0 6px; }
h4 { font-size: 14px; margin: 14px 0 4px; }
.en { color: var(--muted); font-weight: normal; font-size: 0.86em; }
div.en { font-size: 0.8em; line-height: 1.4; }
.muted { color: var(--muted); font-size: 0.85em; }
.note { color: var(--muted); margin: 4px 0 8px; }
.banner { border: 2px solid var(--bad); background: #fff5f5; padding: 8px 12px; margin: 12px 0; }
nav.toc { margin: 10px 0 0; font-size: 13px; }
nav.toc a { margin-right: 14px; color: var(--after); text-decoration: none; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.card .k { font-size: 12.5px; color: var(--muted); }
.card .v { font-size: 21px; font-weight: 600; }
.card .v .fig { white-space: nowrap; }
.card .v .aside { display: inline-block; max-width: 100%; }
.card .v .aside.words { font-size: 14px; font-weight: normal; }
table { border-collapse: collapse; }
table.data { width: 100%; font-size: 13px; margin: 6px 0 12px; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left; vertical-align: top; }
table.data thead th { background: #edf2f7; white-space: nowrap; }
td.num, th.num, table.data td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.mark { font-size: 17px; font-weight: 700; text-align: center; width: 3.2em; }
.ok { color: var(--ok); }
.bad { color: var(--bad); }
.tag { display: inline-block; font-size: 11px; color: #fff; background: var(--weak); border-radius: 3px; padding: 0 4px; margin-top: 2px; }
ul.failures { margin: 4px 0 0; padding-left: 18px; color: var(--bad); font-size: 12px; }
tr.changed td { background: #fffbea; }
.scroll { overflow-x: auto; }
.chart-wrap svg { display: block; width: 100%; height: auto; margin: 4px 0; }
svg.chart text { font-family: inherit; fill: var(--ink); }
svg.chart text.tick { font-size: 11px; fill: var(--muted); }
svg.chart text.label, svg.chart text.value { font-size: 12px; }
svg.chart text.value { font-variant-numeric: tabular-nums; }
svg.chart line.grid { stroke: #edf0f4; stroke-width: 1; }
svg.chart line.grid.zero { stroke: #a0aab8; }
svg.chart line.reference { stroke: var(--ref); stroke-width: 2; stroke-dasharray: 5 3; }
svg.chart rect.bar.before { fill: var(--before); }
svg.chart rect.bar.after { fill: var(--after); }
svg.chart rect.bar.term { fill: var(--after); }
svg.chart g.row:hover text.label { font-weight: 700; }
svg.chart g.badge text { font-size: 10.5px; fill: #fff; }
svg.chart g.badge.rural rect { fill: var(--rural); }
svg.chart g.badge.weak rect { fill: var(--weak); }
svg.chart g.badge.scarce rect { fill: var(--scarce); }
svg.map rect.map-bg { fill: #f4f7fb; stroke: var(--line); }
svg.map g.flow path.line { fill: none; stroke: var(--after); stroke-opacity: 0.5; stroke-linecap: butt; }
svg.map g.flow path.head { fill: var(--after); fill-opacity: 0.85; }
svg.map circle.node { fill: #2d3748; stroke: #fff; stroke-width: 2; }
svg.map text.count { font-size: 12px; font-weight: 700; fill: #1a365d; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg.map .school { fill: var(--after); stroke: #fff; stroke-width: 1; opacity: 0.75; }
svg.map .school.rural { fill: var(--rural); }
svg.map .school.weak { fill: #fff; stroke: var(--weak); stroke-width: 1.6; opacity: 0.9; }
svg.map text.town { font-size: 14px; font-weight: 600; fill: #2d3748; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12.5px; margin: 6px 0; }
.legend .key { white-space: nowrap; }
.sw { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
.sw.before { background: var(--before); } .sw.after, .sw.flow { background: var(--after); }
.sw.rural { background: var(--rural); } .sw.weak { background: var(--weak); } .sw.scarce { background: var(--scarce); }
.sw.node { background: #2d3748; border-radius: 50%; }
.sw.school-town, .sw.school-rural, .sw.school-weak { width: 10px; height: 10px; }
.sw.school-town { background: var(--after); border-radius: 50%; }
.sw.school-rural { background: var(--rural); clip-path: polygon(50% 0, 100% 100%, 0 100%); border-radius: 0; }
.sw.school-weak { background: #fff; border: 2px solid var(--weak); border-radius: 50%; }
.sw.reference { background: none; border-top: 2px dashed var(--ref); height: 0; width: 18px; vertical-align: 3px; border-radius: 0; }
.sw.flow { height: 4px; width: 18px; vertical-align: 3px; }
table.matrix { font-size: 13px; margin: 6px 0 12px; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: 4px 6px; min-width: 2.4em; }
table.matrix thead th.col { vertical-align: bottom; }
table.matrix thead th.col span { white-space: nowrap; display: inline-block; }
table.matrix thead th.col.v span { writing-mode: vertical-rl; }
table.matrix td.hot { background: rgba(43, 108, 176, var(--heat)); }
table.matrix td.total { font-weight: 600; background: #f7fafc; }
table.matrix th.corner { font-size: 12px; font-weight: normal; }
form.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin: 10px 0; padding: 8px 10px; background: #f7fafc; border: 1px solid var(--line); border-radius: 6px; font-size: 13px; }
form.filters select { max-width: 18em; font: inherit; }
form.filters button { font: inherit; }
p.filtered { display: none; }
table.sections thead th { white-space: normal; }
table.sections td:first-child { min-width: 7.5em; }
table.moves { table-layout: fixed; }
table.moves th, table.moves td { overflow-wrap: anywhere; }
table.moves thead th { white-space: normal; }
table.moves col.c-n { width: 4.5%; } table.moves col.c-who { width: 10%; } table.moves col.c-subject { width: 9%; }
table.moves col.c-school { width: 16%; } table.moves col.c-dir { width: 9.5%; } table.moves col.c-reason { width: 35%; }
footer { margin-top: 40px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
footer code { font-size: 11px; }
details.all-params summary { cursor: pointer; margin: 8px 0; }
@page { size: A4 portrait; margin: 14mm 12mm; @bottom-center { content: "第 " counter(page) " / " counter(pages) " 页"; font-size: 8.5pt; color: #5a6473; } }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc, form.filters, details.all-params, .no-print { display: none; }
  details.sections:not([open]) { display: none; }
  p.filtered:not([hidden]) { display: block; font-weight: 600; color: var(--ink); }
  table.matrix { font-size: 10.5px; }
  table.matrix th, table.matrix td { padding: 2px 3px; min-width: 1.8em; }
  table.matrix tbody th, table.matrix tfoot th { white-space: nowrap; }
  table.matrix th.corner { font-size: 9.5px; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .legend { break-after: avoid; page-break-after: avoid; }
  h2 + p.note { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
  .chart-wrap svg, table.matrix, .cards { break-inside: avoid; page-break-inside: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
