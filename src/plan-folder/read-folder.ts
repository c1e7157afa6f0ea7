import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { decode } from '../input/decode.js';
import { readBytes } from '../input/read-bytes.js';
import { recoverFolder } from '../output/write-folder.js';

/** Files of a plan folder, as text, with the SHA-256 of their bytes. */
export interface PlanFolder {
  dir: string;
  text: Map<string, string>;
  sha256: Map<string, string>;
}

const isFolder = (dir: string): Promise<boolean> => stat(dir).then((s) => s.isDirectory(), () => false);

/** Why a file of a plan folder could not be read, in both languages. */
function unreadable(path: string, name: string, e: unknown): InputIssue {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') return { file: path, zh: `方案文件夹中没有 ${name}（是 rotate plan 写出的文件夹吗？）`, en: `the plan folder has no ${name} (is it a folder written by rotate plan?)` };
  if (code === 'EFBIG') return { file: path, zh: `${name} 过大, 不是 rotate plan 写出的文件`, en: `${name} is too large to be a file rotate plan wrote` };
  return { file: path, zh: `无法读取 ${name}（${code || '读取出错'}）`, en: `${name} cannot be read (${code || (e instanceof Error ? e.message : 'read error')})` };
}

/**
 * Reads the named files of a plan folder written by `rotate plan`. Files in `required` must be
 * there; the others are read when present. A folder that a killed `rotate plan` left mid-swap
 * (the folder gone, its backup beside it) is first put back, as `plan` itself does, so that
 * `explain`, `diff` and `--baseline` see the plan that stands. Never throws: a missing folder or
 * file is an issue.
 */
export async function readPlanFolder(dir: string, required: readonly string[], optional: readonly string[] = []): Promise<{ ok: true; value: PlanFolder } | { ok: false; issues: InputIssue[] }> {
  // Only a missing folder is recovered: an existing one is the plan that stands, and a run writing
  // beside it may own the temporary folders.
  if (!(await isFolder(dir))) await recoverFolder(dir).catch(() => undefined);
  if (!(await isFolder(dir))) return { ok: false, issues: [{ file: dir, zh: '方案文件夹不存在（请给出 rotate plan 写出的文件夹）', en: 'the plan folder does not exist (give a folder written by rotate plan)' }] };
  const folder: PlanFolder = { dir, text: new Map(), sha256: new Map() };
  const issues: InputIssue[] = [];
  for (const name of [...required, ...optional]) {
    const path = join(dir, name);
    try {
      const fb = await readBytes(path);
      folder.text.set(name, decode(fb.bytes).text);
      folder.sha256.set(name, fb.sha256);
    } catch (e) {
      const missing = typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT';
      if (required.includes(name) || !missing) issues.push(unreadable(path, name, e));
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: folder };
}
