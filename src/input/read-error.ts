/**
 * Why a file could not be read, as a bilingual issue, from the error {@link readBytes} gave.
 * Errors of the machine rather than of the file (too many open files, an I/O error, no
 * memory) are not the file's fault: {@link isEnvironmentError} tells them apart, and the
 * caller rethrows them so that the run ends with the environment's exit code.
 */
import type { InputIssue } from '../domain/types.js';
import { MAX_FILE_BYTES, showBytes } from './limits.js';
import type { NotRegularKind } from './read-bytes.js';

/** Node's error code (`ENOENT`, …) of an error, or its text. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
}

const KIND: Record<NotRegularKind, { zh: string; en: string }> = {
  directory: { zh: '文件夹', en: 'a folder' },
  fifo: { zh: '命名管道（FIFO）', en: 'a named pipe (FIFO)' },
  socket: { zh: '套接字', en: 'a socket' },
  'character-device': { zh: '设备（如 /dev/zero）', en: 'a device (such as /dev/zero)' },
  'block-device': { zh: '块设备', en: 'a block device' },
  other: { zh: '特殊文件', en: 'a special file' },
};

/** The issue for a file that could not be read; `file` is the name as shown in messages. */
export function unreadable(error: unknown, file: string): InputIssue {
  const code = errorCode(error);
  if (code === 'EFBIG') {
    const size = showBytes(Number((error as { size?: unknown }).size));
    const limit = showBytes(Number((error as { limit?: unknown }).limit ?? MAX_FILE_BYTES));
    return { file, zh: `文件有${size}，超过上限${limit}，未读取（是否选错了文件？）`, en: `the file is ${size}, over the ${limit} limit, and was not read (is it the right file?)` };
  }
  if (code === 'ENOENT') return { file, zh: '找不到此文件', en: 'no such file' };
  if (code === 'EISDIR') return { file, zh: '这是一个文件夹，不是CSV文件', en: 'this is a folder, not a CSV file' };
  if (code === 'ENOTREG' || code === 'ENXIO') {
    const kind = KIND[(error as { kind?: NotRegularKind }).kind ?? 'socket'] ?? KIND.other;
    return { file, zh: `这不是普通文件，而是${kind.zh}，未读取`, en: `this is not a regular file but ${kind.en}, and was not read` };
  }
  if (code === 'EACCES' || code === 'EPERM') return { file, zh: '没有读取此文件的权限', en: 'permission denied: the file cannot be read' };
  if (code === 'ENOTDIR') return { file, zh: '路径中有一部分是文件而不是文件夹', en: 'a part of the path is a file, not a folder' };
  if (code === 'ELOOP' || code === 'ENAMETOOLONG') return { file, zh: `路径无法打开（${code}）`, en: `the path cannot be opened (${code})` };
  return { file, zh: `无法读取文件（${code}）`, en: `cannot read the file (${code})` };
}

/** Codes of errors that are the machine's, not the file's: the run stops with the environment's exit code. */
const ENVIRONMENT = new Set(['EMFILE', 'ENFILE', 'EIO', 'ENOMEM', 'ENOSPC', 'EROFS', 'EDQUOT', 'EPIPE']);

/** True for an error of the machine (see the file comment). */
export function isEnvironmentError(error: unknown): boolean {
  return ENVIRONMENT.has(errorCode(error));
}
