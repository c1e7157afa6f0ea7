import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkFolder, MANIFEST, recoverFolder, writeFolderAtomically, type Finishing, type FolderKind, type OutputFile } from '../../src/output/write-folder.js';

/**
 * The file system as it is, but for what a test asks: `held` holds back a step of writing a file
 * (`open a.csv`, `sync a.csv`) until its promise settles, and `seen` (when a test sets it) notes
 * each held step as it goes on and each removal of a folder, in the order they happen.
 */
const fsSeam = vi.hoisted(() => ({ held: new Map<string, Promise<unknown>>(), seen: undefined as string[] | undefined }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const step = async (name: string): Promise<void> => {
    const hold = fsSeam.held.get(name);
    if (!hold) return;
    await hold;
    fsSeam.seen?.push(name);
  };
  const open: typeof fs.open = async (path, ...rest) => {
    const name = basename(String(path));
    await step(`open ${name}`);
    const handle = await fs.open(path, ...rest);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await step(`sync ${name}`);
      return sync();
    };
    return handle;
  };
  const rm: typeof fs.rm = async (path, ...rest) => {
    fsSeam.seen?.push(`rm ${basename(String(path))}`);
    return fs.rm(path, ...rest);
  };
  return { ...fs, open, rm };
});

/** Holds back a step of writing a file (`open a.csv`, `sync a.csv`) for `ms` milliseconds; inside {@link noting} only. */
function hold(step: string, ms: number): void {
  fsSeam.held.set(step, new Promise((resolve) => setTimeout(resolve, ms)));
}

/** Runs `test` noting what happens, in the order it happens (see {@link fsSeam}), then forgets the holds. */
async function noting(test: (seen: string[]) => Promise<void>): Promise<void> {
  const seen: string[] = [];
  fsSeam.seen = seen;
  try {
    await test(seen);
  } finally {
    fsSeam.seen = undefined;
    fsSeam.held.clear();
  }
}

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

const fresh = () => mkdtempSync(join(tmpdir(), 'rotate-wf-'));

/** A file's maker that fails. */
const broken = (): never => {
  throw new Error('cannot make it');
};

/** A file whose text is its name, noting in `seen` when it is made. */
const noted = (name: string, seen: string[]): OutputFile => ({
  name,
  content: () => {
    seen.push(`make ${name}`);
    return name;
  },
});
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

const check = (dir: string, force = false, kind: FolderKind = 'plan') => checkFolder(dir, { force, inputs: [], kind, cwd: tmpdir() });

