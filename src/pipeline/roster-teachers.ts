/**
 * `rotate roster --teachers FILE`: the teachers file the plan was made from, read for the roster's
 * person columns (性别, 出生年月, 学历, 职称). The file must be one the plan's summary.json records
 * as its teachers input, by SHA-256: the roster goes to the province with these columns as facts,
 * so a file edited since, last year's or another county's is refused (nothing written), as the
 * roster refuses a plan folder edited since it was written. Every exchanged teacher must be found.
 */
import { countEn, plural } from '../domain/plural.js';
import type { InputIssue, Teacher } from '../domain/types.js';
import type { MoveRow } from '../plan-folder/assignments-file.js';
import { PERSON_COLUMNS, personFacts, type PersonColumn, type PersonFacts, type RosterPeople } from '../plan-folder/roster-person.js';
import { readInputFile } from '../schema/read-input-file.js';
import { showPath } from '../safe/show-path.js';

/** A teachers input as the plan's summary.json records it. */
export interface RecordedInput {
  kind: string;
  file: string;
  sha256: string;
}

/** The columns of the teachers file, as canonical keys, that fill each person column. */
const SOURCES: Readonly<Record<PersonColumn, readonly string[]>> = { gender: ['gender'], birth: ['birth_date', 'birth_year'], degree: ['degree'], title: ['title'] };

const shortSha = (sha: string): string => `${sha.slice(0, 12)}…`;

/** The teachers files the plan records, for messages: `教师.csv (SHA-256 98185b77c1d8…)`. */
function recordedList(recorded: readonly RecordedInput[]): { zh: string; en: string } {
  if (recorded.length === 0) return { zh: '方案未记录教师表', en: 'the plan records no teachers file' };
  const list = recorded.map((r) => `${showPath(r.file)}（SHA-256 ${shortSha(r.sha256)}）`).join('、');
  return { zh: `方案的 summary.json 记录的教师表: ${list}`, en: `the plan's summary.json records ${recorded.map((r) => `${showPath(r.file)} (SHA-256 ${shortSha(r.sha256)})`).join(', ')}` };
}

/**
 * Reads `paths` and returns the person columns of the exchanged teachers `moves`, or every reason
 * not to: a file unreadable or of no teachers, not the plan's teachers file, a mover not in it.
 */
export async function rosterPeople(paths: readonly string[], inputs: readonly RecordedInput[], moves: readonly MoveRow[]): Promise<{ ok: true; value: RosterPeople; files: string[] } | { ok: false; issues: InputIssue[] }> {
  const recorded = inputs.filter((i) => i.kind === 'teachers');
  const hashes = new Set(recorded.map((r) => r.sha256));
  const issues: InputIssue[] = [];
  const teachers: Teacher[] = [];
  const given = new Set<string>();
  const columns = new Set<PersonColumn>();
  const files: string[] = [];
  for (const path of paths) {
    const tables = await readInputFile(path);
    const file = showPath(path);
    const read = tables.filter((t) => t.info?.kind === 'teachers');
    if (read.length === 0) {
      const own = tables.flatMap((t) => t.issues);
      issues.push(...(own.length > 0 ? own.map((i) => ({ ...i, file: i.file === '' ? file : i.file })) : [{ file, zh: '--teachers 须是教师表（表头含 工号、姓名 …）, 此文件不是', en: '--teachers must be a teachers file (headers teacher_id, name …); this file is not one' }]));
      continue;
    }
    const sha = read[0]?.info?.sha256 ?? '';
    if (!hashes.has(sha)) {
      const r = recordedList(recorded);
      issues.push({
        file,
        zh: `不是制定此方案所用的教师表（此文件 SHA-256 ${shortSha(sha)}; ${r.zh}）。花名册上报的性别、出生年月、学历、职称须取自制定方案的教师表: 请给出该文件, 或用此教师表重新制定方案`,
        en: `not the teachers file this plan was made from (this file's SHA-256 ${shortSha(sha)}; ${r.en}). The gender, birth month, degree and title the roster reports must come from the plan's teachers file: give that file, or plan again with this one`,
      });
      continue;
    }
    for (const t of read) {
      issues.push(...t.issues);
      if (t.content?.kind === 'teachers') teachers.push(...t.content.items);
      for (const c of PERSON_COLUMNS) if (SOURCES[c].some((k) => t.labels.has(k))) columns.add(c);
    }
    given.add(sha);
    files.push(file);
  }
  if (issues.length > 0) return { ok: false, issues };
  const byId = new Map(teachers.map((t) => [t.id, t]));
  const missing = moves.filter((m) => !byId.has(m.teacher_id));
  if (missing.length > 0) {
    const others = recorded.filter((r) => !given.has(r.sha256)).map((r) => showPath(r.file));
    const ids = missing.slice(0, 5).map((m) => m.teacher_id).join('、') + (missing.length > 5 ? ' …' : '');
    return {
      ok: false,
      issues: [{
        file: files.join(', '),
        zh: `交流教师 ${missing.length} 人不在所给的教师表中（工号 ${ids}）${others.length > 0 ? `; 方案的教师表还有 ${others.join('、')}, 请一并用 --teachers 给出` : ''}`,
        en: `${countEn(missing.length, 'exchanged teacher')} ${plural(missing.length, 'is', 'are')} not in the teachers file given (teacher_id ${ids.replace(/、/gu, ', ')})${others.length > 0 ? `; the plan's teachers files also include ${others.join(', ')}: give it with --teachers too` : ''}`,
      }],
    };
  }
  const facts = new Map<string, PersonFacts>();
  for (const m of moves) {
    const t = byId.get(m.teacher_id);
    if (t) facts.set(m.teacher_id, personFacts(t));
  }
  return { ok: true, value: { columns: PERSON_COLUMNS.filter((c) => columns.has(c)), facts }, files };
}

