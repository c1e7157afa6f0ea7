import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../src/generate/generate-county.js';
import { toCsv } from '../../src/generate/to-csv.js';

const bytesOf = (opts: Parameters<typeof generateCounty>[0]): string[] => generateCounty(opts).files.map((f) => `${f.name}\n${toCsv(f)}`);

describe('generateCounty is deterministic', () => {
  it('gives the same bytes for the same seed, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const opts = { teachers: 800, schools: 30, seed: 42, lang, locks: true };
      expect(bytesOf(opts)).toEqual(bytesOf(opts));
    }
  });

  it('gives a different county for a different seed', () => {
    const a = generateCounty({ teachers: 800, schools: 30, seed: 1, lang: 'zh' });
    const b = generateCounty({ teachers: 800, schools: 30, seed: 2, lang: 'zh' });
    for (const kind of ['schools', 'teachers', 'posts'] as const) {
      const fa = a.files.find((f) => f.kind === kind);
      const fb = b.files.find((f) => f.kind === kind);
      expect(fa && toCsv(fa)).not.toEqual(fb && toCsv(fb));
    }
  });

  it('builds the same county whatever the language: same ids, sizes and numbers', () => {
    const zh = generateCounty({ teachers: 300, schools: 15, seed: 7, lang: 'zh', locks: true });
    const en = generateCounty({ teachers: 300, schools: 15, seed: 7, lang: 'en', locks: true });
    expect(en.files.map((f) => f.kind)).toEqual(zh.files.map((f) => f.kind));
    zh.files.forEach((f, i) => {
      const g = en.files[i];
      expect(g?.rows.length).toBe(f.rows.length);
      // Ids and plain numbers agree cell for cell; only words differ.
      f.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (/^[\d.;、-]*$/.test(cell)) expect(g?.rows[r]?.[c]?.replace(/;/g, '、')).toBe(cell);
        });
      });
    });
  });

  it('accepts seeds beyond 32 bits and negative seeds, and tells them apart', () => {
    const t = (seed: number) => toCsv(generateCounty({ teachers: 300, schools: 15, seed, lang: 'zh' }).files[1] ?? { header: [], rows: [] });
    expect(t(2 ** 40 + 5)).not.toEqual(t(5));
    expect(t(-5)).toEqual(t(-5));
  });
});
