/**
 * What must not matter: the order of rows in each file, the order of the files on the command
 * line and their names. The plan's assignments.csv and schools.csv are the same bytes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { planInProcess } from '../helpers/plan-run.js';

const BASE = 'test/fixtures/adversarial/_base';
const FILES: Record<string, string> = {
  'schools.csv': readFileSync(join(BASE, 'base-schools.csv'), 'utf8'),
  'teachers.csv': readFileSync(join(BASE, 'base-teachers.csv'), 'utf8'),
  'posts.csv': readFileSync(join(BASE, 'base-posts.csv'), 'utf8'),
  'locks.csv': 'teacher_id,action,school_id\nT0002,stay,\nT0005,forbid,R2\n',
};
const COMPARED = ['assignments.csv', 'schools.csv'];

/** Plans the files (name → text) in the given order; returns the compared outputs' bytes. */
async function planOf(files: [string, string][]): Promise<Buffer[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-meta-'));
  mkdirSync(join(dir, 'in'));
  const inputs = files.map(([name, text]) => {
    const path = join(dir, 'in', name);
    writeFileSync(path, text);
    return path;
  });
  const outcome = await planInProcess(inputs, join(dir, 'plan'));
  expect(outcome.kind).toBe('written');
  return COMPARED.map((f) => readFileSync(join(dir, 'plan', f)));
}

/** The rows after the header in the order of `keys` (one sort key per row). */
function reorder(text: string, keys: readonly number[]): string {
  const [header, ...rows] = text.trimEnd().split('\n');
  const order = rows.map((r, i) => ({ r, k: keys[i % Math.max(1, keys.length)] ?? 0, i })).sort((a, b) => a.k - b.k || a.i - b.i);
  return `${header}\n${order.map((o) => o.r).join('\n')}\n`;
}

describe('metamorphic properties of a written plan', () => {
  let reference: Buffer[] = [];
  beforeAll(async () => {
    reference = await planOf(Object.entries(FILES));
    expect(reference[0]?.toString('utf8').split('\r\n').length).toBeGreaterThan(3);
  });

  it('shuffling rows, renaming files and reordering them changes no byte of assignments.csv or schools.csv', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer(), { minLength: 1, maxLength: 100 }),
        fc.shuffledSubarray(Object.keys(FILES), { minLength: 4, maxLength: 4 }),
        fc.array(fc.stringMatching(/^[a-z0-9_\u4e00-\u4e0f]{1,8}$/u), { minLength: 4, maxLength: 4 }),
        async (keys, order, names) => {
          // New names: distinct, and nothing in them says what kind of file it is.
          const files = order.map((f, i): [string, string] => [`${names[i] ?? 'f'}-${i}.csv`, reorder(FILES[f] ?? '', keys.map((k) => k * (i + 1)))]);
          const got = await planOf(files);
          got.forEach((bytes, i) => expect(bytes.equals(reference[i] ?? Buffer.alloc(0)), COMPARED[i]).toBe(true));
        },
      ),
      { seed: 31, numRuns: 25 },
    );
  });
});
