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
    expect(table(lines, 'zh')).toEqual(['小学部（200 人） 高于规定学历教师数 1.5 ✗ 1 ✗ ≥ 4.2', '县级以上骨干数 1 ✓ 1 ✓ ≥ 1', '体音美教师数 1 ✓ 0.5 ✗ ≥ 0.9', '以上 3 项均达标 ✗ ✗']);
    expect(table(lines, 'en')).toEqual(['primary section (200 students) teachers above the required degree 1.5 ✗ 1 ✗ ≥ 4.2', 'county-level-or-higher backbone teachers 1 ✓ 1 ✓ ≥ 1', 'PE and arts teachers 1 ✓ 0.5 ✗ ≥ 0.9', 'all 3 above met ✗ ✗']);
    const r1 = await explainIn('en', 'R1');
    expect(table(r1.lines, 'en')[2]).toBe('PE and arts teachers 0 ✗ 1 ✓ ≥ 0.9');
  });

  it('shows both sections of a 九年一贯制, each against its own stage\'s degree threshold', async () => {
    const rows = table((await explainIn('zh', 'N1')).lines, 'zh');
    expect(rows[0]).toBe('小学部（200 人） 高于规定学历教师数 0.5 ✗ 0.5 ✗ ≥ 4.2');
    expect(rows[4]).toBe('初中部（100 人） 高于规定学历教师数 1 ✗ 1 ✗ ≥ 5.3');
    expect(rows[6]).toBe('体音美教师数 1 ✓ 1 ✓ ≥ 0.9');
    expect([rows[3], rows[7]]).toEqual(['以上 3 项均达标 ✗ ✗', '以上 3 项均达标 ✗ ✗']);
  });

  it('says a section without students is not judged, and leaves the degree indicator out when 学历 is not given', async () => {
    expect(table((await explainIn('zh', 'J1')).lines, 'zh')).toEqual(['初中部（0 人） 无在校学生, 不评价']);
    const { lines } = await explainIn('en', 'U1', false);
    // Judged on the other two: both met before, the PE-and-arts one not after T02 leaves.
    expect(table(lines, 'en')).toEqual(['primary section (200 students) county-level-or-higher backbone teachers 1 ✓ 1 ✓ ≥ 1', 'PE and arts teachers 1 ✓ 0.5 ✗ ≥ 0.9', 'both above met ✓ ✗']);
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

  it("shows the school's part of the 优质均衡 terms before → after (figures by hand)", async () => {
    // U1 (200 students) before: PE/arts 2 (needs 2), backbone 2 (needs 2); T02 (体育) leaves for R1
    // (100: needs 1 and 1, has 0 and 0). indicator_shortfall (weight 2): U1 0 → 1 lacking, R1 2 → 1.
    // indicator_spread (weight 5 over the variance at the CV threshold, the county mean held): the
    // 小学 PE/arts X̄ = 100 × 2 / 500 = 0.4, so a unit of variance costs 5 / (0.5² × 0.4²) = 125;
    // U1's part (P_i / P)(X_i − X̄)² = 0.4 × (1 − 0.4)² = 0.144 → 0.4 × (0.5 − 0.4)² = 0.004, i.e.
    // 18 → 0.5; its backbone part 0.4 × (1 − 0.6)² × 5 / (0.5² × 0.6²) = 3.56 both: 21.56 → 4.06.
    const terms = (lines: string[], lang: 'zh' | 'en'): string[] => {
      const block = lang === 'zh' ? lines.slice(0, lines.indexOf('')) : lines.slice(lines.indexOf('') + 1);
      const start = block.findIndex((l) => l.includes(lang === 'zh' ? '目标函数中本校的项' : "objective's terms"));
      return block.slice(start + 3, start + 7).map((l) => l.trim().split(/\s{2,}/u).slice(0, 3).join(' '));
    };
    const u1 = (await explainIn('zh', 'U1')).lines;
    expect(terms(u1, 'zh')).toEqual(['缺员 0 0', '骨干均衡 0 0', '校际差异 21.56 4.06', '指标缺口 0 2']);
    expect(terms(u1, 'en')).toEqual(['shortage 0 0', 'backbone balance 0 0', 'spread between schools 21.56 4.06', 'indicator shortfall 0 2']);
    expect(terms((await explainIn('zh', 'R1')).lines, 'zh').slice(3)).toEqual(['指标缺口 4 2']);
    // indicator_keep is off by default: no row for it.
    expect(u1.some((l) => l.includes('达标保持') || l.includes('standard kept'))).toBe(false);
  });
});
