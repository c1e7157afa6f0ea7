/**
 * Errors of the machine rather than of the input: a read-only or full disk, no permission to
 * write, standard output closed, too many open files, another run holding the output folder.
 * Each ends the run with {@link EXIT_ENVIRONMENT} and one bilingual line naming the path and
 * the cause, never "internal error" and never a stack trace.
 */
import type { Text } from './domain/text.js';
import { showPath } from './safe/show-path.js';

/** The exit code of an environment error (also in exit-codes.ts, --help and the README). */
export const EXIT_ENVIRONMENT = 5;

/** What each error code means, in both languages. */
const CAUSE: Record<string, { zh: string; en: string }> = {
  EROFS: { zh: '只读文件系统', en: 'read-only file system' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '不允许的操作', en: 'operation not permitted' },
  ENOSPC: { zh: '磁盘已满', en: 'no space left on the device' },
  EDQUOT: { zh: '超出磁盘配额', en: 'disk quota exceeded' },
  EPIPE: { zh: '输出已被关闭', en: 'the output was closed' },
  ERR_STREAM_DESTROYED: { zh: '输出已被关闭', en: 'the output was closed' },
  EMFILE: { zh: '打开的文件过多（ulimit -n）', en: 'too many open files (ulimit -n)' },
  ENFILE: { zh: '系统打开的文件过多', en: 'too many open files in the system' },
  EIO: { zh: '读写错误（磁盘或设备故障？）', en: 'input/output error (a failing disk or device?)' },
  ENOMEM: { zh: '内存不足', en: 'out of memory' },
  EBUSY: { zh: '文件或设备正忙', en: 'the file or device is busy' },
  ETXTBSY: { zh: '文件正忙', en: 'the file is busy' },
  EXDEV: { zh: '不能跨文件系统移动', en: 'cannot move across file systems' },
  ENOTDIR: { zh: '路径中有一部分是文件而不是文件夹', en: 'a part of the path is a file, not a folder' },
  ENOENT: { zh: '路径不存在', en: 'no such file or folder' },
  ELOCKED: { zh: '另一个 rotate 正在写入此文件夹', en: 'another rotate run is writing this folder' },
};

/** An environment error raised by rotate itself (the output folder is locked by another run). */
export class EnvironmentError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
    readonly detail: { zh: string; en: string },
  ) {
    super(`${code}: ${path}`);
  }
}

/**
 * The error for a folder in which no file can be created (found by creating one): the folder
 * and the cause, its code kept. ENOENT in a folder that exists means a file system that
 * allows no new files (/proc, /sys).
 */
export function cannotWrite(dir: string, e: unknown): EnvironmentError {
  const code = codeOf(e) || 'EIO';
  const cause = code === 'ENOENT' ? { zh: '此文件系统不允许新建文件', en: 'this file system allows no new files' } : (CAUSE[code] ?? { zh: '系统错误', en: 'system error' });
  return new EnvironmentError(code, dir, { zh: `无法在此文件夹中写入: ${cause.zh}`, en: `files cannot be written in this folder: ${cause.en}` });
}

const codeOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '');

/**
 * True for an error that {@link environmentLine} describes: one of the machine, not a bug — a
 * system call (open, mkdir, rename, write) that failed with one of the codes above. Input files
 * that cannot be read never get here: they are input issues (exit 2).
 */
export function isEnvironment(e: unknown): boolean {
  if (e instanceof EnvironmentError) return true;
  const syscall = typeof e === 'object' && e !== null && 'syscall' in e;
  return codeOf(e) in CAUSE && (syscall || codeOf(e) === 'EPIPE' || codeOf(e) === 'ENOSPC');
}

/** What a command wrote before it printed its summary: where, and what it is (`方案已写入` / `the plan was written to`). */
export interface Written {
  path: string;
  what: Text;
}

/** What each writing command says it wrote, when printing its summary fails after the writing. */
export const WRITTEN = {
  plan: { zh: '方案已写入', en: 'the plan was written to' },
  lists: { zh: '公示名册已写入', en: 'the published lists were written to' },
  roster: { zh: '交流人员花名册已写入', en: 'the roster was written to' },
  county: { zh: '县数据已写入', en: 'the county was written to' },
  csv: { zh: 'CSV 已写入', en: 'the CSV was written to' },
} as const satisfies Record<string, Text>;

/**
 * The one line an environment error prints. `written` is what the command wrote when the
 * error came after the writing (printing the summary): the line says so, so that nobody takes
 * the exit code for "nothing written".
 */
export function environmentLine(e: unknown, written?: Written): string {
  const code = codeOf(e);
  const cause = e instanceof EnvironmentError ? e.detail : (CAUSE[code] ?? { zh: '系统错误', en: 'system error' });
  const raw = e instanceof EnvironmentError ? e.path : typeof e === 'object' && e !== null && 'path' in e ? String(e.path) : '';
  const at = raw ? ` ${showPath(raw)}` : '';
  if (written !== undefined) {
    const dir = showPath(written.path);
    return `${written.what.zh} ${dir}，但无法输出摘要: ${cause.zh}（${code}） / ${written.what.en} ${dir}, but its summary could not be printed: ${cause.en} (${code})`;
  }
  return `环境错误, 未完成:${at} ${cause.zh}（${code}） / environment error, not done:${at} ${cause.en} (${code})`;
}