describe('writeFolderAtomically', () => {
  it('replaces the folder whole, with a manifest of every file, and leaves nothing beside it', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    await writeFolderAtomically(plan, NEW, '2', 'plan');
    expect(contents(plan)).toEqual({ 'a.csv': 'new a', 'c.html': 'new c' });
    expect(readdirSync(root)).toEqual(['plan']);
    const manifest = JSON.parse(readFileSync(join(plan, MANIFEST), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toEqual(['a.csv', 'c.html']);
    expect(manifest.files['a.csv']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves the old folder untouched when a file cannot be written', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    await expect(writeFolderAtomically(plan, [{ name: 'a.csv', content: 'x' }, { name: 'no/such/dir.csv', content: 'x' }], '2', 'plan')).rejects.toThrow();
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
  });
});

describe('writeFolderAtomically with files made as they are written', () => {
  it('makes each in the order given, when every file but the one before it is on disk, and writes what it made', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    const made: string[] = [];
    const temp = join(root, '.plan.new-3');
    const make = (name: string, text: string, before: string) => () => {
      // The files before the one before it are already written in the temporary folder (that one may be under way); the swap has not happened.
      const written = readdirSync(temp).filter((f) => f !== before);
      made.push(`${name} after ${written.sort().join(' ') || 'nothing'}`);
      expect(existsSync(plan)).toBe(false);
      return text;
    };
    await writeFolderAtomically(plan, [{ name: 'z.csv', content: make('z.csv', 'zz', '') }, { name: 'a.csv', content: 'aa' }, { name: 'm.xlsx', content: async () => Promise.resolve(new Uint8Array([1, 2, 3])) }, { name: 'b.json', content: make('b.json', 'bb', 'm.xlsx') }], '3', 'plan');
    expect(made).toEqual(['z.csv after nothing', 'b.json after a.csv z.csv']);
    expect(contents(plan)).toEqual({ 'a.csv': 'aa', 'b.json': 'bb', 'm.xlsx': '\u0001\u0002\u0003', 'z.csv': 'zz' });
    const manifest = JSON.parse(readFileSync(join(plan, MANIFEST), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toEqual(['a.csv', 'b.json', 'm.xlsx', 'z.csv']);
  });

  it('goes on making files while the ones before them are synced, and writes the manifest once all are', async () => {
    const root = fresh();
    await noting(async (seen) => {
      hold('sync a.csv', 100);
      const file = (name: string): OutputFile => noted(name, seen);
      await writeFolderAtomically(join(root, 'plan'), [file('a.csv'), file('b.csv'), file('c.csv')], '7', 'plan');
      expect(seen.filter((s) => !s.startsWith('rm '))).toEqual(['make a.csv', 'make b.csv', 'make c.csv', 'sync a.csv']);
    });
    const manifest = JSON.parse(readFileSync(join(root, 'plan', MANIFEST), 'utf8')) as { files: Record<string, string> };
    expect(manifest.files).toEqual({ 'a.csv': sha('a.csv'), 'b.csv': sha('b.csv'), 'c.csv': sha('c.csv') });
  });

  it('makes the next file while the one before it is written, and no further: one write in flight at most', async () => {
    const root = fresh();
    await noting(async (seen) => {
      hold('open a.csv', 100);
      const file = (name: string): OutputFile => ({ ...noted(name, seen), written: () => seen.push(`told ${name}`) });
      await writeFolderAtomically(join(root, 'plan'), [file('a.csv'), file('b.csv'), file('c.csv')], '5', 'plan');
      expect(seen.filter((s) => !s.startsWith('rm '))).toEqual(['make a.csv', 'make b.csv', 'open a.csv', 'told a.csv', 'make c.csv', 'told b.csv', 'told c.csv']);
    });
    expect(contents(join(root, 'plan'))).toEqual({ 'a.csv': 'a.csv', 'b.csv': 'b.csv', 'c.csv': 'c.csv' });
  });

  it('makes the next file while one is finishing on another thread, and writes it once finished', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    const seen: string[] = [];
    const later = (ms: number, result: () => string) => new Promise<string>((resolve) => setTimeout(() => resolve(result()), ms));
    const finishing = (): Finishing => ({ finishing: later(50, () => (seen.push('finished a.xlsx'), 'aa')) });
    await writeFolderAtomically(plan, [{ name: 'a.xlsx', content: finishing }, { name: 'b.csv', content: () => (seen.push('make b.csv'), 'bb') }], '8', 'plan');
    expect(seen).toEqual(['make b.csv', 'finished a.xlsx']);
    expect(contents(plan)).toEqual({ 'a.xlsx': 'aa', 'b.csv': 'bb' });
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    const failing = (): Finishing => ({ finishing: Promise.reject(new Error('the worker failed')) });
    await expect(writeFolderAtomically(plan, [{ name: 'a.xlsx', content: failing }, { name: 'b.csv', content: () => 'bb' }], '9', 'plan')).rejects.toThrow('the worker failed');
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
  });

  it("tells a file's SHA-256 (of the bytes on disk) once it is written, before the next file that asks for it is made", async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    const told: string[] = [];
    const later = () => {
      told.push('made b.json');
      return 'bb';
    };
    await writeFolderAtomically(plan, [{ name: 'a.csv', content: () => '学校,ok\n', written: (h) => told.push(h) }, { name: 'b.json', content: later, afterWritten: true }], '4', 'plan');
    expect(told).toEqual([sha(readFileSync(join(plan, 'a.csv'))), 'made b.json']);
  });

  it('makes a file that records the hashes of the files before it only once they are written, synced and told, in their order', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    const told = new Map<string, string>();
    const table = (name: string, text: string): OutputFile => ({ name, content: () => text, written: (h) => told.set(name, h) });
    const record = (): string => {
      expect(readFileSync(join(root, '.plan.new-6', 'b.csv'), 'utf8')).toBe('b'.repeat(100_000));
      return [...told].map(([name, hash]) => `${name} ${hash}`).join('\n');
    };
    await noting(async () => {
      // The table just before it is slow to write: it would be in flight when the record is made, were the record not made after it.
      hold('open b.csv', 50);
      await writeFolderAtomically(plan, [table('a.csv', 'a'), table('b.csv', 'b'.repeat(100_000)), { name: 'hashes.txt', content: record, afterWritten: true }], '6', 'plan');
    });
    const onDisk = (name: string): string => sha(readFileSync(join(plan, name)));
    expect(readFileSync(join(plan, 'hashes.txt'), 'utf8')).toBe(`a.csv ${onDisk('a.csv')}\nb.csv ${onDisk('b.csv')}`);
  });

  it('leaves the old folder untouched, and nothing beside it, when a file cannot be made', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    await expect(writeFolderAtomically(plan, [{ name: 'a.csv', content: 'x' }, { name: 'b.json', content: broken }], '2', 'plan')).rejects.toThrow('cannot make it');
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
  });

  it('removes the temporary folder only once the write in flight has settled, when the next file cannot be made', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    await noting(async (seen) => {
      hold('open a.csv', 50);
      await expect(writeFolderAtomically(plan, [{ name: 'a.csv', content: () => 'x' }, { name: 'b.json', content: broken }], '2', 'plan')).rejects.toThrow('cannot make it');
      expect(seen).toEqual(['rm .plan.new-2', 'open a.csv', 'rm .plan.new-2']);
    });
    await noting(async (seen) => {
      // A sync still under way, two files back.
      hold('sync a.csv', 50);
      await expect(writeFolderAtomically(plan, [{ name: 'a.csv', content: () => 'x' }, { name: 'b.csv', content: () => 'y' }, { name: 'c.json', content: broken }], '3', 'plan')).rejects.toThrow('cannot make it');
      expect(seen).toEqual(['rm .plan.new-3', 'sync a.csv', 'rm .plan.new-3']);
    });
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
  });

  it('fails with the write that failed while the next file was made, leaving the old folder and nothing beside it', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    let made = false;
    const slow = async () => {
      // The failed write settles meanwhile: it must not go unhandled.
      await new Promise((resolve) => setTimeout(resolve, 50));
      made = true;
      return 'b';
    };
    await expect(writeFolderAtomically(plan, [{ name: 'no/such/dir.csv', content: 'x' }, { name: 'b.json', content: slow }], '2', 'plan')).rejects.toThrow(/ENOENT/u);
    expect(made).toBe(true);
    expect(contents(plan)).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
  });
});

