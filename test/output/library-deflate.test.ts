/** The workbook's DEFLATE comes from the library's mini build, loaded synchronously: the same bytes as the library's main build (which reads the rosters) gives. */
import { describe, expect, it } from 'vitest';
import { libraryDeflate, libraryDeflateNow } from '../../src/output/xlsx/library-deflate.js';

type Deflate = (data: Uint8Array) => Uint8Array;

describe('libraryDeflate', () => {
  it('compresses as the library main build does, short and long, repetitive and not', async () => {
    const { CFB } = await import('@e965/xlsx');
    const main = (CFB as unknown as { utils: { _deflateRaw: Deflate } }).utils._deflateRaw;
    let seed = 7;
    const noise = Uint8Array.from({ length: 200_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    const xml = new TextEncoder().encode('<row r="2"><c r="A2" s="1" t="s"><v>17</v></c></row>'.repeat(20_000));
    for (const data of [new Uint8Array(0), new Uint8Array(1), xml.subarray(0, 100), xml, noise, new Uint8Array(70_000)]) {
      expect(Buffer.from(libraryDeflateNow()(data)).equals(Buffer.from(main(data)))).toBe(true);
    }
  });

  it('is loaded once: the awaited form is the same function', async () => {
    expect(await libraryDeflate()).toBe(libraryDeflateNow());
  });
});
