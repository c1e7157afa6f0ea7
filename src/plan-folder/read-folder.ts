import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { decode } from '../input/decode.js';
import { readBytes } from '../input/read-bytes.js';
import { MAX_PLAN_FILE_BYTES } from '../input/limits.js';
import { errorCode, isEnvironmentError, unreadable } from '../input/read-error.js';
import { meantPath } from '../input/meant-path.js';
import { isPlanFolder } from './is-plan-folder.js';
import { batchFolderIssue } from './plans-within.js';
import { settledPlanFolder } from '../output/settled-folder.js';
import { showPath } from '../safe/show-path.js';

/** Files of a plan folder, as text (or, those asked for so, as bytes), with the SHA-256 of their bytes. */
export interface PlanFolder {
  dir: string;
  text: Map<string, string>;
  /** The files named in `undecoded`, as read: a file wanted for its SHA-256 only, or read in parts, is not decoded whole. */
  bytes: Map<string, Uint8Array>;
  sha256: Map<string, string>;
}

const isFolder = (dir: string): Promise<boolean> => stat(dir).then((s) => s.isDirectory(), () => false);

/**
 * Why `dir` is no plan folder: a file (a plan's summary.json or assignments.csv given for its
 * folder, or an input file), or nothing at all, with what to type instead where that is known.
 */
async function notAFolder(dir: string): Promise<InputIssue> {
  const file = showPath(dir);
  if (await stat(dir).then(() => true, () => false)) {
    const parent = dirname(dir);
    if (await isPlanFolder(parent)) return { file, zh: `这是方案中的一个文件, 不是方案文件夹; 请给出它所在的文件夹 ${showPath(parent)}`, en: `this is a file of a plan, not the plan's folder; give its folder ${showPath(parent)}` };
    return { file, zh: '这是一个文件, 不是方案文件夹（请给出 rotate plan 写出的文件夹）', en: 'this is a file, not a plan folder (give a folder written by rotate plan)' };
  }
  const meant = meantPath(dir);
  return { file, zh: `方案文件夹不存在（请给出 rotate plan 写出的文件夹）${meant === null ? '' : `; ${meant.zh}`}`, en: `the plan folder does not exist (give a folder written by rotate plan)${meant === null ? '' : `; ${meant.en}`}` };
}

/** Why a file of a plan folder could not be read, in both languages (a FIFO, a device, too big: see read-error.ts). */
function unreadablePlanFile(path: string, name: string, e: unknown): InputIssue {
  const file = showPath(path);
  if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return { file, zh: `方案文件夹中没有 ${name}（是 rotate plan 写出的文件夹吗？）`, en: `the plan folder has no ${name} (is it a folder written by rotate plan?)` };
  return unreadable(e, file);
}

/**
 * Reads the named files of a plan folder written by `rotate plan`. Files in `required` must be
 * there; the others are read when present. A folder that a killed `rotate plan` left mid-swap
 * is first put in order, under its lock, as `plan` itself does (settled-folder.ts), so that
 * `explain`, `diff` and `--baseline` see the plan that stands. Each file is read through the
 * guarded reader (regular files only, at most 512 MB). Never throws on a bad folder: a missing
 * folder or file is an issue (an environment error, such as too many open files, is thrown).
 *
 * @param undecoded files kept as bytes (`PlanFolder.bytes`) instead of text: decoding a large table
 *   only to compare its SHA-256 is most of the time `rotate explain` takes.
 */
export async function readPlanFolder(dir: string, required: readonly string[], optional: readonly string[] = [], undecoded: readonly string[] = []): Promise<{ ok: true; value: PlanFolder } | { ok: false; issues: InputIssue[] }> {
  // Put in order under the folder's lock, as `plan` does; while another run holds the lock, the plan that stands is read.
  const at = await settledPlanFolder(dir);
  if (!(await isFolder(at))) return { ok: false, issues: [await notAFolder(dir)] };
  // A batch's output folder holds a plan per county, not one: say so, rather than list its missing files.
  const batch = (await isPlanFolder(at)) ? null : await batchFolderIssue(dir);
  if (batch) return { ok: false, issues: [batch] };
  const folder: PlanFolder = { dir, text: new Map(), bytes: new Map(), sha256: new Map() };
  const issues: InputIssue[] = [];
  for (const name of [...required, ...optional]) {
    try {
      // Through the guarded reader: a FIFO or a device named like a plan file is refused, not waited on.
      const fb = await readBytes(join(at, name), MAX_PLAN_FILE_BYTES);
      if (undecoded.includes(name)) folder.bytes.set(name, fb.bytes);
      else folder.text.set(name, decode(fb.bytes).text);
      folder.sha256.set(name, fb.sha256);
    } catch (e) {
      if (isEnvironmentError(e)) throw e;
      const missing = errorCode(e) === 'ENOENT';
      if (required.includes(name) || !missing) issues.push(unreadablePlanFile(join(dir, name), name, e));
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: folder };
}
