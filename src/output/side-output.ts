/**
 * The one check before any side output is written: `plan --export-model FILE`, `sweep -o
 * FILE`, `diff --csv FILE`. It runs before any work (before reading the county, before
 * solving), so that a refused path costs nothing and nothing is half done.
 *
 * Refused unless `--force`:
 * - a path that is an input of the run (the same path, or the same file through a link);
 * - a path inside a plan folder (a folder holding rotate's manifest, or a plan folder of this
 *   run such as diff's two plans): writing there would make the folder look edited;
 * - an existing file that rotate did not write (its first line is not that of the same kind of
 *   rotate output): a schools list, a report, anything else of the user's.
 *
 * Refused always: a path inside the run's own output folder (-o), which the run is about to
 * replace; a folder, FIFO or device in place of the file; a file standing where a folder of the
 * path should be. A folder that cannot be written (read-only, no permission) is an
 * environment error, raised here too, before any work.
 */
import { open, stat, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { readHeadSync } from '../input/read-bytes.js';
import { cannotWrite } from '../env-error.js';
import { showPath } from '../safe/show-path.js';
import { MANIFEST } from './write-folder.js';

/** What a side output is checked against: the run's inputs and own output, --force, and how rotate's own files of this kind begin. */
export interface SideOutputRules {
  /** How the user named this output, for messages: `--export-model`, `sweep -o`, `diff --csv`. */
  option: string;
  /** The extension of what is written (a CSV table, a CPLEX LP model): a workbook's name for it is refused. */
  extension: '.csv' | '.lp';
  /** Input files and folders of the run: never replaced, nothing written inside a folder of them. */
  inputs: readonly string[];
  /** The run's own output folder (-o), about to be replaced: nothing may be written inside it. */
  ownOutput?: string;
  /** Replace what the first two rules protect. */
  force: boolean;
  /** True when an existing file's first line (BOM dropped) shows rotate wrote it, as this kind of output. */
  ours: (firstLine: string) => boolean;
}

/** A workbook's extension, which a side output's text may not be given (Excel and WPS open a file by it). */
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xlsb|xls|et|ods)$/iu;

/** True when `inner` is `outer` or inside it. */
export function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const statOf = (p: string) => stat(p).catch(() => null);

/** The nearest folder above `path` (itself excluded) that holds a plan manifest, if any. */
async function enclosingPlanFolder(path: string): Promise<string | null> {
  for (let up = dirname(path); ; up = dirname(up)) {
    if ((await statOf(join(up, MANIFEST)))?.isFile()) return up;
    if (dirname(up) === up) return null;
  }
}

/**
 * The plan folder that `dir` is or lies in, if any: `init DIR` and `generate DIR` write nothing
 * there (the folder would then hold files rotate did not write as part of the plan).
 */
export async function planFolderAround(dir: string): Promise<string | null> {
  return enclosingPlanFolder(join(resolve(dir), MANIFEST));
}

/** The first line of a file, its BOM dropped (at most 4 KB read, through the guarded reader). */
function firstLine(path: string): string {
  const text = Buffer.from(readHeadSync(path, 4096)).toString('utf8').replace(/^\uFEFF/u, '');
  const end = text.search(/\r?\n/u);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * Whether `path` may be written as a side output (see the file comment): null when it may, else
 * the issue (exit 2, nothing done). Throws the environment's error (EROFS, EACCES) when the
 * folder it would go into cannot be written.
 */
export async function sideOutputIssue(path: string, rules: SideOutputRules): Promise<InputIssue | null> {
  const target = resolve(path);
  const shown = showPath(path);
  const refuse = (zh: string, en: string): InputIssue => ({ file: rules.option, zh: `${shown} ${zh}`, en: `${shown} ${en}` });
  const hint = { zh: '；请另选文件名，或加 --force', en: '; choose another name, or add --force' };
  const book = WORKBOOK_EXTENSION.exec(path)?.[0];
  if (book !== undefined) {
    const what = rules.extension === '.csv' ? { zh: 'CSV 文本', en: 'CSV text', openZh: '（Excel、WPS 可直接打开）', openEn: ' (Excel and WPS open it as it is)' } : { zh: 'LP 模型文本', en: 'an LP model as text', openZh: '', openEn: '' };
    return refuse(
      `以工作簿的扩展名 ${book} 结尾, 但写出的是 ${what.zh}: Excel、WPS 会因格式与扩展名不符而打不开; 请以 ${rules.extension} 结尾${what.openZh}`,
      `ends in a workbook's extension, ${book}, but what is written is ${what.en}: Excel and WPS would refuse to open it (its format does not match its extension); end the name in ${rules.extension}${what.openEn}`,
    );
  }
  if (rules.ownOutput !== undefined && within(target, resolve(rules.ownOutput))) {
    return refuse('在本次的输出文件夹中，写出方案时会被替换；请写到方案文件夹以外', 'is inside the output folder of this run, which the plan replaces; write it outside the plan folder');
  }
  const info = await statOf(target);
  if (info && !info.isFile()) return refuse('已存在且不是普通文件（文件夹、管道或设备），未写入', 'exists and is not a regular file (a folder, a pipe or a device); nothing was written');
  if (!rules.force) {
    for (const input of rules.inputs) {
      const i = resolve(input);
      if (i !== target && within(target, i)) return refuse(`在本次读取的文件夹 ${showPath(input)} 中${hint.zh}`, `is inside ${showPath(input)}, a folder this run reads${hint.en}`);
      const linked = i !== target && info !== null && (await statOf(i).then((s) => s !== null && s.dev === info.dev && s.ino === info.ino));
      if (i === target || linked) return refuse(`是本次的输入（${showPath(input)}），未覆盖${hint.zh}`, `is an input of this run (${showPath(input)}) and was not overwritten${hint.en}`);
    }
    const plan = await enclosingPlanFolder(target);
    if (plan !== null) return refuse(`在方案文件夹 ${showPath(plan)} 中，写入后该方案将被视为已修改${hint.zh}`, `is inside the plan folder ${showPath(plan)}, which would then count as edited${hint.en}`);
    if (info && !rules.ours(firstLine(target))) return refuse(`已存在且不是 rotate 写出的同类文件，未覆盖${hint.zh}`, `exists and was not written by rotate as this kind of file; it was not overwritten${hint.en}`);
  }
  // The folder it goes into: the nearest that exists must be a folder, and writable.
  let up = dirname(target);
  for (let s = await statOf(up); !s; s = await statOf(up)) up = dirname(up);
  if (!(await statOf(up))?.isDirectory()) return refuse(`无法写出：${showPath(up)} 是一个文件而不是文件夹`, `cannot be written: ${showPath(up)} is a file, not a folder`);
  await probeWritable(up);
  return null;
}

/**
 * Creates and removes an empty file in `dir`: the one test of "can be written" that holds for
 * every user (root passes access(2) even on a read-only or pseudo file system). Throws an
 * environment error naming the folder and the cause.
 */
export async function probeWritable(dir: string): Promise<void> {
  const probe = join(dir, `.rotate-probe-${process.pid}`);
  try {
    await (await open(probe, 'wx')).close();
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST') return;
    throw cannotWrite(dir, e);
  }
  await unlink(probe).catch(() => undefined);
}
