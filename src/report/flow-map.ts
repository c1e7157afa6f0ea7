/**
 * Map of the moves from the schools' coordinates: schools as small marks (shaped by kind), each
 * township at the centre of its schools, and one curved arrow per pair of townships as thick as
 * the number of teachers, with that number on it. A school without a township stands for itself.
 * Drawn only from schools that have both latitude and longitude; labels that find no free spot
 * are left out (the matrix below the map has every number).
 */
import type { School } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import { raw } from './format.js';
import { attrs, esc } from './html.js';
import { placeLabels, type LabelWish } from './place-labels.js';
import { byText } from './section.js';
import { NO_TOWNSHIP, townshipOf } from './townships.js';

const W = 900;
const PAD = 40;
const LABEL_FONT = 14;
/**
 * Arrows drawn at most: the largest flows. A 3,000-teacher county (120 schools) has about 40
 * township pairs; drawn all, thin arrows cross the thick ones and the map stops being read. The
 * rest are counted under the map and are all in the matrix below it.
 */
export const MAX_ARROWS = 24;
const COUNT_FONT = 12;

const r2 = (x: number): string => raw(Math.round(x * 100) / 100);

const located = (s: School): boolean => Number.isFinite(s.lat) && Number.isFinite(s.lon);

/** Schools that can be put on the map; the map is drawn when at least two can. */
export function mappableSchools(schools: readonly School[]): School[] {
  return schools.filter(located);
}

function schoolClass(s: School): string {
  if (s.area === 'rural') return s.weak ? 'rural weak' : 'rural';
  return s.weak ? 'town weak' : 'town';
}

/**
 * A school's mark, told apart without colour (a black-and-white printout): a rural school is a
 * triangle, an urban or town school a circle, and a weak school is drawn hollow (styles.ts).
 */
function schoolMark(s: School, x: number, y: number): string {
  const a = { class: `school ${schoolClass(s)}`, 'data-school': s.id, 'data-lat': raw(s.lat ?? 0), 'data-lon': raw(s.lon ?? 0) };
  const title = `<title>${esc(`${s.name}（${s.id}）${townshipOf(s)}`)}</title>`;
  if (s.area !== 'rural') return `<circle${attrs({ ...a, cx: r2(x), cy: r2(y), r: 3.5 })}>${title}</circle>`;
  // About the circle's area, centred on the school.
  return `<path${attrs({ ...a, d: `M${r2(x)},${r2(y - 5.2)}L${r2(x + 4.5)},${r2(y + 2.6)}L${r2(x - 4.5)},${r2(y + 2.6)}z` })}>${title}</path>`;
}

/** The map node a school belongs to: its township, or the school itself when it has none. */
function nodeOf(s: School): { key: string; label: string } {
  const t = townshipOf(s);
  return t === NO_TOWNSHIP ? { key: `school:${s.id}`, label: s.name } : { key: t, label: t };
}

interface Node {
  key: string;
  label: string;
  xs: number[];
  ys: number[];
  x: number;
  y: number;
  out: number;
  in: number;
  inside: number;
}

