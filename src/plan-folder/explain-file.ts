/**
 * explain.json: what `rotate explain` answers from, written with the plan (so the answer is the
 * plan's own) and read back through a schema (explain-layout.ts): a crafted, cut or older file is a
 * list of issues, never a crash.
 */
import type { InputIssue, LeftOutTeacher } from '../domain/types.js';
import { LEFT_OUT_LISTED, leftOutRows } from './explain-left-out.js';
import type { Alternative, Barred, Explanation, SchoolExplain, SubjectFigures, TeacherExplain } from '../plan/explain.js';
import type { Terms } from '../plan/plan-terms.js';
import { BARRED_LISTED } from '../plan/explain-barred.js';
import { INDICATOR_TERM_NAMES, type SchoolIndicatorTerms } from '../plan/school-indicator-terms.js';
import { TERM_NAMES } from '../rules/registry.js';
import { fromCompact } from './explain-compact.js';
import { compactLayout, earlierLayout, type ExplainFile } from './explain-layout.js';
import { notJsonIssue, schemaIssues } from './read-issues.js';
import { safe } from '../schema/show-value.js';
import { Interned } from '../output/interned.js';

export type { ExplainFile };

/** The file's name in a plan folder. */
export const EXPLAIN_FILE = 'explain.json';

/** What explain.json says about itself, in both languages. */
export const EXPLAIN_ABOUT = {
  zh: '每个备选的代价 = 只改这一名教师的去向（其余不变）后重算的目标函数各项之差, 未重新优化; 正数表示更差',
  en: 'each alternative is the objective recomputed term by term with only this teacher changed and everything else as planned, not re-optimised; positive means worse',
};

/** The layout of explain.json, told in the file itself (`keys`); {@link readExplain} reads it back. */
export const EXPLAIN_FORMAT = 2;
export const EXPLAIN_KEYS = {
  layout: 'one school or teacher per line, as an array of the fields named below; numbers rounded to 6 decimals; a school not in schools is written as its id',
  strings: 'every repeated text once: a field marked (s) holds its position here',
  term_names: 'the objective terms in order: a field marked (t) holds a position here',
  school: '[id, name, stage (s), area (s), weak 0|1, students, quota_school 0|1, subjects, terms, county_backbone, backbone_per_100, rules, outflow, inflow, sections, subject_sections (a school of two sections only)]',
  'school.subjects': '[[subject (s), posts, teachers before, teachers after], …]; shortage = max(0, posts − teachers)',
  'school.subject_sections': '[[section (s), subject (s), posts, teachers before, teachers after], …]: a school of two sections\' subjects in each section; shortage = max(0, posts − teachers) there, and school.subjects\' shortage is their sum',
  'school.terms': '[shortage before, after, backbone_balance before, after, then for each 优质均衡 term that is on: term (t), before, after] (weighted; the school\'s part of each)',
  'school.rules': '[outflow_cap, backbone_outflow_cap] and, for a quota school, [quota need, quota eligible] after them',
  'school.sections': '优质均衡 per judged section: [[stage (s), students, [[indicator (s), counted teachers before, after, threshold per 100 students], …]], …]; an indicator not judged (no students, a teaching point under the minimum, 学历 not given) is left out',
  'school.outflow': '[[teacher (position in teachers), to (position in schools)], …] in the plan\'s order; inflow: [[teacher, from], …]',
  above_bound: "how far the plan's model terms are above the bound the solve proved (left out when no bound is known): an alternative that lowers them by more is a move the counting model does not offer",
  teacher: '[id, name, subject (s), backbone (s), school (position in schools), status (s), reason zh (s), reason en (s), more (allowed destinations not listed), alternatives, move (a moved teacher only; null when a label follows), label (the status in teachers.csv\'s words where they are not the status\'s own: [zh (s), en (s)])]',
  'teacher.alternatives': '[[school (position in schools; -1 = stay), delta, [term (t), change, …], [broken rule (s), …]], …]',
  'teacher.move': '[to (position in schools), direction zh (s), direction en (s), locked 0|1, preference_rank, home_township 0|1, subject key (s), served: [term (t), change, …], county-level backbone 0|1, and, where either end is a school of two sections, section there (s) or null, section left (s) or null]; the subject figures at both ends (of the section, where one is given: school.subject_sections), and for a county-level backbone teacher the backbone per 100 students, are those of schools',
};

/** What `keys` says of `barred` and of a teacher's barred field, in a file that has them (a plan where no teacher is barred from a short school has none). */
const BARRED_KEYS = {
  barred:
    `schools short of a teacher's subject after the plan (at the teacher's stage or below, the own school aside) that the move rules bar the teacher from, each list once: [[short schools, barred schools, [rule (s), schools it bars, …], [[school (position in schools), shortage, [rule (s), …]], …] (the most short, ties by id, at most ${BARRED_LISTED})], …]`,
  'teacher.barred': 'a teacher\'s 13th field, after move and label (null where either is absent): the position of the teacher\'s list in barred; absent when the rules bar the teacher from no short school or the teacher takes no part',
};

