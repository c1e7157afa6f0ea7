import { isLeader } from '../domain/leaders.js';
import type { Text } from '../domain/text.js';
import type { School, Section, Teacher } from '../domain/types.js';
import { HARD_RULES } from './registry.js';
import type { CountyView, HardRule, HardRuleName, LockProblem, MoveJudge, MoveQuery } from './rule.js';

/** The hard rules that judge a single move, in the registry's order. */
export const MOVE_JUDGES: readonly HardRule[] = HARD_RULES.filter((r) => r.move !== undefined);

/**
 * The parts of a move judge, each reading less of the move: `between` the two schools' classes and
 * the teacher's key, `into` the destination and the subject, `excludes` the teacher and both schools.
 */
export const MOVE_PARTS = ['between', 'into', 'excludes'] as const;
export type MovePart = (typeof MOVE_PARTS)[number];

/**
 * Whether every rule that judges a single move allows this one. The one predicate behind the
 * model's classes, the matching, the ranking of alternatives, the lock checks and the verifier.
 */
export function allowsMove(q: MoveQuery, v: CountyView): boolean {
  for (const r of MOVE_JUDGES) if (r.move && !judged(r.move, q, v)) return false;
  return true;
}

function judged(m: MoveJudge, q: MoveQuery, v: CountyView): boolean {
  return !refuses(m, 'between', q, v) && !refuses(m, 'into', q, v) && !refuses(m, 'excludes', q, v);
}

/**
 * Whether one part of a rule's move judge refuses the move: the rule's own check, a principal or
 * vice principal aside for the rules on subject posts and on where teachers rotate. A move is
 * allowed exactly when no part of any judge refuses it (move-bars.ts names the rules that do).
 */
export function refuses(m: MoveJudge, part: MovePart, q: MoveQuery, v: CountyView): boolean {
  if ((m.subjectPost === true || m.teachersOnly === true) && isLeader(q.teacher)) return false;
  if (part === 'between') return m.between !== undefined && !m.between.allows(q.from, q.to, v, m.between.teacherKey?.(q.teacher, v) ?? '');
  if (part === 'into') return m.into !== undefined && !m.into(q.teacher.subject, q.to, v);
  if (m.excludes) for (const id of m.excludes(q.teacher, q.from, v)) if (id === q.to.id) return true;
  return false;
}

/** Whether every rule on the destination and the subject allows teachers of `subject` to arrive at `to`. */
export function allowsInto(subject: string, to: School, v: CountyView): boolean {
  for (const r of MOVE_JUDGES) if (r.move?.into && !r.move.into(subject, to, v)) return false;
  return true;
}

/** The schools the rules on one teacher rule out for him or her (own school, forbid locks). */
export function excludedFor(t: Teacher, from: School, v: CountyView): Set<string> {
  const out = new Set<string>();
  for (const r of MOVE_JUDGES) for (const id of r.move?.excludes?.(t, from, v) ?? []) out.add(id);
  return out;
}

/** The rules a move lock breaks on its own, each in the lock's words. */
export function lockRefusals(q: MoveQuery, v: CountyView, where: Text): { rule: HardRuleName; problem: LockProblem }[] {
  const out: { rule: HardRuleName; problem: LockProblem }[] = [];
  for (const r of MOVE_JUDGES) {
    const m = r.move;
    if (!m?.lockRefusal) continue;
    if (!judged(m, q, v)) out.push({ rule: r.name, problem: m.lockRefusal(q, v, where) });
  }
  return out;
}

/**
 * Classes of schools and of teachers that every rule judging two schools (a `between` rule)
 * treats alike: a school's class is the join of those rules' keys, a teacher's class the join of
 * their teacher keys, so a move is allowed between two classes exactly when it is allowed between
 * any two of their schools for any teacher of the class (the rules judged per destination or per
 * teacher aside). The model's groups and flows and the ranking's caches are keyed on these classes.
 */
