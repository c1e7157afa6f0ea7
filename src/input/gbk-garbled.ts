/**
 * UTF-8 text a Chinese Windows program read as GBK. A CSV file saved as UTF-8 without a BOM
 * (Notepad's default since Windows 10, a web system's export) and opened in Excel or WPS on
 * Chinese Windows is read in the system's code page, GBK: `工号` shows as `宸ュ彿`. Saved again,
 * the garbled text is what the file holds. A cell is restored when the GBK bytes of its characters
 * are UTF-8 text with Chinese in it; a cell whose UTF-8 had an odd number of bytes lost its last
 * byte to Excel and is not restored. And the other way: which characters Excel can save in a
 * GBK (ANSI) CSV file at all.
 */

/** GBK's two-byte characters by their bytes, built at the first question (most runs never ask). */
let gbkBytes: Map<string, [number, number]> | undefined;

function table(): Map<string, [number, number]> {
  if (gbkBytes) return gbkBytes;
  const decoder = new TextDecoder('gbk');
  const out = new Map<string, [number, number]>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const c = decoder.decode(pair);
      if (c.length === 1 && c !== '\uFFFD' && !out.has(c)) out.set(c, [lead, trail]);
    }
  }
  gbkBytes = out;
  return out;
}

const HAN = /\p{Script=Han}/u;

/** The text a cell held before GBK garbled it, or null when it is not such a cell. */
export function utf8ReadAsGbk(text: string): string | null {
  if (!/[^\u0000-\u007F]/u.test(text)) return null;
  const bytes: number[] = [];
  const gbk = table();
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const b = gbk.get(c);
      if (!b) return null;
      bytes.push(...b);
    }
  }
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return decoded !== text && HAN.test(decoded) && !/[\u0080-\u009F\uFFFD]/u.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/**
 * Whether Excel can save a character in a GBK (ANSI) CSV file: ASCII, or a two-byte GBK
 * character outside the row 0xFE, whose characters (CJK extension A, added by GB18030) Windows
 * maps elsewhere. A name's character that is not is saved as `?`.
 */
export function gbkSaves(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x80) return true;
  const b = table().get(c);
  return b !== undefined && b[0] < 0xfe;
}

/**
 * Whether `typed` is `name` with a `?` for each character a GBK file cannot hold (what Excel writes
 * for a rare character, 𠮷, in a CSV saved as ANSI): at least one `?`, each where `name` has such
 * a character, and every other character the same. Both are compared as given (normalise first).
 */
export function lostInGbk(typed: string, name: string): boolean {
  const [a, b] = [[...typed], [...name]];
  if (a.length !== b.length || !a.includes('?')) return false;
  return a.every((c, i) => (c === '?' ? !gbkSaves(b[i] ?? '') : c === b[i]));
}
