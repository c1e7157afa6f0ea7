import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { SCHOOLS, TEACHERS, load, problems } from '../schema/load-county-helpers.js';

const HEADER = '工号,姓名,异议内容,处理结果,操作,学校代码,处理说明\n';

describe('an objection whose 姓名 is not the name of its 工号', () => {
  it('is refused, naming the teacher the 工号 is and the one the 姓名 is: a 工号 typed by hand is never applied to someone else', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      // T2 is 李强; 王芳 is T1. Upheld or rejected, the objection would be reported under the wrong person.
      'o.csv': HEADER + 'T2,王芳,路远,同意,留任,,\nT3,赵六,路远,驳回,,,\n',
    });
    expect(lines).toEqual([
      'o.csv 第2行「姓名」: 姓名「王芳」与工号「T2」的教师「李强」不符（「王芳」的工号是 T1）; 请核对工号 / row 2 name: "王芳" is not the name of teacher "T2" ("李强"; "王芳" is T1): check the teacher_id',
      'o.csv 第3行「姓名」: 姓名「赵六」与工号「T3」的教师「张敏」不符; 请核对工号 / row 3 name: "赵六" is not the name of teacher "T3" ("张敏"): check the teacher_id',
    ]);
  });

  it('accepts a name with its middle dot written otherwise or left out (阿依古丽·买买提, 阿依古丽•买买提, 阿依古丽买买提)', async () => {
    const teachers = `${TEACHERS}T4,阿依古丽·买买提,002,数学,9,\n`;
    const r = await load({ 's.csv': SCHOOLS, 't.csv': teachers, 'o.csv': HEADER + 'T4,阿依古丽•买买提,路远,驳回,,,\nT4,阿依古丽买买提,路远,驳回,,,\nT4,阿依古丽.买买提,路远,驳回,,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.objections).toHaveLength(3);
  });

  it('accepts a name in Latin letters written in another case (an English roster: wang zhi for Wang Zhi)', async () => {
    const teachers = `${TEACHERS}T5,Wang Zhi,002,数学,9,\n`;
    const r = await load({ 's.csv': SCHOOLS, 't.csv': teachers, 'o.csv': HEADER + 'T5,wang zhi,路远,驳回,,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.objections).toHaveLength(1);
  });

  it('accepts a name whose rare character Excel saved as ? in a GBK CSV (王𠮷 as 王?), with a note; a ? for a common character is still refused', async () => {
    const teachers = `${TEACHERS}T6,王𠮷,002,数学,9,\n`;
    const iconv = (await import('iconv-lite')).default;
    // What Excel writes for 王𠮷 in a GBK (ANSI) CSV: 王?.
    const objections = iconv.encode(HEADER + 'T6,王𠮷,路远,驳回,,,\n', 'gbk');
    const r = await load({ 's.csv': SCHOOLS, 't.csv': teachers, 'o.csv': objections });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.objections?.map((o) => o.name)).toEqual(['王?']);
    expect(formatIssues(r.value.warnings ?? [])).toContain('o.csv 第2行「姓名」: 注意: 姓名「王?」按工号「T6」的教师「王𠮷」读取: 「?」处是 GBK 编码存不下的字, 文件在 Excel 中存为“CSV（逗号分隔）”时丢失了; 存为“CSV UTF-8（逗号分隔）”或工作簿可保留 / row 2 name: note: "王?" read as teacher "T6" ("王𠮷"): each ? is a character GBK cannot hold, lost when Excel saved the file as CSV (comma delimited); save it as CSV UTF-8 or as a workbook to keep it');
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王?,路远,驳回,,,\n' });
    expect(lines).toEqual(['o.csv 第2行「姓名」: 姓名「王?」与工号「T1」的教师「王芳」不符; 请核对工号 / row 2 name: "王?" is not the name of teacher "T1" ("王芳"): check the teacher_id']);
  });

  it('accepts the name written with spaces (full-width too), and a row without a name', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王　芳 ,路远,同意,留任,,\nT2,,路远,驳回,,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.objections?.map((o) => o.teacherId)).toEqual(['T1', 'T2']);
  });

  it('never quotes an ID number typed as the name', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,34112219890201123X,路远,驳回,,,\n' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/1123X|19890201/u);
    expect(lines[0]).toMatch(/^o\.csv 第2行「姓名」/u);
  });
});

