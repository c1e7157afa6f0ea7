/**
 * Why a teacher was not sent to a school short of his or her subject: of the schools still short of
 * it after the plan at the teacher's stage or below (the shortage as the plan counts it, max(0,
 * posts − teachers) per section and subject), those a move rule bars him or her from, and which
 * rules (rules/move-bars.ts, each rule's own check). What `rotate explain` answers a clerk who asks
 * "why not that school?" beside the allowed destinations it lists.
 *
 * Worked out once per class of teacher (the origin's class, the teacher's class, the subject, the
 * stage: what the rules on two schools and on the destination read), and the class's answer less
 * the own school given to each teacher of it; only a teacher whom a forbid lock keeps from some
 * school is judged school by school.
 */
import { LEVEL, placesOf, teacherSection } from '../domain/sections.js';
import type { School, Teacher } from '../domain/types.js';
import { postsAt } from '../model/context.js';
import { excludedFor } from '../rules/allows-move.js';
import { afterAt, type PlanBook } from '../rules/book.js';
import { moveBars } from '../rules/move-bars.js';

/** How many barred schools explain.json lists per teacher (the most short first); the others are counted. */
export const BARRED_LISTED = 5;

/** A school short of the teacher's subject that the rules bar him or her from. */
export interface BarredSchool {
  school_id: string;
  school: string;
  /** Its shortage of the subject after the plan, at the teacher's stage and below. */
  shortage: number;
  /** The rules that bar the move, in the registry's order. */
  rules: string[];
}

/** The schools short of a teacher's subject that the rules bar him or her from. */
export interface Barred {
  /** Schools short of the subject after the plan at the teacher's stage or below, the own school aside. */
  short: number;
  /** How many of them the rules bar (≥ 1: a teacher barred from none has no {@link Barred}). */
  count: number;
  /** Each rule that bars some of them, and how many (a school two rules bar counts for both), in the registry's order. */
  rules: { rule: string; count: number }[];
  /** The most short of them, ties by school id, at most {@link BARRED_LISTED}. */
  listed: BarredSchool[];
}

interface Short {
  school: School;
  /** The school's position in ctx.schools. */
  at: number;
  shortage: number;
}

/** A short school and the rules (as bits, see MoveBars) that bar the move there. */
interface Entry {
  short: Short;
  bits: number;
}

/**
 * The barred short schools of each teacher, on the plan's book (read, never changed). Undefined for
 * a teacher barred from none, or whose school is not in the county.
 */
export function barredSchools(book: PlanBook): (t: Teacher) => Barred | undefined {
  const { ctx } = book;
  const bars = moveBars(ctx.schools, ctx);

  /** The schools short of a subject at a level or below, most short first, ties by id; with each by id. Worked out once per subject and level. */
  const shorts = new Map<string, { list: Short[]; at: Map<string, Short> }>();
  const shortOf = (j: string, level: number): { list: Short[]; at: Map<string, Short> } => {
    const key = `${j}|${level}`;
    let s = shorts.get(key);
    if (s) return s;
    const list: Short[] = [];
    ctx.schools.forEach((school, at) => {
      let shortage = 0;
      for (const [place, sec] of placesOf(school)) if (LEVEL[sec] <= level) shortage += Math.max(0, postsAt(ctx, place, j) - afterAt(book, place, j));
      if (shortage > 0) list.push({ school, at, shortage });
    });
    list.sort((a, b) => b.shortage - a.shortage || (a.school.id < b.school.id ? -1 : 1));
    shorts.set(key, (s = { list, at: new Map(list.map((x) => [x.school.id, x])) }));
    return s;
  };

  const answer = (entries: readonly Entry[], short: number): Barred | undefined => {
    if (entries.length === 0) return undefined;
    let all = 0;
    const counts = new Map<string, number>();
    for (const e of entries) {
      all |= e.bits;
      for (const rule of bars.rules(e.bits)) counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
    const rules = bars.rules(all).map((rule) => ({ rule, count: counts.get(rule) ?? 0 }));
    const listed = entries.slice(0, BARRED_LISTED).map((e) => ({ school_id: e.short.school.id, school: e.short.school.name, shortage: e.short.shortage, rules: bars.rules(e.bits) }));
    return { short, count: entries.length, rules, listed };
  };

  /** Per class of teacher and level: the short schools the class's rules bar, the own school among them (see above). */
  const classes = new Map<string, Entry[]>();
  /** Per class, level and own school when it is short (else ''): the answer. */
  const answers = new Map<string, Barred | undefined>();

  const excludesOthers = (t: Teacher, from: School): boolean => {
    for (const id of excludedFor(t, from, ctx)) if (id !== from.id) return true;
    return false;
  };

  return (t) => {
    const from = ctx.schoolById.get(t.schoolId);
    if (!from) return undefined;
    const level = LEVEL[teacherSection(t, from)];
    const { list, at } = shortOf(t.subject, level);
    const own = at.get(from.id);
    const others = list.length - (own ? 1 : 0);
    if (others === 0) return undefined;
    // A school besides the own one that the rules on this teacher alone exclude (a forbid lock): judged school by school.
    if (excludesOthers(t, from)) {
      const entries: Entry[] = [];
      const byClass = bars.byClass(t, from);
      for (const s of list) {
        if (s === own) continue;
        const bits = byClass(s.at) | bars.byTeacher({ teacher: t, from, to: s.school });
        if (bits !== 0) entries.push({ short: s, bits });
      }
      return answer(entries, others);
    }
    const key = `${bars.classKey(t, from)}|${level}`;
    let entries = classes.get(key);
    if (!entries) {
      entries = [];
      const byClass = bars.byClass(t, from);
      for (const s of list) {
        const bits = byClass(s.at);
        if (bits !== 0) entries.push({ short: s, bits });
      }
      classes.set(key, entries);
    }
    const ownKey = `${key}|${own ? from.id : ''}`;
    if (answers.has(ownKey)) return answers.get(ownKey);
    const kept = own ? entries.filter((e) => e.short !== own) : entries;
    const a = answer(kept, others);
    answers.set(ownKey, a);
    return a;
  };
}
