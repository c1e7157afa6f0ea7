/**
 * `rotate roster PLAN_DIR [-o DIR]` as one function: read the plan folder (its assignments.csv and
 * the policy its summary.json recorded) → the term and the roster's two values (the plan's policy,
 * then `--set`) → with `--teachers`, each exchanged teacher's 性别, 出生年月, 学历, 职称 from the plan's
 * teachers file (roster-teachers.ts) → write the roster folder whole (a CSV file and a workbook), never over a folder
 * the user did not ask to replace, never into or over the plan folder.
 */
import { join, relative, resolve, isAbsolute, sep } from 'node:path';
import { resolvePolicy, type Policy, type PolicySetting } from '../domain/policy.js';
import { subjectKey } from '../domain/subjects.js';
import { exchangeTerm, type Term } from '../domain/term.js';
import type { InputIssue, Lang } from '../domain/types.js';
import { lockFolder } from '../output/folder-lock.js';
import { checkFolder, holdsEarlierOutput, MANIFEST, outputTarget, recoverFolder, writeFolderAtomically } from '../output/write-folder.js';
import { editedFiles, editedPlanIssues } from '../plan-folder/edited-files.js';
import { ASSIGNMENTS_FILE, readAssignments, type MoveRow } from '../plan-folder/assignments-file.js';
import { readPlanFolder } from '../plan-folder/read-folder.js';
import { ROSTER_NAME, rosterCsv, rosterXlsx, type RosterTerms } from '../plan-folder/roster-file.js';
import { parseSummary, SUMMARY_FILE } from '../plan-folder/summary-file.js';
import { rosterPeople } from './roster-teachers.js';
import { showPath } from '../safe/show-path.js';


/** The parameters a roster reads: from the plan's summary.json, and the ones `--set` may change. */
export const ROSTER_KEYS = ['plan.year', 'plan.cutoff', 'eligibility.term_years', 'roster.exchange_type', 'roster.transfer_personnel'] as const;

export interface RosterOptions {
  planDir: string;
  /** The roster folder (default `roster`). */
  outDir: string;
  sets: readonly PolicySetting[];
  force: boolean;
  /** `--teachers`: the plan's teachers file(s), for 性别, 出生年月, 学历, 职称; none: the roster has no such columns. */
  teachers?: readonly string[];
}

