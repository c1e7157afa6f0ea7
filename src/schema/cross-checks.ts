/**
 * Checks that need more than one row or more than one file, as a list of named rules.
 * Each rule reads the merged rows and pushes issues; none throws, none stops the others.
 * An issue sits at the row that is wrong (for a repeat: the later row) and names the
 * other row involved.
 */
import { LOCK_TAIL, OBJECTION_TAIL, leftOutText } from '../domain/left-out-text.js';
import type { Text } from '../domain/text.js';
import type { InputIssue, LeftOutTeacher, Lock, Objection, PolicyEntry, Post, School, Source, Teacher } from '../domain/types.js';
import { columnSpec } from './columns.js';
import { nameAsId, objectionNameIssues } from './objection-names.js';
import { nameAsCode } from './school-names.js';
import { showEn, showZh } from './show-value.js';

/** Everything the rules look at. */
export interface CrossInput {
  schools: readonly School[];
  teachers: readonly Teacher[];
  posts: readonly Post[];
  locks: readonly Lock[];
  policy: readonly PolicyEntry[];
  /** Objections of the 公示; the upheld ones are among `locks` too (and checked there). */
  objections?: readonly Objection[];
  /** School ids of every schools record whose id is valid, valid row or not, in file order. */
  schoolIds: readonly { id: string; source: Source }[];
  /** Teacher ids of every teachers record whose id is valid, valid row or not, in file order. */
  teacherIds: readonly { id: string; source: Source }[];
  /**
   * Whether references to schools (teachers) can be checked: false when no such file was
   * given or one could not be read to its end, so that one missing file does not turn into
   * an "unknown school" on every row.
   */
  complete: { schools: boolean; teachers: boolean };
  /** The roster's people left out when read (代课, 退休 …), by 工号: a row naming one is told why it is no teacher's. */
  leftOut?: ReadonlyMap<string, LeftOutTeacher>;
  /** The header as the user wrote it in `file` for a canonical column. */
  label(file: string, key: string): string;
  /** Whether `file` has the canonical column `key` at all. */
  has(file: string, key: string): boolean;
  /**
   * For a policy file given with `--policy`, its place among them (1, 2, …): its rows are read after
   * the inputs' and win; 0 (or absent) for a file among the inputs.
   */
  policyRank?(file: string): number;
}

/** A named cross-file rule. */
export interface CrossCheck {
  name: string;
  check(input: CrossInput): InputIssue[];
}

/** `teachers.csv 第3行` / `row 3 of teachers.csv`, or just the row within the same file. */
function where(other: Source, here: Source): { zh: string; en: string } {
  // A posts table with a column per subject gives a row several items: the same subject twice (语文 under 小学 and under 初中, read without their stage) is on one row.
  if (other.file === here.file && other.row === here.row) return { zh: '本行另一列', en: 'another column of this row' };
  return other.file === here.file
    ? { zh: `第${other.row}行`, en: `row ${other.row}` }
    : { zh: ` ${other.file} 第${other.row}行`, en: `row ${other.row} of ${other.file}` };
}

function at(input: CrossInput, source: Source, key: string, zh: string, en: string): InputIssue {
  return { file: source.file, row: source.row, column: input.label(source.file, key), zh, en };
}

/**
 * A 工号 that is no teacher's; where it is a teacher's name, the message says whose and the 工号 to
 * write; where the roster listed it but it was left out when read, why (followed by `tail`).
 */
function unknownTeacher(input: CrossInput, source: Source, id: string, tail: Text): InputIssue {
  const left = input.leftOut?.get(id);
  if (left !== undefined) {
    const why = leftOutText(id, left.kind, left.school ?? '', tail);
    return at(input, source, 'teacher_id', why.zh, why.en);
  }
  const named = nameAsId(id, input.teachers);
  return at(input, source, 'teacher_id', `工号${showZh(id)}不在教师表中${named?.zh ?? ''}`, `teacher_id ${showEn(id)} is not in the teachers file${named?.en ?? ''}`);
}

function repeats<T>(items: readonly T[], keyOf: (t: T) => string, sourceOf: (t: T) => Source): [T, Source, Source][] {
  const first = new Map<string, Source>();
  const out: [T, Source, Source][] = [];
  for (const item of items) {
    const k = keyOf(item);
    const seen = first.get(k);
    if (seen) out.push([item, seen, sourceOf(item)]);
    else first.set(k, sourceOf(item));
  }
  return out;
}

/**
 * The files of two rows or more of which every row repeats an id of one earlier file (the same table
 * given twice, under another name): file → that earlier file. Their rows are reported once, as the file.
 */
