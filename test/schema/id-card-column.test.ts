import { describe, expect, it } from 'vitest';
import { SCHOOLS, problems } from './load-county-helpers.js';

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A valid ID number (check digit holds) for the `i`th teacher. */
function idCard(i: number): string {
  const body = `341122${1960 + (i % 40)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(100 + i).slice(-3)}`;
  return body + '10X98765432'[W.reduce((a, w, k) => a + w * Number(body[k]), 0) % 11];
}

/** A teachers file of `n` rows (rows 2 … n+1) whose 工号 is `id(i)`. */
function teachers(n: number, id: (i: number) => string, years = (_i: number) => '8'): string {
  const rows = Array.from({ length: n }, (_, i) => `${id(i)},教师${i},001,数学,${years(i)},男`);
  return `工号,姓名,学校代码,任教学科,本校任教年限,性别\n${rows.join('\n')}\n`;
}

describe('a column of ID-card numbers (the wrong column exported) is said once', () => {
  it('names the column, the count and the rows in one line, and still lists the other problems', async () => {
    // ID numbers as a clerk's export has them: 18 digits, ending in X, in Excel's scientific form, spaced, 15 digits.
    const forms = (i: number): string => {
      const n = idCard(i);
      return [n, `${n.slice(0, 17)}X`, '3.41122E+17', `${n.slice(0, 6)} ${n.slice(6, 14)} ${n.slice(14)}`, `${n.slice(0, 6)}${n.slice(8, 17)}`][i % 5] ?? n;
    };
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.csv': teachers(150, forms, (i) => (i === 3 ? '六' : '8')) });
    expect(lines).toEqual([
      '教师.csv: 「工号」列的150行都像是身份证号（第2–151行, 即此列填写的所有行）: 可能导出时选了身份证号一列; 此列请填写工号或学校代码 / column teacher_id holds ID-card numbers in 150 rows (rows 2–151, every row filled in): the ID-card column may have been exported in its place; use the staff number or school code',
      '教师.csv 第5行「本校任教年限」: 应为不小于0的年数（如 8、8年、4.5、4年6个月）, 实为「六」 / row 5 years_at_school: expected a number of years ≥ 0 (8, 4.5, 4年6个月), found "六"',
    ]);
  });

  it('says how many of the rows filled in hold one where most but not all do, and lists the rows as runs', async () => {
    const id = (i: number): string => (i === 4 || i === 9 ? `T${i}` : i === 7 ? '' : idCard(i));
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 't.csv': teachers(12, id) });
    expect(lines.filter((l) => l.includes('身份证号'))).toEqual([
      't.csv: 「工号」列的9行都像是身份证号（第2–5、7–8、10、12–13行, 此列填写的共11行）: 可能导出时选了身份证号一列; 此列请填写工号或学校代码 / column teacher_id holds ID-card numbers in 9 rows (rows 2–5, 7–8, 10, 12–13, of 11 rows filled in): the ID-card column may have been exported in its place; use the staff number or school code',
    ]);
  });

  it('asks for what the column holds where it is not a column of ids', async () => {
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 't.csv': teachers(3, (i) => `T${i}`, idCard) });
    expect(lines).toEqual([
      't.csv: 「本校任教年限」列的3行都像是身份证号（第2–4行, 即此列填写的所有行）: 可能导出时选了身份证号一列; 请换回此列应有的内容 / column years_at_school holds ID-card numbers in 3 rows (rows 2–4, every row filled in): the ID-card column may have been exported in its place; put back what the column should hold',
    ]);
  });

  it('keeps a line per row where a few rows hold one', async () => {
    const id = (i: number): string => (i === 1 || i === 3 ? idCard(i) : `T${i}`);
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 't.csv': teachers(6, id) });
    expect(lines).toEqual([
      't.csv 第3行「工号」: 像是身份证号，请填写工号或学校代码 / row 3 teacher_id: looks like an ID-card number; use the staff number or school code',
      't.csv 第5行「工号」: 像是身份证号，请填写工号或学校代码 / row 5 teacher_id: looks like an ID-card number; use the staff number or school code',
    ]);
  });
});
