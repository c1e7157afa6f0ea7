import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './write-file.js';

/**
 * Writes files into a folder only when none of them is there yet: either all are written, or
 * nothing is and the names that exist are returned.
 */
export async function writeNewFiles(dir: string, files: readonly { name: string; content: string | Uint8Array }[], tag: string): Promise<{ ok: true; paths: string[] } | { ok: false; existing: string[] }> {
  const exists = await Promise.all(files.map((f) => access(join(dir, f.name)).then(() => true, () => false)));
  const existing = files.filter((_, i) => exists[i]).map((f) => join(dir, f.name));
  if (existing.length > 0) return { ok: false, existing };
  for (const f of files) await writeFileAtomically(join(dir, f.name), f.content, tag);
  return { ok: true, paths: files.map((f) => join(dir, f.name)) };
}
