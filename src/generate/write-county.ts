/**
 * Writes a generated county into a folder as CSV files, UTF-8 with BOM or GB18030 (what
 * Excel and WPS save on Chinese Windows). Each file is written to a temporary name and
 * renamed, so a folder never holds half a file.
 */
import { lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../domain/types.js';
import { generateCounty, type GeneratedFile } from './generate-county.js';
import { BOM, toCsv } from './to-csv.js';

export type CsvEncoding = 'utf8' | 'gbk';

/**
 * The bytes of a table in the encoding: UTF-8 keeps its BOM; GBK is written as GB18030, without
 * one. The encoder (iconv-lite) is loaded only here: its tables are half a megabyte of code that
 * every other command would otherwise parse at start.
 */
export async function encodeCsv(file: GeneratedFile, encoding: CsvEncoding): Promise<Buffer> {
  const text = toCsv(file);
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const { default: iconv } = await import('iconv-lite');
  return iconv.encode(text.startsWith(BOM) ? text.slice(BOM.length) : text, 'gb18030');
}

/**
 * Writes each table into `dir` (created if missing) under its own name or the one `names`
 * gives its kind; returns the written paths in the order of the tables.
 */
export async function writeCounty(dir: string, files: readonly GeneratedFile[], encoding: CsvEncoding, names: Partial<Record<GeneratedFile['kind'], string>> = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const path = join(dir, names[file.kind] ?? file.name);
    const tmp = `${path}.partial`;
    await writeFile(tmp, await encodeCsv(file, encoding));
    await rename(tmp, path);
    written.push(path);
  }
  return written;
}

export interface RunGenerateOptions {
  teachers: number;
  schools: number;
  seed: number;
  lang: Lang;
  encoding: CsvEncoding;
  /** Write posts.csv (default yes). */
  posts?: boolean;
  /** Write locks.csv (default no). */
  locks?: boolean;
  /** Replace files of those names already in `dir` (default no: the run stops before generating). */
  force?: boolean;
}

/** Thrown by {@link runGenerate} when `dir` already holds a file it would write; nothing was written. */
export class ExistingFilesError extends Error {
  constructor(readonly paths: string[]) {
    super(`files exist: ${paths.join(', ')}`);
  }
}

/**
 * `rotate generate DIR`: generates a county and writes schools.csv, teachers.csv, posts.csv
 * (and locks.csv when asked) into `dir`. Throws a RangeError naming the option when the
 * sizes cannot make a county, and an {@link ExistingFilesError} (before generating) when `dir`
 * already holds one of those files, unless `force`. Returns the written paths.
 */
export async function runGenerate(dir: string, opts: RunGenerateOptions): Promise<string[]> {
  if (opts.encoding !== 'utf8' && opts.encoding !== 'gbk') throw new RangeError(`encoding: expected utf8 or gbk, found ${String(opts.encoding)}`);
  // As `rotate init`: a county's files already there are never replaced, checked before generating.
  const kinds = ['schools', 'teachers', ...(opts.posts === false ? [] : ['posts']), ...(opts.locks ? ['locks'] : [])];
  const existing = (await Promise.all(kinds.map(async (k) => ((await lstat(join(dir, `${k}.csv`)).catch(() => null)) ? [join(dir, `${k}.csv`)] : [])))).flat();
  if (existing.length > 0 && opts.force !== true) throw new ExistingFilesError(existing);
  const county = generateCounty({ teachers: opts.teachers, schools: opts.schools, seed: opts.seed, lang: opts.lang, posts: opts.posts, locks: opts.locks });
  return writeCounty(dir, county.files, opts.encoding);
}
