import type { CalendarDate } from './calendar.js';

/**
 * The county as the tool sees it once the input files are read and checked.
 * Every id is text (`000123` keeps its zeros). Every row remembers where it came from
 * so that later stages can name the file and row of a problem.
 */

/** 十二年一贯制 (twelve_year) is 小学部 + 初中部 + 高中部, as 九年一贯制 is 小学部 + 初中部. */
export type Stage = 'primary' | 'junior' | 'senior' | 'nine_year' | 'complete' | 'twelve_year';
/** A school section (学部) and a teacher's teaching stage (任教学段): 九年一贯制 and 完全中学 have two, 十二年一贯制 three. */
export type Section = 'primary' | 'junior' | 'senior';
/** 教师资格种类 (教师资格条例 第四条); a certificate covers its own level and those below (第五条). */
export type Certificate = 'kindergarten' | 'primary' | 'junior' | 'senior' | 'vocational' | 'vocational_practice' | 'higher';
/** 学历: 研究生 / 本科 / 专科 / 高中及以下. */
export type Degree = 'postgraduate' | 'bachelor' | 'associate' | 'secondary';
/**
 * 用人形式: 在编 / 特岗教师 / 代课 / 合同 (聘用, 劳务派遣, 编外…) / 其他. A county holds `substitute`
 * only for a principal or vice principal: other substitutes' rows are left out on reading
 * (schema/substitute-rows.ts).
 */
export type Employment = 'regular' | 'special_post' | 'substitute' | 'contract' | 'other';
/** 人员状态: 在岗 and the states of staff who are not at their post. */
export type StaffState = 'on_post' | 'sick_leave' | 'seconded' | 'leave' | 'study' | 'off_post' | 'retired' | 'other';
export type Area = 'urban' | 'town' | 'rural';
export type Backbone = 'none' | 'school' | 'county' | 'city' | 'province';
export type Title = 'none' | 'junior' | 'intermediate' | 'senior' | 'full_senior';
export type Role = 'teacher' | 'principal' | 'vice_principal';
export type Gender = 'M' | 'F';
export type LockAction = 'stay' | 'move' | 'forbid';
/** Language of the input headers; outputs follow it. */
export type Lang = 'en' | 'zh';
export type FileKind = 'schools' | 'teachers' | 'posts' | 'locks' | 'policy' | 'objections';
/** 处理结果 of an objection raised during 公示: 同意 (upheld) or 驳回 (rejected). */
export type ObjectionDecision = 'upheld' | 'rejected';

/** Where a row came from: the file's base name and its row as Excel shows it (header = 1). */
export interface Source {
  file: string;
  row: number;
}

export interface School {
  id: string;
  /** The national 学校标识码, where the schools file gives it beside the county's own code. */
  identifier?: string;
  name: string;
  stage: Stage;
  area: Area;
  /** Pupils enrolled (在校学生数), ≥ 0. */
  students: number;
  weak: boolean;
  classes?: number;
  /** 核定编制数: the staff the county allots the school, which estimated posts follow where no posts file is given. */
  staffQuota?: number;
  township?: string;
  lat?: number;
  lon?: number;
  /** 城乡分类代码 as given (111/112 城区, 121–123 镇区, 210/220 乡村); `area` agrees with it. */
  urbanRuralCode?: string;
  /** 教学点: a teaching point, left out of the 优质均衡 indicators below 50 students. */
  teachingPoint?: boolean;
  /** Pupils per section (小学部/初中部/高中部学生数), given for 一贯制 and 完全中学. */
  primaryStudents?: number;
  juniorStudents?: number;
  seniorStudents?: number;
  source: Source;
}

export interface Teacher {
  id: string;
  name: string;
  schoolId: string;
  /** Canonical subject key (known English names are mapped to the Chinese name, e.g. music → 音乐). */
  subject: string;
  /** The subject exactly as the user wrote it, for output. */
  subjectLabel: string;
  /**
   * Consecutive years at the current school, ≥ 0: `years_at_school` as given, or counted from
   * `joinedSchool` to the plan's cut-off date once the policy is known (see applyCutoff).
   */
  yearsAtSchool: number;
  /** 进本校年月: when the teacher joined the current school. */
  joinedSchool?: CalendarDate;
  /** `years_at_school` as given when `joinedSchool` is given too (compared once the cut-off is known). */
  statedYearsAtSchool?: number;
  gender?: Gender;
  /** Year of birth, from `birth_year` or from `birth_date`. */
  birthYear?: number;
  /** 出生年月/出生日期 (month and day when the cell gave them). */
  birthDate?: CalendarDate;
  /** 任教学段: needed in a school with two sections. */
  teachingStage?: Section;
  /** The section the teacher counts in: the school's, or `teachingStage` (set by withSections in domain/teacher-sections.ts). */
  section?: Section;
  certificate?: Certificate;
  degree?: Degree;
  /** 是否在编. */
  onStaff?: boolean;
  employment?: Employment;
  /** 人员状态; `stateLabel` keeps the words as written, for reasons. */
  state?: StaffState;
  stateLabel?: string;
  employmentLabel?: string;
  /** 学校名称 beside 学校代码 in the roster, as written: the school read by its name where the code is no school's (school-names.ts). */
  schoolName?: string;
  /** 交流原学校代码: the teacher is now on an exchange at `schoolId`, from this school. */
  exchangeHomeSchool?: string;
  /** 交流结束年月: when that exchange ends. */
  exchangeEnd?: CalendarDate;
  /** True for a teacher whose exchange ended by the cut-off date and who is back at `schoolId`, the home school. */
  returned?: boolean;
  /** True for a teacher who reaches the statutory retirement date by the cut-off date (County.retired: counted nowhere). */
  retiring?: boolean;
  /** For a returned teacher: the school of the exchange he or she came back from. */
  exchangeSchool?: string;
  /** The names of the schools of an exchange, for the reasons: the home school's, and the exchange school's once the teacher is back. */
  exchangeNames?: { home?: string; exchange?: string };
  backbone: Backbone;
  title: Title;
  /** Years taught at rural schools, ≥ 0 (0 when not given). */
  ruralYears: number;
  role: Role;
  /** Exemption reason (免交流原因); undefined when the cell is empty. */
  exempt?: string;
  /** School ids the teacher asked for, in order of preference. */
  preferences: string[];
  homeTownship?: string;
  source: Source;
}

