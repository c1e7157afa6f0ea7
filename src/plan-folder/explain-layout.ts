/**
 * The two layouts of explain.json as schemas, and the compact one turned back into the
 * explanation it was written from. The compact layout (format 2, written by explain-file.ts) keeps
 * one school or teacher per line as an array, texts once in `strings`, schools and teachers by
 * position; the earlier layout (no `format`) is the explanation object itself.
 */
import { z } from 'zod';
import type { InputIssue } from '../domain/types.js';
import type { Alternative, Explanation, SchoolExplain, SubjectFigures, TeacherExplain } from '../plan/explain.js';
import { TERM_NAMES, zeroTerms, type TermName, type Terms } from '../plan/plan-terms.js';
import type { Text } from '../plan/reasons.js';
import type { TeacherState } from '../plan/teacher-status.js';
import { pathText } from './read-issues.js';

/** A plan's explain.json as `rotate explain` reads it: the explanation, what it says about itself, and the tables' SHA-256. */
export type ExplainFile = Explanation & { about: Text; files: Record<string, string> };

const STATES = ['moved', 'stays', 'exempt', 'not_eligible'] as const;
/** Compile-time check that STATES lists every teacher state (a new state must be added here). */
const everyState: Exclude<TeacherState, (typeof STATES)[number]> extends never ? true : never = true;
void everyState;

/** A finite number (JSON.parse reads `1e999` as Infinity: refused). */
const num = z.number();
const pair = z.tuple([num, num]);
const text = z.object({ zh: z.string(), en: z.string() });
const termValues = z.partialRecord(z.enum(TERM_NAMES), num);

// ---- the earlier layout: the explanation object as it is ----

const subjectSchema = z.object({ school_id: z.string(), subject: z.string(), posts: num, teachers: pair, shortage: pair });
const alternativeSchema = z.object({ kind: z.enum(['stay', 'move']), school_id: z.string().optional(), school: z.string().optional(), delta: num, terms: termValues, breaks: z.array(z.string()) });
const teacherSchema = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  backbone: z.string(),
  school_id: z.string(),
  school: z.string(),
  status: z.enum(STATES),
  reason: text,
  move: z
    .object({
      to_id: z.string(),
      to: z.string(),
      direction: text,
      locked: z.boolean(),
      preference_rank: num,
      home_township: z.boolean(),
      to_subject: subjectSchema,
      from_subject: subjectSchema,
      backbone_per_100: z.object({ to: pair, from: pair, needed_to: num }).optional(),
      served: termValues,
    })
    .optional(),
  alternatives: z.array(alternativeSchema),
  more: num,
});
const mover = { teacher_id: z.string(), name: z.string(), subject: z.string() };
const schoolSchema = z.object({
  id: z.string(),
  name: z.string(),
  stage: z.string(),
  area: z.string(),
  weak: z.boolean(),
  students: num,
  quota_school: z.boolean(),
  subjects: z.array(subjectSchema),
  terms: z.object({ shortage: pair, backbone_balance: pair }),
  county_backbone: pair,
  backbone_per_100: pair,
  backbone_per_100_needed: num,
  rules: z.object({ quota: z.object({ need: num, eligible: num }).nullable(), outflow_cap: num, backbone_outflow_cap: num }),
  outflow: z.array(z.object({ ...mover, to_id: z.string(), to: z.string() })),
  inflow: z.array(z.object({ ...mover, from_id: z.string(), from: z.string() })),
});

/** explain.json of the earlier layout: one object per teacher and school. */
export const earlierLayout = z.object({
  about: text,
  files: z.record(z.string(), z.string()).default({}),
  relaxed: z.boolean(),
  terms: z.record(z.enum(TERM_NAMES), num),
  total: num,
  teachers: z.array(teacherSchema),
  schools: z.array(schoolSchema),
});

// ---- the compact layout (format 2) ----

