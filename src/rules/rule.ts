import type { BackboneClass } from '../domain/backbone.js';
import type { Policy } from '../domain/policy.js';
import type { PostTable } from '../domain/staffing.js';
import type { Text } from '../domain/text.js';
import type { Lock, School, Section, Teacher } from '../domain/types.js';
import type { Columns } from '../model/columns.js';
import type { ModelContext } from '../model/context.js';
import type { BuildOptions } from '../model/hard-row.js';
import type { LpBuilder } from '../model/lp.js';
import type { PlanBook } from './book.js';
import type { PlanFacts } from './facts.js';

/** The hard rules, by the name used in summary.json, row names, reasons and the checklist. */
export type HardRuleName =
  | 'one_destination'
  | 'eligibility'
  | 'locks'
  | 'same_subject'
  | 'same_stage'
  | 'direction'
  | 'two_way'
  | 'posts_capacity'
  | 'subject_cover'
  | 'school_quota'
  | 'county_quota'
  | 'backbone_share'
  | 'outflow_cap'
  | 'backbone_outflow_cap'
  | 'cv_ceiling';

/** The soft terms of the objective, by the name used in weights, summary.json and explain. */
export type TermName = 'shortage' | 'backbone_balance' | 'indicator_spread' | 'indicator_shortfall' | 'indicator_keep' | 'moves' | 'baseline' | 'preference' | 'home_township' | 'priority';

export type RuleName = HardRuleName | TermName;

