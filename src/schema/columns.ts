import type { FileKind } from '../domain/types.js';
import { normaliseHeader } from './normalise-header.js';

/** One column a file of some kind may have. */
export interface ColumnSpec {
  /** Canonical English name, as in DOMAIN.md; also the English header. */
  key: string;
  /** Canonical Chinese header, as in DOMAIN.md. */
  zh: string;
  /** Further headers people use for it (matched after {@link normaliseHeader}). */
  aliases: readonly string[];
  /** A file of this kind without the column is an error. */
  required: boolean;
  /** For a required column: another column that may stand in for it (城乡分类代码 for 城乡类型). */
  orElse?: string;
}

/**
 * The national 学校标识码 (学校(机构)标识码 in the education statistics, 学校(机构)名称 likewise): a
 * school's code where a sheet has no other, and beside the county's own 学校代码 a second code
 * (match-headers.ts reads it so).
 */
export const SCHOOL_IDENTIFIER_NAMES: readonly string[] = ['学校标识码', '学校(机构)标识码', '机构标识码', 'school_identifier'];
const SCHOOL_ID_ALIASES = ['学校编码', '学校编号', ...SCHOOL_IDENTIFIER_NAMES, '学校(机构)代码', 'school_code'];
const TEACHER_ID_ALIASES = ['教师编号', '教师工号', '职工号', '教职工号', 'staff_id', 'employee_id'];

function col(key: string, zh: string, required: boolean, aliases: readonly string[] = [], orElse?: string): ColumnSpec {
  return { key, zh, aliases, required, ...(orElse !== undefined && { orElse }) };
}

/**
 * The columns of every kind of input file, with the English and Chinese names of the file
 * contract (DOMAIN.md "Files in") and a few obvious aliases. One alias never means two
 * different canonical columns, in any kind (a test holds this), so a header names its
 * canonical column without knowing the file's kind.
 */
