/**
 * The words the generator writes: column headers in the DOMAIN.md contract and cell values,
 * each in English and 中文. The reader (src/schema) accepts all of them.
 */
import { GENDER_WORDS, TITLE_WORDS } from '../domain/person-words.js';
import { SUBJECT_NAMES_EN } from '../domain/subject-names.js';
import type { Area, Backbone, Certificate, Employment, Gender, Lang, LockAction, Role, Section, StaffState, Stage, Title } from '../domain/types.js';

export type TableKind = 'schools' | 'teachers' | 'posts' | 'locks';

type Bilingual = { en: string; zh: string };

/** Column headers per kind, in contract order. */
export const HEADERS: Record<TableKind, { en: readonly string[]; zh: readonly string[] }> = {
  schools: {
    en: ['school_id', 'name', 'stage', 'area', 'students', 'weak', 'classes', 'township', 'lat', 'lon'],
    zh: ['学校代码', '学校名称', '学段', '城乡类型', '在校学生数', '薄弱学校', '班级数', '所在乡镇', '纬度', '经度'],
  },
  teachers: {
    en: ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', 'joined_school', 'gender', 'birth_date', 'backbone', 'title', 'rural_years', 'role', 'teaching_stage', 'certificate', 'employment', 'state', 'exchange_home_school', 'exchange_end', 'exempt', 'preferences', 'home_township'],
    zh: ['工号', '姓名', '学校代码', '任教学科', '本校任教年限', '进本校年月', '性别', '出生年月', '骨干等级', '职称', '乡村任教年限', '岗位类别', '任教学段', '教师资格种类', '用人形式', '人员状态', '交流原学校代码', '交流结束年月', '免交流原因', '志愿学校', '家庭所在乡镇'],
  },
  posts: {
    en: ['school_id', 'subject', 'posts', 'stage'],
    zh: ['学校代码', '学科', '岗位数', '学段'],
  },
  locks: {
    en: ['teacher_id', 'action', 'school_id'],
    zh: ['工号', '操作', '学校代码'],
  },
};

export const STAGE: Record<Stage, Bilingual> = {
  primary: { en: 'primary', zh: '小学' },
  junior: { en: 'junior', zh: '初中' },
  senior: { en: 'senior', zh: '高中' },
  nine_year: { en: 'nine_year', zh: '九年一贯制' },
  complete: { en: 'complete', zh: '完全中学' },
  twelve_year: { en: 'twelve_year', zh: '十二年一贯制' },
};

export const AREA: Record<Area, Bilingual> = {
  urban: { en: 'urban', zh: '城区' },
  town: { en: 'town', zh: '镇区' },
  rural: { en: 'rural', zh: '乡村' },
};

export const BACKBONE: Record<Backbone, Bilingual> = {
  none: { en: 'none', zh: '无' },
  school: { en: 'school', zh: '校级' },
  county: { en: 'county', zh: '县级' },
  city: { en: 'city', zh: '市级' },
  province: { en: 'province', zh: '省级' },
};

export const TITLE: Readonly<Record<Title, Bilingual>> = TITLE_WORDS;

export const ROLE: Record<Role, Bilingual> = {
  teacher: { en: 'teacher', zh: '教师' },
  principal: { en: 'principal', zh: '校长' },
  vice_principal: { en: 'vice_principal', zh: '副校长' },
};

/** 任教学段 (a teacher's section in a 九年一贯制 or 完全中学). */
export const SECTION: Record<Section, Bilingual> = {
  primary: { en: 'primary', zh: '小学' },
  junior: { en: 'junior', zh: '初中' },
  senior: { en: 'senior', zh: '高中' },
};

/** 教师资格种类 the generator writes (its own level and those below are covered). */
export const CERTIFICATE: Partial<Record<Certificate, Bilingual>> = {
  primary: { en: 'primary', zh: '小学' },
  junior: { en: 'junior', zh: '初级中学' },
  senior: { en: 'senior', zh: '高级中学' },
};

/** 用人形式 and 人员状态 the generator writes. */
export const EMPLOYMENT: Partial<Record<Employment, Bilingual>> = {
  regular: { en: 'regular', zh: '在编' },
  special_post: { en: 'special_post', zh: '特岗教师' },
};
export const STATE: Partial<Record<StaffState, Bilingual>> = {
  on_post: { en: 'on_post', zh: '在岗' },
  sick_leave: { en: 'sick_leave', zh: '病休' },
  seconded: { en: 'seconded', zh: '借调' },
};

export const GENDER: Readonly<Record<Gender, Bilingual>> = GENDER_WORDS;

export const LOCK_ACTION: Record<LockAction, Bilingual> = {
  stay: { en: 'stay', zh: '留任' },
  move: { en: 'move', zh: '调往' },
  forbid: { en: 'forbid', zh: '禁止' },
};

export const YES_NO: Record<'yes' | 'no', Bilingual> = {
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
};

/** The subjects the generator writes, by canonical key (the Chinese name). */
const GENERATED_SUBJECTS = ['语文', '数学', '英语', '科学', '道德与法治', '体育', '音乐', '美术', '信息科技', '劳动', '心理健康', '物理', '化学', '生物', '历史', '地理'] as const;

/**
 * Subjects by canonical key with the English label the generator writes: the name an English
 * output gives the subject (SUBJECT_NAMES_EN), lower-cased as a clerk types it, and 数学 as `math`
 * (both spellings read back as 数学). Each label is one that `subjectKey` (src/domain/subjects.ts)
 * maps back to its key.
 */
export const SUBJECT_EN: Readonly<Record<string, string>> = Object.fromEntries(GENERATED_SUBJECTS.map((key) => [key, key === '数学' ? 'math' : (SUBJECT_NAMES_EN[key] ?? key).toLowerCase()]));

/** Exemption reasons (免交流原因) the generator fills in, by weight. */
export const EXEMPT_REASONS: readonly { zh: string; en: string; weight: number; femaleUnder?: number }[] = [
  { zh: '哺乳期', en: 'nursing a baby', weight: 30, femaleUnder: 42 },
  { zh: '重病', en: 'serious illness', weight: 20 },
  { zh: '夫妻两地分居', en: 'spouse works elsewhere', weight: 20 },
  { zh: '独生子女照顾父母', en: 'only child caring for parents', weight: 20 },
  { zh: '残疾', en: 'disability', weight: 10 },
];

export function label(x: Bilingual, lang: Lang): string {
  return lang === 'zh' ? x.zh : x.en;
}

export function subjectLabel(key: string, lang: Lang): string {
  return lang === 'zh' ? key : (SUBJECT_EN[key] ?? key);
}
