import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));

/**
 * Next year's teachers file must give a teacher on exchange at a 九年一贯制 school the section taught
 * there (任教学段), and one gone down a stage (初中 → a 小学) that stage: assignments.csv says it
 * for every move (交流任教学段), where only the reason's words (小学部数学缺员…) told it.
 */
describe('assignments.csv: the section each move fills at the destination (交流任教学段)', () => {
  it('is the school\'s own stage at a school of one section, and the section the reason names at a 九年一贯制 school', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-assignments-stage-')), 'plan');
    const r = await planInProcess(DATA, out);
    expect(r.kind).toBe('written');
    const { header, rows } = readPlanCsv(join(out, 'assignments.csv'));
    expect(header.slice(header.indexOf('交流学校'), header.indexOf('交流学校') + 2)).toEqual(['交流学校', '交流任教学段']);
    const stageOf = new Map(readPlanCsv(join(out, 'schools.csv')).rows.map((s) => [s['学校代码'], s['学段']]));
    let sectioned = 0;
    for (const m of rows) {
      const stage = stageOf.get(m['交流学校代码'] ?? '');
      if (stage === '小学' || stage === '初中') {
        expect(m['交流任教学段'], m['工号']).toBe(stage);
      } else {
        sectioned++;
        const named = /(小学|初中)部/u.exec(m['理由'] ?? '')?.[1];
        expect(m['交流任教学段'], m['工号']).toBe(named);
      }
    }
    // The sample sends teachers into its 九年一贯制 schools, and one 初中 teacher of one into a 小学 (跟岗).
    expect(sectioned).toBeGreaterThan(10);
    expect(rows.find((m) => m['工号'] === '000796')?.['交流任教学段']).toBe('小学');
  }, 120_000);
});
