/**
 * A template's instructions sheet (填表说明) often shows an example of the table to fill: a 示例
 * line, the header, one made-up row. Read, it was a second table of its kind, refused for columns
 * unlike the real sheet's or an id the real sheet has. Such a sheet, told by its name or by a
 * 示例 title over its table, is passed over where another sheet of the workbook holds a table of
 * the same kind, with a warning naming both; alone it is read, as any sheet is.
 */
import type { InputIssue } from '../domain/types.js';
import type { SheetText } from '../input/sheet-text.js';
import { kindName } from './detect-kind.js';
import type { FoundHeader } from './find-header.js';

/** A sheet's name that says it holds instructions or an example (填表说明, 示例, 样表 …). */
const INSTRUCTIONS_NAME = /说明|示例|样例|范例|样表|例表|须知|填报要求|填表要求|instruction|example|sample|readme/iu;

/** A title line over a table that says it is an example (示例：, 样例, 填写范例 …). */
const EXAMPLE_TITLE = /示例|样例|范例|样表|例表|填写举例|^例[：:]|^example|^sample/iu;

interface Headed {
  sheet: SheetText;
  found: FoundHeader;
}

/** True for a sheet whose name, or a title line over its table, says it shows instructions or an example. */
function isExample({ sheet, found }: Headed): boolean {
  if (INSTRUCTIONS_NAME.test(sheet.name)) return true;
  const titles = sheet.rows.slice(0, found.headerRow - 1).flatMap((r) => r.map((c) => c.trim()).filter((c) => c !== ''));
  return titles.some((t) => EXAMPLE_TITLE.test(t));
}

/**
 * The sheets to read, and the warnings of those passed over: an example sheet whose table is of a
 * kind a sheet not marked so also holds. `label` names a sheet in messages.
 */
export function passOverExamples<T extends Headed>(headed: readonly T[], label: (sheet: string) => string): { read: T[]; warnings: InputIssue[] } {
  const plain = headed.filter((h) => !isExample(h));
  const warnings: InputIssue[] = [];
  const read = headed.filter((h) => {
    if (plain.includes(h)) return true;
    const other = plain.find((p) => p.found.match.kind === h.found.match.kind);
    if (other === undefined) return true;
    const kind = kindName(h.found.match.kind);
    warnings.push({
      file: label(h.sheet.name),
      zh: `说明或示例工作表中的表未读取（其表头像${kind.zh}, 本工作簿的「${other.sheet.name}」工作表已有${kind.zh}）`,
      en: `an instructions or example sheet: its table was not read (its header reads as a ${kind.en} table, and the workbook's sheet "${other.sheet.name}" holds the ${kind.en} table)`,
    });
    return false;
  });
  return { read, warnings };
}
