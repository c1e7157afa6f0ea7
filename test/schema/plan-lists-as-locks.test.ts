/**
 * The lists a plan writes are locks files when given back: an edited assignments.csv, and the
 * principals.csv the county fills in with its decisions (a 交流学校代码 for those it posts). A
 * row left blank there is a principal not decided on: it locks nothing, and the file says how
 * many. Such a list goes together with a locks file proper (工号 操作 学校代码).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { planInProcess } from '../helpers/plan-run.js';
import { load, problems, SCHOOLS, TEACHERS } from './load-county-helpers.js';

const PRINCIPALS = `工号,姓名,岗位类别,学校代码,学校名称,本校任职年限,状态,交流学校代码,理由
T1,王芳,校长,001,城关一小,6,列入校长交流名单,003,
T2,李强,副校长,001,城关一小,6,列入校长交流名单,,
T3,张敏,副校长,002,河口小学,7,列入校长交流名单,,
`;

describe('a plan\'s lists given back as locks', () => {
  it('principals.csv: a decided row moves the principal to its 交流学校代码 (not to 学校代码, where he or she is); a blank one locks nothing, counted once', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'principals.csv': PRINCIPALS });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.action, l.schoolId, l.source.row])).toEqual([['T1', 'move', '003', 2]]);
    expect(formatIssues(r.value.warnings ?? [])).toContain('principals.csv: 2 行未填交流学校代码, 不锁定（县里尚未决定的人） / 2 rows have no 交流学校代码 (to_school_id) and lock nothing (those the county has not decided on)');
  });

  it('assignments.csv: a row whose 交流学校代码 was cleared locks nothing and is counted as a deleted row, not as an undecided principal', async () => {
    const edited = '工号,姓名,原学校代码,交流学校代码,理由\nT1,王芳,001,003,\nT2,李强,001,,\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'assignments.csv': edited });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.schoolId])).toEqual([['T1', '003']]);
    expect(formatIssues(r.value.warnings ?? [])).toContain('assignments.csv: 1 行未填交流学校代码, 不锁定（视同删除该行: 用 --baseline 指明此名单来自的方案时, 这些教师留任） / 1 row has no 交流学校代码 (to_school_id) and locks nothing (read as a deleted row: with --baseline naming the plan the list came from, that teacher stays)');
  });

  it('teachers.csv (every teacher): its blank rows are the teachers the plan keeps, not principals the county has not decided on', async () => {
    const list = '工号,姓名,学校代码,任教学科,状态,交流学校代码,理由\nT1,王芳,001,语文,交流,003,\nT2,李强,001,语文,留任,,\nT3,张敏,002,语文,不符合条件,,\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, '方案教师.csv': list });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.schoolId])).toEqual([['T1', '003']]);
    const warnings = formatIssues(r.value.warnings ?? []).filter((w) => w.startsWith('方案教师.csv: 2 行'));
    expect(warnings).toEqual(['方案教师.csv: 2 行未填交流学校代码, 不锁定（方案中不交流的教师; 清空了交流学校代码的, 用 --baseline 指明此名单来自的方案时留任） / 2 rows have no 交流学校代码 (to_school_id) and lock nothing (teachers the plan does not move; where a code was cleared, with --baseline naming the plan the list came from, that teacher stays)']);
  });

  it('follows the 交流学校代码 where the 交流学校 beside it names another school (what is said of it: lock-school-names.test.ts)', async () => {
    const edited = '工号,姓名,原学校代码,交流学校代码,交流学校,理由\nT1,王芳,001,003,河口小学,\nT2,李强,001,003,山背小学,\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'assignments.csv': edited });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.schoolId, l.schoolName])).toEqual([['T1', '003', '河口小学'], ['T2', '003', '山背小学']]);
  });

  it('a teacher listed twice with two schools is named under the list\'s own 交流学校代码 column, not under an 操作 (action) column the list does not have', async () => {
    const edited = '工号,姓名,原学校代码,交流学校代码,理由\nT1,王芳,001,003,\nT1,王芳,001,002,\n';
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'assignments.csv': edited });
    expect(lines).toContain('assignments.csv 第3行「交流学校代码」: 与第2行的锁定矛盾（调往 003 与 调往 002） / row 3 to_school_id: contradicts the lock on row 2 (move 003 vs move 002)');
  });

  it('a locks file saved from a sheet with title rows above its table (2026年教师交流锁定名单,,) is read from its header row, rows numbered as in the file', async () => {
    const locks = '2026年教师交流锁定名单,,\n制表: 人事股 2026年6月,,\n工号,操作,学校代码\nT1,留任,\nT3,禁止,001\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'locks.csv': locks });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.action, l.schoolId ?? '', l.source.row])).toEqual([['T1', 'stay', '', 4], ['T3', 'forbid', '001', 5]]);
  });

  it('goes with a locks file proper; in that file a blank 操作 is still an error', async () => {
    const locks = '工号,操作,学校代码\nT3,留任,\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'principals.csv': PRINCIPALS, 'locks.csv': locks });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.action, l.source.file]).sort()).toEqual([['T1', 'move', 'principals.csv'], ['T3', 'stay', 'locks.csv']]);
    const blank = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'locks.csv': '工号,操作,学校代码\nT3,,\n' });
    expect(blank.ok).toBe(false);
    expect(blank.ok ? [] : formatIssues(blank.issues)).toEqual(['locks.csv 第2行「操作」: 应为留任/调往/禁止 之一, 实为空白 / row 2 action: expected one of stay/move/forbid, found an empty cell']);
  });
});

describe('a locks file with both 学校代码 and 交流学校代码', () => {
  it('forbids or moves to the 交流学校代码: the 学校代码 beside it is where the teacher is', async () => {
    const locks = '工号,姓名,学校代码,操作,交流学校代码\nT1,王芳,001,禁止,003\nT2,李强,001,调往,002\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'locks.csv': locks });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.action, l.schoolId])).toEqual([['T1', 'forbid', '003'], ['T2', 'move', '002']]);
  });

  it('refuses a 禁止 of the teacher\'s own school, which rules out nothing', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'locks.csv': '工号,操作,学校代码\nT1,禁止,001\n' });
    expect(r.ok ? [] : formatIssues(r.issues).map((l) => l.split(' / ')[0])).toEqual(['locks.csv 第2行「学校代码」: 禁止调往的学校「001」就是该教师现在的学校, 禁止不了什么: 禁止的学校应写在「交流学校代码」列（「学校代码」列写教师所在学校时）']);
  });

  it('reads an upheld objection\'s 交流学校代码 as its decision\'s school', async () => {
    const objections = '工号,姓名,学校代码,异议内容,处理结果,操作,交流学校代码\nT1,王芳,001,路远,同意,禁止,003\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'objections.csv': objections });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.action, l.schoolId])).toEqual([['T1', 'forbid', '003']]);
  });
});

describe('the same lock in two of a plan\'s lists', () => {
  const ASSIGNMENTS = `工号,姓名,原学校代码,交流学校代码,理由
T1,王芳,001,003,人工锁定调往 003
`;

  it('is one lock: a principal\'s move in both assignments.csv and principals.csv is counted and checked once', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'principals.csv': PRINCIPALS, 'assignments.csv': ASSIGNMENTS });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.action, l.schoolId, l.source.file])).toEqual([['T1', 'move', '003', 'assignments.csv']]);
  });

  it('a locks file\'s row is the one kept where it says the same; what the county wrote twice itself stays', async () => {
    const locks = '工号,操作,学校代码\nT1,调往,003\nT1,调往,003\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'principals.csv': PRINCIPALS, 'assignments.csv': ASSIGNMENTS, 'locks.csv': locks });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => [l.teacherId, l.source.file, l.source.row])).toEqual([['T1', 'locks.csv', 2], ['T1', 'locks.csv', 3]]);
  });
});

describe('a plan.xlsx given back as locks', () => {
  it('reads its principals sheet too: a 交流学校代码 the county wrote there locks that move', async () => {
    const data = join(import.meta.dirname, '../../data');
    const inputs = readdirSync(data).sort().map((f) => join(data, f));
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-principals-xlsx-')), 'plan');
    expect((await planInProcess(inputs, out)).kind).toBe('written');
    // The county decides on the first principal of the list: 交流学校代码 written in the 校长交流名单 sheet.
    const book = XLSX.read(readFileSync(join(out, 'plan.xlsx')));
    const sheet = book.Sheets['校长交流名单'];
    if (!sheet) throw new Error('no 校长交流名单 sheet');
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
    const head = rows.findIndex((r) => r.includes('交流学校代码'));
    const col = rows[head]?.indexOf('交流学校代码') ?? -1;
    const id = rows[head + 1]?.[rows[head]?.indexOf('工号') ?? -1];
    expect(id).toBeTruthy();
    sheet[XLSX.utils.encode_cell({ r: head + 1, c: col })] = { t: 's', v: '341122027' };
    const edited = join(out, '..', 'edited.xlsx');
    writeFileSync(edited, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const r = await loadCounty([...inputs, edited]);
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const lock = r.value.locks.find((l) => l.teacherId === id);
    expect([lock?.action, lock?.schoolId, lock?.source.file]).toEqual(['move', '341122027', 'edited.xlsx[校长交流名单]']);
    // The plan's moves are locks as before; the other principals lock nothing, and a warning counts them.
    expect(r.value.locks.filter((l) => l.source.file === 'edited.xlsx[交流名单]').length).toBeGreaterThan(100);
    expect(formatIssues(r.value.warnings ?? []).some((w) => w.startsWith('edited.xlsx[校长交流名单]: ') && w.includes('行未填交流学校代码, 不锁定'))).toBe(true);
  }, 60_000);
});
