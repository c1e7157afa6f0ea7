/**
 * explain.json's compact layout turned back into the explanation it was written from, the figures
 * kept once per school put back beside each teacher. A position that points nowhere (an edited
 * file) is an issue naming the field, not a blank.
 */
import { SECTION_NAME } from '../domain/sections.js';
import type { InputIssue, Section } from '../domain/types.js';
import type { Alternative, Barred, SchoolExplain, SectionSubjectFigures, SubjectFigures, TeacherExplain } from '../plan/explain.js';
import type { SectionExplain } from '../plan/explain-sections.js';
import type { IndicatorName, SectionStage } from '../indicators/types.js';
import { zeroTerms, type TermName, type Terms } from '../plan/plan-terms.js';
import { INDICATOR_TERM_NAMES, type SchoolIndicatorTerms } from '../plan/school-indicator-terms.js';
import { TERM_NAMES } from '../rules/registry.js';
import { STATES, type Compact, type CompactHead, type ExplainFile } from './explain-layout.js';
import { safe } from '../schema/show-value.js';
import { pathText } from './read-issues.js';

type Path = (string | number)[];
type Ref = number | string;

/**
 * The rows of the compact layout by position: all of them parsed at once ({@link fromCompact}), or
 * each read from its own line when asked for (explain-lines.ts). Undefined for a position not there.
 */
export interface CompactRows {
  school(i: number): Compact['schools'][number] | undefined;
  teacher(i: number): Compact['teachers'][number] | undefined;
}

/** Resolves the file's positions (texts, schools, teachers, terms), noting each one that points nowhere. */
class Refs {
  readonly issues: InputIssue[] = [];
  private readonly seen = new Set<string>();
  private readonly known = new Set<string>(TERM_NAMES);
  constructor(
    private readonly raw: CompactHead,
    private readonly rows: CompactRows,
    private readonly file: string,
  ) {}

  /** Notes a problem at a field, once per field, at most five in all. */
  note(path: Path, zh: string, en: string): void {
    const where = pathText(path);
    if (this.seen.has(where) || this.issues.length >= 5) return;
    this.seen.add(where);
    this.issues.push({ file: this.file, zh: `「${where}」${zh}`, en: `${where}: ${en}` });
  }
  dangling(path: Path, v: number): void {
    this.note(path, `指向不存在的第 ${v} 项`, `points to item ${v}, which is not there`);
  }
  str(v: Ref, path: Path): string {
    if (typeof v === 'string') return v;
    const s = this.raw.strings[v];
    if (s === undefined) this.dangling(path, v);
    return s ?? '';
  }
  school(v: Ref, path: Path): Compact['schools'][number] | undefined {
    if (typeof v === 'string') return undefined;
    const s = this.rows.school(v);
    if (s === undefined) this.dangling(path, v);
    return s;
  }
  idOf(v: Ref, path: Path): string {
    return typeof v === 'string' ? v : (this.school(v, path)?.[0] ?? '');
  }
  nameOf(v: Ref, path: Path): string {
    return typeof v === 'string' ? '' : (this.school(v, path)?.[1] ?? '');
  }
  person(v: Ref, path: Path): { id: string; name: string; subject: string } {
    if (typeof v === 'string') return { id: v, name: '', subject: '' };
    const t = this.rows.teacher(v);
    if (!t) this.dangling(path, v);
    return { id: t?.[0] ?? '', name: t?.[1] ?? '', subject: t ? this.str(t[2], ['teachers', v, 2]) : '' };
  }
  /** A school's 优质均衡 terms, [position in term_names, before, after, …] (element 8 from its fifth number on). */
  schoolTerms(triples: readonly number[], path: Path): SchoolIndicatorTerms {
    const out: SchoolIndicatorTerms = {};
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const at = triples[i] ?? -1;
      const name = this.raw.term_names[at];
      const term = INDICATOR_TERM_NAMES.find((k) => k === name);
      if (name === undefined) this.dangling([...path, i + 4], at);
      else if (term === undefined) this.note([...path, i + 4], `「${safe(name)}」不是有学校分项的目标项`, `"${safe(name)}" is not a term with a part per school`);
      else out[term] = [triples[i + 1] ?? 0, triples[i + 2] ?? 0];
    }
    if (triples.length % 3 !== 0) this.note(path, '目标项应为每项三个数（项、调整前、调整后）', 'terms after the fourth number come in threes (term, before, after)');
    return out;
  }
  /** A list of barred short schools, by its position in the head's `barred`. */
  barredList(v: number, path: Path): NonNullable<CompactHead['barred']>[number] | undefined {
    const b = this.raw.barred?.[v];
    if (b === undefined) this.dangling(path, v);
    return b;
  }
  terms(pairs: readonly number[], path: Path): Partial<Terms> {
    const out: Partial<Terms> = {};
    const isTerm = (name: string): name is TermName => this.known.has(name);
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const name = this.raw.term_names[pairs[i] ?? -1];
      if (name === undefined) this.dangling([...path, i], pairs[i] ?? -1);
      else if (isTerm(name)) out[name] = pairs[i + 1] ?? 0;
    }
    return out;
  }
}

