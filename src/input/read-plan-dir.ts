import { join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { showPath } from '../safe/show-path.js';
import { decode } from './decode.js';
import { MAX_PLAN_FILE_BYTES } from './limits.js';
import { readBytes } from './read-bytes.js';
import { errorCode, isEnvironmentError, unreadable } from './read-error.js';

/** Files of a plan folder, as text, with the SHA-256 of their bytes. */
export interface PlanFolder {
  dir: string;
  text: Map<string, string>;
  sha256: Map<string, string>;
}

/**
 * Reads the named files of a plan folder written by `rotate plan`, each through the guarded
 * reader (a FIFO or a device in place of explain.json is refused, not waited on; a file over
 * the input cap is not read). Files in `required` must be there; the others are read when
 * present. Never throws on a bad folder: a missing or unreadable file is an issue (an
 * environment error, such as too many open files, is thrown).
 */
export async function readPlanFolder(dir: string, required: readonly string[], optional: readonly string[] = []): Promise<{ ok: true; value: PlanFolder } | { ok: false; issues: InputIssue[] }> {
  const folder: PlanFolder = { dir, text: new Map(), sha256: new Map() };
  const issues: InputIssue[] = [];
  for (const name of [...required, ...optional]) {
    try {
      const fb = await readBytes(join(dir, name), MAX_PLAN_FILE_BYTES);
      folder.text.set(name, decode(fb.bytes).text);
      folder.sha256.set(name, fb.sha256);
    } catch (error) {
      if (isEnvironmentError(error)) throw error;
      const file = showPath(join(dir, name));
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') {
        if (required.includes(name)) issues.push({ file, zh: `方案文件夹中没有 ${name}（是 rotate plan 写出的文件夹吗？）`, en: `the plan folder has no ${name} (is it a folder written by rotate plan?)` });
      } else {
        // Present but not readable as a file (a FIFO, a device, too big): never skipped silently.
        issues.push(unreadable(error, file));
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: folder };
}
