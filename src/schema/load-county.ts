/**
 * The input stage: file paths → a checked County, or every problem in every file.
 */
import type { County, FileKind, InputIssue, Lock, Objection, PolicyEntry, Post, Result, School, Teacher } from '../domain/types.js';
import { basename, resolve } from 'node:path';
import type { FileBytes } from '../input/read-bytes.js';
import type { MAX_ISSUES_PER_FILE } from '../input/limits.js';
import { COLUMNS } from './columns.js';
import { CROSS_CHECKS } from './cross-checks.js';
import { SECTION_CHECKS } from './section-checks.js';
import { kindName } from './detect-kind.js';
import { duplicateNameWarnings } from './duplicate-names.js';
import { compareIssues } from './format-issue.js';
import { append } from './append.js';
import { limitIssues } from './limit-issues.js';
import { nearMissSheets } from './near-miss-sheets.js';
import { readInputFile, type LoadedFile } from './read-input-file.js';
import { repairIds } from './repair-ids.js';
import { objectionLock, unappliedActions } from './rows/objection-row.js';
import { repeatedObjections } from './repeated-objections.js';
import { gbkNameWarnings } from './objection-names.js';
import { withNameHints } from './unnumbered-objections.js';
import { withoutRepeatedPlanLocks } from './repeated-locks.js';
import { codesByName, readSchoolNames } from './school-names.js';
import { severalSubjectsWarnings } from './several-subjects.js';
import { overQuotaWarnings } from './quota-check.js';
import { postlessSchoolWarnings } from './postless-schools.js';
import { readSheetSchools } from './school-of-sheet.js';
import { sortCounty } from './sort-county.js';
import { outsideLockIssues, withoutOutsideSchools } from './outside-schools.js';
import { showPath } from '../safe/show-path.js';
import { spacedPaths, spacedPathText } from '../input/meant-path.js';

function ofKind<K extends FileKind>(files: readonly LoadedFile[], kind: K) {
  return files.filter((f) => f.info?.kind === kind);
}

/** The valid rows of all files, merged kind by kind in the order the files were given. */
function mergeRows(files: readonly LoadedFile[]) {
  const rows = { schools: [] as School[], teachers: [] as Teacher[], posts: [] as Post[], locks: [] as Lock[], policy: [] as PolicyEntry[], objections: [] as Objection[] };
  for (const { content: c } of files) {
    if (c?.kind === 'schools') append(rows.schools, c.items);
    else if (c?.kind === 'teachers') append(rows.teachers, c.items);
    else if (c?.kind === 'posts') append(rows.posts, c.items);
    else if (c?.kind === 'locks') append(rows.locks, c.items);
    else if (c?.kind === 'policy') append(rows.policy, c.items);
    else if (c?.kind === 'objections') append(rows.objections, c.items);
  }
  return rows;
}

/**
 * Issues of the set of files: a required kind absent, two files of one kind that do not fit, same
 * names. `explained`: kinds a sheet passed over was evidently of, whose absence its issue tells.
 * `unread`: a path given was not read (cut at its spaces), and may be the kind missing.
 */
