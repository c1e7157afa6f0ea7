/**
 * The workbook library's minified "mini" build (`@e965/xlsx/dist/xlsx.mini.min.js`): the same
 * SheetJS version as `xlsx.mjs`, which reads the workbooks the plain reader leaves to it, but it
 * loads in 24–26 ms instead of 50–72 ms, and synchronously, so that a thread that would only wait
 * (for the solver) can load it ahead. Two of its parts are used: its DEFLATE, for the plan's
 * workbook (output/xlsx/library-deflate.ts), and its number formatter, for the plain-.xlsx reader
 * (input/number-formats.ts). Loaded once per thread.
 */
import { createRequire } from 'node:module';

/** The library's number formatter (SheetJS SSF), as both workbook readers use it (the full build's is the same). */
export interface NumberFormats {
  format: (fmt: string | number, v: number, o?: { date1904?: boolean }) => string;
  is_date: (fmt: string) => boolean;
  parse_date_code: (v: number, o: { date1904: boolean }) => unknown;
}

/** The parts of the mini build that are used: its raw DEFLATE, and its formatter with the table of built-in formats. */
export interface MiniBuild {
  CFB: { utils: { _deflateRaw: (data: Uint8Array) => Uint8Array } };
  SSF: NumberFormats & { get_table: () => Record<string, string | undefined> };
}

let loaded: MiniBuild | undefined;

/** The mini build, loaded on first call. */
export function miniBuild(): MiniBuild {
  loaded ??= createRequire(import.meta.url)('@e965/xlsx/dist/xlsx.mini.min.js') as MiniBuild;
  return loaded;
}
