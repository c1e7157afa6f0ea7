/**
 * The plan folder is written whole or not at all, and never over a user's work.
 *
 * The files go into a fresh sibling folder `.plan.new-TAG`, each synced to disk, with a
 * manifest (`.rotate-manifest.json`: the SHA-256 of every file) written last. Then two
 * renames swap it in: `plan` → `.plan.old-TAG`, `.plan.new-TAG` → `plan`, and the old
 * folder is removed. A run killed at any moment leaves one of these states, each of which
 * {@link recoverFolder} (called at the start of every run) turns back into "exactly the old
 * plan" or "exactly the new plan":
 *
 * | left behind | meaning | recovery |
 * |---|---|---|
 * | `.plan.new-*` only, `plan` as before | killed while writing | remove the new folder: the old plan stands |
 * | `.plan.old-*`, no `plan` | killed between the two renames | rename the old folder back: the old plan stands |
 * | `plan` and `.plan.old-*` | killed while removing the old folder | remove it: the new plan stands |
 *
 * Two runs never write the same folder at the same moment: each holds the folder's lock
 * (folder-lock.ts) from its first recovery to the swap.
 *
 * The files are made on this thread one at a time, in their order, each while the one before it
 * is written by the thread pool: at most that one's bytes are in flight, so that a folder of large
 * files (10–13 MB each for an 80,000-teacher plan) holds two of them at most. Each step of a write
 * (open, write, sync, close) needs this thread to start the next, so a file is made only once the
 * one before it is written, and its sync, the slow step on a disk, runs on while the next files
 * are made; the manifest is written once every file is synced. A failure, in making a file or in
 * writing one, removes the temporary folder only once every write and sync under way has settled:
 * nothing is created in it after it is gone.
 */
import { createHash } from 'node:crypto';
import { lstat, open, readdir, realpath, rename, rm, mkdir, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readBytes, readSmallText } from '../input/read-bytes.js';
import { MAX_PLAN_FILE_BYTES } from '../input/limits.js';
import { showPath } from '../safe/show-path.js';

/** A file's bytes, or its text (written as UTF-8). */
export type FileContent = string | Uint8Array;

/**
 * A file whose making goes on in another thread (a workbook compressed by a worker): its maker
 * has done its part on this thread, and the next file is made while `finishing` settles.
 */
export interface Finishing {
  finishing: Promise<FileContent>;
}

/**
 * One file of a folder: its content, or how to make it. A file given by a function is made when
 * its turn comes (while the file before it is written) and let go once it is written, so that a
 * folder of large files never holds them all in memory at once.
 */
export interface OutputFile {
  name: string;
  content: FileContent | (() => FileContent | Finishing | Promise<FileContent | Finishing>);
  /** Told the SHA-256 of the file's bytes once it is written, the files in their order (a later file may record it: see `afterWritten`). */
  written?: (sha256: string) => void;
  /**
   * Made only once every file before it is written, synced and told (explain.json records the
   * tables' SHA-256); any other file is made while the one before it is still being written.
   */
  afterWritten?: boolean;
}

/** The manifest's name inside a plan folder. */
export const MANIFEST = '.rotate-manifest.json';

/** Which command wrote a folder: `rotate plan`, `rotate publish` or `rotate roster`. */
export type FolderKind = 'plan' | 'publish' | 'roster';

/** A folder kind's name in both languages, for messages. */
const KIND_NAME: Readonly<Record<FolderKind, { zh: string; en: string }>> = {
  plan: { zh: '方案文件夹', en: 'a plan folder' },
  publish: { zh: '公示名册文件夹', en: 'a folder of published lists' },
  roster: { zh: '花名册文件夹', en: 'a roster folder' },
};

/** What a manifest holds: which command wrote the folder, and every file it wrote, with the SHA-256 of its bytes. */
export interface Manifest {
  format: 'rotate-plan/1';
  /** Missing in folders written before it was recorded: see kindOf. */
  kind?: FolderKind;
  files: Record<string, string>;
}

/** The kind a manifest records, or, in one written before kinds were recorded, the kind its files show (undefined if they show none). */
function kindOf(m: Manifest): FolderKind | undefined {
  if (m.kind === 'plan' || m.kind === 'publish' || m.kind === 'roster') return m.kind;
  if (Object.hasOwn(m.files, 'summary.json')) return 'plan';
  if (Object.hasOwn(m.files, 'index.html')) return 'publish';
  return undefined;
}