function copiedFiles(ids: CrossInput['schoolIds'], reps: readonly [unknown, Source, Source][]): Map<string, string> {
  const rows = new Map<string, number>();
  for (const x of ids) rows.set(x.source.file, (rows.get(x.source.file) ?? 0) + 1);
  const from = new Map<string, Set<string>>();
  const repeated = new Map<string, number>();
  for (const [, first, here] of reps) {
    from.set(here.file, (from.get(here.file) ?? new Set<string>()).add(first.file));
    repeated.set(here.file, (repeated.get(here.file) ?? 0) + 1);
  }
  const copies = new Map<string, string>();
  for (const [file, earlier] of from) {
    const [only] = earlier;
    const n = repeated.get(file) ?? 0;
    if (earlier.size === 1 && only !== undefined && only !== file && n >= 2 && n === rows.get(file)) copies.set(file, only);
  }
  return copies;
}

function duplicateIds(kind: 'schools' | 'teachers', key: string, pick: (i: CrossInput) => CrossInput['schoolIds']): CrossCheck {
  const zhName = columnSpec(kind, key).zh;
  return {
    name: `unique-${key}`,
    check: (input) => {
      const reps = repeats(pick(input), (x) => x.id, (x) => x.source);
      const copies = copiedFiles(pick(input), reps);
      const whole = [...copies].map(([file, other]): InputIssue => {
        const n = reps.filter(([, , here]) => here.file === file).length;
        return { file, zh: `全部 ${n} 行的${zhName}都已在 ${other} 中: 同一张表给了两次（${other} 的副本?）, 请只保留一个`, en: `every one of its ${n} rows repeats a ${key} of ${other}: the same table given twice (a copy of ${other}?); keep one` };
      });
      const rows = reps
        .filter(([, , here]) => !copies.has(here.file))
        .map(([x, first, here]) => {
          const w = where(first, here);
          return at(input, here, key, `${zhName}${showZh(x.id)}重复，与${w.zh}相同`, `duplicate ${key} ${showEn(x.id)}, also on ${w.en}`);
        });
      return [...whole, ...rows];
    },
  };
}

function schoolExists(rowsOf: (i: CrossInput) => readonly { schoolId?: string; schoolColumn?: 'to_school_id'; source: Source }[]): CrossCheck['check'] {
  return (input) => {
    if (!input.complete.schools) return [];
    const known = new Set(input.schoolIds.map((s) => s.id));
    return rowsOf(input)
      .filter((r) => r.schoolId !== undefined && !known.has(r.schoolId))
      .map((r) => {
        const key = r.schoolColumn ?? 'school_id';
        const named = nameAsCode(r.schoolId ?? '', input.schools);
        return at(input, r.source, key, `学校代码${showZh(r.schoolId ?? '')}不在学校表中${named?.zh ?? ''}`, `${key} ${showEn(r.schoolId ?? '')} is not in the schools file${named?.en ?? ''}`);
      });
  };
}

const ACTION_ZH: Readonly<Record<Lock['action'], string>> = { stay: '留任', move: '调往', forbid: '禁止' };

function describe(lock: Lock): { zh: string; en: string } {
  const s = lock.schoolId ?? '';
  return lock.action === 'stay' ? { zh: '留任', en: 'stay' } : { zh: `${ACTION_ZH[lock.action]} ${s}`, en: `${lock.action} ${s}` };
}

function contradicts(a: Lock, b: Lock): boolean {
  const pair = new Set([a.action, b.action]);
  if (pair.has('stay') && pair.has('move')) return true;
  if (a.action === 'move' && b.action === 'move') return a.schoolId !== b.schoolId;
  return pair.has('move') && pair.has('forbid') && a.schoolId === b.schoolId;
}

