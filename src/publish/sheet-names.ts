/**
 * Worksheet names Excel and WPS accept: at most 31 characters, none of `[]:*?/\`, not starting
 * or ending with `'`, not `History`, unique regardless of case. A school's sheet is named after
 * the school; a name taken already (two schools of one name, or names alike in their first 31
 * characters) gets the school id after it.
 */

const MAX = 31;

/** Cut to at most `max` UTF-16 units (Excel's count) without splitting a character. */
function clip(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** A name with the forbidden characters replaced and the edges cleaned, or '' when nothing is left. */
export function cleanSheetName(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/[[\]:*?/\\\u0000-\u001f\u007f]/gu, '_').trim();
  return clip(plain, MAX).replace(/^'+|'+$/gu, '').trim();
}

/**
 * Unique sheet names for `wanted` (name, id) pairs, in order, none equal (ignoring case) to one of
 * `reserved` (the index sheet's name).
 */
export function uniqueSheetNames(wanted: readonly { name: string; id: string }[], reserved: readonly string[]): string[] {
  const used = new Set([...reserved, 'History'].map((n) => n.toLowerCase()));
  return wanted.map((w, i) => {
    const base = cleanSheetName(w.name) || cleanSheetName(w.id) || `${i + 1}`;
    const candidates = [base, ...[`~${w.id}`, `~${i + 1}`].map((suffix) => {
      const s = cleanSheetName(suffix);
      return `${clip(base, MAX - s.length)}${s}`.replace(/^'+/u, '');
    })];
    const name = candidates.find((c) => c !== '' && !used.has(c.toLowerCase())) ?? `${i + 1}~${clip(base, MAX - 8)}`;
    used.add(name.toLowerCase());
    return name;
  });
}