const STAGES: readonly SectionStage[] = ['primary', 'junior'];
const INDICATORS: readonly IndicatorName[] = ['degree_per_100', 'backbone_per_100', 'arts_pe_per_100'];

/** The school's sections (element 14), each stage and indicator checked to be one the tool knows. */
function sectionsOf(rows: NonNullable<Compact['schools'][number][14]>, p: Path, r: Refs): SectionExplain[] {
  return rows.flatMap(([st, students, list], k): SectionExplain[] => {
    const name = r.str(st, [...p, 14, k, 0]);
    const stage = STAGES.find((x) => x === name);
    if (stage === undefined) {
      r.note([...p, 14, k, 0], `「${safe(name)}」不是已知的学部`, `"${safe(name)}" is not a known section`);
      return [];
    }
    const indicators = list.flatMap(([n, before, after, threshold], i) => {
      const iname = r.str(n, [...p, 14, k, 2, i, 0]);
      const indicator = INDICATORS.find((x) => x === iname);
      if (indicator === undefined) r.note([...p, 14, k, 2, i, 0], `「${safe(iname)}」不是已知的指标`, `"${safe(iname)}" is not a known indicator`);
      return indicator === undefined ? [] : [{ indicator, counts: [before, after] as [number, number], threshold }];
    });
    return [{ stage, students, indicators }];
  });
}

const SECTIONS = Object.keys(SECTION_NAME) as Section[];

/** A school of two sections' subjects per section (element 15), each section checked to be one the tool knows. */
function subjectSectionsOf(rows: NonNullable<Compact['schools'][number][15]>, p: Path, r: Refs): SectionSubjectFigures[] {
  return rows.flatMap(([sec, j, posts, before, after], k): SectionSubjectFigures[] => {
    const name = r.str(sec, [...p, 15, k, 0]);
    const section = SECTIONS.find((x) => x === name);
    if (section === undefined) {
      r.note([...p, 15, k, 0], `「${safe(name)}」不是已知的学部`, `"${safe(name)}" is not a known section`);
      return [];
    }
    return [{ section, subject: r.str(j, [...p, 15, k, 1]), posts, teachers: [before, after] }];
  });
}

function schoolOf(x: Compact['schools'][number], si: number, r: Refs, needed: number): SchoolExplain {
  const p = ['schools', si];
  const id = x[0];
  const subjects = x[7].map(([j, posts, before, after, shortBefore, shortAfter], k): SubjectFigures => ({ school_id: id, subject: r.str(j, [...p, 7, k, 0]), posts, teachers: [before, after], shortage: [shortBefore ?? Math.max(0, posts - before), shortAfter ?? Math.max(0, posts - after)] }));
  const [t0, t1, t2, t3, ...indicatorTerms] = x[8];
  const rules = x[11];
  return {
    id,
    name: x[1],
    stage: r.str(x[2], [...p, 2]),
    area: r.str(x[3], [...p, 3]),
    weak: x[4] === 1,
    students: x[5],
    quota_school: x[6] === 1,
    subjects,
    terms: { shortage: [t0, t1], backbone_balance: [t2, t3], ...r.schoolTerms(indicatorTerms, [...p, 8]) },
    county_backbone: x[9],
    backbone_per_100: x[10],
    backbone_per_100_needed: needed,
    ...(x[14] !== undefined ? { sections: sectionsOf(x[14], p, r) } : {}),
    ...(x[15] !== undefined ? { subject_sections: subjectSectionsOf(x[15], p, r) } : {}),
    rules: { quota: rules.length === 4 ? { need: rules[2] ?? 0, eligible: rules[3] ?? 0 } : null, outflow_cap: rules[0], backbone_outflow_cap: rules[1] },
    outflow: x[12].map(([ti, to], k) => {
      const who = r.person(ti, [...p, 12, k, 0]);
      return { teacher_id: who.id, name: who.name, subject: who.subject, to_id: r.idOf(to, [...p, 12, k, 1]), to: r.nameOf(to, [...p, 12, k, 1]) };
    }),
    inflow: x[13].map(([ti, from], k) => {
      const who = r.person(ti, [...p, 13, k, 0]);
      return { teacher_id: who.id, name: who.name, subject: who.subject, from_id: r.idOf(from, [...p, 13, k, 1]), from: r.nameOf(from, [...p, 13, k, 1]) };
    }),
  };
}

