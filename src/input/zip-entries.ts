/**
 * The files inside a zip archive (an .xlsx workbook is one), read from its central directory and
 * unpacked one at a time with Node's own inflate; and the size they declare unpacked, checked
 * before any workbook is read. Only what a workbook needs: stored or deflated entries, no ZIP64,
 * no encryption; anything else reads as null, and the caller leaves the workbook to the library.
 */
import { inflateRawSync } from 'node:zlib';

/** Where one entry's bytes are and how they are packed. */
interface Entry {
  method: number;
  /** Offset of the entry's local header. */
  header: number;
  packed: number;
  size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** One record of the central directory (the entry's name as bytes). */
interface Listed extends Entry {
  flags: number;
  name: Uint8Array;
}

/** The central directory's records, or null when the end record or a record is not where the directory says. */
function directory(bytes: Uint8Array): Listed[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const count = view.getUint16(at + 10, true);
    let entry = view.getUint32(at + 16, true);
    const out: Listed[] = [];
    for (let i = 0; i < count; i++) {
      if (entry + 46 > bytes.length || view.getUint32(entry, true) !== CENTRAL) return null;
      const nameLength = view.getUint16(entry + 28, true);
      out.push({
        flags: view.getUint16(entry + 8, true),
        method: view.getUint16(entry + 10, true),
        packed: view.getUint32(entry + 20, true),
        size: view.getUint32(entry + 24, true),
        header: view.getUint32(entry + 42, true),
        name: bytes.subarray(entry + 46, entry + 46 + nameLength),
      });
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    return out;
  }
  return null;
}

/** The sum of the unpacked sizes a zip's central directory declares; null when it cannot be read. */
export function unpackedSize(bytes: Uint8Array): number | null {
  return directory(bytes)?.reduce((total, e) => total + e.size, 0) ?? null;
}

/** The archive's entries by name, or null when its directory is not a plain zip's. */
export function zipEntries(bytes: Uint8Array): Map<string, Entry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) return null;
  const listed = directory(bytes);
  if (!listed) return null;
  const names = new TextDecoder('utf-8');
  const out = new Map<string, Entry>();
  for (const { flags, method, packed, size, header, name } of listed) {
    // Encrypted, sizes kept in a ZIP64 record, or packed another way than stored or deflated.
    if ((flags & 1) !== 0 || packed === 0xffffffff || size === 0xffffffff || header === 0xffffffff) return null;
    if (method !== 0 && method !== 8) return null;
    out.set(names.decode(name), { method, header, packed, size });
  }
  return out;
}

/** One entry's bytes unpacked; null when they do not unpack to the size the directory gives. */
export function entryBytes(bytes: Uint8Array, e: Entry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.header + 30 > bytes.length || view.getUint32(e.header, true) !== LOCAL) return null;
  const start = e.header + 30 + view.getUint16(e.header + 26, true) + view.getUint16(e.header + 28, true);
  if (start + e.packed > bytes.length) return null;
  const packed = bytes.subarray(start, start + e.packed);
  try {
    // A directory that understates the size stops the inflate rather than letting it grow.
    const out = e.method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(1, e.size), chunkSize: 1 << 20 });
    return out.length === e.size ? out : null;
  } catch {
    return null;
  }
}
