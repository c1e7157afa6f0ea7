/**
 * The DEFLATE a workbook is compressed with: SheetJS's, in plain JavaScript, so that the same
 * sheets give the same bytes on every machine (Node's zlib may compress differently on another
 * CPU or Node version). Loaded only when a workbook is made, on whichever thread makes it.
 */
import type { DeflateRaw } from './zip.js';

/** The library's raw DEFLATE, each result in a buffer of its own (the library returns a view of a larger one). */
export async function libraryDeflate(): Promise<DeflateRaw> {
  const { CFB } = await import('@e965/xlsx');
  const deflateRaw = (CFB as { utils: { _deflateRaw: DeflateRaw } }).utils._deflateRaw;
  return (data) => Uint8Array.from(deflateRaw(data));
}
