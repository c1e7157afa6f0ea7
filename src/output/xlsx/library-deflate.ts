/**
 * The DEFLATE a workbook is compressed with: SheetJS's, in plain JavaScript, so that the same
 * sheets give the same bytes on every machine (Node's zlib may compress differently on another
 * CPU or Node version). Loaded once per thread, when a workbook is first made there or when a
 * thread that would only wait asks for it ahead (plan-workbook.ts's warmWorkbook).
 *
 * It comes from the library's minified "mini" build (dist/xlsx.mini.min.js, the same SheetJS
 * version and the same CFB code as xlsx.mjs, which reads the rosters): loading it took 24–26 ms
 * here against 50–72 ms for xlsx.mjs, and it loads synchronously, so that a thread that would
 * only wait (for the solver) can load it ahead.
 */
import { createRequire } from 'node:module';
import type { DeflateRaw } from './zip.js';

/** The mini build's part that is used here. */
interface MiniBuild {
  CFB: { utils: { _deflateRaw: DeflateRaw } };
}

let loaded: DeflateRaw | undefined;

/** The library's raw DEFLATE, each result in a buffer of its own (the library returns a view of a larger one); loaded on first call. */
export function libraryDeflateNow(): DeflateRaw {
  if (!loaded) {
    const deflateRaw = (createRequire(import.meta.url)('@e965/xlsx/dist/xlsx.mini.min.js') as MiniBuild).CFB.utils._deflateRaw;
    loaded = (data) => Uint8Array.from(deflateRaw(data));
  }
  return loaded;
}

/** {@link libraryDeflateNow}, for callers that await it. */
export async function libraryDeflate(): Promise<DeflateRaw> {
  return libraryDeflateNow();
}
