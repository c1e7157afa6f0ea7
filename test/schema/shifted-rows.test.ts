/**
 * A separator too many in the middle of a row whose last cell is empty shifts every cell after it
 * one column to the right, with the extra cell empty at the end (read like a trailing comma): one
 * line says so, not an error per shifted column.
 */
import { describe, expect, it } from 'vitest';
import { SCHOOLS, load, problems } from './load-county-helpers.js';

const HEADER = 'teacher_id,name,school_id,subject,years_at_school,gender,preferences\n';

describe('a row shifted by a separator too many', () => {
  it('is one line naming the row and the slip, where it was an error per shifted column', async () => {
    const { lines } = await problems({
      'schools.csv': SCHOOLS,
      'teachers.csv': `${HEADER}T1,王芳,001,数学,8,女,003\nT2,,李强,001,音乐,7,男,\nT3,张敏,002,语文,3,男,001\n`,
    });
    expect(lines).toEqual([
      'teachers.csv 第3行: 此行比表头多1个单元格（多出的在行末, 为空）, 且有3个单元格不合要求（「name」、「years_at_school」、「gender」…）: 可能在行中多写了1个分隔符（逗号）, 使其后各列错位; 请删去多余的分隔符 / row 3: this row has 1 cell more than the header (empty, at its end) and 3 cells that are not as expected (name, years_at_school, gender…): a separator (comma) too many in the row has shifted the cells after it; delete it',
    ]);
  });

  it('leaves a trailing comma alone, and a wide row with a single wrong cell as that cell\'s error', async () => {
    const fine = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': `${HEADER}T1,王芳,001,数学,8,女,003,\nT2,李强,001,音乐,7,男,\n` });
    expect(fine.ok).toBe(true);
    const one = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': `${HEADER}T1,王芳,001,数学,六,女,003,\n` });
    expect(one.lines).toHaveLength(1);
    expect(one.lines[0]).toMatch(/^teachers\.csv 第2行「years_at_school」: .*实为「六」/u);
  });
});
