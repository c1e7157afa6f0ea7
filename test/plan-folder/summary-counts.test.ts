import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSummary } from '../../src/plan-folder/summary-file.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { csvWriter } from '../helpers/csv-writer.js';

/**
 * Two schools, five teachers: T1 and T2 ordinary (one year at the school: not eligible), T3 with
 * an exemption reason (免交流), T4 born January 1960 (he reached the statutory date long before the
 * cut-off date: 退休), T5 one year at the school too.
 */
function writeCounty(): string[] {
  const w = csvWriter('rotate-counts-');
  return [
    w('schools.csv', [
      ['school_id', 'name', 'stage', 'area', 'students'],
      ['U1', '城关小学', 'primary', 'urban', '400'],
      ['R1', '乡村小学', 'primary', 'rural', '200'],
    ]),
    w('teachers.csv', [
      ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', 'gender', 'birth_date', 'exempt'],
      ['T1', '甲', 'U1', '语文', '1', 'male', '1990-05', ''],
      ['T2', '乙', 'R1', '语文', '1', 'female', '1991-05', ''],
      ['T3', '丙', 'U1', '数学', '8', 'female', '1985-03', '哺乳期'],
      ['T4', '丁', 'U1', '数学', '8', 'male', '1960-01', ''],
      ['T5', '戊', 'U1', '语文', '1', 'male', '1988-02', ''],
    ]),
  ];
}

describe('summary.json counts the teachers by the statuses teachers.csv gives them', () => {
  it('counts a teacher who retires by the cut-off date as retiring (退休), not also as exempt (免交流)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rotate-counts-plan-')), 'plan');
    expect((await planInProcess(writeCounty(), dir)).kind).toBe('written');
    const read = parseSummary(readFileSync(join(dir, 'summary.json'), 'utf8'), 'summary.json');
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const c = read.value.counts;
    const labels = readPlanCsv(join(dir, 'teachers.csv')).rows.map((r) => r['status']);
    expect(labels.filter((l) => l === 'exempt')).toHaveLength(1);
    expect(labels.filter((l) => l === 'retires')).toHaveLength(1);
    expect([c.exempt, c.retiring]).toEqual([1, 1]);
    // The groups add up to the county's teachers, each teacher in one.
    expect(c.eligible + c.principals_due + c.exempt + c.retiring + c.not_eligible).toBe(c.teachers);
  });
});
