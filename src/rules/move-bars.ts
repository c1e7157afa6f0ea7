/**
 * Which rules bar a move: the move judges (allows-move.ts) whose own check refuses it, each asked
 * through {@link refuses}, so the answer is the one allowsMove gives, rule by rule. What
 * `rotate explain` tells a clerk who asks why a teacher was not sent to a school short of his or
 * her subject (plan/explain-barred.ts).
 */
import { isLeader } from '../domain/leaders.js';
import type { School, Teacher } from '../domain/types.js';
import { MOVE_JUDGES, MOVE_PARTS, moveClasses, refuses, type MovePart } from './allows-move.js';
import type { CountyView, HardRuleName, MoveQuery } from './rule.js';

/** The rules that bar a move, in the registry's order: none exactly when allowsMove (allows-move.ts) allows it. */
export function barringRules(q: MoveQuery, v: CountyView): HardRuleName[] {
  return MOVE_JUDGES.filter((r) => r.move !== undefined && MOVE_PARTS.some((part) => r.move !== undefined && refuses(r.move, part, q, v))).map((r) => r.name);
}

/**
 * {@link barringRules} for many moves, split as the rules read a move: a set of rules is a number
 * whose bit i stands for MOVE_JUDGES[i] (there are a handful). Schools are named by their position
 * in the list {@link moveBars} was given.
 */
export interface MoveBars {
  /**
   * For teacher `t` leaving `from`: the rules whose parts on the two schools and on the destination
   * refuse the move to the school at each position. The same for every teacher of one
   * {@link classKey} from any school of that key: judged once per class of the two schools and of
   * the teacher (the classes of allows-move.ts), and once per subject and destination.
   */
  byClass(t: Teacher, from: School): (to: number) => number;
  /** The rules whose part on the teacher alone (the own school, forbid locks) refuses the move. */
  byTeacher(q: MoveQuery): number;
  /** What {@link byClass} reads of a teacher and the origin, as a key: the origin's class, the teacher's class, the subject, and whether he or she is a principal. */
  classKey(t: Teacher, from: School): string;
  /** The rules of a set, in the registry's order. */
  rules(bits: number): HardRuleName[];
}

/** The judges whose part `part` refuses the move, as bits. */
function refusing(part: MovePart, q: MoveQuery, v: CountyView): number {
  let bits = 0;
  MOVE_JUDGES.forEach((r, i) => {
    if (r.move !== undefined && refuses(r.move, part, q, v)) bits |= 1 << i;
  });
  return bits;
}

/** {@link MoveBars} over a county's schools, with its caches (kept as long as the value is). */
export function moveBars(schools: readonly School[], v: CountyView): MoveBars {
  const classes = moveClasses(schools, v);
  const classKeys = schools.map((s) => classes.classOf(s));
  const classList = [...new Set(classKeys)];
  const classAt = Int32Array.from(classKeys, (c) => classList.indexOf(c));
  /** Per origin class, teacher class and leader or not: the bits of each destination class (−1: not yet judged). */
  const between = new Map<string, Int32Array>();
  /** Per subject and leader or not: the bits of each destination (−1: not yet judged). */
  const into = new Map<string, Int32Array>();
  const named = new Map<number, HardRuleName[]>();
  // A principal or vice principal is not held to some rules (MoveJudge.subjectPost, teachersOnly): a class of his or her own.
  const lead = (t: Teacher): string => (isLeader(t) ? '*' : '');
  const table = (m: Map<string, Int32Array>, key: string, n: number): Int32Array => {
    let a = m.get(key);
    if (!a) m.set(key, (a = new Int32Array(n).fill(-1)));
    return a;
  };
  return {
    byClass(t, from) {
      const b = table(between, `${classes.classOf(from)}>${classes.teacherClass(t)}>${lead(t)}`, classList.length);
      const j = table(into, `${t.subject}>${lead(t)}`, schools.length);
      return (i) => {
        const c = classAt[i] ?? -1;
        const to = schools[i];
        if (c < 0 || to === undefined) return 0;
        if ((b[c] ?? -1) < 0) b[c] = refusing('between', { teacher: t, from, to }, v);
        if ((j[i] ?? -1) < 0) j[i] = refusing('into', { teacher: t, from, to }, v);
        return (b[c] ?? 0) | (j[i] ?? 0);
      };
    },
    byTeacher: (q) => refusing('excludes', q, v),
    classKey: (t, from) => `${classes.classOf(from)}>${classes.teacherClass(t)}>${t.subject}>${lead(t)}`,
    rules(bits) {
      let out = named.get(bits);
      if (!out) named.set(bits, (out = MOVE_JUDGES.filter((_, i) => (bits & (1 << i)) !== 0).map((r) => r.name)));
      return out;
    },
  };
}
