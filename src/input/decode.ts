/**
 * Bytes → text. County staff save CSV from Excel or WPS as GBK/GB18030 ("CSV"), UTF-8 with
 * a BOM ("CSV UTF-8"), or UTF-16 with a BOM ("Unicode text", tab-separated); hand-made files
 * are plain UTF-8. The order of the checks matters: a BOM is certain, valid UTF-8 is almost
 * certain (GBK text is very rarely valid UTF-8), and GB18030 decodes anything.
 */

/** Name of the encoding a file was found to be in, recorded in `InputFile.encoding`. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text with line ends normalised to `\n` and without a BOM. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** CRLF (Windows) and lone CR (old Mac Excel) become LF. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * UTF-16 without a BOM (written by some tools, never by Excel): text of mostly ASCII has a zero
 * in every other byte, which UTF-8 and GBK text never has. Looks at the first 4 KB; null when
 * the zeros do not fall on one side.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a file's bytes: UTF-8 with BOM (stripped), UTF-16LE/BE with BOM (or without one,
 * told by its zero bytes), valid UTF-8, otherwise GB18030 (a superset of GBK and GB2312). Never throws; bytes that are not valid
 * GB18030 either come out as U+FFFD.
 */
export function decode(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Encoding;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
  } else if (bomlessUtf16(bytes)) {
    encoding = bomlessUtf16(bytes) ?? 'utf-16le';
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } else {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) {
      encoding = 'utf-8';
      text = utf8;
    } else {
      encoding = 'gb18030';
      text = new TextDecoder('gb18030').decode(bytes);
    }
  }
  return { text: normaliseLineEnds(text), encoding };
}
