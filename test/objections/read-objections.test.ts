import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/schema/detect-kind.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { SCHOOLS, TEACHERS, load, problems } from '../schema/load-county-helpers.js';

const HEADER = '工号,姓名,异议内容,处理结果,操作,学校代码,处理说明\n';

describe('an objections file (公示异议)', () => {
  it('is recognised from its header row, in Chinese or English, and not taken for a locks file', () => {
    const zh = detectKind(HEADER.trim().split(','), 'o.csv');
    expect(zh.ok && zh.match.kind).toBe('objections');
    const en = detectKind(['teacher_id', 'objection', 'decision', 'action', 'school_id'], 'o.csv');
    expect(en.ok && en.match.kind).toBe('objections');
    const locks = detectKind(['工号', '操作', '学校代码'], 'l.csv');
    expect(locks.ok && locks.match.kind).toBe('locks');
  });

  it('keeps every objection, and turns each upheld one into the lock it decides', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王芳,路远,同意,禁止,003,属实\nT2,李强,不愿去,驳回,,,\nT3,张敏,照顾老人,1-同意,留任,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const c = r.value;
    expect(c.objections?.map((o) => [o.teacherId, o.decision, o.action ?? '', o.schoolId ?? ''])).toEqual([
      ['T1', 'upheld', 'forbid', '003'],
      ['T2', 'rejected', '', ''],
      ['T3', 'upheld', 'stay', ''],
    ]);
    expect(c.objections?.[0]?.note).toBe('属实');
    expect(c.locks.map((l) => [l.teacherId, l.action, l.schoolId ?? '', l.source.file, l.source.row])).toEqual([
      ['T1', 'forbid', '003', 'o.csv', 2],
      ['T3', 'stay', '', 'o.csv', 4],
    ]);
    expect(c.files.find((f) => f.name === 'o.csv')?.kind).toBe('objections');
  });

  it('an upheld objection in a file with no 操作 column (a copy of assignments.csv with 处理结果 added) says the column is missing, not that its cell is blank', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': '工号,姓名,原学校代码,交流学校代码,处理结果\nT1,王芳,001,003,驳回\nT2,李强,001,003,同意\n' });
    expect(lines).toEqual(['o.csv 第3行「操作」: 「同意」的异议须写明操作（留任 / 调往 / 禁止）, 但表中没有「操作」列: 请加上这一列（调往、禁止的学校写在「学校代码」或「交流学校代码」列） / row 3 action: an upheld objection needs its decision as an action (stay / move / forbid), but the file has no 操作 (action) column: add one (with the school for move and forbid under 学校代码 or 交流学校代码)']);
  });

  it('without an objections file, the county has none (plans stay as they were)', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS });
    expect(r.ok && r.value.objections).toBeUndefined();
  });

  it('names file, row and column of every bad objection, in Chinese and English', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      'o.csv':
        HEADER +
        'T9,无名,路远,同意,留任,,\n' + // unknown teacher (upheld)
        'T8,无名,路远,驳回,,,\n' + // unknown teacher (rejected)
        'T1,王芳,路远,同意,调往,999,\n' + // unknown school
        'T2,李强,路远,同意,,,\n' + // upheld without an action
        'T3,张敏,路远,同意,禁止,,\n' + // action without a school
        'T1,王芳,路远,待定,,,\n' + // no decision
        'T3,张敏,路远,同意,搬家,003,\n', // unknown action
    });
    expect(lines).toEqual([
      'o.csv 第2行「工号」: 工号「T9」不在教师表中; 本县教师中没有姓名为「无名」的人, 请核对姓名和工号 / row 2 teacher_id: teacher_id "T9" is not in the teachers file; no teacher of the county is named "无名": check the name and the teacher_id',
      'o.csv 第3行「工号」: 工号「T8」不在教师表中; 本县教师中没有姓名为「无名」的人, 请核对姓名和工号 / row 3 teacher_id: teacher_id "T8" is not in the teachers file; no teacher of the county is named "无名": check the name and the teacher_id',
      'o.csv 第4行「学校代码」: 学校代码「999」不在学校表中 / row 4 school_id: school_id "999" is not in the schools file',
      'o.csv 第5行「操作」: 「同意」的异议须填写操作（留任 / 调往 / 禁止）, 实为空白 / row 5 action: an upheld objection needs its decision as an action (stay / move / forbid), found an empty cell',
      'o.csv 第6行「学校代码」: 操作「禁止」须填写学校代码, 实为空白 / row 6 school_id: a forbid decision needs a school_id, found an empty cell',
      'o.csv 第7行「处理结果」: 应为同意/驳回 之一, 实为「待定」; 尚未处理的异议不能用于规划: 请填写处理结果（同意 / 驳回）, 或先把此行移出异议表 / row 7 decision: expected one of upheld/rejected, found "待定"; an objection not yet decided cannot go into a plan: write the decision (upheld / rejected), or leave the row out of the file until it is',
      'o.csv 第8行「操作」: 应为留任/调往/禁止 之一, 实为「搬家」 / row 8 action: expected one of stay/move/forbid, found "搬家"',
    ]);
  });

  it('says what to do with an objection received but not yet decided (处理结果 blank or 待处理), and only with such one', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王芳,路远,,,,\nT2,李强,路远, 待处理 ,,,\nT3,张敏,路远,搬家,,,\n' });
    const hint = '; 尚未处理的异议不能用于规划: 请填写处理结果（同意 / 驳回）, 或先把此行移出异议表';
    expect(lines).toEqual([
      `o.csv 第2行「处理结果」: 应为同意/驳回 之一, 实为空白${hint} / row 2 decision: expected one of upheld/rejected, found an empty cell; an objection not yet decided cannot go into a plan: write the decision (upheld / rejected), or leave the row out of the file until it is`,
      `o.csv 第3行「处理结果」: 应为同意/驳回 之一, 实为「待处理」${hint} / row 3 decision: expected one of upheld/rejected, found "待处理"; an objection not yet decided cannot go into a plan: write the decision (upheld / rejected), or leave the row out of the file until it is`,
      'o.csv 第4行「处理结果」: 应为同意/驳回 之一, 实为「搬家」 / row 4 decision: expected one of upheld/rejected, found "搬家"',
    ]);
  });

  it('reads two rounds\' files whose columns differ (the second round\'s form with no 姓名 and a 处理说明 added), each row as it stands', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, '异议.csv': '工号,姓名,处理结果,操作\nT1,王芳,同意,留任\n', '异议2.csv': '工号,处理结果,操作,学校代码,处理说明\nT3,同意,禁止,001,属实\nT2,驳回,,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.objections?.map((o) => [o.teacherId, o.decision, o.action ?? '', o.schoolId ?? '', o.note ?? '', o.source.file])).toEqual([
      ['T1', 'upheld', 'stay', '', '', '异议.csv'],
      ['T2', 'rejected', '', '', '', '异议2.csv'],
      ['T3', 'upheld', 'forbid', '001', '属实', '异议2.csv'],
    ]);
  });

  it('refuses an upheld decision that contradicts a lock, naming both rows', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'l.csv': '工号,操作,学校代码\nT1,调往,003\n', 'o.csv': HEADER + 'T1,王芳,路远,同意,留任,,\n' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^(o|l)\.csv 第2行「操作」: 与 (l|o)\.csv 第2行的锁定矛盾/u);
  });

  it('warns that an action written beside a rejected objection is not applied, and applies nothing', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王芳,路远,驳回,留任,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks).toEqual([]);
    expect(formatIssues(r.value.warnings ?? [])).toEqual(['o.csv 第2行「操作」: 注意: 异议已驳回, 所填操作「留任」不执行 / row 2 action: note: the objection was rejected, so the action "stay" written beside it is not applied']);
  });
});
