import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCounty } from '../../src/schema/load-county.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { SCHOOLS, TEACHERS, load, problems } from './load-county-helpers.js';

const TEACHER_HEADER = 'teacher_id,name,school_id,subject,years_at_school,preferences\n';

describe('loadCounty reports every problem, with file, row and column', () => {
  it('reads GBK files from disk and names the bad cells', async () => {
    const r = await loadCounty(['test/fixtures/input/bad/schools.csv', 'test/fixtures/input/bad/teachers.csv']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssues(r.issues)).toEqual([
      'teachers.csv 第3行「本校任教年限」: 应为不小于0的年数（如 8、8年、4.5、4年6个月）, 实为「六」 / row 3 years_at_school: expected a number of years ≥ 0 (8, 4.5, 4年6个月), found "六"',
      'teachers.csv 第4行「工号」: 「***********」像是被Excel转成了数字的身份证号（15或18位）；请把该列设为文本格式，填写工号或学校代码 / row 4 teacher_id: "***********" looks like an ID-card number Excel turned into a number (15 or 18 digits); format the column as text and use the staff number or school code',
    ]);
  });

  it('collects problems of every file before returning', async () => {
    const { lines } = await problems({
      'schools.csv': SCHOOLS.replace('1200', '一千二').replace('town', 'suburb'),
      'teachers.csv': TEACHERS.replace(',8,', ',六,'),
    });
    expect(lines).toEqual([
      'schools.csv 第2行「students」: 应为不小于0的整数, 实为「一千二」 / row 2 students: expected a whole number ≥ 0, found "一千二"',
      'schools.csv 第3行「area」: 应为城区/镇区/乡村 之一, 实为「suburb」 / row 3 area: expected one of urban/town/rural, found "suburb"',
      'teachers.csv 第2行「years_at_school」: 应为不小于0的年数（如 8、8年、4.5、4年6个月）, 实为「六」 / row 2 years_at_school: expected a number of years ≥ 0 (8, 4.5, 4年6个月), found "六"',
    ]);
  });

  it('says which of the schools and teachers files is missing, without flooding every row', async () => {
    const { lines } = await problems({ 't.csv': TEACHERS, 'l.csv': 'teacher_id,action,school_id\nT1,move,009\n' });
    expect(lines).toEqual([
      '缺少学校表（表头含 学校代码、学校名称、学段、城乡类型、在校学生数 的CSV文件或工作表） / no schools file was given (a CSV file or worksheet with the headers school_id, name, stage, area, students)',
    ]);
    const none = await problems({ 's.csv': SCHOOLS });
    expect(none.lines).toEqual([
      '缺少教师表（表头含 工号、姓名、学校代码、任教学科、本校任教年限 的CSV文件或工作表） / no teachers file was given (a CSV file or worksheet with the headers teacher_id, name, school_id, subject, years_at_school)',
    ]);
  });

  it('reports duplicate school and teacher ids naming both rows, also across merged files', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS + '001,重复小学,primary,urban,10,no\n',
      't.csv': TEACHERS + 'T1,王芳二,002,数学,1,\n',
      't2.csv': TEACHER_HEADER + 'T2,又一个,003,数学,1,\n',
    });
    expect(lines).toEqual([
      's.csv 第5行「school_id」: 学校代码「001」重复，与第2行相同 / row 5 school_id: duplicate school_id "001", also on row 2',
      't.csv 第5行「teacher_id」: 工号「T1」重复，与第2行相同 / row 5 teacher_id: duplicate teacher_id "T1", also on row 2',
      't2.csv 第2行「teacher_id」: 工号「T2」重复，与 t.csv 第3行相同 / row 2 teacher_id: duplicate teacher_id "T2", also on row 3 of t.csv',
    ]);
  });

  it('reports a table given twice under another name once, as the file, not row by row', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS, '学校 - 副本.csv': SCHOOLS, 't.csv': TEACHERS, 't2.csv': TEACHERS });
    expect(lines).toEqual([
      't2.csv: 全部 3 行的工号都已在 t.csv 中: 同一张表给了两次（t.csv 的副本?）, 请只保留一个 / every one of its 3 rows repeats a teacher_id of t.csv: the same table given twice (a copy of t.csv?); keep one',
      '学校 - 副本.csv: 全部 3 行的学校代码都已在 s.csv 中: 同一张表给了两次（s.csv 的副本?）, 请只保留一个 / every one of its 3 rows repeats a school_id of s.csv: the same table given twice (a copy of s.csv?); keep one',
    ]);
  });

  it('counts a school with a bad cell as known, so its teachers are not "unknown school"', async () => {
    const { lines } = await problems({ 's.csv': SCHOOLS.replace('1200', 'x'), 't.csv': TEACHERS });
    expect(lines).toEqual(['s.csv 第2行「students」: 应为不小于0的整数, 实为「x」 / row 2 students: expected a whole number ≥ 0, found "x"']);
  });

  it('reports references to unknown schools and teachers', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS.replace('T2,李强,001', 'T2,李强,009').replace('001;003', '001;099、098'),
      'p.csv': 'school_id,subject,posts\n077,语文,1\n',
      'l.csv': 'teacher_id,action,school_id\nT9,stay,\nT1,forbid,066\n',
    });
    expect(lines).toEqual([
      'l.csv 第2行「teacher_id」: 工号「T9」不在教师表中 / row 2 teacher_id: teacher_id "T9" is not in the teachers file',
      'l.csv 第3行「school_id」: 学校代码「066」不在学校表中 / row 3 school_id: school_id "066" is not in the schools file',
      'p.csv 第2行「school_id」: 学校代码「077」不在学校表中 / row 2 school_id: school_id "077" is not in the schools file',
      't.csv 第3行「school_id」: 学校代码「009」不在学校表中 / row 3 school_id: school_id "009" is not in the schools file',
      't.csv 第4行「preferences」: 志愿学校「099」、「098」不在学校表中 / row 4 preferences: preferred schools "099", "098" are not in the schools file',
    ]);
  });

  it('reports locks without a school, contradictory locks and a move to the own school', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      '锁定.csv': '工号,操作,学校代码\nT1,留任,\nT1,调往,002\nT2,调往,002\nT2,调往,003\nT3,调往,001\nT3,禁止,001\nT3,禁止,\nT2,调往,001\n',
    });
    expect(lines).toEqual([
      '锁定.csv 第3行「操作」: 与第2行的锁定矛盾（留任 与 调往 002） / row 3 action: contradicts the lock on row 2 (stay vs move 002)',
      '锁定.csv 第5行「操作」: 与第4行的锁定矛盾（调往 002 与 调往 003） / row 5 action: contradicts the lock on row 4 (move 002 vs move 003)',
      '锁定.csv 第7行「操作」: 与第6行的锁定矛盾（调往 001 与 禁止 001） / row 7 action: contradicts the lock on row 6 (move 001 vs forbid 001)',
      '锁定.csv 第8行「学校代码」: 「禁止」须填写学校代码, 实为空白 / row 8 school_id: a forbid lock needs a school_id, found an empty cell',
      '锁定.csv 第9行「学校代码」: 调往的学校「001」就是该教师现在的学校 / row 9 school_id: moves the teacher to "001", the school he or she is at already',
      '锁定.csv 第9行「操作」: 与第4行的锁定矛盾（调往 002 与 调往 001） / row 9 action: contradicts the lock on row 4 (move 002 vs move 001)',
    ]);
  });

  it('reports a school listed twice for one subject in posts (by subject key), and a repeated policy key', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      'p.csv': '学校代码,学科,岗位数\n001,数学,2\n001,math,1\n',
      'k.csv': 'key,value\nrules.quota_share,0.1\nrules.quota_share,0.2\n',
    });
    expect(lines).toEqual([
      'k.csv 第3行「key」: 参数「rules.quota_share」重复，与第2行相同 / row 3 key: parameter "rules.quota_share" is set twice, also on row 2',
      'p.csv 第3行「学科」: 学校「001」的学科「math」重复，与第2行相同 / row 3 subject: school "001" lists subject "math" twice, also on row 2',
    ]);
  });

  it('reports file-level problems: empty, header-only, unknown kind, workbook, unreadable, bad encoding', async () => {
    const bytes = (s: string, ...tail: number[]) => new Uint8Array([...new TextEncoder().encode(s), ...tail]);
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      'e.csv': '',
      'h.csv': TEACHER_HEADER,
      'u.csv': 'foo,bar\n1,2\n',
      'x.xlsx': new Uint8Array([0x50, 0x4b, 3, 4, 0]),
      'g.csv': bytes('key,value\nk,', 0xff, 0xfe, 0x0a),
    });
    expect(lines).toEqual([
      'e.csv: 文件是空的 / the file is empty',
      'g.csv 第2行: 此行有无法识别的字符：文件既不是UTF-8也不是GBK编码？ / row 2: this row holds characters that cannot be decoded: is the file neither UTF-8 nor GBK?',
      'h.csv: 教师表没有数据行（只有表头） / the teachers file has no data rows, only the header',
      expect.stringContaining('u.csv: 无法从表头判断文件类型。找到的列: 「foo」「bar」。教师表需 工号 + 任教学科 + (本校任教年限/进本校年月 之一)；'),
      expect.stringMatching(/^x\.xlsx: 工作簿已损坏或格式无法识别；请在Excel或WPS中打开, 另存为 \.xlsx 后再试 \/ the workbook is damaged or in a format that cannot be read \(.+\); open it in Excel or WPS, save it as \.xlsx and try again$/u),
    ]);
    const missing = await loadCounty(['/nonexistent/teachers.csv']);
    expect(missing.ok ? [] : formatIssues(missing.issues)).toContain('/nonexistent/teachers.csv: 找不到此文件 / no such file');
  });

  it('reports an unclosed quote and ragged rows, and skips reference checks against a file cut short', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS.replace('002,', '"002,'),
      't.csv': TEACHERS.replace('T2,李强,001,音乐,7,', 'T2,李强,001,音乐').replace('T3,张敏,002,语文,3,001;003', 'T3,张敏,002,语文,3,001,003'),
    });
    expect(lines).toEqual([
      's.csv 第3行: 此行开始的引号没有闭合，此行及以后的内容无法读取 / row 3: a quote opened on this row is never closed; this row and the rest of the file cannot be read',
      't.csv 第3行: 此行有4个单元格，表头有6列（可能有多余或缺少的分隔符） / row 3: this row has 4 cells but the header has 6 columns (a separator too many or too few?)',
      't.csv 第4行: 此行有7个单元格，表头有6列（可能有多余或缺少的分隔符） / row 4: this row has 7 cells but the header has 6 columns (a separator too many or too few?)',
    ]);
  });

  it('reports duplicate headers naming both columns, missing required columns, and files that cannot merge', async () => {
    const { lines } = await problems({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      'd.csv': '工号,姓名,学校代码,学科,本校任教年限,teacher_id,志愿学校\nT8,赵,001,数学,1,T8,\n',
      'm.csv': 'school_id,stage,area\n004,primary,rural\n',
      'w.csv': 'teacher_id,name,school_id,subject,years_at_school,backbone\nT7,钱,001,数学,1,无\n',
    });
    expect(lines).toEqual([
      'd.csv 第1行「teacher_id」: 第A列「工号」与第F列「teacher_id」是同一列（teacher_id），只能保留一列 / row 1 teacher_id: columns A "工号" and F "teacher_id" both mean teacher_id; keep only one',
      'm.csv: 缺少必需列「在校学生数」（students） / missing required column students (在校学生数)',
      'm.csv: 缺少必需列「学校名称」（name） / missing required column name (学校名称)',
      'w.csv: 与同类文件 t.csv 的列不一致（多出 骨干等级，缺少 志愿学校），无法合并 / its columns differ from t.csv, a file of the same kind (extra backbone; missing preferences), so the two cannot be merged',
    ]);
  });

  it('reports a file given twice', async () => {
    const files = { 's.csv': SCHOOLS, 't.csv': TEACHERS };
    const r = await loadCounty(['s.csv', 't.csv', 't.csv'], async (p) => {
      const { memory } = await import('./load-county-helpers.js');
      return memory(files)(p);
    });
    expect(r.ok ? [] : formatIssues(r.issues)).toContain('t.csv: 此文件被指定了两次（t.csv） / this file was given twice (t.csv)');
  });

  it('never echoes an ID-card number, and ignores the 身份证号 column', async () => {
    const id = '110101198503120025';
    const r = await loadCounty(['s.csv', 't.csv'], async (p) => {
      const { memory } = await import('./load-county-helpers.js');
      return memory({
        's.csv': SCHOOLS,
        't.csv': `工号,姓名,身份证号,学校代码,任教学科,本校任教年限\nT1,王芳,${id},001,数学,六\n${id},李强,x${id},001,音乐,x${id}\n`,
      })(p);
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(id);
    if (!r.ok) expect(formatIssues(r.issues).join('\n')).not.toContain(id);
  });

  it('never throws on mangled input: it returns a county or issues', async () => {
    const lines = [...SCHOOLS.split('\n'), ...TEACHERS.split('\n'), '"', ',,,', '1.1E+05,x', '工号，姓名', '\t', '=""'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...lines), { maxLength: 8 }), fc.array(fc.constantFrom(...lines), { maxLength: 8 }), async (a, b) => {
        const r = await load({ 'a.csv': a.join('\n'), 'b.csv': b.join('\n') });
        expect(r.ok ? r.value.teachers.length : r.issues.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