describe('recoverFolder puts back what a killed run left behind', () => {
  it('killed between the two renames: the old plan is restored', async () => {
    const root = fresh();
    await writeFolderAtomically(join(root, '.plan.old-77'), OLD, '1', 'plan');
    await writeFolderAtomically(join(root, '.plan.new-77'), NEW, '1', 'plan');
    const done = await recoverFolder(join(root, 'plan'));
    expect(done).toEqual(['restored plan from .plan.old-77', 'removed .plan.new-77']);
    expect(contents(join(root, 'plan'))).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
    expect(readdirSync(root)).toEqual(['plan']);
    expect((await check(join(root, 'plan'))).ok).toBe(true);
  });

  it('killed while writing: the half-written folder goes, the old plan stays', async () => {
    const root = fresh();
    await writeFolderAtomically(join(root, 'plan'), OLD, '1', 'plan');
    mkdirSync(join(root, '.plan.new-78'));
    writeFileSync(join(root, '.plan.new-78', 'a.csv'), 'half');
    expect(await recoverFolder(join(root, 'plan'))).toEqual(['removed .plan.new-78']);
    expect(contents(join(root, 'plan'))).toEqual({ 'a.csv': 'old a', 'b.json': 'old b' });
  });

  it('killed while removing the old folder: the new plan stays, the rest goes', async () => {
    const root = fresh();
    await writeFolderAtomically(join(root, 'plan'), NEW, '1', 'plan');
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
    await writeFolderAtomically(join(root, 'plan'), OLD, '1', 'plan');
    expect(await check(join(root, 'plan'))).toEqual({ ok: true });
  });

  it('names a file edited after it was written', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
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
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    writeFileSync(join(plan, '我的批注.xlsx'), 'x');
    const added = await check(plan);
    expect(added.ok ? '' : added.en).toContain('holds 我的批注.xlsx, not written by rotate');
    writeFileSync(join(plan, '~$a.csv'), 'lock');
    const open = await check(plan);
    expect(open.ok ? '' : open.zh).toContain('a.csv 正在Excel或WPS中打开');
  });

  it('refuses a folder rotate did not write (unless forced), and one holding an input, a file in place of the folder and the working folder (always)', async () => {
    const root = fresh();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'notes.txt'), 'mine');
    const foreign = await check(join(root, 'docs'));
    expect(foreign.ok ? '' : foreign.en).toContain('is not a plan folder written by rotate (it holds notes.txt)');
    expect((await check(join(root, 'docs'), true)).ok).toBe(true);
    writeFileSync(join(root, 'file'), 'x');
    expect((await check(join(root, 'file'), true)).ok).toBe(false);
    expect((await checkFolder(root, { force: true, inputs: [], kind: 'plan', cwd: join(root, 'docs') })).ok).toBe(false);
    const holdsInput = await checkFolder(join(root, 'docs'), { force: false, inputs: [join(root, 'docs', 'notes.txt')], kind: 'plan', cwd: tmpdir() });
    expect(holdsInput.ok ? '' : holdsInput.en).toContain('holds the input file notes.txt, which replacing it would delete');
    // --force does not delete the run's own inputs (`rotate plan d/*.csv -o d --force` wiped them).
    const forced = await checkFolder(join(root, 'docs'), { force: true, inputs: [join(root, 'docs', 'notes.txt')], kind: 'plan', cwd: tmpdir() });
    expect(forced.ok ? '' : forced.zh).toContain('加 --force 也不替换');
    const above = await checkFolder(root, { force: true, inputs: [join(root, 'docs', 'notes.txt')], kind: 'plan', cwd: tmpdir() });
    expect(above.ok).toBe(false);
  });

  it('names the folder in a system error of a write that names no path (a full disk), and leaves the old folder', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    const full = (): string => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    };
    await expect(writeFolderAtomically(plan, [{ name: 'a.csv', content: full }], '2', 'plan')).rejects.toMatchObject({ code: 'ENOSPC', path: plan });
    expect(readFileSync(join(plan, 'a.csv'), 'utf8')).toBe('old a');
  });

  it('refuses a folder another command wrote (a plan folder where lists are to be published) unless forced, and says which it is', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    expect(JSON.parse(readFileSync(join(plan, MANIFEST), 'utf8'))).toMatchObject({ kind: 'plan' });
    const lists = await check(plan, false, 'publish');
    expect(lists.ok ? '' : lists.zh).toContain('是 rotate 写出的方案文件夹, 不能用公示名册文件夹替换');
    expect(lists.ok ? '' : lists.en).toContain('is a plan folder written by rotate, not a folder of published lists');
    const roster = await check(plan, false, 'roster');
    expect(roster.ok ? '' : roster.en).toContain('not a roster folder');
    expect((await check(plan, true, 'publish')).ok).toBe(true);
    expect((await check(plan, false, 'plan')).ok).toBe(true);
    await writeFolderAtomically(join(root, 'pub'), OLD, '2', 'publish');
    const planOverLists = await check(join(root, 'pub'), false, 'plan');
    expect(planOverLists.ok ? '' : planOverLists.en).toContain('is a folder of published lists written by rotate, not a plan folder');
    // A manifest written before kinds were recorded: a plan folder is known by its summary.json.
    const legacy = join(root, 'legacy');
    await writeFolderAtomically(legacy, [{ name: 'summary.json', content: '{}' }], '3', 'plan');
    const m = JSON.parse(readFileSync(join(legacy, MANIFEST), 'utf8')) as { kind?: string };
    delete m.kind;
    writeFileSync(join(legacy, MANIFEST), JSON.stringify(m));
    expect((await check(legacy, false, 'publish')).ok).toBe(false);
    expect((await check(legacy, false, 'plan')).ok).toBe(true);
  });

  it('refuses, even forced, a folder inside one rotate wrote: it would be a foreign file there', async () => {
    const root = fresh();
    const plan = join(root, 'plan');
    await writeFolderAtomically(plan, OLD, '1', 'plan');
    for (const inside of [join(plan, 'pub'), join(plan, 'a', 'b')]) {
      const r = await check(inside, true, 'publish');
      expect(r.ok ? '' : r.en).toContain('lies inside');
      expect(r.ok ? '' : r.zh).toContain('在 rotate 写出的文件夹');
    }
    expect((await check(join(root, 'beside'), false, 'publish')).ok).toBe(true);
  });
});