export const COLUMNS: Readonly<Record<FileKind, readonly ColumnSpec[]>> = {
  schools: [
    col('school_id', '学校代码', true, SCHOOL_ID_ALIASES),
    col('name', '学校名称', true, ['校名', '学校(机构)名称', '机构名称', 'school_name']),
    col('stage', '学段', true, ['办学类型']),
    col('area', '城乡类型', true, ['城乡分类', '城乡属性', '城乡类别', '所在地城乡类型'], 'urban_rural_code'),
    col('students', '在校学生数', true, ['学生数', '在校生数', '学生人数', '在校生人数', '学生总数', '在籍学生数', 'student_count', 'enrolment', 'enrollment']),
    col('weak', '薄弱学校', false, ['是否薄弱学校', '是否薄弱', 'weak_school']),
    col('classes', '班级数', false, ['班数', '教学班数', 'class_count']),
    // The school's staffing quota the county sets (县管校聘: the county manages it): posts are estimated from it where no posts file is given.
    col('staff_quota', '核定编制数', false, ['编制数', '教职工编制数', '核定编制', '核定教职工编制数', '编制', 'quota']),
    col('township', '所在乡镇', false, ['乡镇']),
    col('lat', '纬度', false, ['latitude']),
    col('lon', '经度', false, ['longitude', 'lng']),
    col('urban_rural_code', '城乡分类代码', false, ['城乡代码', '城乡划分代码', '统计用城乡分类代码', 'urban_rural']),
    col('teaching_point', '教学点', false, ['是否教学点']),
    col('primary_students', '小学部学生数', false, ['小学学生数', '小学部在校生数', '小学在校生数']),
    col('junior_students', '初中部学生数', false, ['初中学生数', '初中部在校生数', '初中在校生数']),
    col('senior_students', '高中部学生数', false, ['高中学生数', '高中部在校生数', '高中在校生数']),
  ],
  teachers: [
    col('teacher_id', '工号', true, TEACHER_ID_ALIASES),
    col('name', '姓名', true, ['教师姓名', 'teacher_name']),
    col('school_id', '学校代码', true, SCHOOL_ID_ALIASES, 'school_name'),
    // A county's sheet that names each teacher's school instead of giving its code: read by the schools file's names.
    col('school_name', '学校名称', false, ['所在学校', '任职学校', '所在学校名称', '学校(机构)名称', '所在单位', '任职单位', '工作单位']),
    col('subject', '任教学科', true, ['学科', '任教科目', '任课学科', '主要任教学科', '主教学科', '所教学科', '任教课程']),
    // A county's roster says 本校教龄 (teaching years at this school, not 教龄, all of them) and 进本单位年月, the unit being the school.
    col('years_at_school', '本校任教年限', true, ['本校年限', '本校连续任教年限', '在本校任教年限', '本校工作年限', '在本校工作年限', '本校连续工作年限', '本校教龄'], 'joined_school'),
    col('joined_school', '进本校年月', false, ['进入本校年月', '进本校时间', '调入本校年月', '调入本校时间', '进校年月', '进入本校时间', '来校年月', '来校时间', '来本校时间', '到校年月', '到校时间', '到本校时间', '进本单位年月', '进入本单位年月', '进本单位时间', '进入本单位时间']),
    col('gender', '性别', false, ['sex']),
    col('birth_year', '出生年份', false, ['出生年']),
    col('birth_date', '出生年月', false, ['出生日期', '出生年月日', 'date_of_birth', 'birthday', 'dob']),
    // 骨干教师 and 骨干类型 as county sheets head the level (县级骨干, 市级骨干, 无).
    col('backbone', '骨干等级', false, ['骨干级别', '骨干教师等级', '骨干教师级别', '骨干类别', '骨干教师类别', '骨干教师', '骨干类型', '骨干教师类型']),
    // The national system's yes/no field, where a roster has no 骨干等级: 是 counts as 县级.
    col('county_backbone', '是否县级及以上骨干教师', false, ['是否是县级及以上骨干教师', '是否县级以上骨干教师']),
    // A yes/no that gives no level: 是 counts as 校级, the least it can mean, and a warning says so (unlevelled-backbone.ts).
    col('any_backbone', '是否骨干教师', false, ['是否骨干', '是否为骨干教师', '是否是骨干教师']),
    col('title', '职称', false, ['职称等级', '专业技术职务', '现专业技术职务', '现任专业技术职务', '专业技术职称', '专业技术职务等级']),
    col('rural_years', '乡村任教年限', false, ['农村任教年限', '乡村学校任教年限', '农村学校任教年限', '在乡村学校任教年限']),
    col('role', '岗位类别', false),
    // Who leads the school, where 岗位类别 holds the post class (专业技术岗位, 管理岗位): read by duty.ts, never refused.
    col('duty', '职务', false, ['行政职务', '现任职务', '担任职务', '职务名称', '现任行政职务']),
    // The national system's 专任教师 / 行政人员 / 教辅人员 / 工勤人员: rows of staff who do not teach are left out (non-teaching-rows.ts).
    col('staff_class', '教职工类别', false, ['教职工类型', '教职工分类']),
    col('exempt', '免交流原因', false, ['免交流理由']),
    col('preferences', '志愿学校', false, ['意向学校', '交流志愿']),
    col('home_township', '家庭所在乡镇', false),
    // 学段 in a teachers sheet (often under a merged 任教情况) can only be the stage taught.
    col('teaching_stage', '任教学段', false, ['任课学段', '学段', 'teaching_section']),
    col('certificate', '教师资格种类', false, ['教师资格证种类', '教师资格', '教师资格类别', '资格种类', 'teacher_certificate']),
    col('degree', '学历', false, ['最高学历', '学历层次']),
    col('on_staff', '是否在编', false, ['在编', '是否在编制']),
    col('employment', '用人形式', false, ['用工形式', '聘用形式', '人员类别']),
    col('state', '人员状态', false, ['在岗状态', '人员当前状态', 'staff_state']),
    col('exchange_home_school', '交流原学校代码', false, ['交流原学校', '原单位代码']),
    col('exchange_end', '交流结束年月', false, ['交流结束时间', '交流截止年月', '交流期满年月']),
  ],
  posts: [
    col('school_id', '学校代码', true, SCHOOL_ID_ALIASES),
    col('subject', '学科', true, ['任教学科', '任教科目']),
    col('posts', '岗位数', true, ['岗位数量', '核定岗位数']),
    col('stage', '学段', false, ['学部', 'section']),
  ],
  locks: [
    col('teacher_id', '工号', true, TEACHER_ID_ALIASES),
    col('action', '操作', false, ['锁定操作']),
    col('school_id', '学校代码', false, [...SCHOOL_ID_ALIASES, '目标学校代码', '调往学校代码']),
    // A plan's assignments.csv read back as locks: without an action column, each row moves the teacher there.
    col('to_school_id', '交流学校代码', false),
    // The destination's name beside its code (assignments.csv): a clerk may change one and not the other.
    col('to_school', '交流学校', false),
  ],
  // Objections of the 公示: the decision of an upheld one is a lock (操作 and 学校代码, as in a locks file).
  objections: [
    col('teacher_id', '工号', true, TEACHER_ID_ALIASES),
    col('decision', '处理结果', true, ['处理意见', '处理结论', '异议处理结果', '是否采纳', '是否同意', '是否成立', '采纳情况', 'result']),
    col('objection', '异议内容', false, ['异议', '异议事项', '异议理由', 'objection_text']),
    col('name', '姓名', false, ['教师姓名', 'teacher_name']),
    col('decision_note', '处理说明', false, ['答复', '答复意见', '处理理由', 'reply']),
    col('action', '操作', false, ['锁定操作']),
    col('school_id', '学校代码', false, [...SCHOOL_ID_ALIASES, '目标学校代码', '调往学校代码']),
    // As in a locks file: beside the teacher's 学校代码, the decision's school is its 交流学校代码.
    col('to_school_id', '交流学校代码', false),
  ],
  policy: [
    col('key', '参数', true, ['参数名', '参数名称', 'parameter']),
    col('value', '取值', true, ['参数值', '参数取值', '值']),
  ],
};