describe('a teacher\'s name typed in the 工号 column', () => {
  it('is refused as before, and the message says whose name it is and the 工号 to write (objections and locks alike)', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      'o.csv': HEADER + '王芳,王芳,路远,同意,留任,,\n李 强,,路远,驳回,,,\n',
      'l.csv': '工号,操作,学校代码\n张敏,禁止,003\n',
    });
    expect(lines).toEqual([
      'l.csv 第2行「工号」: 工号「张敏」不在教师表中; 「张敏」是教师姓名, 其工号是 T3 / row 2 teacher_id: teacher_id "张敏" is not in the teachers file; "张敏" is the name of teacher T3',
      'o.csv 第2行「工号」: 工号「王芳」不在教师表中; 「王芳」是教师姓名, 其工号是 T1 / row 2 teacher_id: teacher_id "王芳" is not in the teachers file; "王芳" is the name of teacher T1',
      'o.csv 第3行「工号」: 工号「李 强」不在教师表中; 「李 强」是教师姓名, 其工号是 T2 / row 3 teacher_id: teacher_id "李 强" is not in the teachers file; "李 强" is the name of teacher T2',
    ]);
  });
});

describe('two objections of one teacher', () => {
  it('are both decided as written, and the later row is named in a note with the earlier decision: a second row may be a change of mind typed below the first', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王芳,路远,同意,留任,,\nT2,李强,x,驳回,,,\nT1,王芳,补充材料,驳回,,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.objections?.map((o) => [o.source.row, o.teacherId, o.decision]).sort()).toEqual([[2, 'T1', 'upheld'], [3, 'T2', 'rejected'], [4, 'T1', 'rejected']]);
    expect(formatIssues(r.value.warnings ?? [])).toEqual([
      'o.csv 第4行「工号」: 注意: 工号「T1」在第2行已有一条异议（同意）, 本行（驳回）另作一条处理, 两条都照各自的处理结果执行; 若本行是改判, 请删除第2行 / row 4 teacher_id: note: teacher "T1" has an objection on row 2 already (upheld); this row (rejected) is decided as another one, each as decided; if this row changes that decision, delete row 2',
    ]);
  });
});

describe('a school\'s name typed in the 学校代码 column of an objections or locks file', () => {
  it('is refused as before, and the message gives the school\'s code', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王芳,路远,同意,禁止,山背 小学,\n', 'l.csv': '工号,操作,学校代码\nT2,调往,山背小学\n' });
    expect(lines).toEqual([
      'l.csv 第2行「学校代码」: 学校代码「山背小学」不在学校表中; 「山背小学」是学校名称, 其学校代码是 003 / row 2 school_id: school_id "山背小学" is not in the schools file; "山背小学" is the name of school 003',
      'o.csv 第2行「学校代码」: 学校代码「山背 小学」不在学校表中; 「山背 小学」是学校名称, 其学校代码是 003 / row 2 school_id: school_id "山背 小学" is not in the schools file; "山背 小学" is the name of school 003',
    ]);
  });
});

describe('a decision or action typed with a full stop after it', () => {
  it('is read as the word (同意。 is 同意, 留任。 is 留任), in objections and locks alike', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T1,王芳,路远,同意。,留任。,,\nT2,李强,x,驳回．,,,\n', 'l.csv': '工号,操作,学校代码\nT3,禁止!,003\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.objections?.map((o) => [o.teacherId, o.decision, o.action ?? '']).sort()).toEqual([['T1', 'upheld', 'stay'], ['T2', 'rejected', '']]);
    expect(r.value.locks.map((l) => [l.teacherId, l.action]).sort()).toEqual([['T1', 'stay'], ['T3', 'forbid']]);
  });
});

describe('the objections.csv a plan wrote, given back as the objections file (the next round\'s template)', () => {
  it('is refused as one issue saying what it is and what to give instead, not row by row', async () => {
    const report = '\uFEFF类别,工号,姓名,任教学科,原学校代码,异议内容,处理结果,处理决定,处理说明,调整前交流学校代码,调整前交流学校,调整后交流学校代码,调整后交流学校,变化,原因,相关异议,异议表行号\r\n异议,T1,王芳,数学,001,路远,同意,留任,,003,山背小学,,（留任）,取消交流,x,T1,2\r\n连带调整,T2,李强,音乐,001,,,,,,（留任）,003,山背小学,新增交流,y,T1,\r\n';
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': report });
    expect(lines).toEqual([
      'o.csv: 这是 rotate plan 写出的异议处理结果（objections.csv）, 不是异议表: 请给出县里的异议表（工号, 处理结果, 操作, 学校代码; 上一轮同意的异议仍要执行的, 也写在其中） / this is the objections.csv a plan wrote (what the objections did), not an objections file: give the bureau\'s objections file (teacher_id, decision, action, school_id; with the upheld objections of earlier rounds that must still hold)',
    ]);
  });
});

