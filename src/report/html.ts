/**
 * Escaping for the report. Every piece of text that came from a user's file (school names,
 * townships, reasons) goes through {@link esc} before it reaches the page; nothing a user wrote
 * is ever placed inside the page's script.
 */

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML element content and for quoted attribute values. Control characters
 * other than tab and newline are dropped (they are invalid in HTML and in XML/SVG).
 */
export function esc(text: string | number): string {
  const s = String(text);
  // Most texts (names, ids, figures) need nothing: one scan finds that, and they are returned as they are.
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f&<>"']/u.test(s)) return s;
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, '')
      .replace(/[&<>"']/gu, (c) => ENTITY[c] ?? c)
  );
}

/** Attributes from a record, in the record's order, escaped; undefined values are left out. */
export function attrs(a: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
}
