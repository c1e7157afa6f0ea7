import { mkdir, rename, rm, writeFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/**
 * Writes a whole folder or nothing: the files go into a fresh sibling folder first, which then
 * replaces the old one by rename. A failure before the swap leaves the old plan untouched.
 */
export async function writeFolderAtomically(dir: string, files: readonly OutputFile[], tag: string): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `.${basename(target)}.new-${tag}`);
  const old = join(parent, `.${basename(target)}.old-${tag}`);
  await rm(temp, { recursive: true, force: true });
  try {
    await mkdir(temp);
    for (const f of files) await writeFile(join(temp, f.name), f.content);
    const exists = await stat(target).then(() => true, () => false);
    if (exists) await rename(target, old);
    await rename(temp, target);
    if (exists) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
}
