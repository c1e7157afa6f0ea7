import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const DATA = join(import.meta.dirname, '../../data');

/** A file name's bytes as a Chinese Windows writes them (GBK), as a Buffer path. */
const gbkPath = (dir: string, name: string): Buffer => Buffer.concat([Buffer.from(`${dir}/`), iconv.encode(name, 'gbk')]);

// The arguments' own bytes are read from /proc/self/cmdline (Linux, where CI runs).
describe.runIf(existsSync('/proc/self/cmdline'))('file names in GBK on the command line', () => {
  it('reads files whose names are GBK bytes and names them in Chinese in its messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-gbk-names-'));
    for (const name of readdirSync(DATA).filter((n) => n.endsWith('.csv'))) {
      const to = gbkPath(dir, name);
      if (name === '教师.csv') {
        // One bad value, so that the message names the file.
        const lines = readFileSync(join(DATA, name), 'utf8').split('\n');
        const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
        const col = header.indexOf('本校任教年限');
        const cells = (lines[1] ?? '').split(',');
        cells[col] = 'abc';
        lines[1] = cells.join(',');
        writeFileSync(to, lines.join('\n'));
      } else copyFileSync(join(DATA, name), to);
    }
    // The shell passes the names' bytes as they are; Node alone would turn them into U+FFFD.
    const r = spawnSync('sh', ['-c', `cd "${dir}" && "${process.execPath}" "${BIN}" validate *.csv`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('教师.csv 第2行「本校任教年限」');
    expect(r.stderr).not.toContain('\uFFFD');
  });
});
