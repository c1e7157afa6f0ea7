import { basename } from 'node:path';
import type { County, InputIssue } from '../../src/domain/types.js';
import { sha256Hex, type FileBytes } from '../../src/input/read-bytes.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';

/** A valid schools file (rows 2–4). */
export const SCHOOLS = `school_id,name,stage,area,students,weak
001,城关一小,primary,urban,1200,no
002,河口小学,primary,town,600,no
003,山背小学,primary,rural,150,yes
`;

/** A valid teachers file (rows 2–4). */
export const TEACHERS = `teacher_id,name,school_id,subject,years_at_school,preferences
T1,王芳,001,数学,8,003
T2,李强,001,音乐,7,
T3,张敏,002,语文,3,001;003
`;

/** Files kept in memory: path → text (UTF-8) or bytes. */
export function memory(files: Record<string, string | Uint8Array>): (p: string) => Promise<FileBytes> {
  return async (path) => {
    const content = files[path];
    if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { path, name: basename(path), bytes, sha256: sha256Hex(bytes) };
  };
}

/** Loads in-memory files (all of them, in key order). */
export async function load(files: Record<string, string | Uint8Array>) {
  return loadCounty(Object.keys(files), memory(files));
}

/** Loads and expects failure; returns the issues and their formatted lines. */
export async function problems(files: Record<string, string | Uint8Array>): Promise<{ issues: InputIssue[]; lines: string[] }> {
  const r = await load(files);
  if (r.ok) throw new Error('expected issues, got a county');
  return { issues: r.issues, lines: formatIssues(r.issues) };
}

/** Loads and expects success. */
export async function county(files: Record<string, string | Uint8Array>): Promise<County> {
  const r = await load(files);
  if (!r.ok) throw new Error(`expected a county, got:\n${formatIssues(r.issues).join('\n')}`);
  return r.value;
}

/** The county's rows without where they came from. */
export function withoutSources(c: County) {
  const strip = <T extends { source: unknown }>(xs: readonly T[]) => xs.map(({ source: _s, ...rest }) => rest);
  return {
    schools: strip(c.schools),
    teachers: strip(c.teachers),
    posts: c.posts && strip(c.posts),
    locks: strip(c.locks),
    policy: strip(c.policy),
  };
}
