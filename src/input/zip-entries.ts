/**
 * The files inside a zip archive (an .xlsx workbook is one), read from its central directory and
 * unpacked one at a time with Node's own inflate. Only what a workbook needs: stored or deflated
 * entries, no ZIP64, no encryption; anything else reads as null, and the caller leaves the
 * workbook to the library.
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

/** The archive's entries by name, or null when its directory is not a plain zip's. */
export function zipEntries(bytes: Uint8Array): Map<string, Entry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) return null;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const count = view.getUint16(at + 10, true);
    let entry = view.getUint32(at + 16, true);
    if (count === 0xffff || entry === 0xffffffff) return null;
    const names = new TextDecoder('utf-8');
    const out = new Map<string, Entry>();
    for (let i = 0; i < count; i++) {
      if (entry + 46 > bytes.length || view.getUint32(entry, true) !== CENTRAL) return null;
      const flags = view.getUint16(entry + 8, true);
      const method = view.getUint16(entry + 10, true);
      const packed = view.getUint32(entry + 20, true);
      const size = view.getUint32(entry + 24, true);
      const nameLength = view.getUint16(entry + 28, true);
      const skip = nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
      const header = view.getUint32(entry + 42, true);
      // Encrypted, or sizes kept in a ZIP64 record.
      if ((flags & 1) !== 0 || packed === 0xffffffff || size === 0xffffffff || header === 0xffffffff) return null;
      if (method !== 0 && method !== 8) return null;
      const name = names.decode(bytes.subarray(entry + 46, entry + 46 + nameLength));
      out.set(name, { method, header, packed, size });
      entry += 46 + skip;
    }
    return out;
  }
  return null;
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
