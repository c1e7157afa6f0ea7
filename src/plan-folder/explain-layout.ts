/**
 * The two layouts of explain.json as schemas (explain-compact.ts turns the compact one back into
 * the explanation it was written from). The compact layout (format 2, written by explain-file.ts) keeps
 * one school or teacher per line as an array, texts once in `strings`, schools and teachers by
 * position; the earlier layout (no `format`) is the explanation object itself.
 */
import { z } from 'zod';
import type { Explanation } from '../plan/explain.js';
import { TERM_NAMES } from '../rules/registry.js';
import type { Text } from '../plan/reasons.js';
import type { TeacherState } from '../plan/teacher-status.js';

/** A plan's explain.json as `rotate explain` reads it: the explanation, what it says about itself, and the tables' SHA-256. */
export type ExplainFile = Explanation & { about: Text; files: Record<string, string>; leftOut?: LeftOutRow[]; leftOutUnlisted?: number };

/** Every teacher state, as the files name them. */
export const STATES = ['moved', 'stays', 'exempt', 'not_eligible'] as const;
/** Compile-time check that STATES lists every teacher state (a new state must be added here). */
const everyState: Exclude<TeacherState, (typeof STATES)[number]> extends never ? true : never = true;
void everyState;

/** A finite number (JSON.parse reads `1e999` as Infinity: refused). */
const num = z.number();
const pair = z.tuple([num, num]);
const text = z.object({ zh: z.string(), en: z.string() });
const termValues = z.partialRecord(z.enum(TERM_NAMES), num);

// ---- the earlier layout: the explanation object as it is ----

const subjectSchema = z.object({ school_id: z.string(), subject: z.string(), section: z.enum(['primary', 'junior', 'senior']).optional(), posts: num, teachers: pair, shortage: pair });
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
  // Not in a file of this layout (written before the lists were kept); one that has it is read with it.
  barred: z
    .object({
      short: num,
      count: num,
      rules: z.array(z.object({ rule: z.string(), count: num })),
      listed: z.array(z.object({ school_id: z.string(), school: z.string(), shortage: num, rules: z.array(z.string()) })),
    })
    .optional(),
});
const sectionSchema = z.object({
  stage: z.enum(['primary', 'junior']),
  students: num,
  indicators: z.array(z.object({ indicator: z.enum(['degree_per_100', 'backbone_per_100', 'arts_pe_per_100']), counts: pair, threshold: num })),
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
  // The 优质均衡 terms' parts came later: absent in a file written before them.
  terms: z.object({ shortage: pair, backbone_balance: pair, indicator_spread: pair.optional(), indicator_shortfall: pair.optional(), indicator_keep: pair.optional() }),
  county_backbone: pair,
  backbone_per_100: pair,
  backbone_per_100_needed: num,
  sections: z.array(sectionSchema).optional(),
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
/** A subject's posts and teachers before and after; the shortage before and after follow when they are not max(0, posts − teachers) (a two-section school sums its sections'). */
const subjectRow = z.union([z.tuple([str, num, num, num]), z.tuple([str, num, num, num, num, num])]);
const moverRow = z.tuple([at, at]);
const sectionRow = z.tuple([str, num, z.array(z.tuple([str, num, num, num]))]);
/** The school's terms: shortage and backbone balance before and after, then (files written since) [term, before, after] for each 优质均衡 term that is on. */
const schoolTermsRow = z.tuple([num, num, num, num], num);
/** A school's row (one line of the file). */
export const schoolRow = z.tuple([z.string(), z.string(), str, str, flag, num, flag, z.array(subjectRow), schoolTermsRow, pair, pair, z.union([pair, z.tuple([num, num, num, num])]), z.array(moverRow), z.array(moverRow), z.array(sectionRow).optional(), z.array(z.tuple([str, str, num, num, num])).optional()]);
const alternativeRow = z.tuple([at, num, z.array(num), z.array(str)]);
/** A move; a move from or to a school of two sections ends with the sections at both ends (null at a school of one); files written before end at the backbone flag. */
const moveRow = z.union([z.tuple([at, str, str, flag, num, flag, str, z.array(num), flag]), z.tuple([at, str, str, flag, num, flag, str, z.array(num), flag, str.nullable(), str.nullable()])]);
/**
 * A teacher's row (one line of the file). The move is null when a label or the barred list follows
 * without one, the label null when the barred list follows without one; files written before labels
 * end at the move, before barred lists at the label.
 */
export const teacherRow = z.tuple([z.string(), z.string(), str, str, at, str, str, str, num, z.array(alternativeRow), moveRow.nullable().optional(), z.tuple([str, str]).nullable().optional(), z.number().int().optional()]);
/** People the roster listed but the plan left out when reading it, of one kind (and one school outside the rotation, '' for none): [kind, school, [工号, …]]. */
export const leftOutRow = z.tuple([z.string(), z.string(), z.array(z.string())]);
export type LeftOutRow = z.infer<typeof leftOutRow>;
/** A list of short schools the rules bar teachers from: counts, [rule, schools it bars, …], and the most short of them, each with its shortage and rules. */
const barredRow = z.tuple([num, num, z.array(z.union([z.number(), z.string()])), z.array(z.tuple([at, num, z.array(str)]))]);

/** explain.json of the compact layout; `keys` (its own description) is not read. */
export const compactLayout = z.object({
  format: z.literal(2),
  about: text,
  files: z.record(z.string(), z.string()),
  relaxed: z.boolean(),
  above_bound: num.optional(),
  terms: z.record(z.string(), num),
  total: num,
  backbone_per_100_needed: num,
  term_names: z.array(z.string()),
  /** Subject key → its name in English outputs; files written before them, and a county writing its subjects in Chinese, have none. */
  subject_names: z.record(z.string(), z.string()).optional(),
  /** Short schools the rules bar teachers from, each list once (teachers point to them); files written before them, and a plan where no teacher is barred, have none. */
  barred: z.array(barredRow).optional(),
  /** People left out when the roster was read (explain-left-out.ts); a plan that left nobody out, and files written before, have none. */
  left_out: z.array(leftOutRow).optional(),
  /** How many ids left out the list's bound left off. */
  left_out_unlisted: num.optional(),
  strings: z.array(z.string()),
  schools: z.array(schoolRow),
  teachers: z.array(teacherRow),
});

/** explain.json of the compact layout, as its schema typed it. */
export type Compact = z.infer<typeof compactLayout>;

/** The compact layout's head: every field but the rows of schools and teachers (the lines that follow it). */
export const compactHead = compactLayout.omit({ schools: true, teachers: true });
export type CompactHead = z.infer<typeof compactHead>;
