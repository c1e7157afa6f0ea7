/**
 * A plan folder's files against its manifest: publish and roster refuse a list edited since the
 * plan was written; a folder written before manifests were recorded is taken as it is.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asWritten, editedFiles } from '../../src/plan-folder/edited-files.js';
import type { PlanFolder } from '../../src/plan-folder/read-folder.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const folder = (files: Record<string, string>, manifest?: string): PlanFolder => {
  const all = manifest === undefined ? files : { ...files, '.rotate-manifest.json': manifest };
  return { dir: 'plan', text: new Map(Object.entries(all)), bytes: new Map(), sha256: new Map(Object.entries(all).map(([k, v]) => [k, sha(v)])) };
};

describe('files edited since the plan was written', () => {
  const written = { 'assignments.csv': 'a', 'summary.json': '{}' };
  const manifest = JSON.stringify({ format: 'rotate-plan/1', kind: 'plan', files: Object.fromEntries(Object.entries(written).map(([k, v]) => [k, sha(v)])) });

  it('names each file whose bytes are not the manifest\'s', () => {
    expect(editedFiles(folder(written, manifest))).toEqual([]);
    expect(editedFiles(folder({ ...written, 'assignments.csv': 'a, edited' }, manifest))).toEqual(['assignments.csv']);
  });

  it('takes a folder with no manifest, or one it cannot read, as it is', () => {
    expect(editedFiles(folder({ ...written, 'assignments.csv': 'b' }))).toEqual([]);
    expect(editedFiles(folder({ ...written, 'assignments.csv': 'b' }, '{not json'))).toEqual([]);
  });

  it('tells a file read with the bytes the plan wrote, and only when the manifest says so', () => {
    expect(asWritten(folder(written, manifest), 'assignments.csv')).toBe(true);
    expect(asWritten(folder({ ...written, 'assignments.csv': 'a, edited' }, manifest), 'assignments.csv')).toBe(false);
    expect(asWritten(folder(written), 'assignments.csv')).toBe(false);
    expect(asWritten(folder(written, '{not json'), 'assignments.csv')).toBe(false);
    expect(asWritten(folder(written, manifest), 'explain.json')).toBe(false);
  });
});
