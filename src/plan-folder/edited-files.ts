/**
 * A plan folder's files as `rotate plan` wrote them, or edited since: its manifest
 * (`.rotate-manifest.json`) records the SHA-256 of every file it wrote. The lists published for
 * objection and the roster sent to the national system must be the plan that was checked against
 * every rule; a list a clerk edited in the folder (a move changed, ids saved without their zeros) is
 * a new decision, to be planned with it as locks, not published as it stands.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { InputIssue } from '../domain/types.js';
import { MANIFEST } from '../output/write-folder.js';
import { showPath } from '../safe/show-path.js';
import type { PlanFolder } from './read-folder.js';

const manifestSchema = z.object({ format: z.literal('rotate-plan/1'), files: z.record(z.string(), z.string()) });

/** The SHA-256 of each file as the folder's manifest records it; undefined when it has no readable manifest (a folder written before manifests). */
function recordedFiles(folder: PlanFolder): Record<string, string> | undefined {
  const text = folder.text.get(MANIFEST);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const manifest = manifestSchema.safeParse(json);
  return manifest.success ? manifest.data.files : undefined;
}

/** The files read from the folder whose bytes are not what its manifest records (none when it has no readable manifest: a folder written before manifests). */
export function editedFiles(folder: PlanFolder): string[] {
  const recorded = recordedFiles(folder);
  if (recorded === undefined) return [];
  return [...folder.sha256].filter(([name, sha]) => name !== MANIFEST && recorded[name] !== sha).map(([name]) => name);
}

/**
 * Whether the file `name` was read with the very bytes `rotate plan` wrote, as the folder's manifest
 * records them: false when it was edited since, or when there is no readable manifest to tell.
 */
export function asWritten(folder: PlanFolder, name: string): boolean {
  const sha = folder.sha256.get(name);
  return sha !== undefined && recordedFiles(folder)?.[name] === sha;
}

/** What a command makes of a plan, in words: `{ verb: '公示', noun: '公示名单', en: 'published list' }`. */
export interface PlanUse {
  verb: string;
  noun: string;
  en: string;
}

/** The error for a command that publishes a plan (`publish`, `roster`) from a folder with edited files. */
export function editedPlanIssues(dir: string, edited: readonly string[], use: PlanUse): InputIssue[] {
  return edited.map((name) => ({
    file: showPath(join(dir, name)),
    zh: `在方案写出后被修改, 不能据此${use.verb}: ${use.noun}须来自核验过全部规则的方案。请把修改后的名单作为锁定重新规划（rotate plan 输入文件 --locks 修改后的名单 --baseline 原方案 -o 新文件夹）, 再用新方案`,
    en: `was changed after the plan was written, so no ${use.en} is made from it: a ${use.en} must come from the plan checked against every rule. Plan again with the edited list as locks (rotate plan INPUTS --locks EDITED_LIST --baseline ORIGINAL_PLAN -o NEW_FOLDER) and use the new plan`,
  }));
}
