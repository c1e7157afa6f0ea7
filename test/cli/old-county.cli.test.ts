import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data');

/**
 * A county in the files of before sections: the sample's posts file without its 学段 column (each
 * two-section school's posts of a subject summed into one row), and its roster without 任教学段.
 * It must still plan, every rule held, and say what it made up.
 */
describe('a county whose files predate sections', () => {
  it('plans: posts and teachers of its 九年一贯制 schools are split between the sections, and warnings say so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-old-'));
    const [head, ...rows] = readFileSync(join(DATA, '岗位.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    expect(head).toEqual(['学校代码', '学科', '岗位数', '学段']);
    const summed = new Map<string, number>();
    for (const [school, subject, n] of rows) summed.set(`${school},${subject}`, (summed.get(`${school},${subject}`) ?? 0) + Number(n));
    expect(summed.size).toBeLessThan(rows.length);
    writeFileSync(join(dir, '岗位.csv'), `学校代码,学科,岗位数\n${[...summed].map(([k, n]) => `${k},${n}`).join('\n')}\n`);
    const [thead, ...trows] = readFileSync(join(DATA, '教师.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    const drop = thead?.indexOf('任教学段') ?? -1;
    expect(drop).toBeGreaterThan(0);
    const cut = (r: string[]): string => r.filter((_, i) => i !== drop).join(',');
    writeFileSync(join(dir, '教师.csv'), `${cut(thead ?? [])}\n${trows.map(cut).join('\n')}\n`);
    writeFileSync(join(dir, '学校.csv'), readFileSync(join(DATA, '学校.csv')));
    const out = join(dir, 'plan');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...['学校.csv', '岗位.csv', '教师.csv'].map((f) => join(dir, f)), '-o', out, '-q', '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('没有「学段」列');
    expect(r.stderr).toContain('未填「任教学段」（无此列或单元格空白）');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { rules: { held: boolean }[] };
    expect(summary.rules.every((x) => x.held)).toBe(true);
  });
});