export type RosterOutcome =
  | { kind: 'written'; dir: string; files: string[]; moves: number; term: Term; lang: Lang; roster: RosterTerms; warnings: InputIssue[]; replaced: boolean; teacherFiles: { given: string[]; recorded: string[] } }
  | { kind: 'bad-input'; issues: InputIssue[] };

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The policy of the roster: the values the plan recorded, then `--set` (only the roster's keys). */
function rosterPolicy(recorded: Readonly<Record<string, string>>, sets: readonly PolicySetting[], file: string, currentYear: number): { ok: true; value: Policy } | { ok: false; issues: InputIssue[] } {
  const keys: readonly string[] = ROSTER_KEYS;
  const foreign = sets.filter((s) => !keys.includes(s.key.trim()));
  if (foreign.length > 0) {
    return {
      ok: false,
      issues: foreign.map((s) => ({ file: `--set ${s.key.trim()}`, zh: `rotate roster 只接受这些参数: ${ROSTER_KEYS.join(', ')}`, en: `rotate roster takes only these parameters: ${ROSTER_KEYS.join(', ')}` })),
    };
  }
  const fromPlan = ROSTER_KEYS.flatMap((k) => (recorded[k] !== undefined && recorded[k] !== '' ? [{ key: k, value: recorded[k] ?? '', file }] : []));
  return resolvePolicy([...fromPlan, ...sets], currentYear, subjectKey);
}

/** The roster's output folder may be neither the plan folder, nor inside it, nor hold it. */
function placeIssue(planDir: string, outDir: string): InputIssue | null {
  const [plan, out] = [resolve(planDir), resolve(outDir)];
  if (!within(out, plan) && !within(plan, out)) return null;
  return {
    file: showPath(outDir),
    zh: `花名册文件夹不能是方案文件夹 ${showPath(planDir)}、在其中或包含它（方案文件夹只保存 rotate plan 写出的文件）；请用 -o 另选文件夹`,
    en: `the roster folder may not be the plan folder ${showPath(planDir)}, lie inside it or hold it (a plan folder holds only what rotate plan wrote); choose another folder with -o`,
  };
}

/**
 * Writes the roster of the plan in `planDir`: one row per move of its assignments.csv, headers in
 * the plan's language, the term from the cut-off date and term years the plan was made with.
 */
export async function runRoster(opts: RosterOptions, currentYear: number, tag: string): Promise<RosterOutcome> {
  const place = placeIssue(opts.planDir, opts.outDir);
  if (place) return { kind: 'bad-input', issues: [place] };
  const read = await readPlanFolder(opts.planDir, [ASSIGNMENTS_FILE, SUMMARY_FILE], [MANIFEST]);
  if (!read.ok) return { kind: 'bad-input', issues: read.issues };
  // The roster goes to the national system: it must be the plan that was checked, not one edited since.
  const edited = editedFiles(read.value);
  if (edited.length > 0) return { kind: 'bad-input', issues: editedPlanIssues(opts.planDir, edited, { verb: '写花名册', noun: '花名册', en: 'roster' }) };
  const summaryFile = join(opts.planDir, SUMMARY_FILE);
  const a = readAssignments(read.value.text.get(ASSIGNMENTS_FILE) ?? '', join(opts.planDir, ASSIGNMENTS_FILE));
  const s = parseSummary(read.value.text.get(SUMMARY_FILE) ?? '', summaryFile);
  if (!a.ok || !s.ok) return { kind: 'bad-input', issues: [...(a.ok ? [] : a.issues), ...(s.ok ? [] : s.issues)] };
  const policy = rosterPolicy(s.value.policy, opts.sets, showPath(summaryFile), currentYear);
  if (!policy.ok) return { kind: 'bad-input', issues: policy.issues };
  const p = policy.value;
  const term = exchangeTerm(p.cutoff, p.termYears);
  const lang = a.value.lang;
  const moves: MoveRow[] = [...a.value.rows].sort((x, y) => (x.teacher_id < y.teacher_id ? -1 : x.teacher_id > y.teacher_id ? 1 : 0));
  const given = opts.teachers ?? [];
  const people = given.length > 0 ? await rosterPeople(given, s.value.inputs, moves) : null;
  if (people && !people.ok) return { kind: 'bad-input', issues: people.issues };
  const roster: RosterTerms = { term, exchangeType: p.roster.exchangeType, transferPersonnel: p.roster.transferPersonnel, ...(people && { people: people.value }) };
  const teacherFiles = { given: people ? people.files : [], recorded: s.value.inputs.filter((i) => i.kind === 'teachers').map((i) => showPath(i.file)) };
  const base = ROSTER_NAME[lang];
  const files = [
    { name: `${base}.csv`, content: rosterCsv(moves, lang, roster) },
    { name: `${base}.xlsx`, content: await rosterXlsx(moves, lang, roster) },
  ];
  const release = await lockFolder(await outputTarget(opts.outDir), tag);
  let replaced = false;
  try {
    await recoverFolder(opts.outDir);
    replaced = await holdsEarlierOutput(opts.outDir);
    const c = await checkFolder(opts.outDir, { force: opts.force, inputs: [join(opts.planDir, ASSIGNMENTS_FILE)], kind: 'roster' });
    if (!c.ok) return { kind: 'bad-input', issues: [{ file: '', output: true, zh: c.zh, en: c.en }] };
    await writeFolderAtomically(opts.outDir, files, tag, 'roster');
  } finally {
    await release();
  }
  // A plan that relaxed conflicting hard rules (--relax) is reported as it is, but not silently (as publish says it).
  const warnings: InputIssue[] = s.value.relaxed
    ? [{ file: showPath(opts.planDir), zh: '注意: 此方案放宽了相互冲突的硬性规则（--relax）, 上报前请确认', en: 'note: this plan relaxes hard rules that conflict (--relax); check it before reporting it' }]
    : [];
  return { kind: 'written', dir: opts.outDir, files: files.map((f) => f.name), moves: moves.length, term, lang, roster, warnings, replaced, teacherFiles };
}