/**
 * Columns that are recognised and deliberately never read. An ID-card number
 * (身份证号) must never be copied into any output or message.
 */
export const IGNORED_HEADERS: readonly string[] = ['身份证号', '身份证号码', '身份证', '公民身份号码', '身份证件号', '身份证件号码', '证件号码', '证件号', 'id_card', 'id_number'];

const IGNORED = new Set(IGNORED_HEADERS.map(normaliseHeader));

/** True when the header names a column that is known and ignored (身份证号). */
export function isIgnoredHeader(cell: string): boolean {
  return IGNORED.has(normaliseHeader(cell));
}

function names(spec: ColumnSpec): string[] {
  return [spec.key, spec.zh, ...spec.aliases];
}

const BY_KIND = new Map<FileKind, Map<string, ColumnSpec>>();
for (const [kind, specs] of Object.entries(COLUMNS) as [FileKind, readonly ColumnSpec[]][]) {
  const map = new Map<string, ColumnSpec>();
  for (const spec of specs) for (const name of names(spec)) map.set(normaliseHeader(name), spec);
  BY_KIND.set(kind, map);
}

/** The column of `kind` that a header cell names, or undefined for an unknown header. */
export function findColumn(kind: FileKind, cell: string): ColumnSpec | undefined {
  return BY_KIND.get(kind)?.get(normaliseHeader(cell));
}

/** The spec of a canonical column of `kind`; throws on a programming error (unknown key). */
export function columnSpec(kind: FileKind, key: string): ColumnSpec {
  const spec = COLUMNS[kind].find((c) => c.key === key);
  if (!spec) throw new Error(`no column ${key} in ${kind}`);
  return spec;
}

/** Canonical English name of a header in any kind of file (`本校任教年限` → `years_at_school`). */
export function canonicalKey(cell: string): string | undefined {
  for (const map of BY_KIND.values()) {
    const spec = map.get(normaliseHeader(cell));
    if (spec) return spec.key;
  }
  return undefined;
}
