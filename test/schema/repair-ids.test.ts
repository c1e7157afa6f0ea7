import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { looseId, repairMoves } from '../../src/schema/repair-ids.js';

const SCHOOLS = '学校代码,学校名称,学段,城乡类型,在校学生数\n0001,城关小学,小学,城区,500\n0002,乡村小学,小学,乡村,80\n';
const TEACHERS = '工号,姓名,学校代码,任教学科,本校任教年限\n000011,王,0001,语文,8\n000012,李,0001,数学,9\n000013,张,0001,英语,9\n000014,赵,0001,音乐,9\n-0000015,钱,0002,语文,2\n';

async function run(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-repair-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = await loadCounty(Object.keys(files).map((n) => join(dir, n)));
  return r.ok ? { ok: true as const, county: r.value, warnings: formatIssues(r.value.warnings ?? []) } : { ok: false as const, errors: formatIssues(r.issues) };
}

describe('ids a spreadsheet changed', () => {
  it('compares ids without a formula guard and without leading zeros', () => {
    expect([looseId('000123'), looseId("'-0000014"), looseId('0'), looseId('T001')]).toEqual(['123', '-0000014', '0', 'T001']);
  });

  it('accepts a few ids without their zeros, one warning per row naming file, row and column', async () => {
    const r = await run({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'l.csv': '工号,操作,学校代码\n11,调往,2\n' });
    expect(r.ok && r.county.locks.map((l) => [l.teacherId, l.schoolId])).toEqual([['000011', '0002']]);
    expect(r.ok && r.warnings).toEqual([
      'l.csv 第2行「学校代码」: 注意: 编号「2」不在表中, 按「0002」读取（开头的0被去掉了） / row 2 school_id: note: id "2" is not known; read as "0002" (its leading zeros were lost)',
      'l.csv 第2行「工号」: 注意: 编号「11」不在表中, 按「000011」读取（开头的0被去掉了） / row 2 teacher_id: note: id "11" is not known; read as "000011" (its leading zeros were lost)',
    ]);
  });

  it('tells a whole column of such ids in one line that says how to keep the zeros', async () => {
    const r = await run({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'l.csv': '工号,操作\n11,留任\n12,留任\n13,留任\n14,留任\n' });
    expect(r.ok && r.county.locks.map((l) => l.teacherId)).toEqual(['000011', '000012', '000013', '000014']);
    expect(r.ok && r.warnings).toHaveLength(1);
    expect(r.ok && r.warnings[0]).toMatch(/^l\.csv: 注意: 「工号」列有4个编号不在表中，开头的0被去掉了.*设为“文本”格式.* format the column as text before saving to keep the zeros$/u);
  });

  it('reads an id saved as a decimal number (11.0, 2.0: a table converted by a script or another system) as the known id, saying so', async () => {
    expect(looseId('000011.0')).toBe('11');
    const r = await run({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'l.csv': '工号,操作,学校代码\n11.0,调往,2.0\n' });
    expect(r.ok && r.county.locks.map((l) => [l.teacherId, l.schoolId])).toEqual([['000011', '0002']]);
    expect(r.ok && r.warnings).toEqual([
      'l.csv 第2行「学校代码」: 注意: 编号「2.0」不在表中, 按「0002」读取（编号被存成了小数, 末尾多了「.0」） / row 2 school_id: note: id "2.0" is not known; read as "0002" (it was saved as a decimal number, ".0" added)',
      'l.csv 第2行「工号」: 注意: 编号「11.0」不在表中, 按「000011」读取（编号被存成了小数, 末尾多了「.0」） / row 2 teacher_id: note: id "11.0" is not known; read as "000011" (it was saved as a decimal number, ".0" added)',
    ]);
  });

  it("removes a formula guard ' that a spreadsheet put before an id", async () => {
    const r = await run({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'l.csv': "工号,操作\n'-0000015,留任\n" });
    expect(r.ok && r.county.locks.map((l) => l.teacherId)).toEqual(['-0000015']);
    expect(r.ok && r.warnings[0]).toContain('开头多了公式保护符');
  });

  it('repairs a teachers file whose school ids lost their zeros', async () => {
    const r = await run({ 's.csv': SCHOOLS, 't.csv': TEACHERS.replace(/,0001,/gu, ',1,') });
    expect(r.ok && r.county.teachers.map((t) => t.schoolId)).toEqual(['-0000015', '000011', '000012', '000013', '000014'].map((id) => (id === '-0000015' ? '0002' : '0001')));
    expect(r.ok && r.warnings).toHaveLength(1);
  });

  it('refuses an id that matches several known ids, naming them', async () => {
    const r = await run({ 's.csv': SCHOOLS + '001,又一小学,小学,城区,300\n', 't.csv': TEACHERS, 'l.csv': '工号,操作,学校代码\n000011,禁止,1\n' });
    expect(r.ok ? [] : r.errors).toEqual([
      'l.csv 第2行「学校代码」: 学校代码「1」不在表中，去掉开头的0后与「0001」、「001」都一致，无法判断是哪一个 / row 2 school_id: school_id "1" is not known and matches "0001", "001" once leading zeros are ignored: which one is meant?',
    ]);
  });

  it('leaves an id that matches nothing to the reference checks', async () => {
    const r = await run({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'l.csv': '工号,操作\n99,留任\n' });
    expect(r.ok ? [] : r.errors).toEqual(['l.csv 第2行「工号」: 工号「99」不在教师表中 / row 2 teacher_id: teacher_id "99" is not in the teachers file']);
  });

  it('reads a baseline saved by a spreadsheet with the county ids', () => {
    const county = { schools: [{ id: '0001' }, { id: '0002' }, { id: '002' }], teachers: [{ id: '000011' }] };
    const moves = repairMoves(county, [{ teacherId: '11', toSchoolId: '1', row: 2 }, { teacherId: '99', toSchoolId: '2', row: 3 }]);
    expect(moves).toEqual([{ teacherId: '000011', toSchoolId: '0001', row: 2 }, { teacherId: '99', toSchoolId: '2', row: 3 }]);
  });
});
