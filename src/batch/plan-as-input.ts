/**
 * A plan folder, or a file of one, given where a county's input files are meant (`rotate plan plan`,
 * `rotate validate plan/*.csv`): a clerk who mixed up the folders. The plan's schools.csv and
 * teachers.csv are rotate's output, not the county's files, and read as inputs they gave only
 * 缺少教师表 or a second teachers file read as locks. They are refused, saying what the folder is
 * and what to give instead. The lists a plan writes to be edited and given back as locks
 * (assignments.csv, principals.csv, plan.xlsx) stay accepted beside the county's own files.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { showPath } from '../safe/show-path.js';
import { MANIFEST } from '../output/write-folder.js';
import { SUMMARY_FILE } from '../plan-folder/summary-file.js';

/** A plan's files read back as locks when given beside the county's files (README: locks). */
const LOCK_LISTS = new Set(['assignments.csv', 'principals.csv', 'plan.xlsx']);

/**
 * Whether a folder is a plan rotate wrote: its summary.json, or rotate's manifest of kind plan (a
 * roster's or published lists' folder has a manifest too, and its files are told apart elsewhere).
 */
async function writtenByRotate(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch((): string[] => []);
  if (names.includes(SUMMARY_FILE)) return true;
  if (!names.includes(MANIFEST)) return false;
  const manifest: unknown = await readFile(join(dir, MANIFEST), 'utf8').then((t) => JSON.parse(t) as unknown, () => null);
  return typeof manifest === 'object' && manifest !== null && (manifest as { kind?: unknown }).kind === 'plan';
}

/** What the command is told to give instead, and how to look at the plan. */
function instead(command: string): { zh: string; en: string } {
  return {
    zh: `请给县的输入文件（学校表、教师表等, 如 rotate ${command} data/*.csv）; 查看此方案用 rotate explain / diff / publish`,
    en: `give the county's input files instead (its schools and teachers files, as rotate ${command} data/*.csv); to look at this plan use rotate explain, diff or publish`,
  };
}

/**
 * The refusals for `paths` (the arguments of plan, validate or sweep, patterns expanded): each
 * plan folder given; each file of a plan folder when nothing but such files is given, or, beside
 * the county's files, each one that is not a list the plan writes to be given back as locks.
 * None when no argument is of a plan.
 */
export async function planGivenAsInput(paths: readonly string[], command: string): Promise<InputIssue[]> {
  const isPlan = new Map<string, Promise<boolean>>();
  const planDir = (dir: string): Promise<boolean> => {
    const key = resolve(dir);
    let known = isPlan.get(key);
    if (known === undefined) isPlan.set(key, (known = writtenByRotate(key)));
    return known;
  };
  const how = instead(command);
  const issues: InputIssue[] = [];
  const planFiles: string[] = [];
  let countyFile = false;
  for (const p of paths) {
    const folder = await stat(p).then((s) => s.isDirectory(), () => false);
    if (folder) {
      if (await planDir(p)) issues.push({ file: showPath(p), zh: `是 rotate 写出的方案文件夹（有 ${MANIFEST} 或 ${SUMMARY_FILE}）, 不是县的输入文件; ${how.zh}`, en: `a plan folder rotate wrote (it holds ${MANIFEST} or ${SUMMARY_FILE}), not the county's input files: ${how.en}` });
    } else if (await planDir(dirname(p))) planFiles.push(p);
    else countyFile = true;
  }
  // One refusal per plan folder, naming its files given, in the order given.
  const byFolder = new Map<string, string[]>();
  for (const f of planFiles) {
    if (countyFile && LOCK_LISTS.has(basename(f).toLowerCase())) continue;
    const dir = dirname(f);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), basename(f)]);
  }
  for (const [dir, names] of byFolder) {
    issues.push({ file: showPath(dir), zh: `${names.join('、')} 是 rotate 写出的方案中的文件（此文件夹有 ${MANIFEST} 或 ${SUMMARY_FILE}）, 不是县的输入文件; ${how.zh}`, en: `${names.join(', ')} ${names.length === 1 ? 'is a file' : 'are files'} of a plan rotate wrote (the folder holds ${MANIFEST} or ${SUMMARY_FILE}), not the county's input files: ${how.en}` });
  }
  return issues;
}
