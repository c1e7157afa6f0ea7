import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder, MANIFEST, recoverFolder, writeFolderAtomically } from '../../src/output/write-folder.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'rotate-wf-'));
const OLD = [
  { name: 'a.csv', content: 'old a' },
  { name: 'b.json', content: 'old b' },
];
const NEW = [
  { name: 'a.csv', content: 'new a' },
  { name: 'c.html', content: 'new c' },
];

/** The folder's files and their text, manifest left out. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) if (f !== MANIFEST) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

const check = (dir: string, force = false) => checkFolder(dir, { force, inputs: [], cwd: tmpdir() });

describe('writeFolderAtomically', () => {
  it('replaces the folder whole, with a manifest of every file, and leaves nothing beside it', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1');
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    await writeFolderAtomically(plan, NEW, '2');
    expect(contents(plan)).toEqual({ 'a.csv': 'new a', 'c.html': 'new c' });
    expect(readdirSync(root)).toEqual(['plan']);
    const manifest = JSON.parse(readFileSync(join(plan, MANIFEST), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toEqual(['a.csv', 'c.html']);
    expect(manifest.files['a.csv']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves the old folder untouched when a file cannot be written', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1');
    await expect(writeFolderAtomically(plan, [{ name: 'a.csv', content: 'x' }, { name: 'no/such/dir.csv', content: 'x' }], '2')).rejects.toThrow();
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
  });
});

describe('writeFolderAtomically with files made as they are written', () => {
  it('makes each in the order given, only when the earlier ones are on disk, and writes what it made', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    const made: string[] = [];
    const temp = join(root, '.plan.new-3');
    const make = (name: string, text: string) => () => {
      // The files before it are already written in the temporary folder; the swap has not happened.
      made.push(`${name} after ${readdirSync(temp).sort().join(' ') || 'nothing'}`);
      expect(existsSync(plan)).toBe(false);
      return text;
    };
    await writeFolderAtomically(plan, [{ name: 'z.csv', content: make('z.csv', 'zz') }, { name: 'a.csv', content: 'aa' }, { name: 'm.xlsx', content: async () => Promise.resolve(new Uint8Array([1, 2, 3])) }, { name: 'b.json', content: make('b.json', 'bb') }], '3');
    expect(made).toEqual(['z.csv after nothing', 'b.json after a.csv m.xlsx z.csv']);
    expect(contents(plan)).toEqual({ 'a.csv': 'aa', 'b.json': 'bb', 'm.xlsx': '\u0001\u0002\u0003', 'z.csv': 'zz' });
    const manifest = JSON.parse(readFileSync(join(plan, MANIFEST), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toEqual(['a.csv', 'b.json', 'm.xlsx', 'z.csv']);
  });

  it("tells a file's SHA-256 (of the bytes on disk) once it is written, before the next file is made", async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    const told: string[] = [];
    const later = () => {
      told.push('made b.json');
      return 'bb';
    };
    await writeFolderAtomically(plan, [{ name: 'a.csv', content: () => '学校,ok\n', written: (h) => told.push(h) }, { name: 'b.json', content: later }], '4');
    expect(told).toEqual([createHash('sha256').update(readFileSync(join(plan, 'a.csv'))).digest('hex'), 'made b.json']);
  });

  it('leaves the old folder untouched, and nothing beside it, when a file cannot be made', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1');
    const broken = () => {
      throw new Error('cannot make it');
    };
    await expect(writeFolderAtomically(plan, [{ name: 'a.csv', content: 'x' }, { name: 'b.json', content: broken }], '2')).rejects.toThrow('cannot make it');
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
  });
});

describe('recoverFolder puts back what a killed run left behind', () => {
  it('killed between the two renames: the old plan is restored', async () => {
    const root = fresh();
    await writeFolderAtomically(join(root, '.plan.old-77'), OLD, '1');
    await writeFolderAtomically(join(root, '.plan.new-77'), NEW, '1');
    const done = await recoverFolder(join(root, 'plan'));
    expect(done).toEqual(['restored plan from .plan.old-77', 'removed .plan.new-77']);
    expect(contents(join(root, 'plan'))).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
    expect((await check(join(root, 'plan'))).ok).toBe(true);
  });

  it('killed while writing: the half-written folder goes, the old plan stays', async () => {
    const root = fresh();
    await writeFolderAtomically(join(root, 'plan'), OLD, '1');
    mkdirSync(join(root, '.plan.new-78'));
    writeFileSync(join(root, '.plan.new-78', 'a.csv'), 'half');
    expect(await recoverFolder(join(root, 'plan'))).toEqual(['removed .plan.new-78']);
    expect(contents(join(root, 'plan'))).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
  });

  it('killed while removing the old folder: the new plan stays, the rest goes', async () => {
    const root = fresh();
    await writeFolderAtomically(join(root, 'plan'), NEW, '1');
    mkdirSync(join(root, '.plan.old-79'));
    writeFileSync(join(root, '.plan.old-79', 'b.json'), 'old b');
    expect(await recoverFolder(join(root, 'plan'))).toEqual(['removed .plan.old-79']);
    expect(contents(join(root, 'plan'))).toEqual({ 'a.csv': 'new a', 'c.html': 'new c' });
  });

  it('does nothing when nothing was left, and touches no other folder', async () => {
    const root = fresh();
    mkdirSync(join(root, '.plan2.old-1'));
    expect(await recoverFolder(join(root, 'plan'))).toEqual([]);
    expect(existsSync(join(root, '.plan2.old-1'))).toBe(true);
  });
});

describe('checkFolder never overwrites a user’s work without --force', () => {
  it('allows a missing folder, an empty one and an untouched plan', async () => {
    const root = fresh();
    expect(await check(join(root, 'plan'))).toEqual({ ok: true });
    mkdirSync(join(root, 'empty'));
    expect(await check(join(root, 'empty'))).toEqual({ ok: true });
    await writeFolderAtomically(join(root, 'plan'), OLD, '1');
    expect(await check(join(root, 'plan'))).toEqual({ ok: true });
  });

  it('names a file edited after it was written', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1');
    writeFileSync(join(plan, 'a.csv'), 'old a, edited');
    const r = await check(plan);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.zh).toContain('a.csv 在写出后被修改过');
      expect(r.en).toContain('a.csv in the output folder');
      expect(r.en).toContain('--force');
    }
    expect((await check(plan, true)).ok).toBe(true);
  });

  it('names a file added to a plan folder, and says when Excel has a file open', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1');
    writeFileSync(join(plan, '我的批注.xlsx'), 'x');
    const added = await check(plan);
    expect(added.ok ? '' : added.en).toContain('holds 我的批注.xlsx, not written by rotate');
    writeFileSync(join(plan, '~$a.csv'), 'lock');
    const open = await check(plan);
    expect(open.ok ? '' : open.zh).toContain('a.csv 正在Excel或WPS中打开');
  });

  it('refuses a folder rotate did not write or one holding an input (unless forced), a file in place of the folder and the working folder (always)', async () => {
    const root = fresh();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'notes.txt'), 'mine');
    const foreign = await check(join(root, 'docs'));
    expect(foreign.ok ? '' : foreign.en).toContain('is not a plan folder written by rotate (it holds notes.txt)');
    expect((await check(join(root, 'docs'), true)).ok).toBe(true);
    writeFileSync(join(root, 'file'), 'x');
    expect((await check(join(root, 'file'), true)).ok).toBe(false);
    expect((await checkFolder(root, { force: true, inputs: [], cwd: join(root, 'docs') })).ok).toBe(false);
    const holdsInput = await checkFolder(join(root, 'docs'), { force: false, inputs: [join(root, 'docs', 'notes.txt')], cwd: tmpdir() });
    expect(holdsInput.ok ? '' : holdsInput.en).toContain('holds the input file notes.txt, which replacing it would delete');
    expect((await checkFolder(join(root, 'docs'), { force: true, inputs: [join(root, 'docs', 'notes.txt')], cwd: tmpdir() })).ok).toBe(true);
  });
});