/** What a rule reads of the county to judge a single move: the policy, the posts and the forbid locks. */
export interface CountyView {
  policy: Policy;
  posts: PostTable;
  /** Teacher id → schools a lock forbids. */
  forbid: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A single move as a move rule judges it. */
export interface MoveQuery {
  teacher: Teacher;
  from: School;
  to: School;
}

/** One hard rule checked on the plan, with the threshold and the value the plan reached. */
export interface RuleCheck {
  rule: HardRuleName;
  zh: string;
  en: string;
  threshold: string;
  value: string;
  held: boolean;
  /** The first few places where it failed, in both languages. */
  failures: Text[];
  /** True for rules a user may ask to relax when they conflict. */
  relaxable: boolean;
}

/** A move lock that breaks a rule, in the lock's words, with what would lift it. */
export interface LockProblem {
  failure: Text;
  hint: Text;
}

/**
 * The part of a hard rule that judges one move (teacher, origin, destination). The one predicate
 * (see allows-move.ts) is used by the model's columns, the matching, the ranking of alternatives,
 * the lock checks and the verifier.
 */
export interface MoveJudge {
  /**
   * A rule on the two schools, which reads each school only through `key` (and the teacher, if
   * at all, only through `teacherKey`): the model and the ranking judge classes of schools and of
   * teachers once (their caches are keyed on the join of every such key, see allows-move.ts).
   */
  between?: {
    key(s: School, v: CountyView): string;
    /**
     * The facts of the teacher the rule reads, as a key (a teacher's stage and certificate, say):
     * the model then counts teachers of each key apart, and `allows` gets the key. Absent: the
     * rule does not read the teacher.
     */
    teacherKey?(t: Teacher, v: CountyView): string;
    allows(from: School, to: School, v: CountyView, teacherKey: string): boolean;
    /**
     * The section (学部) of `to` whose post an allowed move fills (the rule that decides it: same_stage).
     * The model counts arrivals per section of a two-section school by it; the plan's figures and the
     * verifier use the same choice (domain/sections.ts arrivalSection).
     */
    section?(from: School, to: School, v: CountyView, teacherKey: string): Section | undefined;
  };
  /** A rule on the destination and the teacher's subject alone (the model and the ranking judge it once per subject and school). */
  into?(subject: string, to: School, v: CountyView): boolean;
  /**
   * A rule on one teacher: the schools it rules out for him or her (the own school; those a lock
   * forbids). The counting model keeps it by its shape (nobody arrives at the own school; forbid
   * locks bind the matching); a new rule that reads the teacher otherwise needs a group of its own
   * in the model.
   */
  excludes?(t: Teacher, from: School, v: CountyView): Iterable<string>;
  /**
   * A rule about subject posts (same subject, same stage): a principal or vice principal takes
   * none (domain/leaders.ts), so a lock that moves one is not judged by it.
   */
  subjectPost?: boolean;
  /**
   * A rule on where teachers rotate that the county's posting of a principal or vice principal
   * (组织选派, DOMAIN.md) is not held to: a lock that moves one, the county's decision, is not judged by it.
   */
  teachersOnly?: boolean;
  /**
   * Whether a school takes teachers in return for those it sends, though none of its posts is
   * open (two-way exchange): the model then keeps it among the destinations of every subject it
   * can send (its own rows cap the arrivals).
   */
  receivesBySending?(to: School, v: CountyView): boolean;
  /** The words for a move lock the rule refuses, given the lock's place in its file (absent: a lock alone cannot break it). */
  lockRefusal?(q: MoveQuery, v: CountyView, where: Text): LockProblem;
}

/** The policy parameter that loosens a relaxable rule, and which way. */
export interface Loosen {
  param: string;
  field: 'backboneShare' | 'quotaShare' | 'maxOutflowShare' | 'maxBackboneOutflowShare' | 'cvCeilingMargin' | 'keepSubjectTeachers';
  down: boolean;
  /** The step the nearest value is searched in (0.01 when absent: a share); 1 for a count. */
  step?: number;
}

/** Everything about one hard rule of the policy. Every caller loops over the registry. */
export interface HardRule {
  name: HardRuleName;
  kind: 'hard';
  /** The rule as it is described (summary.json's list of families). */
  zh: string;
  en: string;
  /** True when the rule may give way (elastic mode, `--relax`, the conflict diagnosis). */
  relaxable: boolean;
  loosen?: Loosen;
  /**
   * The yes/no parameter that switches the rule off, and whether the policy has it off: the
   * checklist then says so (verify.ts), where a rule that allows every move would read as held by
   * every move.
   */
  switchedOff?: { param: string; off(p: Policy): boolean };
  /** For rules that judge a single move. */
  move?: MoveJudge;
  /** Rows of the linear program (rules that hold by the model's shape add none). */
  build?(ctx: ModelContext, cols: Columns, b: LpBuilder, opts: BuildOptions): void;
  /**
   * True for a rule whose rows cost the solver much and that plans rarely press against: the plan
   * is first solved without its rows and checked against the rule ({@link check}); only a plan
   * that breaks it is solved again with them (src/pipeline/solve-county.ts). Either way the plan
   * keeps the rule; leaving rows out only widens what the solver may choose from.
   */
  lazy?: boolean;
  /** The rule checked on a finished plan, from the county, the policy and the moves alone. */
  check(f: PlanFacts): RuleCheck;
  /**
   * Whether the rule holds in the plan and would fail once teacher `t` goes to `next` instead of
   * `cur` (undefined = the own school); `dMovers` is the change in the number of movers.
   */
  breaks?(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined, dMovers: number): boolean;
  /**
   * True when {@link breaks} judges the move alone, as the rule's {@link MoveJudge} does (another
   * school, the same subject, the same stage, the direction): it never breaks for staying, nor for
   * a destination that every move judge allows (allows-move.ts allowsMove). The alternatives that
   * explain.json lists go only to such destinations, so it is not asked of them. False for a rule
   * that reads the plan's counts, the locks or the teacher's eligibility.
   */
  moveOnly: boolean;
  /**
   * True when {@link breaks} depends on the destination itself, not only on the origin and on
   * whether the destination's post is full: the ranking of alternatives then asks it for each
   * destination it lists.
   */
  perDestination?: boolean;
  /**
   * True when {@link breaks} judges only a teacher's leaving: it reads the teacher, `dMovers` and
   * the counts of the teacher's own school, never where the teacher goes or is now (a school's
   * outflow caps). Its verdict on a teacher's leaving is then the same for every destination, and
   * changes only with a change at the own school: the polish's search (single-changes.ts) passes
   * over a teacher it bars from leaving.
   */
  leaveOnly?: boolean;
  /** Problems of a single move lock that this rule sees (beyond {@link MoveJudge}). */
  lockProblem?(ctx: ModelContext, lock: Lock, t: Teacher, where: Text): LockProblem | null;
  /** Move locks that break this rule only together. */
  locksTogether?(ctx: ModelContext): { failure: Text; hint: Text }[];
  /**
   * The figures behind the rule where a set of move locks that no plan keeps meets it (the posts
   * and teachers where they arrive, say): what a clerk weighs to choose the lock to drop
   * (plan/lock-conflicts.ts). Empty where the locks do not bear on it.
   */
  lockFigures?(ctx: ModelContext, locks: readonly Lock[]): Text[];
  /** What the rule asks of this county in numbers, independent of any plan. */
  needs?(ctx: ModelContext): Text[];
  /** What the county can give at most, when the rule's shortfall is a matter of supply. */
  capacity?(ctx: ModelContext): Text[];
  /** What would lift a conflict on this rule. */
  hint?(p: Policy): Text;
  /** Why an eligible teacher stays, when every school he or she could go to would break this rule. */
  stayNote?(book: PlanBook, t: Teacher): Text;
}

/** Everything about one soft term of the objective: the model's cost, the plan's value and a single change's, from one place. */
export interface SoftTerm {
  name: TermName;
  kind: 'soft';
  zh: string;
  en: string;
  /** The term's short name where its value is shown (explain, diff). */
  label: Text;
  /** Columns and rows of the term in the linear program (terms about single teachers add none: they are served when the teachers are named). */
  build?(ctx: ModelContext, cols: Columns, b: LpBuilder, opts: BuildOptions): void;
  /** The term's value for a whole plan (the model's value of it at the plan, for the terms the model holds). */
  value(book: PlanBook): number;
  /** The change of the term when teacher `t` goes to `next` (undefined = the own school) instead of where the plan has him or her. */
  change(book: PlanBook, t: Teacher, next: string | undefined): number;
  /**
   * The same change split for ranking many destinations: what leaving the current place
   * contributes (shared by every destination), plus what arriving at `d` contributes for any
   * teacher of subject `j` and backbone class `bc`, plus the teacher's own part at `d` (see
   * the preference and home-township terms). `d` is the place arrived at: the school's id, or the
   * section of a two-section school the move fills (book.ts placeFor). For every destination d
   * other than the current one: change(book, t, d) = leave(book, t) + arrive(book, t.subject, class of t, placeFor(book, t, d)) + own.
   */
  leave(book: PlanBook, t: Teacher): number;
  arrive(book: PlanBook, j: string, bc: BackboneClass, d: string): number;
}

export type Rule = HardRule | SoftTerm;