const flag = z.union([z.literal(0), z.literal(1)]);
/** A position in a list of the file, or (a school not in the list) its id written as is. */
const at = z.union([z.number().int(), z.string()]);
/** A position in `strings`, or the text itself. */
const str = z.union([z.number().int(), z.string()]);
const subjectRow = z.tuple([str, num, num, num]);
const moverRow = z.tuple([at, at]);
const schoolRow = z.tuple([z.string(), z.string(), str, str, flag, num, flag, z.array(subjectRow), z.tuple([num, num, num, num]), pair, pair, z.union([pair, z.tuple([num, num, num, num])]), z.array(moverRow), z.array(moverRow)]);
const alternativeRow = z.tuple([at, num, z.array(num), z.array(str)]);
const moveRow = z.tuple([at, str, str, flag, num, flag, str, z.array(num), flag]);
const teacherRow = z.tuple([z.string(), z.string(), str, str, at, str, str, str, num, z.array(alternativeRow), moveRow.optional()]);

/** explain.json of the compact layout; `keys` (its own description) is not read. */
export const compactLayout = z.object({
  format: z.literal(2),
  about: text,
  files: z.record(z.string(), z.string()),
  relaxed: z.boolean(),
  terms: z.record(z.string(), num),
  total: num,
  backbone_per_100_needed: num,
  term_names: z.array(z.string()),
  strings: z.array(z.string()),
  schools: z.array(schoolRow),
  teachers: z.array(teacherRow),
});

type Compact = z.infer<typeof compactLayout>;

/**
 * The compact layout turned back into the explanation, the figures kept once per school put back
 * beside each teacher. A position that points nowhere (an edited file) is an issue, not a blank.
 */
