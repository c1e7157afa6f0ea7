import { join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { decode } from './decode.js';
import { readBytes } from './read-bytes.js';

/** Files of a plan folder, as text, with the SHA-256 of their bytes. */
export interface PlanFolder {
  dir: string;
  text: Map<string, string>;
  sha256: Map<string, string>;
}

/**
 * Reads the named files of a plan folder written by `rotate plan`. Files in `required` must be
 * there; the others are read when present. Never throws: a missing folder or file is an issue.
 */
export async function readPlanFolder(dir: string, required: readonly string[], optional: readonly string[] = []): Promise<{ ok: true; value: PlanFolder } | { ok: false; issues: InputIssue[] }> {
  const folder: PlanFolder = { dir, text: new Map(), sha256: new Map() };
  const issues: InputIssue[] = [];
  for (const name of [...required, ...optional]) {
    try {
      const fb = await readBytes(join(dir, name));
      folder.text.set(name, decode(fb.bytes).text);
      folder.sha256.set(name, fb.sha256);
    } catch {
      if (required.includes(name)) {
        issues.push({ file: join(dir, name), zh: `方案文件夹中没有 ${name}（是 rotate plan 写出的文件夹吗？）`, en: `the plan folder has no ${name} (is it a folder written by rotate plan?)` });
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: folder };
}