describe('a register whose decision column is 是否采纳 (是 / 否)', () => {
  it('is read as the objections file it is, 是 upheld and 否 rejected: read as a locks file, a rejected row\'s 操作 would have been applied', async () => {
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': '工号,姓名,异议内容,是否采纳,操作,学校代码\nT1,王芳,路远,是,留任,\nT2,李强,想去山背,否,调往,003\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.files.find((f) => f.name === 'o.csv')?.kind).toBe('objections');
    expect(r.value.objections?.map((o) => [o.teacherId, o.decision]).sort()).toEqual([['T1', 'upheld'], ['T2', 'rejected']]);
    expect(r.value.locks.map((l) => [l.teacherId, l.action])).toEqual([['T1', 'stay']]);
  });
});

describe('an objection with its 姓名 but a blank 工号 (copied from a paper form)', () => {
  it('is refused, its blank 工号 told the one teacher of that name with the school, so that the clerk can fill it in', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + ',李强,路远,同意,留任,,\n' });
    expect(lines).toEqual([
      'o.csv 第2行「工号」: 应为编号, 实为空白; 本县姓名为「李强」的教师只有 T2（城关一小）, 若是此人请填写其工号 / row 2 teacher_id: expected an id, found an empty cell; the one teacher of the county named "李强" is T2 (城关一小): if that is the objector, write the teacher_id',
    ]);
  });

  it('lists every teacher of a shared name with the school, and says when the name is no teacher’s', async () => {
    const teachers = `${TEACHERS}T4,王芳,003,语文,9,\n`;
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': teachers, 'o.csv': HEADER + ',王 芳,路远,驳回,,,\n,赵六,路远,驳回,,,\n,,路远,驳回,,,\n' });
    expect(lines).toEqual([
      'o.csv 第2行「工号」: 应为编号, 实为空白; 本县姓名为「王 芳」的教师有 2 位: T1（城关一小）、T4（山背小学）, 请核对后填写工号 / row 2 teacher_id: expected an id, found an empty cell; 2 teachers of the county are named "王 芳": T1 (城关一小), T4 (山背小学); write the objector\'s teacher_id',
      'o.csv 第3行「工号」: 应为编号, 实为空白; 本县教师中没有姓名为「赵六」的人, 请核对姓名并填写工号 / row 3 teacher_id: expected an id, found an empty cell; no teacher of the county is named "赵六": check the name and write the teacher_id',
      'o.csv 第4行「工号」: 应为编号, 实为空白 / row 4 teacher_id: expected an id, found an empty cell',
    ]);
  });

  it('tells a 工号 that is no teacher\'s (a digit wrong) the same way, upheld or rejected; a known 工号 is left to the 姓名 check', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'o.csv': HEADER + 'T7,李强,路远,同意,留任,,\nT8,赵六,路远,驳回,,,\nT1,王芳,路远,同意,调往,999,\n' });
    expect(lines).toEqual([
      'o.csv 第2行「工号」: 工号「T7」不在教师表中; 本县姓名为「李强」的教师只有 T2（城关一小）, 若是此人请改为其工号 / row 2 teacher_id: teacher_id "T7" is not in the teachers file; the one teacher of the county named "李强" is T2 (城关一小): if that is the objector, correct it to that teacher_id',
      'o.csv 第3行「工号」: 工号「T8」不在教师表中; 本县教师中没有姓名为「赵六」的人, 请核对姓名和工号 / row 3 teacher_id: teacher_id "T8" is not in the teachers file; no teacher of the county is named "赵六": check the name and the teacher_id',
      'o.csv 第4行「学校代码」: 学校代码「999」不在学校表中 / row 4 school_id: school_id "999" is not in the schools file',
    ]);
  });

  it('says no "none" when a teacher row could not be read (that teacher may be the one named)', async () => {
    const teachers = `${TEACHERS}T4,赵六,002,语文,六,\n`;
    const { lines } = await problems({ 's.csv': SCHOOLS, 't.csv': teachers, 'o.csv': HEADER + ',赵六,路远,驳回,,,\n' });
    expect(lines).toContain('o.csv 第2行「工号」: 应为编号, 实为空白 / row 2 teacher_id: expected an id, found an empty cell');
  });
});