/** The list of barred short schools a teacher's row points to (element 12), its schools read by position. */
function barredOf(v: number, p: Path, r: Refs): Barred | undefined {
  const b = r.barredList(v, p);
  if (b === undefined) return undefined;
  const q: Path = ['barred', v];
  const [short, count, pairs, listed] = b;
  const rules: Barred['rules'] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const n = pairs[i + 1];
    if (typeof n !== 'number') r.note([...q, 2, i + 1], '应为学校数', 'expected a number of schools');
    rules.push({ rule: r.str(pairs[i] ?? '', [...q, 2, i]), count: typeof n === 'number' ? n : 0 });
  }
  return {
    short,
    count,
    rules,
    listed: listed.map(([at, shortage, names], k) => ({ school_id: r.idOf(at, [...q, 3, k, 0]), school: r.nameOf(at, [...q, 3, k, 0]), shortage, rules: names.map((x, i) => r.str(x, [...q, 3, k, 2, i])) })),
  };
}

/** `schoolAt`: the school at a position of the file, as {@link schoolOf} reads it (undefined: not there). */
function teacherOf(x: Compact['teachers'][number], ti: number, r: Refs, schoolAt: (i: number) => SchoolExplain | undefined, needed: number): TeacherExplain {
  const p = ['teachers', ti];
  const status = r.str(x[5], [...p, 5]);
  const state = STATES.find((s) => s === status);
  if (state === undefined) r.note([...p, 5], `「${safe(status)}」不是已知的状态`, `"${safe(status)}" is not a known status`);
  const alternatives = x[9].map(([a, delta, t, breaks], k): Alternative => {
    const stay = a === -1;
    const q = [...p, 9, k];
    return { kind: stay ? 'stay' : 'move', ...(stay ? {} : { school_id: r.idOf(a, [...q, 0]), school: r.nameOf(a, [...q, 0]) }), delta, terms: r.terms(t, [...q, 2]), breaks: breaks.map((b, bi) => r.str(b, [...q, 3, bi])) };
  });
  const base: TeacherExplain = {
    id: x[0],
    name: x[1],
    subject: r.str(x[2], [...p, 2]),
    backbone: r.str(x[3], [...p, 3]),
    school_id: r.idOf(x[4], [...p, 4]),
    school: r.nameOf(x[4], [...p, 4]),
    status: state ?? 'stays',
    ...(x[11] !== undefined && x[11] !== null ? { label: { zh: r.str(x[11][0], [...p, 11, 0]), en: r.str(x[11][1], [...p, 11, 1]) } } : {}),
    reason: { zh: r.str(x[6], [...p, 6]), en: r.str(x[7], [...p, 7]) },
    alternatives,
    more: x[8],
  };
  const barred = x[12] === undefined ? undefined : barredOf(x[12], [...p, 12], r);
  if (barred) base.barred = barred;
  const m = x[10];
  if (m === undefined || m === null) return base;
  const [to, dirZh, dirEn, locked, rank, home, subject, served, county, toSection, fromSection] = m;
  const q = [...p, 10];
  const j = r.str(subject, [...q, 6]);
  /** The subject at a school, or in a section of it (`sec`, a position in strings): what the school row holds. */
  const figures = (v: Ref, sec: Ref | null | undefined, k: number): SubjectFigures => {
    const s = typeof v === 'number' ? schoolAt(v) : undefined;
    const id = typeof v === 'string' ? v : (s?.id ?? '');
    if (sec === null || sec === undefined) return s?.subjects.find((f) => f.subject === j) ?? { school_id: id, subject: j, posts: 0, teachers: [0, 0], shortage: [0, 0] };
    const name = r.str(sec, [...q, k]);
    const section = SECTIONS.find((x) => x === name);
    if (section === undefined) r.note([...q, k], `「${safe(name)}」不是已知的学部`, `"${safe(name)}" is not a known section`);
    const f = s?.subject_sections?.find((x) => x.section === section && x.subject === j);
    const posts = f?.posts ?? 0;
    const teachers: [number, number] = f ? [f.teachers[0], f.teachers[1]] : [0, 0];
    return { school_id: id, subject: j, ...(section !== undefined ? { section } : {}), posts, teachers, shortage: [Math.max(0, posts - teachers[0]), Math.max(0, posts - teachers[1])] };
  };
  const per100 = (v: Ref): [number, number] => (typeof v === 'number' ? (schoolAt(v)?.backbone_per_100 ?? [0, 0]) : [0, 0]);
  return {
    ...base,
    move: {
      to_id: r.idOf(to, [...q, 0]),
      to: r.nameOf(to, [...q, 0]),
      direction: { zh: r.str(dirZh, [...q, 1]), en: r.str(dirEn, [...q, 2]) },
      locked: locked === 1,
      preference_rank: rank,
      home_township: home === 1,
      to_subject: figures(to, toSection, 9),
      from_subject: figures(x[4], fromSection, 10),
      ...(county === 1 ? { backbone_per_100: { to: per100(to), from: per100(x[4]), needed_to: needed } } : {}),
      served: r.terms(served, [...q, 7]),
    },
  };
}

