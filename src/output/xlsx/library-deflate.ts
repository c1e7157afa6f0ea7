/**
 * The DEFLATE a workbook is compressed with: SheetJS's, in plain JavaScript, so that the same
 * sheets give the same bytes on every machine (Node's zlib may compress differently on another
 * CPU or Node version). Loaded once per thread, when a workbook is first made there or when a
 * thread that would only wait asks for it ahead (plan-workbook.ts's warmWorkbook).
 *
 * It comes from the library's mini build (see xlsx-mini-build.ts: the same CFB code as xlsx.mjs,
 * loaded faster and synchronously).
 */
import { miniBuild } from '../../xlsx-mini-build.js';
import type { DeflateRaw } from './zip.js';

let loaded: DeflateRaw | undefined;

/** The library's raw DEFLATE, each result in a buffer of its own (the library returns a view of a larger one); loaded on first call. */
export function libraryDeflateNow(): DeflateRaw {
  if (!loaded) {
    const deflateRaw = miniBuild().CFB.utils._deflateRaw;
    loaded = (data) => Uint8Array.from(deflateRaw(data));
  }
  return loaded;
}

/** {@link libraryDeflateNow}, for callers that await it. */
export async function libraryDeflate(): Promise<DeflateRaw> {
  return libraryDeflateNow();
}