function fileSetIssues(files: readonly LoadedFile[], explained: ReadonlySet<FileKind>, unread: boolean): InputIssue[] {
  const issues: InputIssue[] = [];
  // A file given but not recognised (empty, damaged, unknown headers), or a path cut at its spaces
  // (`unread`), may be the missing kind, and its own issue says why it was not read: "no teachers
  // file" before it would mislead.
  const unrecognised = unread || files.some((f) => !f.info && f.issues.length > 0);
  for (const kind of ['schools', 'teachers'] as const) {
    if (unrecognised || explained.has(kind) || ofKind(files, kind).length > 0) continue;
    const k = kindName(kind);
    const needs = COLUMNS[kind].filter((c) => c.required);
    issues.push({
      file: '',
      zh: `缺少${k.zh}（表头含 ${needs.map((c) => c.zh).join('、')} 的CSV文件或工作表）`,
      en: `no ${k.en} file was given (a CSV file or worksheet with the headers ${needs.map((c) => c.key).join(', ')})`,
    });
  }
  // A locks row stands alone (a locks file's 操作 and 学校代码, or a plan's list's 交流学校代码): a
  // locks file and an edited assignments.csv or principals.csv go together. So does an objections
  // row: each round's file is given again beside the next (异议.csv 异议2.csv), and a round's form
  // may add a 处理说明 or drop the 姓名. A table of schools, teachers or posts split over files must
  // have the same columns, or some rows lack values.
  for (const kind of (Object.keys(COLUMNS) as FileKind[]).filter((k) => k !== 'locks' && k !== 'objections')) {
    // Files whose rows could not be read at all have been reported already.
    const [first, ...rest] = ofKind(files, kind).filter((f) => f.content);
    if (!first) continue;
    for (const other of rest) {
      const extra = [...other.labels.keys()].filter((k) => !first.labels.has(k)).sort();
      const lacking = [...first.labels.keys()].filter((k) => !other.labels.has(k)).sort();
      if (extra.length === 0 && lacking.length === 0) continue;
      const zhOf = (keys: string[]) => keys.map((k) => COLUMNS[kind].find((c) => c.key === k)?.zh ?? k).join('、');
      const zh = [extra.length ? `多出 ${zhOf(extra)}` : '', lacking.length ? `缺少 ${zhOf(lacking)}` : ''].filter(Boolean).join('，');
      const en = [extra.length ? `extra ${extra.join(', ')}` : '', lacking.length ? `missing ${lacking.join(', ')}` : ''].filter(Boolean).join('; ');
      issues.push({
        file: other.name,
        zh: `与同类文件 ${first.name} 的列不一致（${zh}），无法合并`,
        en: `its columns differ from ${first.name}, a file of the same kind (${en}), so the two cannot be merged`,
      });
    }
  }
  const seen = new Map<string, string>();
  for (const f of files) {
    const earlier = seen.get(f.name);
    // The same file twice was read once (see loadCounty): these are two different files.
    if (earlier !== undefined) {
      issues.push({ file: f.name, zh: `有两个同名输入文件（${showPath(earlier)} 与 ${showPath(f.path)}），请改名`, en: `two input files share this name (${showPath(earlier)} and ${showPath(f.path)}); rename one` });
    }
    seen.set(f.name, f.path);
  }
  for (const f of files) {
    const kind = f.info?.kind;
    // A posts file with no rows would leave every school without posts: surely not meant.
    // Only when nothing was refused on the way: a file whose one row is ragged has a data row.
    if ((kind === 'schools' || kind === 'teachers' || kind === 'posts') && f.records === 0 && f.content && f.complete) {
      issues.push({ file: f.name, zh: `${kindName(kind).zh}没有数据行（只有表头）`, en: `the ${kindName(kind).en} file has no data rows, only the header` });
    }
  }
  return issues;
}

/**
 * Reads and checks every input file. Collects every problem in every file (bad cells,
 * headers, unknown kinds, missing schools or teachers file, duplicate ids, references to
 * unknown schools or teachers, contradictory locks, …) before returning. Several files
 * of one kind are merged. Never throws on bad input, only on a programming error.
 *
 * Issues come sorted (file, row, column), at most {@link MAX_ISSUES_PER_FILE} per file
 * plus a count of the rest.
 *
 * On success the county's lists are sorted (schools and teachers by id, posts by school
 * and subject, locks by teacher, policy by key), so row order in the files changes nothing
 * but `source`. `posts` is null when no posts file was given.
 *
 * @param paths files as given on the command line, in that order (also the order of `files`).
 * @param bytesOf how to read a file (tests may pass their own).
 * @param laterPolicy the paths among `paths` given with --policy, in order: their rows apply after
 *   the other policy files' and win over them (a key repeated within one file, or among the other
 *   files, is still an issue).
 */
