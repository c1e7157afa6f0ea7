import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runValidate } from '../../src/pipeline/run-validate.js';

/**
 * The sample county validated with 000005 张成, the principal of 341122001 (566 students), made a
 * 县级骨干 who teaches no class (任教学科 语文 → 无, 骨干等级 无 → 县级): the case of a roster that
 * files a backbone principal as 行政人员. The school's teaching county-level backbone teachers stay 7.
 */
export async function sampleWithNonTeachingBackbonePrincipal(): Promise<Extract<Awaited<ReturnType<typeof runValidate>>, { kind: 'valid' }>> {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-leaders-'));
  const sample = join(import.meta.dirname, '../../data');
  const rows = readFileSync(join(sample, '教师.csv'), 'utf8').split('\n');
  const changed = rows.map((line) => (line.startsWith('000005,') ? line.replace('000005,张成,341122001,语文,', '000005,张成,341122001,无,').replace(',无,中级,0,校长,', ',县级,中级,0,校长,') : line));
  expect(changed.find((l) => l.startsWith('000005,'))).toContain(',无,3,2023-06,男,1986-12,县级,中级,0,校长,');
  writeFileSync(join(dir, '教师.csv'), changed.join('\n'));
  for (const f of ['学校.csv', '岗位.csv']) writeFileSync(join(dir, f), readFileSync(join(sample, f)));
  const r = await runValidate([join(dir, '学校.csv'), join(dir, '教师.csv'), join(dir, '岗位.csv')], [], 2026);
  if (r.kind !== 'valid') throw new Error(r.kind);
  return r;
}