export interface Post {
  schoolId: string;
  /** Canonical subject key. */
  subject: string;
  subjectLabel: string;
  posts: number;
  /** 学段: the section the posts belong to (needed for a 九年一贯制 or 完全中学). */
  section?: Section;
  source: Source;
}

export interface Lock {
  teacherId: string;
  action: LockAction;
  /** Destination for `move`, the school that is ruled out for `forbid`. */
  schoolId?: string;
  /** True for a row of a plan's assignments.csv read back as a lock (no action given: a move to 交流学校代码). */
  fromPlan?: boolean;
  /** Set when the school was read from the 交流学校代码 column (to_school_id), not from 学校代码. */
  schoolColumn?: 'to_school_id';
  /** The 交流学校 (school name) written beside the code, where the file has that column: checked against the code. */
  schoolName?: string;
  source: Source;
}

/**
 * An objection raised while the draft plan was published (公示), with the bureau's decision. An
 * upheld one carries the decision as a lock (留任, 调往 X, 禁止 X), which the plan applies like any
 * lock; a rejected one changes nothing and is only reported.
 */
export interface Objection {
  teacherId: string;
  /** 姓名 as written, when given: checked against the 工号's teacher (schema/objection-names.ts). */
  name?: string;
  /** 异议内容 as written ('' when the cell is empty). */
  text: string;
  decision: ObjectionDecision;
  /** 处理说明: the bureau's reply, when given. */
  note?: string;
  /** The decision as a lock (applied only when upheld; one written beside 驳回 is reported, not applied). */
  action?: LockAction;
  /** Destination for `move`, the school ruled out for `forbid`. */
  schoolId?: string;
  /** Set when the school was read from the 交流学校代码 column (to_school_id), not from 学校代码. */
  schoolColumn?: 'to_school_id';
  source: Source;
}

export interface PolicyEntry {
  key: string;
  value: string;
  source: Source;
}

export interface InputFile {
  /** Path as given on the command line. */
  path: string;
  /** Base name, used in messages. */
  name: string;
  kind: FileKind;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  lang: Lang;
  encoding: string;
}

export interface County {
  schools: School[];
  teachers: Teacher[];
  /** null when no posts file was given: posts then come from the staffing norm. */
  posts: Post[] | null;
  locks: Lock[];
  policy: PolicyEntry[];
  /**
   * Teachers who reach the statutory retirement date by the cut-off date (domain/retirees.ts): out of
   * `teachers`, so that nothing counts them, and listed apart. Absent before the policy is applied.
   */
  retired?: Teacher[];
  /** Objections of the 公示 with their decisions (an objections file among the inputs); the upheld ones are in `locks` too. */
  objections?: Objection[];
  files: InputFile[];
  /** Language of the teachers file's headers (outputs follow it). */
  lang: Lang;
  /** What was read other than as written (ids a spreadsheet changed), told but not refused. */
  warnings?: InputIssue[];
  /** The roster's people left out before its rows were read, by id and why (absent when none): `rotate explain` tells why one is not in the plan. */
  leftOut?: LeftOutTeacher[];
}

/**
 * Why a roster's row was left out before the rows were read: staff who do not teach
 * (non-teaching-rows.ts), a substitute (substitute-rows.ts), someone who has left
 * (departed-rows.ts), a teacher of a school or 任教学段 outside the rotation (outside-schools.ts).
 */
export type LeftOutKind = 'non_teaching' | 'substitute' | 'departed' | 'kindergarten' | 'special' | 'vocational';

/** One person left out: the 工号 and why; for a teacher of a school outside the rotation, that school's name (else absent). */
export interface LeftOutTeacher {
  id: string;
  kind: LeftOutKind;
  school?: string;
}

/** One problem found in the input, in both languages, naming file, row and column. */
export interface InputIssue {
  file: string;
  /** Row as Excel shows it (header = 1); absent for whole-file problems. */
  row?: number;
  /** The column header as the user wrote it (or its canonical name when missing). */
  column?: string;
  /** The column's canonical name, where the header alone does not say it (学校名称 is a school's `name`, and in a teachers file its `school_name`). */
  key?: string;
  /** A problem of the output folder (-o), not of any input: the refusal says so in its heading. */
  output?: true;
  zh: string;
  en: string;
}

export type Result<T, E = InputIssue> = { ok: true; value: T } | { ok: false; issues: E[] };
