import { describe, expect, it } from 'vitest';
import { applyCutoff } from '../../src/schema/apply-cutoff.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { policy } from '../helpers/make-county.js';
import { load } from './load-county-helpers.js';

const SCHOOLS = '学校代码,学校名称,学段,城乡类型,在校学生数\n001,城关一小,小学,城区,1200\n';
const HEADER = '工号,姓名,学校代码,任教学科,本校任教年限,进本校年月,出生年月\n';

/** Teachers rows: [stated years, joined, born] each. */
function teachersFile(rows: readonly [string, string, string][]): string {
  return HEADER + rows.map(([years, joined, born], i) => `T${i + 1},教师${i + 1},001,数学,${years},${joined},${born}\n`).join('');
}

async function cutoffOf(file: string, year: string) {
  const r = await load({ 'schools.csv': SCHOOLS, '教师.csv': file });
  if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
  return applyCutoff(r.value, policy({ 'plan.year': year }));
}

async function warningsOf(file: string, year: string): Promise<string[]> {
  return formatIssues((await cutoffOf(file, year)).warnings);
}

async function errorsOf(file: string, year: string): Promise<string[]> {
  const a = await cutoffOf(file, year);
  return a.ok ? [] : formatIssues(a.issues);
}

/** Twelve teachers whose 本校任教年限 is counted to 31 August 2026. */
const MADE_FOR_2026: [string, string, string][] = Array.from({ length: 12 }, (_, i) => [String(2 + i), `${2024 - i}-03`, '1980-05']);

