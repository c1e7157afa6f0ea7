/**
 * The workbook library's number formatter (SSF) for the plain-.xlsx reader, from the library's
 * mini build, loaded synchronously the first time a number cell needs it (about 25 ms; the full
 * build and its code pages take 150-250 ms, which a roster of text and whole numbers never needs).
 * The same formatter as the full build's: the same package and version.
 */
import { createRequire } from 'node:module';
import type { NumberFormats } from './sheet-text.js';

/** The formatter, and its number formats by id as the library starts every read. */
export interface FormatLibrary {
  ssf: NumberFormats;
  builtIn: ReadonlyMap<number, string>;
}

interface MiniBuild {
  SSF: NumberFormats & { get_table: () => Record<string, string | undefined> };
}

let loaded: FormatLibrary | undefined;

/** Loaded once per process. Its table is taken at load: nothing reads or writes workbooks with this build (the plan's workbook only borrows its DEFLATE), so it is the table the build starts with. */
export function formatLibrary(): FormatLibrary {
  if (!loaded) {
    const mini = createRequire(import.meta.url)('@e965/xlsx/dist/xlsx.mini.min.js') as MiniBuild;
    const builtIn = new Map<number, string>();
    for (const [id, f] of Object.entries(mini.SSF.get_table())) if (typeof f === 'string') builtIn.set(Number(id), f);
    loaded = { ssf: mini.SSF, builtIn };
  }
  return loaded;
}
