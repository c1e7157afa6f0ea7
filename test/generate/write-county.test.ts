import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/generate/to-csv.js';
import { generateCounty } from '../../src/generate/generate-county.js';
import { runGenerate } from '../../src/generate/write-county.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'rotate-generate-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes as RFC 4180 says', () => {
    const text = toCsv({ header: ['a', 'b'], rows: [['1', 'x,y'], ['say "hi"', 'two\nlines'], ['000123', '']] });
    expect(text).toBe('\uFEFFa,b\r\n1,"x,y"\r\n"say ""hi""","two\nlines"\r\n000123,\r\n');
  });
});

describe('runGenerate', () => {
  const opts = { teachers: 300, schools: 15, seed: 8, lang: 'zh' as const };

  it('writes schools, teachers and posts as UTF-8 with BOM and returns the paths', async () => {
    const dir = join(await tempDir(), 'new', 'folder');
    const paths = await runGenerate(dir, { ...opts, encoding: 'utf8' });
    expect(paths).toEqual(['schools.csv', 'teachers.csv', 'posts.csv'].map((n) => join(dir, n)));
    expect((await readdir(dir)).sort()).toEqual(['posts.csv', 'schools.csv', 'teachers.csv']);
    const county = generateCounty(opts);
    for (const [i, p] of paths.entries()) {
      const bytes = await readFile(p);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const file = county.files[i];
      expect(file && bytes.toString('utf8')).toBe(file && toCsv(file));
    }
  });

  it('writes GB18030 bytes without a BOM that decode to the same text', async () => {
    const dir = await tempDir();
    const paths = await runGenerate(dir, { ...opts, encoding: 'gbk', locks: true });
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['schools.csv', 'teachers.csv', 'posts.csv', 'locks.csv']);
    const county = generateCounty({ ...opts, locks: true });
    for (const [i, p] of paths.entries()) {
      const bytes = await readFile(p);
      expect(bytes[0]).not.toBe(0xef);
      const text = new TextDecoder('gb18030').decode(bytes);
      const file = county.files[i];
      expect('\uFEFF' + text).toBe(file && toCsv(file));
    }
    // 学校代码 in GBK.
    const head = await readFile(paths[0] ?? '');
    expect([...head.subarray(0, 8)]).toEqual([0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb]);
  });

  it('refuses an unknown encoding', async () => {
    const dir = await tempDir();
    await expect(runGenerate(dir, { ...opts, encoding: 'latin1' as 'utf8' })).rejects.toThrow(/encoding/);
    expect(await readdir(dir)).toEqual([]);
  });
});
