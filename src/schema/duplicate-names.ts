/**
 * Schools that share a name (学校名称): not an error (two villages may each have a 中心小学), but a
 * reader of the plan cannot tell them apart by name alone, so `validate` and `plan` say which rows
 * and codes share it; the plan files and tables show the code beside such names.
 */
import type { InputIssue, School } from '../domain/types.js';

/**
 * One warning per school whose name an earlier school (in file order) already has, at that later
 * row, naming every other row and code with the name. Names are compared as written, trimmed.
 *
 * @param label the header as the user wrote it in a file, for a canonical column name.
 */
export function duplicateNameWarnings(schools: readonly School[], label: (file: string, key: string) => string): InputIssue[] {
  const byName = new Map<string, School[]>();
  const inFileOrder = [...schools].sort((a, b) => (a.source.file === b.source.file ? a.source.row - b.source.row : a.source.file < b.source.file ? -1 : 1));
  for (const s of inFileOrder) {
    const name = s.name.trim();
    if (name === '') continue;
    byName.set(name, [...(byName.get(name) ?? []), s]);
  }
  const out: InputIssue[] = [];
  for (const [name, same] of byName) {
    for (const s of same.slice(1)) {
      const others = same.filter((o) => o !== s);
      const zh = others.map((o) => `${o.source.file === s.source.file ? '' : `${o.source.file} `}第${o.source.row}行（代码 ${o.id}）`).join('、');
      const en = others.map((o) => `${o.source.file === s.source.file ? '' : `${o.source.file} `}row ${o.source.row} (code ${o.id})`).join(', ');
      out.push({
        file: s.source.file,
        row: s.source.row,
        column: label(s.source.file, 'name'),
        zh: `学校名称「${name}」与${zh}重名, 本校代码 ${s.id}; 方案中此名旁都注明代码`,
        en: `the school name "${name}" is also that of ${en}; this school's code is ${s.id}, shown beside the name throughout the plan`,
      });
    }
  }
  return out;
}
