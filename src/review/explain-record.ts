import { EXPLAIN_FORMAT } from '../output/explain-file.js';
import type { Alternative, Explanation, SchoolExplain, SubjectFigures, TeacherExplain } from '../plan/explain.js';
import type { Terms } from '../plan/plan-terms.js';
import { TERM_NAMES } from '../rules/registry.js';
import type { Text } from '../plan/reasons.js';

/** A plan's explain.json as `rotate explain` reads it: the explanation as explainPlan made it. */
export type ExplainFile = Explanation & { about: Text; files: Record<string, string> };

type Row = unknown[];

const list = (v: unknown, what: string): Row => {
  if (!Array.isArray(v)) throw new Error(`explain.json: ${what} is not a list`);
  return v as Row;
};
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const pair = (v: unknown): [number, number] => {
  const a = list(v, 'a pair');
  return [num(a[0]), num(a[1])];
};

function terms(v: unknown): Partial<Terms> {
  const a = list(v, 'terms');
  const out: Partial<Terms> = {};
  for (let i = 0; i + 1 < a.length; i += 2) {
    const k = TERM_NAMES[num(a[i])];
    if (k) out[k] = num(a[i + 1]);
  }
  return out;
}

/**
 * Reads explain.json back into the explanation it was written from (src/output/explain-file.ts
 * tells the layout), the figures it keeps once per school put back beside each teacher. A file of
 * the earlier layout (one object per teacher and school) is read as it is. Throws on a file that
 * is neither.
 */
export function parseExplainJson(text: string): ExplainFile {
  // A number JSON cannot hold as a finite value (1e999) is not of a plan rotate wrote: refused, never printed as "Infinity".
  const raw = JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error('explain.json: a number out of range');
    return v;
  }) as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('explain.json: not an object');
  if (raw['format'] === undefined) {
    const e = raw as unknown as ExplainFile;
    if (!Array.isArray(e.teachers) || !Array.isArray(e.schools)) throw new Error('explain.json: no teachers or schools');
    return e;
  }
  if (raw['format'] !== EXPLAIN_FORMAT) throw new Error(`explain.json: layout ${String(raw['format'])}, expected ${EXPLAIN_FORMAT}`);
  const strings = list(raw['strings'], 'strings').map(String);
  const str = (v: unknown): string => (typeof v === 'number' ? (strings[v] ?? '') : String(v));
  const needed = num(raw['backbone_per_100_needed']);
  const schoolRows = list(raw['schools'], 'schools').map((x) => list(x, 'a school'));
  const teacherRows = list(raw['teachers'], 'teachers').map((x) => list(x, 'a teacher'));
  const idOf = (v: unknown): string => (typeof v === 'number' ? String(schoolRows[v]?.[0] ?? '') : String(v));
  const nameOf = (v: unknown): string => (typeof v === 'number' ? String(schoolRows[v]?.[1] ?? '') : '');

  const schools = schoolRows.map((x): SchoolExplain => {
    const id = String(x[0]);
    const subjects = list(x[7], 'subjects').map((f): SubjectFigures => {
      const [j, posts, before, after] = list(f, 'a subject').map((v, i) => (i === 0 ? v : num(v))) as [unknown, number, number, number];
      return { school_id: id, subject: str(j), posts, teachers: [before, after], shortage: [Math.max(0, posts - before), Math.max(0, posts - after)] };
    });
    const t = list(x[8], 'school terms').map(num);
    const rules = list(x[11], 'rules').map(num);
    const mover = (m: unknown): { teacher: Row; at: unknown } => {
      const [ti, at] = list(m, 'a mover');
      return { teacher: typeof ti === 'number' ? (teacherRows[ti] ?? []) : [ti], at };
    };
    return {
      id,
      name: String(x[1]),
      stage: str(x[2]),
      area: str(x[3]),
      weak: x[4] === 1,
      students: num(x[5]),
      quota_school: x[6] === 1,
      subjects,
      terms: { shortage: [t[0] ?? 0, t[1] ?? 0], backbone_balance: [t[2] ?? 0, t[3] ?? 0] },
      county_backbone: pair(x[9]),
      backbone_per_100: pair(x[10]),
      backbone_per_100_needed: needed,
      rules: { quota: rules.length >= 4 ? { need: rules[2] ?? 0, eligible: rules[3] ?? 0 } : null, outflow_cap: rules[0] ?? 0, backbone_outflow_cap: rules[1] ?? 0 },
      outflow: list(x[12], 'outflow').map(mover).map(({ teacher, at }) => ({ teacher_id: String(teacher[0]), name: String(teacher[1] ?? ''), subject: str(teacher[2]), to_id: idOf(at), to: nameOf(at) })),
      inflow: list(x[13], 'inflow').map(mover).map(({ teacher, at }) => ({ teacher_id: String(teacher[0]), name: String(teacher[1] ?? ''), subject: str(teacher[2]), from_id: idOf(at), from: nameOf(at) })),
    };
  });

  const figures = (at: unknown, subject: string): SubjectFigures => {
    const s = typeof at === 'number' ? schools[at] : undefined;
    return s?.subjects.find((f) => f.subject === subject) ?? { school_id: idOf(at), subject, posts: 0, teachers: [0, 0], shortage: [0, 0] };
  };
  const alternative = (v: unknown): Alternative => {
    const [at, delta, t, breaks] = list(v, 'an alternative');
    const stay = at === -1;
    return { kind: stay ? 'stay' : 'move', ...(stay ? {} : { school_id: idOf(at), school: nameOf(at) }), delta: num(delta), terms: terms(t), breaks: list(breaks, 'breaks').map(str) };
  };
  const teachers = teacherRows.map((x): TeacherExplain => {
    const backbone = str(x[3]);
    const base: TeacherExplain = {
      id: String(x[0]),
      name: String(x[1]),
      subject: str(x[2]),
      backbone,
      school_id: idOf(x[4]),
      school: nameOf(x[4]),
      status: str(x[5]) as TeacherExplain['status'],
      reason: { zh: str(x[6]), en: str(x[7]) },
      alternatives: list(x[9], 'alternatives').map(alternative),
      more: num(x[8]),
    };
    if (x[10] === undefined) return base;
    const [to, dirZh, dirEn, locked, rank, home, subject, served, county] = list(x[10], 'a move');
    const j = str(subject);
    const per100 = (at: unknown): [number, number] => (typeof at === 'number' ? (schools[at]?.backbone_per_100 ?? [0, 0]) : [0, 0]);
    return {
      ...base,
      move: {
        to_id: idOf(to),
        to: nameOf(to),
        direction: { zh: str(dirZh), en: str(dirEn) },
        locked: locked === 1,
        preference_rank: num(rank),
        home_township: home === 1,
        to_subject: figures(to, j),
        from_subject: figures(x[4], j),
        ...(county === 1 ? { backbone_per_100: { to: per100(to), from: per100(x[4]), needed_to: needed } } : {}),
        served: terms(served),
      },
    };
  });
  return { about: raw['about'] as Text, files: (raw['files'] ?? {}) as Record<string, string>, relaxed: raw['relaxed'] === true, terms: raw['terms'] as Terms, total: num(raw['total']), teachers, schools };
}
