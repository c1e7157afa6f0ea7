import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

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

/**
 * Reads a whole file. Rejects (with Node's own error) when the file cannot be read;
 * the caller turns that into an input issue.
 */
export async function readBytes(path: string): Promise<FileBytes> {
  const buffer = await readFile(path);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { path, name: basename(path), bytes, sha256: sha256Hex(bytes) };
}
