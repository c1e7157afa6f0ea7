/**
 * Horizontal bar charts in hand-written SVG: a label column wide enough for the labels (long ones
 * cut with the full text as a tooltip), a column of small badges (乡, 薄, 紧缺), the bars, and a
 * column of values, so that no text ever sits on another. One or two series (before and after);
 * values may be negative. Long charts are cut into several SVGs of at most `chunk` rows so that
 * each fits on an A4 page. Every row and bar carries its raw numbers as data-* attributes.
 */
import { attrs, esc } from './html.js';
import { raw } from './format.js';
import { niceAxis, tickText } from './scale.js';
import { fitText, textPx } from './text-width.js';

export interface Badge {
  text: string;
  /** CSS class: colours the badge. */
  cls: string;
  title: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** The end of the label kept whole when the label is cut (the code beside a name two schools share): the cut falls before it. */
  tail?: string;
  /** Tooltip of the label; defaults to the label. */
  title?: string;
  badges: Badge[];
  /** One value per series. */
  values: number[];
  /** Shown right of the bars; by default the formatted values joined by " → " (e.g. "6 → 0"). */
  valueText?: string;
  /** Extra data-* attributes of the row (names without the data- prefix). */
  data?: Record<string, string>;
}

export interface ChartSpec {
  /** Name in data-chart, used by tests and CSS. */
  chart: string;
  /** Accessible name of the chart. */
  title: string;
  /** CSS class and name of each series, in the order of ChartRow.values. */
  series: { cls: string; name: string }[];
  rows: ChartRow[];
  /** A vertical reference line (a threshold) at this value. */
  reference?: number;
  /** How a value is written in the value column and tooltips. */
  format: (v: number) => string;
  /** Rows whose labels, values and range size the chart (default: `rows`); charts sized from the same rows line up. */
  sizeFrom?: readonly ChartRow[];
  /** Widest label column in px before labels are cut (default 260). */
  labelMax?: number;
  /** Rows per SVG (default 34). */
  chunk?: number;
}

const W = 800;
const PAD = 8;
const FONT = 12;
const BADGE_FONT = 10.5;
const TICK_FONT = 11;
const AXIS_H = 24;
const GAP = 10;
const MAX_LABEL = 260;

const r2 = (x: number): string => raw(Math.round(x * 100) / 100);

function badgeWidth(b: Badge): number {
  return Math.ceil(textPx(b.text, BADGE_FONT) + 6);
}

function badgesWidth(bs: readonly Badge[]): number {
  return bs.reduce((a, b) => a + badgeWidth(b) + 3, 0);
}

