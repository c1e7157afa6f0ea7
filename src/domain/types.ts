/**
 * The county as the tool sees it once the input files are read and checked.
 * Every id is text (`000123` keeps its zeros). Every row remembers where it came from
 * so that later stages can name the file and row of a problem.
 */

export type Stage = 'primary' | 'junior' | 'senior' | 'nine_year' | 'complete';
export type Area = 'urban' | 'town' | 'rural';
export type Backbone = 'none' | 'school' | 'county' | 'city' | 'province';
export type Title = 'none' | 'junior' | 'intermediate' | 'senior' | 'full_senior';
export type Role = 'teacher' | 'principal' | 'vice_principal';
export type Gender = 'M' | 'F';
export type LockAction = 'stay' | 'move' | 'forbid';
/** Language of the input headers; outputs follow it. */
export type Lang = 'en' | 'zh';
export type FileKind = 'schools' | 'teachers' | 'posts' | 'locks' | 'policy';

/** Where a row came from: the file's base name and its row as Excel shows it (header = 1). */
export interface Source {
  file: string;
  row: number;
}

export interface School {
  id: string;
  name: string;
  stage: Stage;
  area: Area;
  /** Pupils enrolled (在校学生数), ≥ 0. */
  students: number;
  weak: boolean;
  classes?: number;
  township?: string;
  lat?: number;
  lon?: number;
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
  /** Consecutive years at the current school, ≥ 0. */
  yearsAtSchool: number;
  gender?: Gender;
  birthYear?: number;
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
  source: Source;
}

export interface Lock {
  teacherId: string;
  action: LockAction;
  /** Destination for `move`, the school that is ruled out for `forbid`. */
  schoolId?: string;
  /** True for a row of a plan's assignments.csv read back as a lock (no action given: a move to 交流学校代码). */
  fromPlan?: boolean;
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
  files: InputFile[];
  /** Language of the teachers file's headers (outputs follow it). */
  lang: Lang;
  /** What was read other than as written (ids a spreadsheet changed), told but not refused. */
  warnings?: InputIssue[];
}

/** One problem found in the input, in both languages, naming file, row and column. */
export interface InputIssue {
  file: string;
  /** Row as Excel shows it (header = 1); absent for whole-file problems. */
  row?: number;
  /** The column header as the user wrote it (or its canonical name when missing). */
  column?: string;
  zh: string;
  en: string;
}

export type Result<T, E = InputIssue> = { ok: true; value: T } | { ok: false; issues: E[] };
