/**
 * A zip archive (the container of an .xlsx) whose bytes depend on nothing but its entries: every
 * entry carries the same fixed time stamp, entries keep the order given, and the compressor is
 * plain JavaScript (Node's zlib may compress differently on another CPU or Node version).
 */
import * as zlib from 'node:zlib';

/**
 * One file in the archive; `name` is ASCII (the parts of an .xlsx are). `data` may be a function:
 * it is then called when the entry's turn comes, so that only its compressed bytes are held after.
 */
export interface ZipEntry {
  name: string;
  data: Uint8Array | (() => Uint8Array);
}

/** 1980-01-01 00:00, the earliest time a zip entry can hold, in MS-DOS form. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zip uses it) of some bytes, in JavaScript: for a Node without zlib's own (before 20.15). */
export function crc32Js(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// zlib.crc32 (Node 20.15 and later) computes the same checksum natively: an 80,000-teacher plan's
// workbook checksums 32 MB of XML, which took 0.23–0.90 s in JavaScript and 17 ms in zlib (32 MB of
// bytes, three runs). A checksum has one answer, so the archive's bytes do not depend on which one
// ran (the compressor is another matter: see the top of this file).
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 (IEEE 802.3, as zip uses it) of some bytes. */
export const crc32: (data: Uint8Array) => number = nativeCrc ? (data) => nativeCrc(data) >>> 0 : crc32Js;

class Bytes {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  u16(n: number): void {
    this.raw(new Uint8Array([n & 0xff, (n >>> 8) & 0xff]));
  }

  u32(n: number): void {
    this.raw(new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]));
  }

  raw(data: Uint8Array): void {
    this.parts.push(data);
    this.length += data.length;
  }

  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/** Raw DEFLATE (RFC 1951) of some bytes. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

/** An entry's bytes as the archive holds them: compressed (method 8) when DEFLATE makes them smaller, else stored as they are (0). */
export interface Packed {
  method: 0 | 8;
  body: Uint8Array;
}

/** `data` as the archive holds it, compressed with `deflateRaw` when that makes it smaller. */
export function pack(data: Uint8Array, deflateRaw: DeflateRaw): Packed {
  const packed = deflateRaw(data);
  return packed.length < data.length ? { method: 8, body: packed } : { method: 0, body: data };
}

/** An entry ready for the archive: its name's bytes, its checksum and size, and its bytes as held. */
interface Sealed {
  name: Uint8Array;
  crc: number;
  size: number;
  packed: Packed;
}

/** The entry's bytes, made now if it is given by a function. */
const made = (entry: ZipEntry): Uint8Array => (typeof entry.data === 'function' ? entry.data() : entry.data);

const nameBytes = (entry: ZipEntry): Uint8Array => new TextEncoder().encode(entry.name);

/**
 * The archive of `entries`, each compressed with `deflateRaw` (raw DEFLATE, RFC 1951) when that
 * makes it smaller and stored otherwise; entries given as functions are made in their order.
 */
export function zip(entries: readonly ZipEntry[], deflateRaw: DeflateRaw): Uint8Array {
  return archive(
    entries.map((entry) => {
      const data = made(entry);
      return { name: nameBytes(entry), crc: crc32(data), size: data.length, packed: pack(data, deflateRaw) };
    }),
  );
}

/**
 * The same archive as {@link zip}, each entry's compression handed to `packAside` (a worker
 * thread: see deflate-thread.ts) as soon as the entry is made: every entry is made and
 * checksummed on this thread, in order, before this returns, and each one's bytes belong to
 * `packAside` from then on (it may transfer them). The promise settles once every entry is back.
 */
export function zipAside(entries: readonly ZipEntry[], packAside: (data: Uint8Array) => Promise<Packed>): Promise<Uint8Array> {
  const sealing: Promise<Sealed>[] = [];
  try {
    for (const entry of entries) {
      const data = made(entry);
      const name = nameBytes(entry);
      const crc = crc32(data);
      const size = data.length;
      sealing.push(packAside(data).then((packed) => ({ name, crc, size, packed })));
    }
  } catch (e) {
    // The entries already handed over are not waited for: their failures, if any, are this one.
    for (const s of sealing) s.catch(() => undefined);
    throw e;
  }
  return Promise.all(sealing).then(archive);
}

/** The archive's bytes: each entry's header and bytes, in the order given, then the central directory. */
function archive(entries: readonly Sealed[]): Uint8Array {
  const out = new Bytes();
  const central = new Bytes();
  for (const { name, crc, size, packed } of entries) {
    const { method, body } = packed;
    const offset = out.length;
    out.u32(0x04034b50);
    out.u16(20);
    out.u16(0);
    out.u16(method);
    out.u16(DOS_TIME);
    out.u16(DOS_DATE);
    out.u32(crc);
    out.u32(body.length);
    out.u32(size);
    out.u16(name.length);
    out.u16(0);
    out.raw(name);
    out.raw(body);
    central.u32(0x02014b50);
    central.u16(20);
    central.u16(20);
    central.u16(0);
    central.u16(method);
    central.u16(DOS_TIME);
    central.u16(DOS_DATE);
    central.u32(crc);
    central.u32(body.length);
    central.u32(size);
    central.u16(name.length);
    central.u16(0);
    central.u16(0);
    central.u16(0);
    central.u16(0);
    central.u32(0);
    central.u32(offset);
    central.raw(name);
  }
  const start = out.length;
  const size = central.length;
  out.raw(central.concat());
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(entries.length);
  out.u16(entries.length);
  out.u32(size);
  out.u32(start);
  out.u16(0);
  return out.concat();
}
