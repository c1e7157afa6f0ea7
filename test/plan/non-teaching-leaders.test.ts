import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/pipeline/run-validate.js';
import { qualityFigures } from '../../src/plan/quality.js';
import { stageIndicatorsOf } from '../../src/rules/indicator-sections.js';

/**
 * The 优质均衡 indicators count 专任教师. A principal who teaches no class (任教学科 无, as a roster
 * files a 行政人员) is kept for the principals' rotation, but he is no 专任教师: a county-level
 * backbone principal who teaches nothing was counted in his school's backbone teachers per 100
 * students, and in the county mean of the CV.
 */
describe('a principal who teaches no class counts in no 优质均衡 indicator', () => {
  it('leaves 341122001 (566 students) at its 7 county-level backbone teachers, 1.2367 per 100, when its principal, made a 县级骨干 teaching nothing, is added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-leaders-'));
    const sample = join(import.meta.dirname, '../../data');
    // Row of 000005 张成, the principal of 341122001: 任教学科 语文 → 无, 骨干等级 无 → 县级.
    const rows = readFileSync(join(sample, '教师.csv'), 'utf8').split('\n');
    const changed = rows.map((line) => (line.startsWith('000005,') ? line.replace('000005,张成,341122001,语文,', '000005,张成,341122001,无,').replace(',无,中级,0,校长,', ',县级,中级,0,校长,') : line));
    expect(changed.find((l) => l.startsWith('000005,'))).toContain(',无,3,2023-06,男,1986-12,县级,中级,0,校长,');
    writeFileSync(join(dir, '教师.csv'), changed.join('\n'));
    for (const f of ['学校.csv', '岗位.csv']) writeFileSync(join(dir, f), readFileSync(join(sample, f)));
    const r = await runValidate([join(dir, '学校.csv'), join(dir, '教师.csv'), join(dir, '岗位.csv')], [], 2026);
    if (r.kind !== 'valid') throw new Error(r.kind);
    const q = qualityFigures(r.planned, r.policy, []);
    const s = q.sections.find((x) => x.before.section.schoolId === '341122001');
    // 7 teaching county-level backbone teachers in the sample's roster, over 566 students.
    expect(s?.before.values.backbone_per_100.count).toBe(7);
    expect(s?.before.values.backbone_per_100.value).toBeCloseTo(700 / 566, 12);
    // The county's counted teachers, and the model's own count of them, are the sample's 53.
    expect(q.supply.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.teachers).toBe(53);
    expect(stageIndicatorsOf(r.planned.schools, r.planned.teachers, r.policy).find((g) => g.stage === 'primary' && g.indicator === 'backbone_per_100')?.total).toBe(53);
  });
});
