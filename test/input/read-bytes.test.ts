import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes, readHeadSync, sha256Hex } from '../../src/input/read-bytes.js';

describe('readBytes', () => {
  it('returns path, base name, bytes and the SHA-256 in hex', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-read-'));
    const path = join(dir, 'abc.csv');
    writeFileSync(path, 'abc');
    const f = await readBytes(path);
    expect(f.path).toBe(path);
    expect(f.name).toBe('abc.csv');
    expect([...f.bytes]).toEqual([0x61, 0x62, 0x63]);
    expect(f.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('rejects when the file is missing', async () => {
    await expect(readBytes('/nonexistent/nothing.csv')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('hashes empty input like sha256sum', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('reads regular files only: a FIFO (not waited on), a device, a folder are refused by what they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-read-'));
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    await expect(readBytes(join(dir, 'pipe.csv'))).rejects.toMatchObject({ code: 'ENOTREG', kind: 'fifo' });
    await expect(readBytes('/dev/zero')).rejects.toMatchObject({ code: 'ENOTREG', kind: 'character-device' });
    await expect(readBytes(dir)).rejects.toMatchObject({ code: 'EISDIR', kind: 'directory' });
    expect(() => readHeadSync('/dev/zero', 10)).toThrow(/not a regular file/u);
  });

  it('refuses a file over the cap before reading it, and reads one at the cap whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-read-'));
    writeFileSync(join(dir, 'big.csv'), 'x'.repeat(11));
    await expect(readBytes(join(dir, 'big.csv'), 10)).rejects.toMatchObject({ code: 'EFBIG', size: 11, limit: 10 });
    expect((await readBytes(join(dir, 'big.csv'), 11)).bytes.length).toBe(11);
  });
});
