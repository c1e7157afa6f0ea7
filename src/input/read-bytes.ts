import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from './limits.js';

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

/** Thrown (as a rejection) for a file over {@link MAX_FILE_BYTES}; `code` is `EFBIG`, `size` its bytes. */
export interface TooBigError extends Error {
  code: 'EFBIG';
  size: number;
}

/**
 * Reads a whole file. Rejects (with Node's own error) when the file cannot be read, and
 * with a {@link TooBigError} before reading a file over {@link MAX_FILE_BYTES}; the caller
 * turns either into an input issue.
 */
export async function readBytes(path: string, maxBytes: number = MAX_FILE_BYTES): Promise<FileBytes> {
  const info = await stat(path);
  if (info.isFile() && info.size > maxBytes) {
    throw Object.assign(new Error(`${path} has ${info.size} bytes, over ${maxBytes}`), { code: 'EFBIG', size: info.size }) as TooBigError;
  }
  const buffer = await readFile(path);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { path, name: basename(path), bytes, sha256: sha256Hex(bytes) };
}
