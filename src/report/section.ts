import type { School } from '../domain/types.js';
import type { Badge } from './bar-chart.js';
import { esc } from './html.js';

/** A report section: Chinese heading first, the English term beside it. */
export function section(id: string, zh: string, en: string, body: string): string {
  return sectionParts(id, zh, en, [body]).join('');
}

/** {@link section} in parts, its body given in parts: a long table's rows are then joined once, with the whole page, not first into a section of their own. */
export function sectionParts(id: string, zh: string, en: string, body: readonly string[]): string[] {
  return [`<section id="${esc(id)}"><h2>${esc(zh)} <span class="en">${esc(en)}</span></h2>`, ...body, '</section>'];
}

/** A paragraph of explanation under a heading. */
export function note(zh: string, en?: string): string {
  return `<p class="note">${esc(zh)}${en ? ` <span class="en">${esc(en)}</span>` : ''}</p>`;
}

/** A legend of coloured swatches, written in HTML (so that it never crowds a chart). */
export function legend(items: readonly { cls: string; zh: string; en?: string }[]): string {
  return `<p class="legend">${items.map((i) => `<span class="key"><i class="sw ${esc(i.cls)}"></i>${esc(i.zh)}${i.en ? ` <span class="en">${esc(i.en)}</span>` : ''}</span>`).join('')}</p>`;
}

/** Badges marking a rural (乡) or weak (薄) school. */
export function schoolBadges(s: School): Badge[] {
  const out: Badge[] = [];
  if (s.area === 'rural') out.push({ text: '乡', cls: 'rural', title: '乡村学校 rural school' });
  if (s.weak) out.push({ text: '薄', cls: 'weak', title: '薄弱学校 weak school' });
  return out;
}

/** The display name of a school, with its id when names repeat. */
export function schoolLabel(s: School, repeated: ReadonlySet<string>): string {
  return repeated.has(s.name) ? `${s.name}（${s.id}）` : s.name;
}

/** A chart row's label of a school: its display name, and the code a cut must keep (see ChartRow.tail) when names repeat. */
export function schoolChartLabel(s: School, repeated: ReadonlySet<string>): { label: string; tail?: string } {
  return repeated.has(s.name) ? { label: schoolLabel(s, repeated), tail: `（${s.id}）` } : { label: s.name };
}

/** Compares text by code point, the same on every machine. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