/** The file that marks a folder of the same command as holding other lists, and what each list is, for the message. */
export interface OtherLists {
  file: string;
  was: { zh: string; en: string };
  now: { zh: string; en: string };
}

/** Whether the output folder `dir` already holds files (other than the manifest): a run that writes it replaces earlier output, which publish and roster say. */
export async function holdsEarlierOutput(dir: string): Promise<boolean> {
  return (await readdir(await outputTarget(dir)).catch(() => [] as string[])).some((n) => n !== MANIFEST);
}

/** Whether a folder may be replaced, or why not (bilingual, naming the file). */
export type FolderCheck = { ok: true } | { ok: false; zh: string; en: string };

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Where a plan for `dir` goes: the folder itself, or, when `dir` is a symbolic link, the folder
 * it points to. The link is followed, not replaced: a user who links `plan` to a shared drive
 * means the plan to land there, and the link keeps pointing at the new plan (the swap happens
 * beside the real folder). A link to nothing is returned as it is, and refused by checkFolder.
 */
export async function outputTarget(dir: string): Promise<string> {
  const target = resolve(dir);
  const info = await lstat(target).catch(() => null);
  if (!info?.isSymbolicLink()) return target;
  return realpath(target).catch(() => target);
}

/** The temporary and backup folders of a target live beside it: `.plan.new-TAG`, `.plan.old-TAG`. */
export function siblings(target: string): { parent: string; newPrefix: string; oldPrefix: string } {
  const base = basename(target);
  return { parent: dirname(target), newPrefix: `.${base}.new-`, oldPrefix: `.${base}.old-` };
}

/** True when something (a file, a folder, a link to one) is at `path`. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function writeSynced(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** How a step of a file's write ended: never a rejection, so that none goes unhandled while this thread makes the next file. */
type Outcome<T> = { failed: false; value: T } | { failed: true; error: unknown };

const outcome = <T>(step: Promise<T>): Promise<Outcome<T>> =>
  step.then(
    (value) => ({ failed: false as const, value }),
    (error: unknown) => ({ failed: true as const, error }),
  );

/** A file handed to the thread pool: `written` (with its SHA-256) once the system has its bytes, `synced` once they are on disk and it is closed. */
interface Flight {
  written: Promise<Outcome<string>>;
  synced: Promise<Outcome<void>>;
}

interface Written {
  handle: FileHandle;
  sha256: string;
}

/** A made file on its way to the disk: held here only until its bytes are taken (see bytesOf). */
interface Handed {
  made: FileContent | Finishing | undefined;
}

/**
 * A made file's bytes (once another thread has finished it, if it is {@link Finishing}), taken out
 * of `h`: text is turned into UTF-8 here and let go at once, so that no write under way holds both
 * the text and its bytes (an 80,000-teacher plan's explain.json is 19 MB of text, 12 MB of UTF-8,
 * in flight while plan.xlsx is made).
 */
async function bytesOf(h: Handed): Promise<Uint8Array> {
  const made = h.made;
  h.made = undefined;
  if (made === undefined) throw new Error('a made file was handed over twice');
  return utf8(typeof made === 'string' || made instanceof Uint8Array ? made : await made.finishing);
}

const utf8 = (content: FileContent): Uint8Array => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

/**
 * Writes a made file. Text is turned into UTF-8 once, for both the write and the hash, and the
 * hash is taken of the very bytes written; they are let go once written.
 */
async function writeBytes(path: string, handed: Handed): Promise<Written> {
  const bytes = await bytesOf(handed);
  const hash = sha256(bytes);
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
  } catch (e) {
    await handle.close();
    throw e;
  }
  return { handle, sha256: hash };
}