/** The rules, in the order their issues are produced (the final list is sorted anyway). */
export const CROSS_CHECKS: readonly CrossCheck[] = [
  duplicateIds('schools', 'school_id', (i) => i.schoolIds),
  duplicateIds('teachers', 'teacher_id', (i) => i.teacherIds),
  { name: 'teacher-school-exists', check: schoolExists((i) => i.teachers) },
  { name: 'post-school-exists', check: schoolExists((i) => i.posts) },
  { name: 'lock-school-exists', check: schoolExists((i) => i.locks) },
  {
    name: 'exchange-home-school-exists',
    check: (input) => {
      if (!input.complete.schools) return [];
      const known = new Set(input.schoolIds.map((s) => s.id));
      return input.teachers
        .filter((t) => t.exchangeHomeSchool !== undefined && !known.has(t.exchangeHomeSchool))
        .map((t) => at(input, t.source, 'exchange_home_school', `交流原学校代码${showZh(t.exchangeHomeSchool ?? '')}不在学校表中`, `exchange_home_school ${showEn(t.exchangeHomeSchool ?? '')} is not in the schools file`));
    },
  },
  {
    name: 'unique-post',
    check: (input) =>
      repeats(input.posts, (p) => `${p.schoolId}\u0000${p.subject}\u0000${p.section ?? ''}`, (p) => p.source).map(([p, first, here]) => {
        const w = where(first, here);
        return at(input, here, 'subject', `学校${showZh(p.schoolId)}的学科${showZh(p.subjectLabel)}重复，与${w.zh}相同`, `school ${showEn(p.schoolId)} lists subject ${showEn(p.subjectLabel)} twice, also on ${w.en}`);
      }),
  },
  {
    name: 'lock-teacher-exists',
    check: (input) => {
      if (!input.complete.teachers) return [];
      const known = new Set(input.teacherIds.map((t) => t.id));
      return input.locks.filter((l) => !known.has(l.teacherId)).map((l) => unknownTeacher(input, l.source, l.teacherId, LOCK_TAIL));
    },
  },
  {
    // An upheld objection is a lock and checked as one; a rejected one must still name a teacher of the county.
    name: 'objection-teacher-exists',
    check: (input) => {
      if (!input.complete.teachers) return [];
      const known = new Set(input.teacherIds.map((t) => t.id));
      return (input.objections ?? []).filter((o) => o.decision === 'rejected' && !known.has(o.teacherId)).map((o) => unknownTeacher(input, o.source, o.teacherId, OBJECTION_TAIL));
    },
  },
  { name: 'objection-name-matches', check: (input) => objectionNameIssues(input.teachers, input.objections ?? [], input.label) },
  {
    name: 'locks-agree',
    check: (input) => {
      const issues: InputIssue[] = [];
      const earlier = new Map<string, Lock[]>();
      for (const lock of input.locks) {
        const before = earlier.get(lock.teacherId) ?? [];
        const other = before.find((b) => contradicts(b, lock));
        if (other) {
          const [w, a, b] = [where(other.source, lock.source), describe(other), describe(lock)];
          // A plan's list (assignments.csv …) has no 操作 column: its lock is its 交流学校代码.
          const column = input.has(lock.source.file, 'action') ? 'action' : (lock.schoolColumn ?? 'school_id');
          issues.push(at(input, lock.source, column, `与${w.zh}的锁定矛盾（${a.zh} 与 ${b.zh}）`, `contradicts the lock on ${w.en} (${a.en} vs ${b.en})`));
        }
        earlier.set(lock.teacherId, [...before, lock]);
      }
      return issues;
    },
  },
  {
    // A 禁止 of the teacher's own school forbids nothing: its 学校代码 was where the teacher is, in a file that gave the decision's school elsewhere.
    name: 'lock-school-elsewhere',
    check: (input) => {
      const schoolOf = new Map(input.teachers.map((t) => [t.id, t.schoolId]));
      return input.locks
        .filter((l) => l.action !== 'stay' && l.schoolId === schoolOf.get(l.teacherId))
        .map((l) =>
          l.action === 'move'
            ? at(input, l.source, l.schoolColumn ?? 'school_id', `调往的学校${showZh(l.schoolId ?? '')}就是该教师现在的学校`, `moves the teacher to ${showEn(l.schoolId ?? '')}, the school he or she is at already`)
            : at(input, l.source, l.schoolColumn ?? 'school_id', `禁止调往的学校${showZh(l.schoolId ?? '')}就是该教师现在的学校, 禁止不了什么: 禁止的学校应写在「交流学校代码」列（「学校代码」列写教师所在学校时）`, `forbids ${showEn(l.schoolId ?? '')}, the school the teacher is at already, which rules out nothing: write the school to forbid under 交流学校代码 (to_school_id) where 学校代码 says where the teacher is`),
        );
    },
  },
  {
    name: 'preferences-exist',
    check: (input) => {
      if (!input.complete.schools) return [];
      const known = new Set(input.schoolIds.map((s) => s.id));
      return input.teachers.flatMap((t) => {
        const unknown = t.preferences.filter((p) => !known.has(p));
        if (unknown.length === 0) return [];
        const zh = unknown.map(showZh).join('、');
        const en = unknown.map(showEn).join(', ');
        const enText = unknown.length === 1 ? `preferred school ${en} is not in the schools file` : `preferred schools ${en} are not in the schools file`;
        return [at(input, t.source, 'preferences', `志愿学校${zh}不在学校表中`, enText)];
      });
    },
  },
  {
    // A key twice in one file, or in two files among the inputs, is a slip; a --policy file is read after them and wins (later settings win).
    name: 'unique-policy-key',
    check: (input) => {
      const rank = (file: string): number => input.policyRank?.(file) ?? 0;
      const group = (p: PolicyEntry): string => (rank(p.source.file) === 0 ? '' : p.source.file);
      return repeats(input.policy, (p) => `${group(p)}\u0000${p.key}`, (p) => p.source).map(([p, first, here]) => {
        const w = where(first, here);
        return at(input, here, 'key', `参数${showZh(p.key)}重复，与${w.zh}相同`, `parameter ${showEn(p.key)} is set twice, also on ${w.en}`);
      });
    },
  },
];
