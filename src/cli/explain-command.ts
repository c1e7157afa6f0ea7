import { join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { EXPLAIN_FILE, readExplain, type ExplainFile } from '../plan-folder/explain-file.js';
import { readPlanFolder, type PlanFolder } from '../plan-folder/read-folder.js';
import { asWritten } from '../plan-folder/edited-files.js';
import { explainRowsOf } from '../plan-folder/explain-lines.js';
import { MANIFEST } from '../output/write-folder.js';
import { decode } from '../input/decode.js';
import { schoolExplainText, teacherExplainText } from '../text/explain-text.js';
import type { Text } from '../plan/reasons.js';
import { looseId } from '../schema/repair-ids.js';
import { leftOutLoose, leftOutOf } from '../plan-folder/explain-left-out.js';
import { leftOutText } from '../domain/left-out-text.js';

export type ExplainOutcome =
  | { kind: 'answered'; lines: string[]; warnings: string[] }
  | { kind: 'bad-input'; issues: InputIssue[] }
  | { kind: 'not-found'; message: Text };

/** Every table whose SHA-256 explain.json records (principals.csv since the principals' list): read when there, for their SHA-256 only. */
const TABLES = ['assignments.csv', 'schools.csv', 'teachers.csv', 'principals.csv'];

const unreadableExplain: InputIssue = { file: 'explain.json', zh: 'explain.json 无法读取（不是 rotate plan 写出的文件？）', en: 'explain.json cannot be read (not written by rotate plan?)' };

/**
 * `rotate explain PLAN_DIR ID`: the decision about one teacher or one school, read from the plan's
 * explain.json only (written with the plan, so the answer matches the plan exactly). ID is a 工号
 * or 学校代码, or a name that one teacher (or, failing that, one school) has; a name several teachers
 * share lists them with their schools. A table edited after the plan was written is named in a warning.
 */
export async function runExplain(dir: string, id: string): Promise<ExplainOutcome> {
  const read = await readPlanFolder(dir, [EXPLAIN_FILE], [...TABLES, MANIFEST], [EXPLAIN_FILE, ...TABLES]);
  if (!read.ok) return { kind: 'bad-input', issues: read.issues };
  const key = id.trim();
  const parsed = answerRows(read.value, key) ?? readExplain(decode(read.value.bytes.get(EXPLAIN_FILE) ?? new Uint8Array()).text, join(dir, EXPLAIN_FILE));
  if (!parsed.ok) return { kind: 'bad-input', issues: parsed.issues };
  const e = parsed.value;
  const warnings: string[] = e.relaxed ? ['注意: 此方案放宽了相互冲突的硬性规则（--relax）, 目标值不含放宽的代价 / note: this plan relaxes hard rules that conflict (--relax); the objective here leaves out the cost of relaxing'] : [];
  for (const [name, sha] of Object.entries(e.files)) {
    if (read.value.sha256.get(name) !== sha) {
      warnings.push(`注意: ${name} 在方案写出后被修改或删除, 以下解释对应写出时的方案 / note: ${name} was changed or removed after the plan was written; this explains the plan as written`);
    }
  }
  try {
    // By id first; else a clerk asks by the name he or she knows: one teacher or one school of that name is the answer.
    for (const same of [(x: { id: string }) => x.id === key, (x: { name: string }) => x.name === key]) {
      const teachers = e.teachers.filter(same);
      const [teacher] = teachers;
      if (teachers.length === 1 && teacher) return { kind: 'answered', lines: teacherExplainText(teacher, e.about, e.aboveBound, e.subjectNames), warnings };
      if (teachers.length > 1) {
        const schoolName = new Map(e.schools.map((s) => [s.id, s.name]));
        const who = teachers.map((t) => `${t.id} ${t.name}（${schoolName.get(t.school_id) ?? t.school_id}）`);
        return { kind: 'not-found', message: { zh: `「${key}」是 ${teachers.length} 名教师的姓名, 请用工号: ${who.join('、')}`, en: `"${key}" is the name of ${teachers.length} teachers; give the teacher_id: ${who.join(', ')}` } };
      }
      const schools = e.schools.filter(same);
      const [school] = schools;
      if (schools.length === 1 && school) return { kind: 'answered', lines: schoolExplainText(school, e.teachers, e.subjectNames), warnings };
      if (schools.length > 1) {
        const which = schools.map((s) => `${s.id} ${s.name}`);
        return { kind: 'not-found', message: { zh: `「${key}」是 ${schools.length} 所学校的名称, 请用学校代码: ${which.join('、')}`, en: `"${key}" is the name of ${schools.length} schools; give the school_id: ${which.join(', ')}` } };
      }
    }
    // Someone the roster listed but the plan left out when reading it: why.
    const left = leftOutOf(e.leftOut, key);
    if (left) return { kind: 'not-found', message: leftOutText(key, left.kind, left.school) };
    const loose = looseAnswer(e, key, warnings);
    if (loose) return loose;
  } catch {
    // A crafted or damaged file that parsed but lacks what the answer needs: a message, not a crash.
    return { kind: 'bad-input', issues: [unreadableExplain] };
  }
  const near = [...e.teachers.map((t) => `${t.id} ${t.name}`), ...e.schools.map((s) => `${s.id} ${s.name}`)].filter((x) => x.includes(key)).slice(0, 5);
  const hint = near.length > 0 ? { zh: `; 相近的: ${near.join('、')}`, en: `; close: ${near.join(', ')}` } : { zh: '', en: '' };
  // Beyond the bound of the list kept of those left out when the roster was read, this one may be one of them.
  const unlisted = e.leftOutUnlisted ?? 0;
  const more = unlisted > 0 ? { zh: `; 读入教师名单时另有 ${unlisted} 人被略去, 未逐一记下`, en: `; ${unlisted} more left out when the roster was read are not listed one by one` } : { zh: '', en: '' };
  return { kind: 'not-found', message: { zh: `方案中没有工号或学校代码「${key}」${hint.zh}${more.zh}`, en: `no teacher or school "${key}" in the plan${hint.en}${more.en}` } };
}

/**
 * The rows of explain.json the answer about `key` is made of, read from their lines alone
 * (explain-lines.ts): every teacher and school whose id or name is `key`, a school's teachers, the
 * schools of those teachers, and the head's list of those left out when the roster was read; so
 * the answer is the one the whole file gives. Only from the bytes
 * `rotate plan` wrote, as its manifest records them: an edited file, or one of a folder without a
 * manifest, is read whole and every row checked. A key that is no id or name (an id a spreadsheet
 * changed, part of a name) is looked up among all: undefined, and the file is read whole.
 */
function answerRows(folder: PlanFolder, key: string): { ok: true; value: ExplainFile } | undefined {
  const bytes = folder.bytes.get(EXPLAIN_FILE);
  if (bytes === undefined || !asWritten(folder, EXPLAIN_FILE)) return undefined;
  const e = explainRowsOf(bytes, key, join(folder.dir, EXPLAIN_FILE));
  const named = (x: { id: string; name: string }): boolean => x.id === key || x.name === key;
  return e && (e.teachers.some(named) || e.schools.some(named) || leftOutOf(e.leftOut, key) !== undefined) ? { ok: true, value: e } : undefined;
}

/**
 * An id a spreadsheet changed, as the clerk reads it off assignments.csv opened in Excel (`1` for
 * `000001`, a formula guard `'` before it): the one teacher or school it matches once the zeros
 * and guards are set aside is the answer, with a note, as the input files read such an id; several
 * are listed. Undefined when it matches none.
 */
function looseAnswer(e: ExplainFile, key: string, warnings: readonly string[]): ExplainOutcome | undefined {
  const k = looseId(key);
  const teachers = e.teachers.filter((t) => looseId(t.id) === k);
  const schools = e.schools.filter((s) => looseId(s.id) === k);
  // Someone left out when the roster was read, asked about by the id a spreadsheet shows.
  const left = leftOutLoose(e.leftOut, key);
  const [teacher] = teachers;
  const [school] = schools;
  const lost = { zh: '开头的0被去掉了? 表格软件把编号当作数字保存时会这样', en: 'were its leading zeros lost? a spreadsheet drops them when it saves ids as numbers' };
  const note = (kindZh: string, kindEn: string, id: string, name: string): string =>
    `注意: 方案中没有工号或学校代码「${key}」, 按${kindZh}「${id}」（${name}）解释（${lost.zh}） / note: no teacher or school "${key}" in the plan; explained as ${kindEn} "${id}" (${name}): ${lost.en}`;
  if (teachers.length + schools.length === 1) {
    if (teacher) return { kind: 'answered', lines: teacherExplainText(teacher, e.about, e.aboveBound, e.subjectNames), warnings: [...warnings, note('工号', 'teacher_id', teacher.id, teacher.name)] };
    if (school) return { kind: 'answered', lines: schoolExplainText(school, e.teachers, e.subjectNames), warnings: [...warnings, note('学校代码', 'school_id', school.id, school.name)] };
  }
  const [gone] = left;
  if (teachers.length + schools.length === 0 && left.length === 1 && gone) {
    const why = leftOutText(gone.id, gone.kind, gone.school);
    return { kind: 'not-found', message: { zh: `${why.zh}（「${key}」按工号「${gone.id}」查: ${lost.zh}）`, en: `${why.en} ("${key}" read as teacher_id "${gone.id}": ${lost.en})` } };
  }
  if (teachers.length + schools.length + left.length === 0) return undefined;
  const which = [...[...teachers, ...schools].map((x) => `${x.id} ${x.name}`), ...left.map((x) => x.id)];
  return { kind: 'not-found', message: { zh: `方案中没有工号或学校代码「${key}」; 去掉开头的0后与 ${which.join('、')} 都一致, 请写完整的编号`, en: `no teacher or school "${key}" in the plan; once leading zeros are set aside it matches ${which.join(', ')}: give the whole id` } };
}