export function fromCompact(raw: Compact, file: string): { ok: true; value: ExplainFile } | { ok: false; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const dangling = (path: (string | number)[], v: number): void => {
    const where = pathText(path);
    if (seen.has(where)) return;
    seen.add(where);
    if (issues.length < 5) issues.push({ file, zh: `「${pathText(path)}」指向不存在的第 ${v} 项`, en: `${pathText(path)}: points to item ${v}, which is not there` });
  };
  const str = (v: number | string, path: (string | number)[]): string => {
    if (typeof v === 'string') return v;
    const s = raw.strings[v];
    if (s === undefined) dangling(path, v);
    return s ?? '';
  };
  const schoolAt = (v: number | string, path: (string | number)[]): Compact['schools'][number] | undefined => {
    if (typeof v === 'string') return undefined;
    const s = raw.schools[v];
    if (s === undefined) dangling(path, v);
    return s;
  };
  const idOf = (v: number | string, path: (string | number)[]): string => (typeof v === 'string' ? v : (schoolAt(v, path)?.[0] ?? ''));
  const nameOf = (v: number | string, path: (string | number)[]): string => (typeof v === 'string' ? '' : (schoolAt(v, path)?.[1] ?? ''));
  const known = new Set<string>(TERM_NAMES);
  const isTerm = (name: string): name is TermName => known.has(name);
  const terms = (pairs: readonly number[], path: (string | number)[]): Partial<Terms> => {
    const out: Partial<Terms> = {};
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const name = raw.term_names[pairs[i] ?? -1];
      if (name === undefined) dangling([...path, i], pairs[i] ?? -1);
      else if (isTerm(name)) out[name] = pairs[i + 1] ?? 0;
    }
    return out;
  };
  const needed = raw.backbone_per_100_needed;

  const schools = raw.schools.map((x, si): SchoolExplain => {
    const p = ['schools', si];
    const id = x[0];
    const subjects = x[7].map(([j, posts, before, after], k): SubjectFigures => ({ school_id: id, subject: str(j, [...p, 7, k, 0]), posts, teachers: [before, after], shortage: [Math.max(0, posts - before), Math.max(0, posts - after)] }));
    const [t0, t1, t2, t3] = x[8];
    const rules = x[11];
    const person = (ti: number | string, path: (string | number)[]): { id: string; name: string; subject: string } => {
      if (typeof ti === 'string') return { id: ti, name: '', subject: '' };
      const t = raw.teachers[ti];
      if (!t) dangling(path, ti);
      return { id: t?.[0] ?? '', name: t?.[1] ?? '', subject: t ? str(t[2], ['teachers', ti, 2]) : '' };
    };
    return {
      id,
      name: x[1],
      stage: str(x[2], [...p, 2]),
      area: str(x[3], [...p, 3]),
      weak: x[4] === 1,
      students: x[5],
      quota_school: x[6] === 1,
      subjects,
      terms: { shortage: [t0, t1], backbone_balance: [t2, t3] },
      county_backbone: x[9],
      backbone_per_100: x[10],
      backbone_per_100_needed: needed,
      rules: { quota: rules.length === 4 ? { need: rules[2] ?? 0, eligible: rules[3] ?? 0 } : null, outflow_cap: rules[0], backbone_outflow_cap: rules[1] },
      outflow: x[12].map(([ti, to], k) => {
        const who = person(ti, [...p, 12, k, 0]);
        return { teacher_id: who.id, name: who.name, subject: who.subject, to_id: idOf(to, [...p, 12, k, 1]), to: nameOf(to, [...p, 12, k, 1]) };
      }),
      inflow: x[13].map(([ti, from], k) => {
        const who = person(ti, [...p, 13, k, 0]);
        return { teacher_id: who.id, name: who.name, subject: who.subject, from_id: idOf(from, [...p, 13, k, 1]), from: nameOf(from, [...p, 13, k, 1]) };
      }),
    };
  });

  const figures = (v: number | string, subject: string): SubjectFigures => {
    const s = typeof v === 'number' ? schools[v] : undefined;
    return s?.subjects.find((f) => f.subject === subject) ?? { school_id: typeof v === 'string' ? v : (s?.id ?? ''), subject, posts: 0, teachers: [0, 0], shortage: [0, 0] };
  };
  const per100 = (v: number | string): [number, number] => (typeof v === 'number' ? (schools[v]?.backbone_per_100 ?? [0, 0]) : [0, 0]);

  const teachers = raw.teachers.map((x, ti): TeacherExplain => {
    const p = ['teachers', ti];
    const status = str(x[5], [...p, 5]);
    const state = STATES.find((s) => s === status);
    if (state === undefined && issues.length < 5) issues.push({ file, zh: `「${pathText([...p, 5])}」状态「${status}」不是已知的状态`, en: `${pathText([...p, 5])}: "${status}" is not a known status` });
    const alternatives = x[9].map(([a, delta, t, breaks], k): Alternative => {
      const stay = a === -1;
      const q = [...p, 9, k];
      return { kind: stay ? 'stay' : 'move', ...(stay ? {} : { school_id: idOf(a, [...q, 0]), school: nameOf(a, [...q, 0]) }), delta, terms: terms(t, [...q, 2]), breaks: breaks.map((b, bi) => str(b, [...q, 3, bi])) };
    });
    const base: TeacherExplain = {
      id: x[0],
      name: x[1],
      subject: str(x[2], [...p, 2]),
      backbone: str(x[3], [...p, 3]),
      school_id: idOf(x[4], [...p, 4]),
      school: nameOf(x[4], [...p, 4]),
      status: state ?? 'stays',
      reason: { zh: str(x[6], [...p, 6]), en: str(x[7], [...p, 7]) },
      alternatives,
      more: x[8],
    };
    const m = x[10];
    if (m === undefined) return base;
    const [to, dirZh, dirEn, locked, rank, home, subject, served, county] = m;
    const q = [...p, 10];
    const j = str(subject, [...q, 6]);
    return {
      ...base,
      move: {
        to_id: idOf(to, [...q, 0]),
        to: nameOf(to, [...q, 0]),
        direction: { zh: str(dirZh, [...q, 1]), en: str(dirEn, [...q, 2]) },
        locked: locked === 1,
        preference_rank: rank,
        home_township: home === 1,
        to_subject: figures(to, j),
        from_subject: figures(x[4], j),
        ...(county === 1 ? { backbone_per_100: { to: per100(to), from: per100(x[4]), needed_to: needed } } : {}),
        served: terms(served, [...q, 7]),
      },
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  const total = zeroTerms();
  for (const k of TERM_NAMES) total[k] = raw.terms[k] ?? 0;
  return { ok: true, value: { about: raw.about, files: raw.files, relaxed: raw.relaxed, terms: total, total: raw.total, teachers, schools } };
}