async function syncAndClose({ handle }: Written): Promise<void> {
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function launch(path: string, handed: Handed): Flight {
  const writing = writeBytes(path, handed);
  return { written: outcome(writing.then((w) => w.sha256)), synced: outcome(writing.then(syncAndClose)) };
}

/**
 * Makes and writes `files` into `temp` (see the file comment): each is made while the file before
 * it is written, once the one before that is (or, if it asks for `afterWritten`, once every file
 * before it is synced). Returns their SHA-256 by name. When it throws, no write or sync is under
 * way any more; of two failures, the earlier file's is thrown.
 */
async function writeFiles(temp: string, files: readonly OutputFile[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const flights: Flight[] = [];
  let untold: { file: OutputFile; flight: Flight } | undefined;
  /** Waits until the last file handed over is written, and tells its SHA-256. */
  const written = async (): Promise<void> => {
    const last = untold;
    untold = undefined;
    if (!last) return;
    const r = await last.flight.written;
    if (r.failed) throw r.error;
    hashes.set(last.file.name, r.value);
    last.file.written?.(r.value);
  };
  const synced = async (): Promise<void> => {
    await written();
    for (const flight of flights) {
      const r = await flight.synced;
      if (r.failed) throw r.error;
    }
  };
  try {
    for (const file of files) {
      if (file.afterWritten) await synced();
      const handed: Handed = { made: typeof file.content === 'function' ? await file.content() : file.content };
      await written();
      const flight = launch(join(temp, file.name), handed);
      flights.push(flight);
      untold = { file, flight };
    }
    await synced();
  } catch (e) {
    const failed = (await Promise.all(flights.map((f) => f.synced))).find((r) => r.failed);
    throw failed?.failed ? failed.error : e;
  }
  return hashes;
}

/** Syncs a folder's entries (the renames in it) to disk; a no-op where folders cannot be opened (Windows). */
async function syncDir(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on this platform: the renames are still atomic, only not yet durable.
  }
}

/**
 * Puts a folder left half-swapped by a killed run back in order (see the table above): a
 * missing target with a backup beside it gets the backup back; leftover temporary and backup
 * folders (and a lock a killed run moved aside) are removed. Returns what it did, in words, for
 * a log line; empty when nothing was left.
 */
export async function recoverFolder(dir: string): Promise<string[]> {
  const target = await outputTarget(dir);
  const { parent, newPrefix, oldPrefix } = siblings(target);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const olds = entries.filter((e) => e.startsWith(oldPrefix)).sort();
  const news = entries.filter((e) => e.startsWith(newPrefix)).sort();
  const done: string[] = [];
  if (olds.length > 0 && !(await exists(target))) {
    // At most one backup can exist (each run recovers first); the newest wins if not.
    const times = await Promise.all(olds.map(async (o) => ({ o, t: (await stat(join(parent, o))).mtimeMs })));
    times.sort((a, b) => b.t - a.t || (a.o < b.o ? 1 : -1));
    const latest = times[0]?.o ?? '';
    await rename(join(parent, latest), target);
    await syncDir(parent);
    done.push(`restored ${basename(target)} from ${latest}`);
  }
  // A lock moved aside by a run killed while it took over a stale lock (see folder-lock.ts).
  const asides = entries.filter((e) => e.startsWith(`.${basename(target)}.lock.stale-`));
  for (const leftover of [...news, ...olds, ...asides]) {
    const path = join(parent, leftover);
    if (!(await exists(path))) continue;
    await rm(path, { recursive: true, force: true });
    done.push(`removed ${leftover}`);
  }
  return done;
}

async function readManifest(target: string): Promise<Manifest | null> {
  try {
    // Through the guarded reader: a FIFO or a device named like the manifest is refused, not waited on.
    const m = JSON.parse((await readSmallText(join(target, MANIFEST), 16 * 1024 * 1024)) ?? '') as Partial<Manifest>;
    if (m.format !== 'rotate-plan/1' || typeof m.files !== 'object' || m.files === null) return null;
    return m as Manifest;
  } catch {
    return null;
  }
}

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const list = (names: readonly string[]): string => names.slice(0, 5).map(showPath).join(', ') + (names.length > 5 ? `, … (${names.length})` : '');

/** The nearest folder above `target` (not `target` itself) that rotate wrote (it holds a manifest), if any. */
async function enclosingRotateFolder(target: string): Promise<string | undefined> {
  for (let up = dirname(target); ; up = dirname(up)) {
    if ((await stat(join(up, MANIFEST)).catch(() => null))?.isFile()) return up;
    if (dirname(up) === up) return undefined;
  }
}

/**
 * Whether `dir` may be replaced by a new folder of `kind`. A missing or empty folder may. A
 * folder written by rotate may when the same command wrote it and every file in it is as rotate
 * wrote it (checked against the manifest); a file edited or added since is named, and with
 * `force` the folder is replaced anyway. A folder without a manifest, or one another command
 * wrote (a plan folder where the lists are to be published), is refused too, unless `force`.
 * Refused always: a folder holding an input file of this run (replacing it would delete the
 * input, `force` or not), a folder inside one rotate wrote (it would become a foreign file
 * there), a file in place of the folder, and the working directory or a folder above it.
 *
 * A folder of the same kind whose manifest lists `other.file` holds other lists of that command
 * (`rotate publish`'s eligible lists where the moves are to go): refused too, unless `force`.
 *
 * @param inputs paths of the input files (never inside the folder being replaced).
 * @param cwd the working directory (never replaced); the process's by default.
 */
export async function checkFolder(dir: string, opts: { force: boolean; inputs: readonly string[]; kind: FolderKind; cwd?: string; other?: OtherLists }): Promise<FolderCheck> {
  const target = await outputTarget(dir);
  const shown = showPath(dir);
  if ((await lstat(target).catch(() => null))?.isSymbolicLink()) {
    return { ok: false, zh: `输出位置 ${shown} 是指向不存在位置的符号链接，未写入；请用 -o 另选文件夹`, en: `the output ${shown} is a symbolic link to nothing; nothing was written: choose a folder with -o` };
  }
  const hint = { zh: '请用 -o 另选文件夹，或加 --force 覆盖', en: 'choose another folder with -o, or add --force to replace it' };
  const found = await enclosingRotateFolder(target);
  if (found !== undefined) {
    // As the user would type it: relative to the working folder unless it lies above it.
    const rel = relative(resolve(opts.cwd ?? '.'), found);
    const around = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : found;
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 在 rotate 写出的文件夹 ${showPath(around)} 之中（那里只保存 rotate 写出的文件）；请用 -o 另选文件夹`,
      en: `the output folder ${shown} lies inside ${showPath(around)}, a folder rotate wrote (it holds only what rotate wrote); choose another folder with -o`,
    };
  }
  const info = await stat(target).catch(() => null);
  if (!info) {
    // The folder is new: every existing folder above it must be a folder.
    for (let up = dirname(target); ; up = dirname(up)) {
      const above = await stat(up).catch(() => null);
      if (above && !above.isDirectory()) {
        return { ok: false, zh: `无法在 ${shown} 写出方案：${showPath(up)} 是一个文件而不是文件夹；请用 -o 另选文件夹`, en: `cannot write the plan to ${shown}: ${showPath(up)} is a file, not a folder; choose a folder with -o` };
      }
      if (above || dirname(up) === up) break;
    }
    return { ok: true };
  }
  if (!info.isDirectory()) {
    return { ok: false, zh: `输出位置 ${shown} 是一个文件而不是文件夹，未覆盖；请用 -o 另选文件夹`, en: `the output ${shown} is a file, not a folder, and was left alone; choose a folder with -o` };
  }
  if (within(resolve(opts.cwd ?? '.'), target)) {
    return { ok: false, zh: `输出文件夹 ${shown} 是当前文件夹或其上级，不能被方案替换；请用 -o 另选文件夹`, en: `the output folder ${shown} is the working folder or holds it, and cannot be replaced by a plan; choose another folder with -o` };
  }
  const entries = (await readdir(target)).sort();
  if (entries.length === 0) return { ok: true };
  // Not even with --force: the input would be gone with the folder.
  const input = opts.inputs.find((p) => within(resolve(p), target));
  if (input !== undefined) {
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 中有本次的输入文件 ${showPath(basename(input))}，替换后它将不复存在（加 --force 也不替换）；请用 -o 另选文件夹`,
      en: `the output folder ${shown} holds the input file ${showPath(basename(input))}, which replacing it would delete (not even with --force); choose another folder with -o`,
    };
  }
  if (opts.force) return { ok: true };
  const manifest = await readManifest(target);
  if (!manifest) {
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 已存在且不是 rotate 写出的${KIND_NAME[opts.kind].zh}（其中有 ${list(entries)}），未覆盖；${hint.zh}`,
      en: `the output folder ${shown} exists and is not ${KIND_NAME[opts.kind].en} written by rotate (it holds ${list(entries)}); nothing was replaced: ${hint.en}`,
    };
  }
  const kind = kindOf(manifest);
  if (kind !== undefined && kind !== opts.kind) {
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 是 rotate 写出的${KIND_NAME[kind].zh}, 不能用${KIND_NAME[opts.kind].zh}替换，未覆盖；${hint.zh}`,
      en: `the output folder ${shown} is ${KIND_NAME[kind].en} written by rotate, not ${KIND_NAME[opts.kind].en}; nothing was replaced: ${hint.en}`,
    };
  }
  const other = opts.other;
  if (other && Object.hasOwn(manifest.files, other.file)) {
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 中是${other.was.zh}（${showPath(other.file)}）, 不能用${other.now.zh}替换，未覆盖；${hint.zh}`,
      en: `the output folder ${shown} holds ${other.was.en} (${showPath(other.file)}), not ${other.now.en}; nothing was replaced: ${hint.en}`,
    };
  }
  const edited: string[] = [];
  const added: string[] = [];
  for (const name of entries) {
    if (name === MANIFEST) continue;
    const expected = Object.hasOwn(manifest.files, name) ? manifest.files[name] : undefined;
    if (expected === undefined) {
      added.push(name);
      continue;
    }
    const read = await readBytes(join(target, name), MAX_PLAN_FILE_BYTES).catch(() => null);
    if (!read || read.sha256 !== expected) edited.push(name);
  }
  if (edited.length > 0) {
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 中的 ${list(edited)} 在写出后被修改过；为保留您的修改，未覆盖；${hint.zh}`,
      en: `${list(edited)} in the output folder ${shown} was changed after rotate wrote it; it was not overwritten, so your edits are kept: ${hint.en}`,
    };
  }
  const open = added.filter((n) => n.startsWith('~$'));
  if (open.length > 0) {
    const names = list(open.map((n) => n.slice(2)));
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 中的 ${names} 正在Excel或WPS中打开；请先关闭它再运行`,
      en: `${names} in the output folder ${shown} is open in Excel or WPS; close it and run again`,
    };
  }
  if (added.length > 0) {
    return {
      ok: false,
      zh: `输出文件夹 ${shown} 中有不是 rotate 写出的文件 ${list(added)}；为免丢失，未覆盖；${hint.zh}`,
      en: `the output folder ${shown} holds ${list(added)}, not written by rotate; nothing was replaced so it is not lost: ${hint.en}`,
    };
  }
  return { ok: true };
}

/**
 * A system error of a write into the folder, named with the folder when it names no path: a full
 * disk (ENOSPC) fails a write on an open file, and such an error carries no path, so the line the
 * user reads would not say where (env-error.ts).
 */
function withPath(e: unknown, dir: string): unknown {
  if (typeof e === 'object' && e !== null && 'code' in e && !('path' in e)) Object.assign(e, { path: dir });
  return e;
}

/**
 * Writes a whole folder or nothing (see the file comment): a failure or a kill before the
 * swap leaves the old folder untouched; a kill during the swap is undone by the next
 * {@link recoverFolder}. Adds {@link MANIFEST}, which records `kind`. Call {@link checkFolder} first: this replaces
 * whatever is at `dir`. The files are made (those given by a function) one at a time, in the
 * order given, each while the one before it is written into the temporary folder (see the file
 * comment); a file that fails to be made is a failure like one that fails to be written.
 *
 * @param tag unique per run (the process id), so that runs never share a temporary folder.
 */
export async function writeFolderAtomically(dir: string, files: readonly OutputFile[], tag: string, kind: FolderKind): Promise<void> {
  const target = await outputTarget(dir);
  const { parent, newPrefix, oldPrefix } = siblings(target);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `${newPrefix}${tag}`);
  const old = join(parent, `${oldPrefix}${tag}`);
  await rm(temp, { recursive: true, force: true });
  try {
    await mkdir(temp);
    const manifest: Manifest = { format: 'rotate-plan/1', kind, files: {} };
    const hashes = await writeFiles(temp, files);
    for (const name of [...hashes.keys()].sort()) manifest.files[name] = hashes.get(name) ?? '';
    // Last: a temporary folder with a manifest is complete.
    await writeSynced(join(temp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await syncDir(temp);
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw withPath(e, dir);
  }
  const had = await exists(target);
  if (had) await rename(target, old);
  try {
    await rename(temp, target);
  } catch (e) {
    // Put the old plan back (a kill here is undone by recoverFolder instead).
    if (had) await rename(old, target).catch(() => undefined);
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
  await syncDir(parent);
  if (had) await rm(old, { recursive: true, force: true });
}

