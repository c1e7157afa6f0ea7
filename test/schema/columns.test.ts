import { describe, expect, it } from 'vitest';
import { COLUMNS, canonicalKey, findColumn, isIgnoredHeader } from '../../src/schema/columns.js';
import { matchHeaders, headerIssues, columnLetter } from '../../src/schema/match-headers.js';
import { normaliseHeader } from '../../src/schema/normalise-header.js';

describe('normaliseHeader', () => {
  it('ignores case, spaces, full-width forms, a trailing unit and * markers', () => {
    expect(normaliseHeader('在校学生数(人)')).toBe(normaliseHeader('在校学生数'));
    expect(normaliseHeader('在校学生数（人）')).toBe(normaliseHeader('在校学生数'));
    expect(normaliseHeader('在校学生数【人】')).toBe(normaliseHeader('在校学生数'));
    expect(normaliseHeader(' School ID ')).toBe(normaliseHeader('school_id'));
    expect(normaliseHeader('ＳＣＨＯＯＬ＿ＩＤ')).toBe(normaliseHeader('school_id'));
    expect(normaliseHeader('学校 代码')).toBe(normaliseHeader('学校代码'));
    expect(normaliseHeader('*工号')).toBe(normaliseHeader('工号'));
  });
});

describe('COLUMNS', () => {
  it('holds every DOMAIN.md column with its Chinese name', () => {
    const pairs = (kind: keyof typeof COLUMNS) => COLUMNS[kind].map((c) => `${c.key} ${c.zh}`);
    expect(pairs('schools')).toEqual(['school_id 学校代码', 'name 学校名称', 'stage 学段', 'area 城乡类型', 'students 在校学生数', 'weak 薄弱学校', 'classes 班级数',
      // staff_quota: the county's 核定编制数, which estimated posts follow (beyond DOMAIN.md's list).
      'staff_quota 核定编制数', 'township 所在乡镇', 'lat 纬度', 'lon 经度',
      'urban_rural_code 城乡分类代码', 'teaching_point 教学点', 'primary_students 小学部学生数', 'junior_students 初中部学生数', 'senior_students 高中部学生数']);
    expect(pairs('teachers')).toEqual([
      'teacher_id 工号', 'name 姓名', 'school_id 学校代码', 'school_name 学校名称', 'subject 任教学科', 'years_at_school 本校任教年限', 'joined_school 进本校年月', 'gender 性别', 'birth_year 出生年份', 'birth_date 出生年月',
      // county_backbone: the national system's yes/no field, where a roster has no 骨干等级; any_backbone: one that gives no level (beyond DOMAIN.md's list).
      'backbone 骨干等级', 'county_backbone 是否县级及以上骨干教师', 'any_backbone 是否骨干教师', 'title 职称', 'rural_years 乡村任教年限', 'role 岗位类别', 'duty 职务', 'staff_class 教职工类别', 'exempt 免交流原因', 'preferences 志愿学校', 'home_township 家庭所在乡镇',
      'teaching_stage 任教学段', 'certificate 教师资格种类', 'degree 学历', 'on_staff 是否在编', 'employment 用人形式', 'state 人员状态', 'exchange_home_school 交流原学校代码', 'exchange_end 交流结束年月',
    ]);
    expect(pairs('posts')).toEqual(['school_id 学校代码', 'subject 学科', 'posts 岗位数', 'stage 学段']);
    expect(pairs('locks')).toEqual(['teacher_id 工号', 'action 操作', 'school_id 学校代码', 'to_school_id 交流学校代码', 'to_school 交流学校']);
    expect(pairs('policy')).toEqual(['key 参数', 'value 取值']);
  });

  it('never lets one header mean two different columns, in any kind', () => {
    // But the school's name: \`name\` in a schools file, \`school_name\` (the teacher's school) in a teachers file; and 学段: a
    // school's or a post's \`stage\`, a teacher's \`teaching_stage\`. Their issues carry the key.
    const pairs = [['name', 'school_name'], ['stage', 'teaching_stage']];
    const same = (a: string, b: string): boolean => a === b || pairs.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
    const meaning = new Map<string, string>();
    for (const specs of Object.values(COLUMNS)) {
      for (const spec of specs) {
        for (const name of [spec.key, spec.zh, ...spec.aliases]) {
          const n = normaliseHeader(name);
          expect(same(meaning.get(n) ?? spec.key, spec.key), `${name}`).toBe(true);
          meaning.set(n, spec.key);
        }
      }
    }
  });

  it('accepts the extra aliases', () => {
    expect(findColumn('schools', '校名')?.key).toBe('name');
    expect(findColumn('teachers', '教师姓名')?.key).toBe('name');
    expect(findColumn('teachers', '学科')?.key).toBe('subject');
    expect(findColumn('posts', '任教学科')?.key).toBe('subject');
    expect(canonicalKey('本校任教年限')).toBe('years_at_school');
    expect(canonicalKey('出生日期')).toBe('birth_date');
    expect(canonicalKey('教师资格证种类')).toBe('certificate');
    expect(canonicalKey('在校学生数(人)')).toBe('students');
    expect(findColumn('teachers', '骨干教师级别')?.key).toBe('backbone');
    expect(findColumn('teachers', '专业技术职务')?.key).toBe('title');
    expect(findColumn('teachers', '行政职务')?.key).toBe('duty');
    expect(findColumn('teachers', '学段')?.key).toBe('teaching_stage');
    expect(findColumn('schools', '学段')?.key).toBe('stage');
    // The education statistics' names of a school's code and name (full-width brackets as the forms print them).
    expect(findColumn('schools', '学校（机构）标识码')?.key).toBe('school_id');
    expect(findColumn('schools', '学校（机构）名称')?.key).toBe('name');
    expect(findColumn('teachers', '学校（机构）名称')?.key).toBe('school_name');
    expect(findColumn('teachers', '所在单位')?.key).toBe('school_name');
    expect(findColumn('schools', '小学在校生数')?.key).toBe('primary_students');
    // The names county sheets give the columns the rules read most.
    expect(['主要任教学科', '主教学科', '本校工作年限', '来校时间', '到本校时间', '出生年月日', '乡村学校任教年限'].map((h) => findColumn('teachers', h)?.key)).toEqual(['subject', 'subject', 'years_at_school', 'joined_school', 'joined_school', 'birth_date', 'rural_years']);
    expect(['在校生人数', '学生总数', '教学班数'].map((h) => findColumn('schools', h)?.key)).toEqual(['students', 'students', 'classes']);
  });

  it('knows 身份证号 as a column that is ignored', () => {
    expect(isIgnoredHeader('身份证号')).toBe(true);
    expect(isIgnoredHeader('身份证号码')).toBe(true);
    expect(findColumn('teachers', '身份证号')).toBeUndefined();
  });
});