/** What `keys` says of `left_out`, in a file that has it (a plan that left nobody out when reading the roster has none). */
const LEFT_OUT_KEYS = {
  left_out: `people the roster listed who were left out when it was read, and so are not in the plan: [[kind (non_teaching, substitute, departed, kindergarten, special, vocational), school outside the rotation ('' for none), [id, …]], …]; ids only, at most ${LEFT_OUT_LISTED} (left_out_unlisted: how many more)`,
};

/** What `keys` says of `subject_names`, in a file that has them (a county writing its subjects in Chinese has none). */
const SUBJECT_NAMES_KEY = "subject key → the county's own spelling of the subject, which English outputs show, where it is not the key; a subject not listed is shown by its key";

/** Numbers rounded to 6 decimals, so that float noise never changes the bytes. */
const r6 = (v: number): number => (Number.isInteger(v) ? v : Number(v.toFixed(6)));

/** The terms given, as [position in TERM_NAMES, value, …]. */
function termPairs(terms: Partial<Terms>): number[] {
  const out: number[] = [];
  for (let i = 0; i < TERM_NAMES.length; i++) {
    const v = terms[TERM_NAMES[i] as keyof Terms];
    if (v !== undefined) out.push(i, r6(v));
  }
  return out;
}

/** A school's 优质均衡 terms given, as [position in TERM_NAMES, before, after, …]. */
function indicatorTriples(terms: SchoolIndicatorTerms): number[] {
  return INDICATOR_TERM_NAMES.flatMap((k) => {
    const v = terms[k];
    return v === undefined ? [] : [TERM_NAMES.indexOf(k), v[0], v[1]];
  });
}

/**
 * explain.json: the explanation, with the SHA-256 of the plan's tables it was computed with, so
 * that `rotate explain` can tell when a table was edited after the plan was written. Compact: one
 * school or teacher per line as an array whose fields `keys` names, repeated texts stored once,
 * schools referred to by position, and figures that schools hold not repeated per teacher.
 *
 * @param files each table's name and the SHA-256 of its bytes as written, in the order they are to be listed.
 * @param leftOut the people the roster listed who were left out when it was read (County.leftOut).
 */
