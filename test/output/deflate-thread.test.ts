/**
 * The workbook's compressing thread: as the CLI runs it (the compiled files: tests run after `npm
 * run build`), it holds the process only while it has a part to pack; a failing worker fails the
 * parts, never leaves them waiting.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DeflateThread } from '../../src/output/xlsx/deflate-thread.js';

const THREAD = new URL('../../dist/output/xlsx/deflate-thread.js', import.meta.url);

/** Runs `script` (an ES module, from a file: a worker takes the process's flags, and `--input-type` is refused for a file) in a fresh Node process, left to end on its own. */
function run(script: string): { status: number | null; stdout: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'rotate-deflate-')), 'run.mjs');
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout };
}

describe('DeflateThread', () => {
  it('keeps the process alive while a part is being packed, then lets it end though never closed', () => {
    const r = run(`
      const { DeflateThread } = await import(${JSON.stringify(THREAD.href)});
      const thread = new DeflateThread();
      // Nothing else holds the process: the answer comes only if the thread does, and the process ends only if it lets go after.
      thread.pack(new TextEncoder().encode('交流'.repeat(500000))).then((p) => console.log(p.method, p.body.length > 0));
    `);
    expect(r).toEqual({ status: 0, stdout: '8 true\n' });
  });

  it('fails what it was given when its worker fails, and what it is given after at once', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'rotate-deflate-')), 'broken-worker.mjs');
    writeFileSync(broken, "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { throw new Error('no compressor here'); });");
    const thread = new DeflateThread(pathToFileURL(broken));
    try {
      await expect(thread.pack(new Uint8Array([1, 2, 3]))).rejects.toThrow('no compressor here');
      await expect(thread.pack(new Uint8Array([4]))).rejects.toThrow('no compressor here');
    } finally {
      thread.close();
    }
  });

  it('lets the process end when it was started and given nothing', () => {
    const r = run(`
      const { DeflateThread } = await import(${JSON.stringify(THREAD.href)});
      new DeflateThread();
      console.log('started');
    `);
    expect(r).toEqual({ status: 0, stdout: 'started\n' });
  });
});
