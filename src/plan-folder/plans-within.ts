import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { firstOf } from '../domain/text.js';
import { showPath } from '../safe/show-path.js';
import { isPlanFolder } from './is-plan-folder.js';

/** The names of the folders in `dir` that hold a plan (a batch's output folder: one per county), sorted. */
export async function plansWithin(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names: string[] = [];
  for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && (await isPlanFolder(join(dir, e.name)))) names.push(e.name);
  return names.sort();
}

/**
 * Why a batch's output folder (`rotate plan 市/* -o 方案`) is not one plan: it holds one per
 * county; the issue names them and the path of the first to give instead. Null for a folder that
 * holds no plan folder.
 */
export async function batchFolderIssue(dir: string): Promise<InputIssue | null> {
  const plans = await plansWithin(dir);
  const [first] = plans;
  if (first === undefined) return null;
  const zh = firstOf(plans, 5, '、', '…');
  const en = firstOf(plans, 5, ', ', '…');
  const example = showPath(join(dir, first));
  return {
    file: showPath(dir),
    zh: `这是批量规划的输出文件夹, 其中每个县一个方案（${plans.length} 个: ${zh}）, 不是一个方案; 请给出其中一个县的方案文件夹, 如 ${example}`,
    en: `this is a batch's output folder, one plan per county in it (${plans.length}: ${en}), not one plan; give one county's plan folder, such as ${example}`,
  };
}
