import type { FileKind, InputIssue } from '../domain/types.js';
import { COLUMNS, findColumn, isIgnoredHeader, SCHOOL_IDENTIFIER_NAMES } from './columns.js';
import { normaliseHeader } from './normalise-header.js';

/** A known column found in a header row. */
export interface MatchedColumn {
  /** Canonical English name. */
  key: string;
  /** 0-based position in the row. */
  index: number;
  /** The header as the user wrote it (trimmed). */
  label: string;
}

/** How a header row reads as a file of one kind. */
export interface HeaderMatch {
  kind: FileKind;
  /** Canonical key → the first column with that meaning. */
  columns: Map<string, MatchedColumn>;
  /** Later columns that mean the same as an earlier one. */
  duplicates: { first: MatchedColumn; second: MatchedColumn }[];
  /** Canonical keys of required columns that are absent. */
  missing: string[];
  /** Headers as written that name no column of the kind (nor 身份证号, nor an empty cell), in order. */
  unused: string[];
}

/** Excel's column letter for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const IDENTIFIER = SCHOOL_IDENTIFIER_NAMES.map(normaliseHeader);

/**
 * Names a column of a kind is read by only where the sheet has no other name for it: a teachers
 * sheet's 学段, and any sheet's 学校标识码 (the national code), which beside 学校代码 (the county's
 * own) is not the school's code.
 */
const LOOSE: Partial<Record<FileKind, ReadonlySet<string>>> = {
  schools: new Set(IDENTIFIER),
  teachers: new Set(['学段', ...IDENTIFIER].map(normaliseHeader)),
  posts: new Set(IDENTIFIER),
  locks: new Set(IDENTIFIER),
  objections: new Set(IDENTIFIER),
};
export const loose = (kind: FileKind, label: string): boolean => LOOSE[kind]?.has(normaliseHeader(label)) === true;

/**
 * Where a loose name beside the column's own is read as another column rather than left unread:
 * a schools sheet's 学校标识码 beside its 学校代码 is each school's second code, which the other
 * sheets' codes may be written in (repair-ids.ts reads them by it).
 */
const SECOND: Partial<Record<FileKind, Readonly<Record<string, string>>>> = { schools: { school_id: 'school_identifier' } };

/** Reads a header row as a file of `kind`. Unknown and ignored (身份证号) headers are skipped. */
export function matchHeaders(header: readonly string[], kind: FileKind): HeaderMatch {
  const columns = new Map<string, MatchedColumn>();
  const duplicates: HeaderMatch['duplicates'] = [];
  const unused: string[] = [];
  header.forEach((cell, index) => {
    const label = cell.trim();
    if (label === '' || isIgnoredHeader(label)) return;
    const spec = findColumn(kind, label);
    if (!spec) {
      unused.push(label);
      return;
    }
    const found = { key: spec.key, index, label };
    const first = columns.get(spec.key);
    // A loose name beside the column's own (学段 beside 任教学段) is some other stage (the school's): not read.
    if (first && loose(kind, first.label) !== loose(kind, label)) {
      const [own, aside] = loose(kind, first.label) ? [found, first] : [first, found];
      columns.set(spec.key, own);
      const second = SECOND[kind]?.[spec.key];
      if (second !== undefined && !columns.has(second)) columns.set(second, { ...aside, key: second });
      else unused.push(aside.label);
    } else if (first) duplicates.push({ first, second: found });
    else columns.set(spec.key, found);
  });
  const missing = COLUMNS[kind].filter((c) => c.required && !columns.has(c.key) && !(c.orElse !== undefined && columns.has(c.orElse))).map((c) => c.key);
  return { kind, columns, duplicates, missing, unused };
}

/**
 * Issues of a header row: duplicate columns (at the header's row, naming both columns) and
 * missing required columns (whole-file).
 */
export function headerIssues(match: HeaderMatch, file: string, headerRow: number): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const { first, second } of match.duplicates) {
    const a = columnLetter(first.index);
    const b = columnLetter(second.index);
    issues.push({
      file,
      row: headerRow,
      column: second.label,
      zh: `第${a}列「${first.label}」与第${b}列「${second.label}」是同一列（${first.key}），只能保留一列`,
      en: `columns ${a} "${first.label}" and ${b} "${second.label}" both mean ${first.key}; keep only one`,
    });
  }
  for (const key of match.missing) {
    const spec = COLUMNS[match.kind].find((c) => c.key === key);
    const zh = spec?.zh ?? key;
    const other = spec?.orElse !== undefined ? COLUMNS[match.kind].find((c) => c.key === spec.orElse) : undefined;
    issues.push({
      file,
      column: zh,
      zh: other ? `缺少必需列「${zh}」（${key}）或「${other.zh}」（${other.key}）` : `缺少必需列「${zh}」（${key}）`,
      en: other ? `missing required column ${key} (${zh}) or ${other.key} (${other.zh})` : `missing required column ${key} (${zh})`,
    });
  }
  return issues;
}