describe('the warnings of the dates at the cut-off date: a few rows named, many in one line', () => {
  it('a teachers file made for 2026 and planned for 2028: one line, how many, the first rows, by how much, the likely year and what to do', async () => {
    expect(await warningsOf(teachersFile(MADE_FOR_2026), '2026')).toEqual([]);
    const lines = await warningsOf(teachersFile(MADE_FOR_2026), '2028');
    expect(lines).toHaveLength(1);
    const [zh, en] = (lines[0] ?? '').split(' / ');
    expect(zh).toContain('教师.csv 第2行「本校任教年限」: 注意: 12 名教师的本校任教年限与按进本校年月计算到截止日 2028年8月31日 的年数相差超过1年（第2、3、4、5、6、7、8、9…行; 如第2行填2年, 按进本校年月 2024年3月 为4年）');
    expect(zh).toContain('所填都比按日期算的正好少2年: 像是计算到 2026 年的截止日');
    expect(zh).toContain('若要做 2026 年的方案, 请用 --set plan.year=2026');
    expect(en).toContain('12 teachers\' years_at_school differ by more than a year');
    expect(en).toContain('all 12 say exactly 2 years fewer than the dates give: as if counted to the cut-off date of 2026');
  });

  it('a plan year too early for the file: the years say more, and the later year is named', async () => {
    const rows = MADE_FOR_2026.map(([y, j, b]): [string, string, string] => [String(Number(y) + 3), j, b]);
    const [line] = await warningsOf(teachersFile(rows), '2026');
    expect(line).toContain('所填都比按日期算的正好多3年: 像是计算到 2029 年的截止日');
  });

  it('a few odd rows are still named one by one, as before', async () => {
    const rows = MADE_FOR_2026.map(([y, j, b], i): [string, string, string] => [i === 3 ? '9' : i === 7 ? '1' : y, j, b]);
    expect(await warningsOf(teachersFile(rows), '2026')).toEqual([
      '教师.csv 第5行「本校任教年限」: 注意: 本校任教年限填9年, 按进本校年月 2021年3月 计算到截止日为5年, 相差超过1年; 按进本校年月计 / row 5 years_at_school: note: years_at_school says 9, but joined_school 2021-03 gives 5 at the cut-off date, more than a year apart; the date is used',
      '教师.csv 第9行「本校任教年限」: 注意: 本校任教年限填1年, 按进本校年月 2017年3月 计算到截止日为9年, 相差超过1年; 按进本校年月计 / row 9 years_at_school: note: years_at_school says 1, but joined_school 2017-03 gives 9 at the cut-off date, more than a year apart; the date is used',
    ]);
  });

  it('differences that scatter: the commonest are counted, no year is guessed', async () => {
    const rows = MADE_FOR_2026.map(([y, j, b], i): [string, string, string] => [String(Number(y) + (i < 6 ? 2 : i < 10 ? -3 : 5)), j, b]);
    const [line, more] = await warningsOf(teachersFile(rows), '2026');
    expect(more).toBeUndefined();
    expect(line).toContain('12 名教师的本校任教年限');
    expect(line).toContain('所填比按日期算的多2年 6 行、少3年 4 行、多5年 2 行; 按进本校年月计; 请核对这些行的本校任教年限和进本校年月');
    expect(line).not.toContain('plan.year');
  });

  it('many who joined before 18, and many with more years than age − 18: one line each', async () => {
    const young = MADE_FOR_2026.map(([, j]): [string, string, string] => ['', j, '2010-01']);
    const [joined, other] = await warningsOf(teachersFile(young), '2026');
    expect(other).toBeUndefined();
    expect(joined).toMatch(/^教师.csv 第2行「进本校年月」: 注意: 12 名教师进本校时不满18岁（第2、3、4、5、6、7、8、9…行; 如第2行 2024年3月进本校）/u);
    const long = MADE_FOR_2026.map(([y]): [string, string, string] => [String(Number(y) + 10), '', '2000-01']);
    const [years, none] = await warningsOf(teachersFile(long), '2026');
    expect(none).toBeUndefined();
    expect(years).toContain('教师.csv 第2行「本校任教年限」: 注意: 12 名教师的本校任教年限多于截止日时的年龄减18（第2、3、4、5、6、7、8、9…行; 如第2行 本校任教12年, 26岁）');
  });

  it('a file made for 2026 planned for 2024: one error for those who joined after the cut-off date, naming the year the file looks made for', async () => {
    const recent: [string, string, string][] = [['6', '2020-03', '1980-05'], ['1', '2025-02', '1990-05'], ['1', '2025-09', '1990-05'], ['0', '2026-05', '1990-05'], ['0', '2026-01', '1990-05']];
    expect(await errorsOf(teachersFile(recent), '2026')).toEqual([]);
    expect(await errorsOf(teachersFile(recent), '2024')).toEqual([
      '教师.csv 第3行「进本校年月」: 4 名教师的进本校年月晚于截止日 2024年8月31日（第3、4、5、6行; 如第3行 2025年2月; 最晚 2026年5月）, 截止日时尚未进本校; 此表像是 2026 年或以后的花名册: 若是, 计划年份应不早于 2026（--set plan.year=2026）; 若计划年份 2024 无误, 请核对这些行的进本校年月 / row 3 joined_school: 4 teachers joined the school after the cut-off date 2024-08-31 (rows 3, 4, 5, 6; as row 3: 2025-02; the latest 2026-05), not yet at the school by then; the file looks like a roster of 2026 or later: if so, the plan year should be 2026 or later (--set plan.year=2026); if 2024 is right, check joined_school in these rows',
    ]);
    // A few are named one by one, as before.
    expect(await errorsOf(teachersFile(recent.slice(0, 3)), '2024')).toEqual([
      '教师.csv 第3行「进本校年月」: 进本校年月 2025年2月 晚于截止日 2024年8月31日; 请核对 / row 3 joined_school: joined the school 2025-02, after the cut-off date 2024-08-31; check the cell',
      '教师.csv 第4行「进本校年月」: 进本校年月 2025年9月 晚于截止日 2024年8月31日; 请核对 / row 4 joined_school: joined the school 2025-09, after the cut-off date 2024-08-31; check the cell',
    ]);
  });
});
