import type { FileKind, InputIssue } from '../domain/types.js';
import { canonicalKey, columnSpec } from './columns.js';
import { hasHan } from './normalise-header.js';
import { matchHeaders, type HeaderMatch } from './match-headers.js';
import { safe } from './show-value.js';
import { ownOutputIssue } from './own-outputs.js';
import { garbledHeaderIssue } from './garbled-header.js';

/**
 * What a header row must contain to be read as each kind: every column of `all`, and at
 * least one of `any` when given. A file's kind comes from its headers, never its name.
 */
export const KIND_SIGNATURES: Readonly<Record<FileKind, { all: readonly string[]; any?: readonly string[] }>> = {
  teachers: { all: ['teacher_id', 'subject'], any: ['years_at_school', 'joined_school'] },
  schools: { all: ['school_id'], any: ['stage', 'area', 'students', 'urban_rural_code'] },
  posts: { all: ['school_id', 'subject', 'posts'] },
  locks: { all: ['teacher_id'], any: ['action', 'to_school_id'] },
  policy: { all: ['key', 'value'] },
  objections: { all: ['teacher_id', 'decision'] },
};

/** Header cells quoted in a message about an unknown kind of file. */
const MAX_SHOWN = 12;

const KINDS: readonly FileKind[] = ['teachers', 'schools', 'posts', 'locks', 'policy', 'objections'];

const KIND_NAMES: Readonly<Record<FileKind, { zh: string; en: string }>> = {
  teachers: { zh: '教师表', en: 'teachers' },
  schools: { zh: '学校表', en: 'schools' },
  posts: { zh: '岗位表', en: 'posts' },
  locks: { zh: '锁定表', en: 'locks' },
  policy: { zh: '参数表', en: 'policy' },
  objections: { zh: '异议表', en: 'objections' },
};

function fits(match: HeaderMatch): boolean {
  const sig = KIND_SIGNATURES[match.kind];
  return sig.all.every((k) => match.columns.has(k)) && (!sig.any || sig.any.some((k) => match.columns.has(k)));
}

/** What a kind needs, in words: `工号 + 任教学科 + 本校任教年限` / `teacher_id + subject + years_at_school`. */
function needs(kind: FileKind): { zh: string; en: string } {
  const sig = KIND_SIGNATURES[kind];
  const zh = sig.all.map((k) => columnSpec(kind, k).zh).join(' + ');
  const en = sig.all.join(' + ');
  if (!sig.any) return { zh, en };
  return {
    zh: `${zh} + (${sig.any.map((k) => columnSpec(kind, k).zh).join('/')} 之一)`,
    en: `${en} + one of ${sig.any.join('/')}`,
  };
}

/**
 * The objections.csv a plan wrote (what each objection did, with 类别, 调整后交流学校代码 and 异议表行号)
 * has 工号 and 处理结果 and would be read as an objections file, its knock-on rows failing one by one:
 * given back (as the next round's template), it is named as what it is, once.
 */
function objectionsReportIssue(header: readonly string[], file: string): InputIssue | null {
  const cells = new Set(header.map((h) => h.trim()));
  const zh = cells.has('调整后交流学校代码') && cells.has('异议表行号');
  const en = cells.has('after_to_school_id') && cells.has('source_row');
  if (!zh && !en) return null;
  return {
    file,
    zh: '这是 rotate plan 写出的异议处理结果（objections.csv）, 不是异议表: 请给出县里的异议表（工号, 处理结果, 操作, 学校代码; 上一轮同意的异议仍要执行的, 也写在其中）',
    en: "this is the objections.csv a plan wrote (what the objections did), not an objections file: give the bureau's objections file (teacher_id, decision, action, school_id; with the upheld objections of earlier rounds that must still hold)",
  };
}

/** A header row that is evidently a kind's but lacks a required column of it: the kind and how many of its columns it has. */
export interface NearKind {
  kind: FileKind;
  known: number;
}

/**
 * The kind of a file from its header row, with the header read as that kind; or an issue
 * listing the headers found and what each kind needs (and, where the headers are evidently one
 * kind's but lack a required column, that kind as `near`). When the headers fit two kinds, the
 * kind with more recognised columns wins; a tie is an error.
 */
