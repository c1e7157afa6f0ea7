import type { InputIssue } from '../domain/types.js';
import { groupDigits, MAX_ISSUES_PER_FILE } from '../input/limits.js';

/**
 * At most `max` issues per file (issues already in order), the rest counted in one whole-file
 * issue that sorts first for that file. A file with every row wrong (a column shifted, the
 * wrong file) would otherwise print tens of thousands of lines; the first hundred say what is
 * wrong. Issues of the whole input (no file) are all kept.
 */
export function limitIssues(sorted: readonly InputIssue[], max: number = MAX_ISSUES_PER_FILE): InputIssue[] {
  const count = new Map<string, number>();
  for (const i of sorted) if (i.file !== '') count.set(i.file, (count.get(i.file) ?? 0) + 1);
  const shown = new Map<string, number>();
  const out: InputIssue[] = [];
  for (const issue of sorted) {
    const total = count.get(issue.file) ?? 0;
    if (issue.file === '' || total <= max) {
      out.push(issue);
      continue;
    }
    const n = shown.get(issue.file) ?? 0;
    if (n === 0) {
      const t = groupDigits(total);
      out.push({
        file: issue.file,
        zh: `此文件共有${t}个问题，以下只列出前${max}个`,
        en: `this file has ${t} problems; the first ${max} are listed`,
      });
    }
    if (n < max) out.push(issue);
    shown.set(issue.file, n + 1);
  }
  return out;
}
