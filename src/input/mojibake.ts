/**
 * Chinese text a spreadsheet program read in the wrong encoding. A UTF-8 CSV file opened in Excel
 * (without a BOM) or converted by LibreOffice with its default import is read as Windows-1252, so
 * `学校代码` becomes `å­¦æ ¡ä»£ç `; saved as a workbook, the garbled text is in the cells. The bytes
 * are all still there, one per character: turned back into bytes and read as UTF-8 (or GBK, for a
 * GBK file read the same way), they give the text again.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest of 0x00–0xFF is Latin-1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>([...CP1252].map((c, i) => [c, 0x80 + i]));

/** The bytes a text came from when every character was one Windows-1252 byte; null when it was not. */
function cp1252Bytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // LibreOffice keeps the five bytes Windows-1252 leaves undefined as U+F100 + byte.
    const byte = code <= 0xff ? code : code >= 0xf180 && code <= 0xf19f ? code - 0xf100 : BYTE_OF.get(text[i] ?? '');
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Chinese: a Han character, CJK punctuation (、。「」) or a full-width form. */
const HAN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
/** What garbled text still looks like after a wrong guess: C1 controls, Latin-1 letters, U+FFFD. */
const LEFTOVER = /[\u0080-\u009F\u00C0-\u00FF\uFFFD]/u;

/**
 * The text a garbled cell held, or null when it is not garbled that way: a character of 0x80–0xFF
 * and another non-ASCII one after it, every character one Windows-1252 byte, and bytes that read
 * as UTF-8 (or else GBK) text with Chinese in it and nothing
 * else unusual. Latin text (`Müller`) is never valid UTF-8 this way and is left alone.
 */
export function repairMojibake(text: string): string | null {
  if (!/[\u0080-\u00FF][^]*[^\u0000-\u007F]/u.test(text)) return null;
  const bytes = cp1252Bytes(text);
  if (!bytes) return null;
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const decoded = decodeStrict(bytes, encoding);
    if (decoded !== null && HAN.test(decoded) && !LEFTOVER.test(decoded)) return decoded.replace(/^\uFEFF/u, '');
  }
  return null;
}
