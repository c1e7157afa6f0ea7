import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/explain-command.js';
import { writeIndicatorCounty } from '../helpers/indicator-county.js';
import { planInProcess } from '../helpers/plan-run.js';

const SETS = [{ key: 'rules.backbone_share', value: '0', file: '--set' }];

async function explainIn(lang: 'zh' | 'en', id: string, withDegree = true): Promise<{ lines: string[]; dir: string }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-explain-ind-')), 'plan');
  expect((await planInProcess(writeIndicatorCounty(lang, withDegree), dir, { sets: SETS })).kind).toBe('written');
  const r = await runExplain(dir, id);
  if (r.kind !== 'answered') throw new Error(r.kind);
  return { lines: r.lines, dir };
}

/** The rows of the indicator table in one language's block, spaces squeezed. */
const table = (lines: string[], lang: 'zh' | 'en'): string[] => {
  const block = lang === 'zh' ? lines.slice(0, lines.indexOf('')) : lines.slice(lines.indexOf('') + 1);
  const start = block.findIndex((l) => l.includes('优质均衡'));
  const rows: string[] = [];
  for (const l of block.slice(start + 3)) {
    if (!/[✓✗]|不评价|not judged/u.test(l)) break;
    rows.push(l.trim().replace(/\s+/gu, ' '));
  }
  return rows;
};

describe('rotate explain SCHOOL: the 优质均衡 indicators per section, before → after against their thresholds', () => {
  it('marks each indicator ✓/✗ before and after, in Chinese and in English (county checked by hand)', async () => {
    const { lines } = await explainIn('zh', 'U1');
    expect(table(lines, 'zh')).toEqual(['小学部（200 人） 高于规定学历教师数 1.5 ✗ 1 ✗ ≥ 4.2', '县级以上骨干数 1 ✓ 1 ✓ ≥ 1', '体音美教师数 1 ✓ 0.5 ✗ ≥ 0.9']);
    expect(table(lines, 'en')).toEqual(['primary section (200 students) teachers above the required degree 1.5 ✗ 1 ✗ ≥ 4.2', 'county-level-or-higher backbone teachers 1 ✓ 1 ✓ ≥ 1', 'PE and arts teachers 1 ✓ 0.5 ✗ ≥ 0.9']);
    const r1 = await explainIn('en', 'R1');
    expect(table(r1.lines, 'en')[2]).toBe('PE and arts teachers 0 ✗ 1 ✓ ≥ 0.9');
  });

  it('shows both sections of a 九年一贯制, each against its own stage\'s degree threshold', async () => {
    const rows = table((await explainIn('zh', 'N1')).lines, 'zh');
    expect(rows[0]).toBe('小学部（200 人） 高于规定学历教师数 0.5 ✗ 0.5 ✗ ≥ 4.2');
    expect(rows[3]).toBe('初中部（100 人） 高于规定学历教师数 1 ✗ 1 ✗ ≥ 5.3');
    expect(rows[5]).toBe('体音美教师数 1 ✓ 1 ✓ ≥ 0.9');
  });

  it('says a section without students is not judged, and leaves the degree indicator out when 学历 is not given', async () => {
    expect(table((await explainIn('zh', 'J1')).lines, 'zh')).toEqual(['初中部（0 人） 无在校学生, 不评价']);
    const { lines } = await explainIn('en', 'U1', false);
    expect(table(lines, 'en')).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/degree\) not given: the degree indicator is not computed/u);
  });

  it('reads the figures from explain.json, and an explain.json edited into an unknown indicator is refused, naming the field', async () => {
    const { dir } = await explainIn('zh', 'U1');
    const path = join(dir, 'explain.json');
    const text = readFileSync(path, 'utf8');
    expect(text.split('"degree_per_100"')).toHaveLength(2);
    writeFileSync(path, text.replace('"degree_per_100"', '"degree_per_1000"'));
    const r = await runExplain(dir, 'U1');
    expect(r.kind === 'bad-input' ? r.issues.map((i) => i.en).join('\n') : r.kind).toMatch(/schools\[\d+\]\[14\]\[0\]\[2\]\[0\]\[0\].*"degree_per_1000" is not a known indicator/u);
  });
});