/** The chart as one or more <svg> elements. An empty row list gives an empty string. */
export function barChart(spec: ChartSpec): string {
  if (spec.rows.length === 0) return '';
  const valueText = (r: ChartRow): string => r.valueText ?? r.values.map(spec.format).join(' → ');
  const two = spec.series.length > 1;
  const rowH = two ? 24 : 20;
  const sizing = [...spec.rows, ...(spec.sizeFrom ?? [])];
  const labelW = Math.min(spec.labelMax ?? MAX_LABEL, Math.max(48, ...sizing.map((r) => Math.ceil(textPx(r.label, FONT)))));
  const badgeW = Math.max(0, ...sizing.map((r) => badgesWidth(r.badges)));
  const valueW = Math.max(...sizing.map((r) => Math.ceil(textPx(valueText(r), FONT)))) + 4;
  const x0 = PAD + labelW + GAP + badgeW + (badgeW > 0 ? GAP : 0);
  // Tick labels are centred on their ticks: keep half the widest one clear of both ends.
  const barLeft = x0 + 14;
  const barRight = W - PAD - valueW - GAP - 14;
  const values = sizing.flatMap((r) => r.values);
  if (spec.reference !== undefined) values.push(spec.reference);
  const axis = niceAxis(Math.min(...values), Math.max(...values), barRight - barLeft, TICK_FONT);
  const unit = (barRight - barLeft) / (axis.max - axis.min);
  const x = (v: number): number => barLeft + (v - axis.min) * unit;
  const chunk = spec.chunk ?? 34;
  const parts: string[] = [];
  for (let start = 0; start < spec.rows.length; start += chunk) {
    const rows = spec.rows.slice(start, start + chunk);
    const h = AXIS_H + rows.length * rowH + 6;
    const out: string[] = [];
    out.push(`<svg${attrs({ class: 'chart', 'data-chart': spec.chart, 'data-x0': r2(x(0)), 'data-unit': raw(unit), viewBox: `0 0 ${W} ${h}`, width: W, height: h, role: 'img', 'aria-label': spec.title })} xmlns="http://www.w3.org/2000/svg">`);
    out.push(`<g class="axis">`);
    for (const t of axis.ticks) {
      const tx = r2(x(t));
      out.push(`<line class="grid${t === 0 ? ' zero' : ''}" x1="${tx}" x2="${tx}" y1="${AXIS_H - 4}" y2="${h - 4}"/>`);
      out.push(`<text class="tick" x="${tx}" y="${AXIS_H - 8}" text-anchor="middle">${esc(tickText(t, axis.digits))}</text>`);
    }
    out.push('</g>');
    rows.forEach((r, i) => {
      const y = AXIS_H + i * rowH;
      const data: Record<string, string> = { class: 'row', 'data-key': r.key };
      spec.series.forEach((s, k) => {
        data[`data-${s.cls}`] = raw(r.values[k] ?? 0);
      });
      for (const [k, v] of Object.entries(r.data ?? {})) data[`data-${k}`] = v;
      out.push(`<g${attrs(data)}>`);
      const base = r2(y + rowH / 2 + FONT * 0.35);
      const fit = fitLabel(r, labelW);
      const tip = r.title ?? r.label;
      out.push(`<text class="label" x="${PAD}" y="${base}">${fit.cut || tip !== r.label ? `<title>${esc(tip)}</title>` : ''}${esc(fit.text)}</text>`);
      let bx = PAD + labelW + GAP;
      for (const b of r.badges) {
        const bw = badgeWidth(b);
        out.push(`<g class="badge ${esc(b.cls)}"><title>${esc(b.title)}</title><rect x="${bx}" y="${r2(y + rowH / 2 - 7)}" width="${bw}" height="14" rx="3"/><text x="${r2(bx + bw / 2)}" y="${r2(y + rowH / 2 + BADGE_FONT * 0.36)}" text-anchor="middle">${esc(b.text)}</text></g>`);
        bx += bw + 3;
      }
      const barH = two ? 8 : 12;
      spec.series.forEach((s, k) => {
        const v = r.values[k] ?? 0;
        const by = two ? y + 3 + k * 10 : y + 4;
        const left = Math.min(x(0), x(v));
        out.push(`<rect class="bar ${esc(s.cls)}" x="${r2(left)}" y="${r2(by)}" width="${r2(Math.abs(v) * unit)}" height="${barH}" data-value="${raw(v)}"><title>${esc(`${r.label} · ${s.name}: ${spec.format(v)}`)}</title></rect>`);
      });
      out.push(`<text class="value" x="${W - PAD}" y="${base}" text-anchor="end">${esc(valueText(r))}</text>`);
      out.push('</g>');
    });
    if (spec.reference !== undefined) {
      const rx = r2(x(spec.reference));
      out.push(`<line class="reference" x1="${rx}" x2="${rx}" y1="${AXIS_H - 4}" y2="${h - 2}" data-value="${raw(spec.reference)}"/>`);
    }
    out.push('</svg>');
    parts.push(out.join(''));
  }
  return `<div class="chart-wrap">${parts.join('')}</div>`;
}

/** A row's label cut to `maxPx`, its `tail` (when it ends the label) kept whole after the cut. */
function fitLabel(r: ChartRow, maxPx: number): { text: string; cut: boolean } {
  const whole = fitText(r.label, maxPx, FONT);
  if (!whole.cut || !r.tail || !r.label.endsWith(r.tail)) return whole;
  const head = fitText(r.label.slice(0, r.label.length - r.tail.length), maxPx - textPx(r.tail, FONT), FONT);
  return { text: `${head.text}${r.tail}`, cut: true };
}
