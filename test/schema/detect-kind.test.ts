import { describe, expect, it } from 'vitest';
import { detectKind, headerLang } from '../../src/schema/detect-kind.js';

function kind(header: string[]) {
  const d = detectKind(header, 'f.csv');
  return d.ok ? d.match.kind : null;
}

describe('detectKind', () => {
  it('recognises each kind from its headers, in English or Chinese', () => {
    expect(kind(['teacher_id', 'name', 'school_id', 'subject', 'years_at_school'])).toBe('teachers');
    expect(kind(['工号', '姓名', '学校代码', '任教学科', '本校任教年限'])).toBe('teachers');
    expect(kind(['school_id', 'name', 'stage', 'area', 'students'])).toBe('schools');
    expect(kind(['学校代码', '学校名称', '学段', '城乡类型', '在校学生数（人）'])).toBe('schools');
    expect(kind(['school_id', 'subject', 'posts'])).toBe('posts');
    expect(kind(['学校代码', '学科', '岗位数'])).toBe('posts');
    expect(kind(['teacher_id', 'action', 'school_id'])).toBe('locks');
    expect(kind(['工号', '操作'])).toBe('locks');
    // A plan's assignments.csv, as rotate plan writes it, read back as locks.
    expect(kind(['工号', '姓名', '任教学科', '骨干等级', '原学校代码', '原学校', '交流学校代码', '交流学校', '交流方向', '人工锁定', '理由'])).toBe('locks');
    expect(kind(['teacher_id', 'name', 'subject', 'backbone', 'from_school_id', 'from_school', 'to_school_id', 'to_school', 'direction', 'locked', 'reason'])).toBe('locks');
    expect(kind(['key', 'value'])).toBe('policy');
    expect(kind(['参数', '取值'])).toBe('policy');
  });

  it('does not care about the order of columns or extra columns', () => {
    expect(kind(['备注', '本校任教年限', '任教学科', '工号', '身份证号'])).toBe('teachers');
  });

  it('names the required column a file that is evidently one kind lacks, instead of saying its kind cannot be told', () => {
    const teachers = detectKind(['工号', '姓名', '学校代码', '教学工作内容', '本校任教年限', '性别', '出生年月'], '教师.csv');
    expect(teachers.ok).toBe(false);
    if (!teachers.ok) {
      expect(teachers.issue.zh).toContain('看起来是教师表（识别出 6 列）, 但缺少必需列「任教学科」；找到的列: 「工号」');
      expect(teachers.issue.en).toContain('looks like a teachers file (6 columns recognised) but lacks the required column "任教学科" (subject)');
    }
    const noYears = detectKind(['teacher_id', 'name', 'school_id', 'subject', 'gender'], 't.csv');
    expect(noYears.ok ? '' : noYears.issue.en).toContain('lacks one of the columns "本校任教年限" (years_at_school) or "进本校年月" (joined_school)');
    const noId = detectKind(['姓名', '学校代码', '任教学科', '本校任教年限', '性别'], 't.csv');
    expect(noId.ok ? '' : noId.issue.zh).toContain('但缺少必需列「工号」');
    // The national export has no 工号: what to put there is said, and that it is not the ID number.
    expect(noId.ok ? '' : noId.issue.zh).toContain('「工号」（每名教师一个不重复的编号: 教职工号或县里统一编的编号均可, 锁定、异议和 rotate explain 都按它; 不要用身份证号）');
    // An objections register typed with names and no 工号: "an objections file", in English as it is read.
    const names = detectKind(['姓名', '异议内容', '处理结果', '操作', '学校代码'], '异议.csv');
    expect(names.ok ? '' : names.issue.en).toContain('looks like an objections file (5 columns recognised) but lacks the required column "工号" (teacher_id)');
    // Two recognised columns are not enough to say what a file is.
    const vague = detectKind(['工号', '姓名', '备注'], 'x.csv');
    expect(vague.ok ? '' : vague.issue.zh).toContain('无法从表头判断文件类型');
  });

  it('explains a file of no known kind, listing headers found and what each kind needs', () => {
    const d = detectKind(['编号', '名称', '备注'], 'mystery.csv');
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.issue.file).toBe('mystery.csv');
    expect(d.issue.row).toBeUndefined();
    expect(d.issue.zh).toContain('无法从表头判断文件类型。找到的列: 「编号」「名称」「备注」');
    expect(d.issue.zh).toContain('教师表需 工号 + 任教学科 + (本校任教年限/进本校年月 之一)');
    expect(d.issue.en).toContain('Headers found: "编号", "名称", "备注"');
    expect(d.issue.en).toContain('teachers needs teacher_id + subject + one of years_at_school/joined_school');
    expect(d.issue.en).toContain('schools needs school_id + one of stage/area/students/urban_rural_code');
    expect(d.issue.en).toContain('posts needs school_id + subject + posts');
    expect(d.issue.en).toContain('locks needs teacher_id + one of action/to_school_id');
    expect(d.issue.en).toContain('policy needs key + value');
  });

  it('tells the language of a file from its recognised headers', () => {
    const lang = (h: string[]) => {
      const d = detectKind(h, 'f');
      return d.ok ? headerLang(d.match) : null;
    };
    expect(lang(['工号', '姓名', '学校代码', '任教学科', '本校任教年限'])).toBe('zh');
    expect(lang(['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', '备注'])).toBe('en');
    expect(lang(['teacher_id', '姓名', '学校代码', '任教学科', 'years_at_school'])).toBe('zh');
  });
});

describe('a header row Excel garbled', () => {
  /** A UTF-8 file without a BOM as Excel on Chinese Windows shows it: its bytes read as GBK. */
  const garble = (cells: string[]): string[] => cells.map((c) => new TextDecoder('gbk').decode(new TextEncoder().encode(c)));

  it('is named with what its headers were and how to open the file right, not as a file of unknown kind', () => {
    const d = detectKind(garble(['工号', '姓名', '操作', '学校代码']), '锁定.csv');
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.issue.zh).toContain('表头是乱码（「宸ュ彿」原是「工号」、「濮撳悕」原是「姓名」、「鎿嶄綔」原是「操作」）');
    expect(d.issue.zh).toContain('65001: Unicode (UTF-8)');
    expect(d.issue.en).toContain('"宸ュ彿" was "工号"');
  });

  it('leaves a Chinese header of no known kind to the usual message', () => {
    const d = detectKind(['序号', '备注', '说明'], 'f.csv');
    expect(d.ok ? '' : d.issue.zh).toContain('无法从表头判断文件类型');
  });
});