export function explainJson(e: Explanation, files: Readonly<Record<string, string>>, leftOut: readonly LeftOutTeacher[] = []): string {
  const s = new Interned();
  const schoolAt = new Map(e.schools.map((x, i) => [x.id, i]));
  const teacherAt = new Map(e.teachers.map((x, i) => [x.id, i]));
  const school = (id: string): number | string => schoolAt.get(id) ?? id;
  const alternative = (a: Alternative): unknown[] => [a.kind === 'stay' ? -1 : school(a.school_id ?? ''), r6(a.delta), termPairs(a.terms), a.breaks.map((b) => s.index(b))];
  // Teachers of one class share their list: each written once, in the order first met. Its texts
  // are stored after every school's and teacher's, so that the rows' positions in strings are those
  // of a plan without the lists.
  const barredLists: Barred[] = [];
  const barredAt = new Map<Barred, number>();
  const barredKey = new Map<string, number>();
  const barred = (b: Barred): number => {
    let i = barredAt.get(b);
    if (i !== undefined) return i;
    const key = JSON.stringify(b);
    i = barredKey.get(key);
    if (i === undefined) {
      barredKey.set(key, (i = barredLists.length));
      barredLists.push(b);
    }
    barredAt.set(b, i);
    return i;
  };
  const teacher = (t: TeacherExplain): unknown[] => {
    const row: unknown[] = [t.id, t.name, s.index(t.subject), s.index(t.backbone), school(t.school_id), s.index(t.status), s.index(t.reason.zh), s.index(t.reason.en), t.more, t.alternatives.map(alternative)];
    const m = t.move;
    const section = (f: SubjectFigures): number | null => (f.section === undefined ? null : s.index(f.section));
    const ends = m && (m.to_subject.section !== undefined || m.from_subject.section !== undefined) ? [section(m.to_subject), section(m.from_subject)] : [];
    if (m) row.push([school(m.to_id), s.index(m.direction.zh), s.index(m.direction.en), m.locked ? 1 : 0, m.preference_rank, m.home_township ? 1 : 0, s.index(m.to_subject.subject), termPairs(m.served), m.backbone_per_100 ? 1 : 0, ...ends]);
    if (t.label) row.push(...(m ? [] : [null]), [s.index(t.label.zh), s.index(t.label.en)]);
    if (t.barred) {
      while (row.length < 12) row.push(null);
      row.push(barred(t.barred));
    }
    return row;
  };
  const schoolRow = (x: SchoolExplain): unknown[] => [
    x.id,
    x.name,
    s.index(x.stage),
    s.index(x.area),
    x.weak ? 1 : 0,
    x.students,
    x.quota_school ? 1 : 0,
    x.subjects.map((f) => {
      const plain = f.shortage[0] === Math.max(0, f.posts - f.teachers[0]) && f.shortage[1] === Math.max(0, f.posts - f.teachers[1]);
      return plain ? [s.index(f.subject), f.posts, f.teachers[0], f.teachers[1]] : [s.index(f.subject), f.posts, f.teachers[0], f.teachers[1], f.shortage[0], f.shortage[1]];
    }),
    [...x.terms.shortage, ...x.terms.backbone_balance, ...indicatorTriples(x.terms)].map(r6),
    x.county_backbone,
    x.backbone_per_100.map(r6),
    [x.rules.outflow_cap, x.rules.backbone_outflow_cap, ...(x.rules.quota ? [x.rules.quota.need, x.rules.quota.eligible] : [])],
    x.outflow.map((o) => [teacherAt.get(o.teacher_id) ?? o.teacher_id, school(o.to_id)]),
    x.inflow.map((o) => [teacherAt.get(o.teacher_id) ?? o.teacher_id, school(o.from_id)]),
    (x.sections ?? []).map((c) => [s.index(c.stage), c.students, c.indicators.map((i) => [s.index(i.indicator), i.counts[0], i.counts[1], r6(i.threshold)])]),
    ...(x.subject_sections ? [x.subject_sections.map((f) => [s.index(f.section), s.index(f.subject), f.posts, f.teachers[0], f.teachers[1]])] : []),
  ];
  const schools = e.schools.map((x) => JSON.stringify(schoolRow(x)));
  const teachers = e.teachers.map((x) => JSON.stringify(teacher(x)));
  const barredRows = barredLists.map((b) => JSON.stringify([b.short, b.count, b.rules.flatMap((r) => [s.index(r.rule), r.count]), b.listed.map((x) => [school(x.school_id), x.shortage, x.rules.map((r) => s.index(r))])]));
  const needed = e.schools[0]?.backbone_per_100_needed ?? 0;
  const names = e.subjectNames;
  const left = leftOutRows(leftOut);
  const keys = { ...EXPLAIN_KEYS, ...(names ? { subject_names: SUBJECT_NAMES_KEY } : {}), ...(barredRows.length > 0 ? BARRED_KEYS : {}), ...(left.rows.length > 0 ? LEFT_OUT_KEYS : {}) };
  const head = { format: EXPLAIN_FORMAT, about: EXPLAIN_ABOUT, keys, files, relaxed: e.relaxed, ...(e.aboveBound !== undefined ? { above_bound: r6(e.aboveBound) } : {}), terms: Object.fromEntries(TERM_NAMES.map((k) => [k, r6(e.terms[k])])), total: r6(e.total), backbone_per_100_needed: r6(needed), term_names: TERM_NAMES, ...(names ? { subject_names: names } : {}) };
  const fields = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  // One list per line, as the schools and teachers are: the head stays short to read.
  if (barredRows.length > 0) fields.push(`"barred":[\n${barredRows.join(',\n')}\n]`);
  if (left.rows.length > 0) fields.push(`"left_out":[\n${left.rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`);
  if (left.unlisted > 0) fields.push(`"left_out_unlisted":${left.unlisted}`);
  // Joined once from its pieces, the text is one flat string. Put together in template strings it
  // was a string of pieces, which writing copied whole once more: an 80,000-teacher plan's 10
  // million characters, heap in use at the write 263 → 238 MiB (one process, the same plan).
  const out: string[] = ['{', [...fields, `"strings":${JSON.stringify(s.list)}`].join(',\n'), ',\n"schools":'];
  list(out, schools);
  out.push(',\n"teachers":');
  list(out, teachers);
  out.push('}\n');
  return out.join('');
}

/** A JSON array of rows already written, one per line, added to `out`. */
function list(out: string[], rows: readonly string[]): void {
  if (rows.length === 0) {
    out.push('[]');
    return;
  }
  out.push('[\n');
  rows.forEach((row, i) => (i === 0 ? out.push(row) : out.push(',\n', row)));
  out.push('\n]');
}

/**
 * Reads explain.json back into the explanation it was written from: the compact layout (format 2)
 * or the earlier one (one object per teacher and school, no `format`). A file of another format,
 * not JSON, or not matching its layout gives issues naming the field.
 */
export function readExplain(text: string, file: string): { ok: true; value: ExplainFile } | { ok: false; issues: InputIssue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [notJsonIssue(file, e)] };
  }
  const format = typeof raw === 'object' && raw !== null && 'format' in raw ? raw.format : undefined;
  if (format === undefined) {
    const earlier = earlierLayout.safeParse(raw, { reportInput: true });
    return earlier.success ? { ok: true, value: earlier.data } : { ok: false, issues: schemaIssues(file, earlier.error) };
  }
  if (format !== EXPLAIN_FORMAT) {
    return { ok: false, issues: [{ file, zh: `格式 ${safe(JSON.stringify(format) ?? '')} 不是本版 rotate 的格式 ${EXPLAIN_FORMAT}; 请重新运行 rotate plan`, en: `layout ${safe(JSON.stringify(format) ?? '')}, expected ${EXPLAIN_FORMAT}: run rotate plan again` }] };
  }
  const compact = compactLayout.safeParse(raw, { reportInput: true });
  return compact.success ? fromCompact(compact.data, file) : { ok: false, issues: schemaIssues(file, compact.error) };
}
