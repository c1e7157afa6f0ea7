/**
 * Plain-text tables and numbers for the review commands (explain, diff, sweep). Display width
 * counts CJK and full-width characters as two terminal columns.
 */

/** Display width of text in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const pad = (text: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/**
 * Columns padded to their widest cell, numbers right-aligned, a rule under the header. `header` is
 * one line, or several (e.g. Chinese over English) to keep wide tables narrow. `alignBy`, the rows
 * whose cells decide which columns are numbers (by default all): a reference row of other cells
 * (the sweep's 调整前) is aligned as the rows it stands above.
 */
export function reviewTable(header: readonly string[] | readonly (readonly string[])[], rows: readonly (readonly string[])[], indent = '  ', alignBy: readonly (readonly string[])[] = rows): string[] {
  const heads: readonly (readonly string[])[] = typeof header[0] === 'string' || header.length === 0 ? [header as readonly string[]] : (header as readonly (readonly string[])[]);
  const n = heads[0]?.length ?? 0;
  const widths = Array.from({ length: n }, (_, i) => Math.max(...heads.map((h) => displayWidth(h[i] ?? '')), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = widths.map((_, i) => alignBy.length > 0 && alignBy.every((r) => /^[-+]?[\d.,%→ ]*$/.test(r[i] ?? '') && /\d/.test(r[i] ?? '')));
  const render = (cells: readonly string[]): string => `${indent}${cells.map((c, i) => pad(c, widths[i] ?? 0, numeric[i] ?? false)).join('  ')}`.trimEnd();
  return [...heads.map(render), `${indent}${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map(render)];
}

/** A number for people: at most two decimals, no trailing zeros. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A change with its sign: `+3`, `-1.5`, `0`. */
export function signed(n: number): string {
  const s = fmt(n);
  return n > 0 && s !== '0' ? `+${s}` : s;
}