describe('matchHeaders', () => {
  it('maps headers to canonical columns, skipping unknown and ignored ones', () => {
    const m = matchHeaders(['工号', '身份证号', '备注', '姓名'], 'teachers');
    expect([...m.columns.values()]).toEqual([
      { key: 'teacher_id', index: 0, label: '工号' },
      { key: 'name', index: 3, label: '姓名' },
    ]);
    expect(m.missing).toEqual(['school_id', 'subject', 'years_at_school']);
  });

  it('reads a teachers sheet\'s 学段 as 任教学段 only where it has no 任教学段: beside it, 学段 is some other stage and is left unread', () => {
    for (const header of [['工号', '学段', '任教学段'], ['工号', '任教学段', '学段']]) {
      const m = matchHeaders(header, 'teachers');
      expect(m.duplicates).toEqual([]);
      expect(m.columns.get('teaching_stage')?.label).toBe('任教学段');
      expect(m.unused).toEqual(['学段']);
    }
    expect(matchHeaders(['工号', '学段'], 'teachers').columns.get('teaching_stage')?.label).toBe('学段');
  });

  it('reports duplicate headers naming both columns', () => {
    const m = matchHeaders(['工号', '姓名', 'teacher_id', '学校代码', '学科', '本校任教年限'], 'teachers');
    expect(headerIssues(m, 'teachers.csv', 1)).toEqual([
      {
        file: 'teachers.csv',
        row: 1,
        column: 'teacher_id',
        zh: '第A列「工号」与第C列「teacher_id」是同一列（teacher_id），只能保留一列',
        en: 'columns A "工号" and C "teacher_id" both mean teacher_id; keep only one',
      },
    ]);
  });

  it('reports a missing required column as a whole-file issue', () => {
    const m = matchHeaders(['学校代码', '学段', '城乡类型', '在校学生数'], 'schools');
    expect(headerIssues(m, 'schools.csv', 1)).toEqual([
      { file: 'schools.csv', column: '学校名称', zh: '缺少必需列「学校名称」（name）', en: 'missing required column name (学校名称)' },
    ]);
  });

  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