/** The compact layout as the explanation, or the issues of its dangling positions. */
export function fromCompact(raw: Compact, file: string): { ok: true; value: ExplainFile } | { ok: false; issues: InputIssue[] } {
  const refs = new Refs(raw, { school: (i) => raw.schools[i], teacher: (i) => raw.teachers[i] }, file);
  const needed = raw.backbone_per_100_needed;
  const schools = raw.schools.map((x, i) => schoolOf(x, i, refs, needed));
  const teachers = raw.teachers.map((x, i) => teacherOf(x, i, refs, (v) => schools[v], needed));
  if (refs.issues.length > 0) return { ok: false, issues: refs.issues };
  return { ok: true, value: explainOf(raw, teachers, schools) };
}

/** The explanation of the file's head and the teachers and schools given. */
function explainOf(raw: CompactHead, teachers: TeacherExplain[], schools: SchoolExplain[]): ExplainFile {
  const terms = zeroTerms();
  for (const k of TERM_NAMES) terms[k] = raw.terms[k] ?? 0;
  return { about: raw.about, files: raw.files, relaxed: raw.relaxed, ...(raw.above_bound !== undefined ? { aboveBound: raw.above_bound } : {}), terms, total: raw.total, teachers, schools, ...(raw.subject_names !== undefined ? { subjectNames: raw.subject_names } : {}), ...(raw.left_out !== undefined ? { leftOut: raw.left_out } : {}), ...(raw.left_out_unlisted !== undefined ? { leftOutUnlisted: raw.left_out_unlisted } : {}) };
}

/**
 * Some of the compact layout's rows as the explanation: the teachers and schools at the positions
 * given (in that order), each read as {@link fromCompact} reads it, and only the rows they point to
 * besides. Undefined where a position points nowhere.
 */
export function someOfCompact(raw: CompactHead, rows: CompactRows, file: string, teacherAt: readonly number[], schoolAt: readonly number[]): ExplainFile | undefined {
  const refs = new Refs(raw, rows, file);
  const needed = raw.backbone_per_100_needed;
  const read = new Map<number, SchoolExplain | undefined>();
  const school = (i: number): SchoolExplain | undefined => {
    if (!read.has(i)) {
      const x = rows.school(i);
      read.set(i, x && schoolOf(x, i, refs, needed));
    }
    return read.get(i);
  };
  const schools = schoolAt.map(school);
  const teachers = teacherAt.map((i) => {
    const x = rows.teacher(i);
    return x && teacherOf(x, i, refs, school, needed);
  });
  if (refs.issues.length > 0) return undefined;
  const t = teachers.filter((x): x is TeacherExplain => x !== undefined);
  const s = schools.filter((x): x is SchoolExplain => x !== undefined);
  return t.length === teachers.length && s.length === schools.length ? explainOf(raw, t, s) : undefined;
}
