/**
 * Sheets of a workbook that were passed over although their header is evidently a kind's: a
 * national-system export with 身份证件号 and no 工号 beside recognised 学校 and 岗位 sheets. It was
 * passed over in silence, and the run then said only 缺少教师表, while the same sheet alone got a
 * precise diagnosis. Where no table of that kind was read, the sheet's diagnosis is the error (in
 * place of 缺少教师表); where one was (another sheet or file), it is a warning, since such a sheet
 * may be a county's summary beside its roster, yet may as well be one school's roster whose
 * teachers would otherwise go missing without a word.
 */
import type { FileKind, InputIssue } from '../domain/types.js';
import { kindName } from './detect-kind.js';
import type { LoadedFile } from './loaded-file.js';

/** The errors of near-miss sheets whose kind no file gives, the warnings of the others, and the kinds the errors stand for. */
export function nearMissSheets(files: readonly LoadedFile[]): { issues: InputIssue[]; warnings: InputIssue[]; kinds: Set<FileKind> } {
  const read = new Set(files.flatMap((f) => f.info?.kind ?? []));
  const out = { issues: [] as InputIssue[], warnings: [] as InputIssue[], kinds: new Set<FileKind>() };
  for (const { kind, issue } of files.flatMap((f) => f.nearMisses ?? [])) {
    if (!read.has(kind)) {
      out.issues.push(issue);
      out.kinds.add(kind);
      continue;
    }
    const k = kindName(kind);
    out.warnings.push({ ...issue, zh: `此工作表未读取（${k.zh}已从别处读入）: ${issue.zh}`, en: `this sheet was not read (a ${k.en} table was read elsewhere): ${issue.en}` });
  }
  return out;
}
