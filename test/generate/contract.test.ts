import { describe, expect, it } from 'vitest';
import { subjectKey } from '../../src/domain/subjects.js';
import { generateCounty, type GeneratedFile } from '../../src/generate/generate-county.js';
import { SUBJECT_EN } from '../../src/generate/vocabulary.js';

// The column contract of DOMAIN.md ("Files in"), written out here on purpose.
const EXPECTED = {
  zh: {
    schools: ['学校代码', '学校名称', '学段', '城乡类型', '在校学生数', '薄弱学校', '班级数', '所在乡镇', '纬度', '经度'],
    teachers: ['工号', '姓名', '学校代码', '任教学科', '本校任教年限', '进本校年月', '性别', '出生年月', '骨干等级', '职称', '乡村任教年限', '岗位类别', '任教学段', '教师资格种类', '用人形式', '人员状态', '交流原学校代码', '交流结束年月', '免交流原因', '志愿学校', '家庭所在乡镇'],
    posts: ['学校代码', '学科', '岗位数', '学段'],
    locks: ['工号', '操作', '学校代码'],
  },
  en: {
    schools: ['school_id', 'name', 'stage', 'area', 'students', 'weak', 'classes', 'township', 'lat', 'lon'],
    teachers: ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', 'joined_school', 'gender', 'birth_date', 'backbone', 'title', 'rural_years', 'role', 'teaching_stage', 'certificate', 'employment', 'state', 'exchange_home_school', 'exchange_end', 'exempt', 'preferences', 'home_township'],
    posts: ['school_id', 'subject', 'posts', 'stage'],
    locks: ['teacher_id', 'action', 'school_id'],
  },
} as const;

const VALUES = {
  zh: {
    stage: ['小学', '初中', '高中', '九年一贯制', '完全中学'],
    area: ['城区', '镇区', '乡村'],
    yesNo: ['是', '否'],
    gender: ['男', '女'],
    backbone: ['无', '校级', '县级', '市级', '省级'],
    title: ['未定级', '初级', '中级', '高级', '正高级'],
    role: ['教师', '校长', '副校长'],
    action: ['留任', '调往', '禁止'],
    subjects: Object.keys(SUBJECT_EN),
  },
  en: {
    stage: ['primary', 'junior', 'senior', 'nine_year', 'complete'],
    area: ['urban', 'town', 'rural'],
    yesNo: ['yes', 'no'],
    gender: ['M', 'F'],
    backbone: ['none', 'school', 'county', 'city', 'province'],
    title: ['none', 'junior', 'intermediate', 'senior', 'full_senior'],
    role: ['teacher', 'principal', 'vice_principal'],
    action: ['stay', 'move', 'forbid'],
    subjects: Object.values(SUBJECT_EN),
  },
} as const;

function column(f: GeneratedFile, name: string): string[] {
  const i = f.header.indexOf(name);
  expect(i, `column ${name} in ${f.name}`).toBeGreaterThanOrEqual(0);
  return f.rows.map((r) => r[i] ?? '');
}

describe('generated tables follow the DOMAIN.md contract', () => {
  for (const lang of ['zh', 'en'] as const) {
    describe(lang, () => {
      const county = generateCounty({ teachers: 800, schools: 30, seed: 3, lang, locks: true });
      const get = (kind: GeneratedFile['kind']): GeneratedFile => {
        const f = county.files.find((x) => x.kind === kind);
        if (!f) throw new Error(`no ${kind} table`);
        return f;
      };
      const h = EXPECTED[lang];
      const v = VALUES[lang];

      it('has exactly the contract headers, in order, and full rows', () => {
        expect(county.files.map((f) => f.kind)).toEqual(['schools', 'teachers', 'posts', 'locks']);
        for (const f of county.files) {
          expect(f.header).toEqual(h[f.kind]);
          expect(f.name).toBe(`${f.kind}.csv`);
          for (const row of f.rows) expect(row).toHaveLength(f.header.length);
        }
      });

      it('writes values in the same language', () => {
        const s = get('schools');
        const t = get('teachers');
        const within = (cells: string[], allowed: readonly string[]) => cells.forEach((c) => expect(allowed).toContain(c));
        within(column(s, h.schools[2]), v.stage);
        within(column(s, h.schools[3]), v.area);
        within(column(s, h.schools[5]), v.yesNo);
        within(column(t, h.teachers[3]), v.subjects);
        within(column(t, h.teachers[6]), v.gender);
        within(column(t, h.teachers[8]), v.backbone);
        within(column(t, h.teachers[9]), v.title);
        within(column(t, h.teachers[11]), v.role);
        within(column(get('posts'), h.posts[1]), v.subjects);
        within(column(get('locks'), h.locks[1]), v.action);
        const sep = lang === 'zh' ? '、' : ';';
        for (const p of column(t, h.teachers[19])) if (p) expect(p.split(sep).every((id) => /^341122\d{3}$/.test(id))).toBe(true);
        if (lang === 'zh') for (const name of column(t, h.teachers[1])) expect(name).toMatch(/^\p{Script=Han}{2,4}$/u);
        else for (const name of column(t, h.teachers[1])) expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      });

      it('writes ids as text with leading zeros and numbers as plain digits', () => {
        for (const id of column(get('schools'), h.schools[0])) expect(id).toMatch(/^341122\d{3}$/);
        const ids = column(get('teachers'), h.teachers[0]);
        for (const id of ids) expect(id).toMatch(/^\d{6}$/);
        expect(ids[0]).toBe('000001');
        for (const n of column(get('schools'), h.schools[4])) expect(n).toMatch(/^[1-9]\d*$/);
        for (const n of column(get('posts'), h.posts[2])) expect(n).toMatch(/^[1-9]\d*$/);
        for (const x of column(get('schools'), h.schools[8])) expect(x).toMatch(/^\d+\.\d{5}$/);
      });
    });
  }

  it('labels every subject in English with a name the reader maps back to the same subject', () => {
    for (const [key, en] of Object.entries(SUBJECT_EN)) expect(subjectKey(en)).toBe(key);
  });

  it('leaves out posts when asked, and locks unless asked', () => {
    expect(generateCounty({ teachers: 300, schools: 15, seed: 1, lang: 'zh' }).files.map((f) => f.kind)).toEqual(['schools', 'teachers', 'posts']);
    expect(generateCounty({ teachers: 300, schools: 15, seed: 1, lang: 'zh', posts: false }).files.map((f) => f.kind)).toEqual(['schools', 'teachers']);
  });

  it('refuses sizes that cannot make a county, naming the option', () => {
    expect(() => generateCounty({ teachers: 100, schools: 30, seed: 1, lang: 'zh' })).toThrow(/teachers: 30 schools need at least \d+ teachers/);
    expect(() => generateCounty({ teachers: 800, schools: 2, seed: 1, lang: 'zh' })).toThrow(/schools/);
    expect(() => generateCounty({ teachers: 800.5, schools: 30, seed: 1, lang: 'zh' })).toThrow(/teachers/);
    expect(() => generateCounty({ teachers: 800, schools: 30, seed: 0.5, lang: 'zh' })).toThrow(/seed/);
  });
});
