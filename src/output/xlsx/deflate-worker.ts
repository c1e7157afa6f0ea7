/**
 * Worker thread entry, run only by DeflateThread (deflate-thread.ts): packs each zip entry it is sent with the
 * library's DEFLATE (the compressor the main thread would use, so the archive's bytes are the
 * same) and sends it back in the order it came, its bytes transferred, not copied: the compressed
 * bytes, or the entry's own when compressing does not make them smaller.
 */
import { parentPort } from 'node:worker_threads';
import { libraryDeflate } from './library-deflate.js';
import { pack } from './zip.js';

const port = parentPort;
if (!port) throw new Error('deflate-worker.js runs as a worker thread only');
const deflateRaw = await libraryDeflate();
// Entries sent while the library loaded wait in the port until now.
port.on('message', (data: Uint8Array) => {
  const packed = pack(data, deflateRaw);
  port.postMessage(packed, packed.body.buffer instanceof ArrayBuffer ? [packed.body.buffer] : []);
});