export async function loadCounty(paths: readonly string[], bytesOf?: (p: string) => Promise<FileBytes>, laterPolicy: readonly string[] = []): Promise<Result<County>> {
  // A file given twice is read once (and reported once), not as a second file of repeats.
  // Found with a map, in one pass: ten thousand inputs cost no more than reading them.
  const firstOf = new Map<string, number>();
  const once: string[] = [];
  const repeats: string[] = [];
  // A path with spaces typed without quotes is one issue that says to quote it, not one "no such file" per word.
  const spaced = spacedPaths(paths);
  const cut = new Set(spaced.flatMap((r) => Array.from({ length: r.count }, (_, k) => r.from + k)));
  for (const [i, p] of paths.entries()) {
    if (cut.has(i)) continue;
    const key = resolve(p);
    if (firstOf.has(key)) repeats.push(p);
    else {
      firstOf.set(key, i);
      once.push(p);
    }
  }
  const files = (await Promise.all(once.map((p) => readInputFile(p, bytesOf)))).flat();
  const issues = files.flatMap((f) => f.issues);
  for (const run of spaced) issues.push({ file: showPath(run.path), ...spacedPathText(run) });
  // A workbook's sheet passed over that is evidently a table lacking a column: its diagnosis.
  const near = nearMissSheets(files);
  append(issues, near.issues);
  append(issues, fileSetIssues(files, near.kinds, spaced.length > 0));
  for (const p of repeats) {
    const name = showPath(basename(p));
    issues.push({ file: name, zh: `此文件被指定了两次（${showPath(p)}）`, en: `this file was given twice (${showPath(p)})` });
  }
  const idsOf = (kind: FileKind) =>
    ofKind(files, kind).flatMap((f) => f.ids.map(({ id, row, identifier }) => ({ id, source: { file: f.name, row }, ...(identifier !== undefined && { identifier }) })));
  const isComplete = (kind: FileKind) => ofKind(files, kind).length > 0 && ofKind(files, kind).every((f) => f.complete);
  const labels = new Map(files.map((f) => [f.name, f.labels]));
  const postFiles = ofKind(files, 'posts');
  // The --policy files, in their order: their rows come after the inputs' and win.
  const later = laterPolicy.map((p) => resolve(p));
  const rankOf = new Map(files.map((f) => [f.name, later.indexOf(resolve(f.path)) + 1]));
  const policyRank = (file: string): number => rankOf.get(file) ?? 0;
  const ids = {
    policyRank,
    schoolIds: idsOf('schools'),
    teacherIds: idsOf('teachers'),
    label: (file: string, key: string) => labels.get(file)?.get(key) ?? key,
    has: (file: string, key: string) => labels.get(file)?.has(key) ?? false,
    complete: { schools: isComplete('schools'), teachers: isComplete('teachers') },
  };
  const given = mergeRows(files);
  // Teachers and posts of a school outside the rotation (幼儿园, 特殊教育学校, 中职) go with it: not "unknown school".
  const outside = withoutOutsideSchools(files, given.teachers, given.posts);
  const rows = { ...given, teachers: [...outside.teachers], posts: [...outside.posts] };
  // Teachers whose row names the school (学校名称) instead of its code get the code first.
  const namedIn = new Set(files.filter((f) => f.schoolNames === true).map((f) => f.name));
  const named = readSchoolNames({ teachers: rows.teachers, schools: rows.schools, namedIn, complete: ids.complete.schools, label: ids.label });
  append(issues, named.issues);
  // A school's own roster with no school column: the school its file, sheet or title names.
  const sheetTexts = new Map(files.flatMap((f) => (f.sheetSchoolTexts ? [[f.name, f.sheetSchoolTexts] as const] : [])));
  const ofSheet = readSheetSchools(named.teachers, rows.schools, sheetTexts);
  append(issues, ofSheet.issues);
  const merged = { ...rows, teachers: ofSheet.teachers };
  // A school row with a bad cell is still the school its codes (学校代码, 学校标识码) name: its teachers are not "unknown school" too.
  const repaired = repairIds({ ...merged, ...ids });
  append(issues, repaired.issues);
  // A code that is no school's (another system's), beside a name that is one school's, is that school.
  const coded = codesByName(repaired.teachers, merged.schools);
  // An upheld objection's decision is a lock like any other: checked, applied and traced as one.
  const objectionLocks = repaired.objections.flatMap((o) => objectionLock(o) ?? []);
  const draft = { ...merged, teachers: coded.teachers, posts: repaired.posts, locks: [...repaired.locks, ...objectionLocks], objections: repaired.objections };
  // A lock or objection naming someone left out when read (代课, 退休 …) is told why, not "unknown".
  const readOut = files.flatMap((f) => f.leftOut ?? []);
  const cross = { ...draft, ...ids, ...(readOut.length > 0 && { leftOut: new Map(readOut.map((t) => [t.id, t] as const)) }) };
  // A cell whose id matched several known ids is reported once, as that, not also as unknown.
  const at = (i: InputIssue) => `${i.file}\u0000${i.row ?? ''}\u0000${i.column ?? ''}`;
  // Nor is a school name that is no school's (or several) also an unknown code.
  const ambiguous = new Set([...repaired.issues, ...named.issues].map(at));
  for (const rule of [...CROSS_CHECKS, ...SECTION_CHECKS]) append(issues, rule.check(cross).filter((i) => !ambiguous.has(at(i))));
  append(issues, outsideLockIssues(draft.locks, outside.left, ids.label));
  if (issues.length > 0) {
    // An objection with a 姓名 but no 工号: its blank 工号 is told which teachers the name is.
    const unnumbered = new Map(files.flatMap((f) => (f.unnumbered ? [[f.name, f.unnumbered] as const] : [])));
    const idless = files.flatMap((f) => f.idless ?? []);
    const told = withNameHints(issues, unnumbered, { teachers: draft.teachers, schools: draft.schools, complete: ids.complete.teachers && ids.teacherIds.length === draft.teachers.length, ...(cross.leftOut !== undefined && { leftOut: cross.leftOut }) }, ids.label, idless);
    return { ok: false, issues: limitIssues(told.sort(compareIssues)) };
  }
  const infos = files.flatMap((f) => (f.info ? [f.info] : []));
  const lang = infos.find((i) => i.kind === 'teachers')?.lang ?? 'en';
  const warnings = [...files.flatMap((f) => f.warnings ?? []), ...(outside.warning ? [outside.warning] : []), ...near.warnings, ...repaired.warnings, ...coded.warnings, ...ofSheet.warnings, ...severalSubjectsWarnings(draft.teachers), ...overQuotaWarnings(draft.schools, postFiles.length > 0 ? draft.posts : null), ...postlessSchoolWarnings(draft.schools, draft.teachers, postFiles.length > 0 ? draft.posts : null), ...duplicateNameWarnings(draft.schools, ids.label), ...unappliedActions(draft.objections, ids.label), ...repeatedObjections(draft.objections, ids.label), ...gbkNameWarnings(draft.teachers, draft.objections ?? [], ids.label)].sort(compareIssues);
  const { objections, ...rest } = draft;
  // Who was left out when read, by id and why (with the school outside the rotation): rotate explain tells a clerk.
  const leftOut = [...readOut, ...[...outside.left].map(([id, s]) => ({ id, kind: s.stage, school: s.name || s.id }))];
  const county: County = { ...rest, ...(ofKind(files, 'objections').length > 0 && { objections }), posts: postFiles.length > 0 ? draft.posts : null, files: infos, lang, ...(warnings.length > 0 && { warnings }), ...(leftOut.length > 0 && { leftOut }) };
  const sorted = sortCounty(county);
  // Sorted by key within the inputs, then each --policy file's rows in turn (a stable sort): the order they apply in.
  const policy = [...sorted.policy].sort((a, b) => policyRank(a.source.file) - policyRank(b.source.file));
  return { ok: true, value: { ...sorted, policy, locks: withoutRepeatedPlanLocks(sorted.locks) } };
}