export interface MoveClasses {
  classOf(s: School): string;
  /** A teacher's class: '' when no rule reads the teacher. */
  teacherClass(t: Teacher): string;
  /** Whether the `between` rules allow moves from a class to a class, for teachers of a class. */
  allows(fromClass: string, toClass: string, teacherClass: string): boolean;
  /** Whether the rules on the destination and subject let teachers of `subject` arrive at `to`. */
  into(subject: string, to: School): boolean;
  /** The section of a destination class whose post teachers of a class from a class fill (undefined: no rule says; the school's only section). */
  section(fromClass: string, toClass: string, teacherClass: string): Section | undefined;
  /** {@link allowsMove}, with the classes judged once. */
  allowsMove(q: MoveQuery): boolean;
  /** Whether some rule lets a school take teachers in return for those it sends (two-way exchange). */
  receivesBySending(to: School): boolean;
}

export function moveClasses(schools: readonly School[], v: CountyView): MoveClasses {
  const between = MOVE_JUDGES.flatMap((r) => (r.move?.between ? [r.move.between] : []));
  const readers = between.filter((b) => b.teacherKey !== undefined);
  const keyOf = new Map<School, string>();
  const classOf = (s: School): string => {
    let k = keyOf.get(s);
    if (k === undefined) keyOf.set(s, (k = between.map((b) => b.key(s, v)).join(';')));
    return k;
  };
  // A teacher's class, and its parts per rule (in the order of `between`), remembered by class.
  const parts = new Map<string, string[]>([['', between.map(() => '')]]);
  const teacherClass = (t: Teacher): string => {
    if (readers.length === 0) return '';
    const each = between.map((b) => b.teacherKey?.(t, v) ?? '');
    const k = each.join(';');
    if (!parts.has(k)) parts.set(k, each);
    return k;
  };
  const sample = new Map<string, School>();
  for (const s of schools) if (!sample.has(classOf(s))) sample.set(classOf(s), s);
  const pairs = new Map<string, boolean>();
  // The schools each teacher's own rules exclude, worked out once per teacher (the matching asks per destination).
  const excluded = new WeakMap<Teacher, Set<string>>();
  const excludedOf = (t: Teacher, from: School): Set<string> => {
    let e = excluded.get(t);
    if (!e) excluded.set(t, (e = excludedFor(t, from, v)));
    return e;
  };
  const sectionRule = between.findIndex((b) => b.section !== undefined);
  const sections = new Map<string, Section | undefined>();
  const classes: MoveClasses = {
    classOf,
    section(fromClass, toClass, tClass) {
      const key = `${fromClass}>${toClass}>${tClass}`;
      if (sections.has(key)) return sections.get(key);
      const from = sample.get(fromClass);
      const to = sample.get(toClass);
      const b = between[sectionRule];
      const sec = from !== undefined && to !== undefined && b?.section ? b.section(from, to, v, parts.get(tClass)?.[sectionRule] ?? '') : undefined;
      sections.set(key, sec);
      return sec;
    },
    teacherClass,
    into: (subject, to) => allowsInto(subject, to, v),
    receivesBySending: (to) => MOVE_JUDGES.some((r) => r.move?.receivesBySending?.(to, v) === true),
    allowsMove: (q) => classes.allows(classOf(q.from), classOf(q.to), teacherClass(q.teacher)) && allowsInto(q.teacher.subject, q.to, v) && !excludedOf(q.teacher, q.from).has(q.to.id),
    allows(fromClass, toClass, tClass) {
      const key = `${fromClass}>${toClass}>${tClass}`;
      let ok = pairs.get(key);
      if (ok === undefined) {
        const from = sample.get(fromClass);
        const to = sample.get(toClass);
        const tk = parts.get(tClass) ?? [];
        ok = from !== undefined && to !== undefined && between.every((b, i) => b.allows(from, to, v, tk[i] ?? ''));
        pairs.set(key, ok);
      }
      return ok;
    },
  };
  return classes;
}