/** The map, how many moves could not be placed, the townships left unnamed, and the flows not drawn (beyond {@link MAX_ARROWS}). */
export function flowMap(schools: readonly School[], moves: readonly Move[]): { svg: string; unmapped: number; unlabelled: string[]; hidden: { flows: number; teachers: number } } {
  const pts = mappableSchools(schools).sort((a, b) => byText(a.id, b.id));
  const lat0 = pts.reduce((a, s) => a + (s.lat ?? 0), 0) / pts.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const px = pts.map((s) => (s.lon ?? 0) * k);
  const py = pts.map((s) => -(s.lat ?? 0));
  const [xmin, xmax, ymin, ymax] = [Math.min(...px), Math.max(...px), Math.min(...py), Math.max(...py)];
  const spanX = Math.max(xmax - xmin, 1e-6);
  const spanY = Math.max(ymax - ymin, 1e-6);
  const scale = Math.min((W - 2 * PAD) / spanX, (660 - 2 * PAD) / spanY);
  const H = Math.max(320, Math.ceil(spanY * scale + 2 * PAD));
  const offX = (W - spanX * scale) / 2;
  const offY = (H - spanY * scale) / 2;
  const at = new Map<string, [number, number]>();
  pts.forEach((s, i) => at.set(s.id, [offX + ((px[i] ?? 0) - xmin) * scale, offY + ((py[i] ?? 0) - ymin) * scale]));

  const nodes = new Map<string, Node>();
  for (const s of pts) {
    const n = nodeOf(s);
    const [x, y] = at.get(s.id) ?? [0, 0];
    const e = nodes.get(n.key) ?? { key: n.key, label: n.label, xs: [], ys: [], x: 0, y: 0, out: 0, in: 0, inside: 0 };
    e.xs.push(x);
    e.ys.push(y);
    nodes.set(n.key, e);
  }
  for (const e of nodes.values()) {
    e.x = e.xs.reduce((a, v) => a + v, 0) / e.xs.length;
    e.y = e.ys.reduce((a, v) => a + v, 0) / e.ys.length;
  }
  const pairs = new Map<string, { from: Node; to: Node; count: number }>();
  let unmapped = 0;
  for (const m of moves) {
    if (!at.has(m.from.id) || !at.has(m.to.id)) {
      unmapped++;
      continue;
    }
    const a = nodes.get(nodeOf(m.from).key);
    const b = nodes.get(nodeOf(m.to).key);
    if (!a || !b) continue;
    if (a === b) {
      a.inside++;
      continue;
    }
    a.out++;
    b.in++;
    const key = `${a.key}\u0000${b.key}`;
    const p = pairs.get(key) ?? { from: a, to: b, count: 0 };
    p.count++;
    pairs.set(key, p);
  }
  // The largest flows, drawn smallest first so that the thick arrows lie on top.
  const all = [...pairs.values()].sort((a, b) => b.count - a.count || byText(a.from.key, b.from.key) || byText(a.to.key, b.to.key));
  const flows = all.slice(0, MAX_ARROWS).sort((a, b) => a.count - b.count || byText(a.from.key, b.from.key) || byText(a.to.key, b.to.key));
  const rest = all.slice(MAX_ARROWS);
  const hidden = { flows: rest.length, teachers: rest.reduce((a, f) => a + f.count, 0) };
  const most = Math.max(1, ...flows.map((f) => f.count));
  const out: string[] = [];
  out.push(`<svg${attrs({ class: 'chart map', 'data-chart': 'flow-map', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': '交流流向图 / map of the moves between townships' })} xmlns="http://www.w3.org/2000/svg">`);
  out.push(`<rect class="map-bg" x="0" y="0" width="${W}" height="${H}"/>`);
  out.push('<g class="schools">');
  for (const s of pts) {
    const [x, y] = at.get(s.id) ?? [0, 0];
    out.push(schoolMark(s, x, y));
  }
  out.push('</g><g class="flows">');
  const wishes: LabelWish[] = [];
  for (const [i, f] of flows.entries()) {
    const { x: x1, y: y1 } = f.from;
    const { x: x2, y: y2 } = f.to;
    // Bend each arrow to its right so that A→B and B→A stay apart; stop short of the node.
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = Math.hypot(dx, dy) || 1;
    const cx = (x1 + x2) / 2 - dy * 0.16;
    const cy = (y1 + y2) / 2 + dx * 0.16;
    const tl = Math.hypot(x2 - cx, y2 - cy) || 1;
    const [ux, uy] = [(x2 - cx) / tl, (y2 - cy) / tl];
    const width = 1.5 + 5 * Math.sqrt(f.count / most);
    // The arrow head is drawn by hand, sized to its line: its tip stops short of the node.
    const head = 7 + width * 1.3;
    const half = 3.5 + width * 0.8;
    const tipX = x2 - ux * Math.min(9, len / 4);
    const tipY = y2 - uy * Math.min(9, len / 4);
    const bx = tipX - ux * head;
    const by = tipY - uy * head;
    const from = f.from.label;
    const to = f.to.label;
    const tip = `<title>${esc(`${from} → ${to}: ${f.count} 人`)}</title>`;
    out.push(`<g${attrs({ class: 'flow', 'data-from': f.from.key, 'data-to': f.to.key, 'data-count': f.count })}>${tip}<path class="line" d="M${r2(x1)},${r2(y1)}Q${r2(cx)},${r2(cy)} ${r2(bx)},${r2(by)}" stroke-width="${r2(width)}"/><path class="head" d="M${r2(tipX)},${r2(tipY)}L${r2(bx - uy * half)},${r2(by + ux * half)}L${r2(bx + uy * half)},${r2(by - ux * half)}z"/></g>`);
    wishes.push({ key: `count:${i}`, text: String(f.count), x: 0.25 * x1 + 0.5 * cx + 0.25 * x2, y: 0.25 * y1 + 0.5 * cy + 0.25 * y2, at: 'on', fontPx: COUNT_FONT });
  }
  out.push('</g><g class="nodes">');
  const sortedNodes = [...nodes.values()].sort((a, b) => byText(a.key, b.key));
  for (const n of sortedNodes) {
    out.push(`<circle${attrs({ class: 'node', cx: r2(n.x), cy: r2(n.y), r: 6, 'data-node': n.key, 'data-out': n.out, 'data-in': n.in, 'data-inside': n.inside })}><title>${esc(`${n.label}: 调出 ${n.out}, 调入 ${n.in}, 乡镇内 ${n.inside} 人`)}</title></circle>`);
  }
  out.push('</g>');
  // Township names first, the busiest first; then the numbers on the arrows, the largest first.
  const names: LabelWish[] = [...nodes.values()]
    .sort((a, b) => b.out + b.in + b.inside - (a.out + a.in + a.inside) || byText(a.key, b.key))
    .map((n) => ({ key: `node:${n.key}`, text: n.label, x: n.x, y: n.y }));
  const nameFit = placeLabels(names, LABEL_FONT, W, H);
  const counts = [...wishes].reverse();
  const countFit = placeLabels([...names.filter((w) => nameFit.placed.some((p) => p.key === w.key)), ...counts], LABEL_FONT, W, H);
  out.push('<g class="labels">');
  for (const l of countFit.placed) {
    if (l.key.startsWith('node:')) out.push(`<text class="town" x="${r2(l.x)}" y="${r2(l.y)}" data-node="${esc(l.key.slice(5))}">${esc(l.text)}</text>`);
    else {
      const f = flows[Number(l.key.slice(6))];
      out.push(`<text${attrs({ class: 'count', x: r2(l.x), y: r2(l.y), 'data-from': f?.from.key, 'data-to': f?.to.key, 'data-count': f?.count })}>${esc(l.text)}</text>`);
    }
  }
  out.push('</g></svg>');
  const unlabelled = nameFit.dropped.map((k) => nodes.get(k.slice(5))?.label ?? k).sort(byText);
  return { svg: out.join(''), unmapped, unlabelled, hidden };
}
