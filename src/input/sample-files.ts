import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The sample county shipped with the package (data/*.csv), as bytes by file name, sorted by name. */
export async function readSampleCounty(): Promise<{ name: string; bytes: Uint8Array }[]> {
  // dist/input/ → the package root's data/ folder.
  const dir = fileURLToPath(new URL('../../data/', import.meta.url));
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(`${dir}${name}`)) })));
}
