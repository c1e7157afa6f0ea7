/**
 * The sample county in data/ that the README plans: 30 schools, 800 teachers, seed 2026,
 * Chinese headers and values, UTF-8 with BOM, named 学校.csv 教师.csv 岗位.csv, no locks.
 * Regenerate with `npm run build && node dist/generate/sample.js [DIR]` (default data).
 */
import { pathToFileURL } from 'node:url';
import { generateCounty, type GeneratedCounty } from './generate-county.js';
import { writeCounty } from './write-county.js';

export const SAMPLE = { teachers: 800, schools: 30, seed: 2026, lang: 'zh', posts: true, locks: false } as const;

/** The Chinese file names of the sample, by kind. */
export const SAMPLE_NAMES = { schools: '学校.csv', teachers: '教师.csv', posts: '岗位.csv' } as const;

export function sampleCounty(): GeneratedCounty {
  return generateCounty(SAMPLE);
}

export async function writeSample(dir: string): Promise<string[]> {
  return writeCounty(dir, sampleCounty().files, 'utf8', SAMPLE_NAMES);
}

const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) {
  const paths = await writeSample(process.argv[2] ?? 'data');
  for (const p of paths) console.log(p);
}
