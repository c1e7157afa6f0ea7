/**
 * The one guarded way to read an input or plan file. Whatever the path names, the read ends,
 * quickly, with the bytes of a regular file or a clear error:
 *
 * - The file is opened without blocking (O_NONBLOCK: a FIFO with no writer does not hang the
 *   open) and checked with fstat on the open handle (no race with a swap between a stat and
 *   the open): a directory, FIFO, socket or device (`/dev/zero`, `/dev/stdin`) is refused.
 * - Its size is checked against the cap before reading, and the read stops one byte past the
 *   cap, so a file that grows while it is read costs no more memory than the cap.
 * - One file is open at a time: it is opened, read and closed with synchronous calls (four
 *   system calls, tens of microseconds for a small file), so ten thousand inputs take well under
 *   a second and work under any limit on open files (`ulimit -n`).
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from './limits.js';
import { fsPath } from './raw-argv.js';

/** A file's raw content, as read from disk. */
export interface FileBytes {
  /** Path as given by the caller (usually the command line). */
  path: string;
  /** Base name, used in messages (`teachers.csv`). */
  name: string;
  bytes: Uint8Array;
  /** SHA-256 of `bytes`, lowercase hex (64 characters). */
  sha256: string;
}

/** SHA-256 of some bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Thrown (as a rejection) for a file over {@link MAX_FILE_BYTES}; `code` is `EFBIG`, `size` its bytes (at least). */
export interface TooBigError extends Error {
  code: 'EFBIG';
  size: number;
  /** The cap it is over. */
  limit: number;
}

/** What a path that is not a regular file is instead. */
export type NotRegularKind = 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'other';

/** Thrown for a path that is not a regular file; `code` is `ENOTREG` (or `EISDIR` for a folder). */
export interface NotRegularError extends Error {
  code: 'ENOTREG' | 'EISDIR';
  kind: NotRegularKind;
}

/** O_NONBLOCK and O_NOCTTY where the platform has them (not on Windows). */
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): NotRegularKind {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'character-device';
  if (info.isBlockDevice()) return 'block-device';
  return 'other';
}

function notRegular(path: string, kind: NotRegularKind): NotRegularError {
  return Object.assign(new Error(`${path} is not a regular file (${kind})`), { code: kind === 'directory' ? 'EISDIR' : 'ENOTREG', kind }) as NotRegularError;
}

function tooBig(path: string, size: number, maxBytes: number): TooBigError {
  return Object.assign(new Error(`${path} has ${size} bytes, over ${maxBytes}`), { code: 'EFBIG', size, limit: maxBytes }) as TooBigError;
}

/** Reads at most `maxBytes + 1` bytes: one more than allowed proves the file too big. */
function readCapped(fd: number, expected: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(expected, maxBytes) + 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
    const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) break;
    want = 1024 * 1024;
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/** The guarded read itself, synchronous (see the file comment); throws as {@link readBytes} rejects. */
export function readBytesSync(path: string, maxBytes: number = MAX_FILE_BYTES): FileBytes {
  const fd = openSync(fsPath(path), FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegular(path, kindOf(info));
    if (info.size > maxBytes) throw tooBig(path, info.size, maxBytes);
    const buffer = readCapped(fd, info.size, maxBytes);
    if (buffer.length > maxBytes) throw tooBig(path, buffer.length, maxBytes);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { path, name: basename(path), bytes, sha256: sha256Hex(bytes) };
  } finally {
    closeSync(fd);
  }
}

/** The first `n` bytes (or fewer) of a regular file, through the same guards as {@link readBytesSync}. */
export function readHeadSync(path: string, n: number): Uint8Array {
  const fd = openSync(fsPath(path), FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegular(path, kindOf(info));
    const buffer = Buffer.allocUnsafe(n);
    const bytesRead = readSync(fd, buffer, 0, n, 0);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a whole regular file (see the file comment). Rejects with Node's own error when the
 * path cannot be opened (ENOENT, EACCES, ENXIO for a socket, …), with a {@link NotRegularError}
 * for anything but a regular file, and with a {@link TooBigError} for a file over `maxBytes`
 * (checked before reading, and again while reading); the caller turns each into a message.
 */
export async function readBytes(path: string, maxBytes: number = MAX_FILE_BYTES): Promise<FileBytes> {
  return readBytesSync(path, maxBytes);
}

/** Reads a small text file (a manifest, a lock) through {@link readBytes}, as UTF-8; null when it cannot be read. */
export async function readSmallText(path: string, maxBytes: number): Promise<string | null> {
  return readBytes(path, maxBytes).then(
    (f) => Buffer.from(f.bytes).toString('utf8'),
    () => null,
  );
}