export function detectKind(
  header: readonly string[],
  file: string,
): { ok: true; match: HeaderMatch } | { ok: false; issue: InputIssue; near?: NearKind } {
  const report = objectionsReportIssue(header, file);
  if (report) return { ok: false, issue: report };
  const matches = KINDS.map((kind) => matchHeaders(header, kind));
  const candidates = matches.filter(fits);
  candidates.sort((a, b) => b.columns.size - a.columns.size);
  const [best, second] = candidates;
  if (best && (!second || second.columns.size < best.columns.size)) return { ok: true, match: best };
  const own = ownOutputIssue(header);
  if (own) return { ok: false, issue: { file, ...own } };
  const garbled = garbledHeaderIssue(header, file);
  if (garbled) return { ok: false, issue: garbled };
  const cells = header.map((h) => h.trim()).filter((h) => h !== '');
  const zhNeeds = KINDS.map((k) => `${KIND_NAMES[k].zh}需 ${needs(k).zh}`).join('；');
  const enNeeds = KINDS.map((k) => `${KIND_NAMES[k].en} needs ${needs(k).en}`).join('; ');
  // A file without a header row has a data row here (names, ID numbers): it is not quoted.
  if (cells.length > 0 && !cells.some((c) => canonicalKey(c) !== undefined) && cells.some((c) => /\d/u.test(c))) {
    return {
      ok: false,
      issue: {
        file,
        zh: `第一行没有可识别的列名，像是数据而不是表头：文件是否缺少表头行？${zhNeeds}`,
        en: `the first row has no known column name and looks like data, not headers: does the file lack its header row? ${enNeeds}`,
      },
    };
  }
  const all = cells.map(safe);
  const found = all.slice(0, MAX_SHOWN);
  const more = all.length > MAX_SHOWN ? { zh: `等${all.length}列`, en: `, … (${all.length} in all)` } : { zh: '', en: '' };
  const foundZh = found.length ? found.map((h) => `「${h}」`).join('') + more.zh : '（无）';
  const foundEn = found.length ? found.map((h) => `"${h}"`).join(', ') + more.en : '(none)';
  if (best && second) {
    const [a, b] = [KIND_NAMES[best.kind], KIND_NAMES[second.kind]];
    return {
      ok: false,
      issue: {
        file,
        zh: `表头同时符合${a.zh}和${b.zh}，无法判断文件类型；找到的列: ${foundZh}`,
        en: `the headers fit both a ${a.en} file and a ${b.en} file; headers found: ${foundEn}`,
      },
    };
  }
  const near = nearestKind(matches);
  if (near) {
    return {
      ok: false,
      near: { kind: near.kind, known: near.known },
      issue: {
        file,
        zh: `看起来是${KIND_NAMES[near.kind].zh}（识别出 ${near.known} 列）, 但缺少必需列${near.missing.zh}；找到的列: ${foundZh}`,
        en: `looks like ${/^[aeiou]/u.test(KIND_NAMES[near.kind].en) ? 'an' : 'a'} ${KIND_NAMES[near.kind].en} file (${near.known} columns recognised) but lacks ${near.missing.en}; headers found: ${foundEn}`,
      },
    };
  }
  return {
    ok: false,
    issue: {
      file,
      zh: `无法从表头判断文件类型。找到的列: ${foundZh}。${zhNeeds}`,
      en: `cannot tell what kind of file this is from its headers. Headers found: ${foundEn}. ${enNeeds}`,
    },
  };
}

/**
 * What to put in a required column a file of the kind often lacks: the national system's export
 * of a roster has no 工号 (its key is the ID number, which this tool never reads).
 */
const MISSING_HINTS: Readonly<Record<string, { zh: string; en: string }>> = {
  'teachers.teacher_id': {
    zh: '（每名教师一个不重复的编号: 教职工号或县里统一编的编号均可, 锁定、异议和 rotate explain 都按它; 不要用身份证号）',
    en: ' (one distinct number per teacher: the staff number or one the county gives; locks, objections and rotate explain name teachers by it; not the ID number)',
  },
};

/** A file this many recognised columns of one kind, and more than of any other, is taken to be that kind when it names what is missing. */
const NEAR_COLUMNS = 3;

/**
 * The kind a header row that fits none evidently is, from its match as each kind (most recognised columns, at least
 * {@link NEAR_COLUMNS}, more than any other kind), and the required columns it lacks, named in both
 * languages: a teachers file whose 任教学科 is headed 教学工作内容 lacks 「任教学科」(subject).
 */
function nearestKind(matches: readonly HeaderMatch[]): { kind: FileKind; known: number; missing: { zh: string; en: string } } | undefined {
  const ranked = [...matches].sort((a, b) => b.columns.size - a.columns.size);
  const [best, second] = ranked;
  if (!best || best.columns.size < NEAR_COLUMNS || (second && second.columns.size >= best.columns.size)) return undefined;
  const sig = KIND_SIGNATURES[best.kind];
  const zh: string[] = [];
  const en: string[] = [];
  for (const k of sig.all.filter((c) => !best.columns.has(c))) {
    const hint = MISSING_HINTS[`${best.kind}.${k}`];
    zh.push(`「${columnSpec(best.kind, k).zh}」${hint?.zh ?? ''}`);
    en.push(`the required column "${columnSpec(best.kind, k).zh}" (${k})${hint?.en ?? ''}`);
  }
  if (sig.any && !sig.any.some((k) => best.columns.has(k))) {
    zh.push(`${sig.any.map((k) => `「${columnSpec(best.kind, k).zh}」`).join('或')}之一`);
    en.push(`one of the columns ${sig.any.map((k) => `"${columnSpec(best.kind, k).zh}" (${k})`).join(' or ')}`);
  }
  return zh.length === 0 ? undefined : { kind: best.kind, known: best.columns.size, missing: { zh: zh.join('、'), en: en.join(', ') } };
}

/** Whether a kind as written (summary.json's `kind`) is one this version reads. */
export function isFileKind(kind: string): kind is FileKind {
  return (KINDS as readonly string[]).includes(kind);
}

/** The kind's name in both languages (`教师表` / `teachers`), for messages. */
export function kindName(kind: FileKind): { zh: string; en: string } {
  return KIND_NAMES[kind];
}

/** Language of a file: 'zh' when more than half of its recognised headers are Chinese, otherwise 'en'. */
export function headerLang(match: HeaderMatch): 'zh' | 'en' {
  const labels = [...match.columns.values()].map((c) => c.label);
  const zh = labels.filter(hasHan).length;
  return zh * 2 > labels.length ? 'zh' : 'en';
}
