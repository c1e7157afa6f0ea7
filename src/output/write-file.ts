import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Writes one file whole or not at all: a temporary sibling first, then a rename over the target. */
export async function writeFileAtomically(path: string, content: string | Uint8Array, tag: string): Promise<void> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.new-${tag}`);
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
