/**
 * An objection names its teacher twice: by 工号 and, where the bureau's form has the column, by
 * 姓名. The 工号 is typed by hand from a letter or a phone call; one digit wrong and the decision
 * (a 留任, a 禁止) would be applied to another teacher without a word. Where the 姓名 is given and
 * is not the name of the 工号's teacher, the row is refused, naming both and the 工号 the 姓名 is.
 */
import type { InputIssue, Objection, Teacher } from '../domain/types.js';
import { showEn, showZh } from './show-value.js';
import { lostInGbk } from '../input/gbk-garbled.js';

/** A person's name compared: width, case, spaces (full-width ones too) and the middle dot (written as ·, •, ・ or . or left out) ignored. */
export const personKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, '')
    .replace(/[·•‧・.．]/gu, '');

/** Whether a typed 姓名 is the teacher's name with a `?` for each character a GBK file cannot hold (𠮷, saved by Excel in an ANSI CSV). */
const gbkName = (typed: string, name: string): boolean => lostInGbk(personKey(typed), personKey(name));

/** One issue per objection whose 姓名 is not its teacher's name (unknown teachers are reported elsewhere). */
export function objectionNameIssues(teachers: readonly Teacher[], objections: readonly Objection[], label: (file: string, key: string) => string): InputIssue[] {
  // No objection names a teacher (no objections file, the usual run): no map of the county's names is made.
  if (!objections.some((o) => o.name !== undefined)) return [];
  const byId = new Map(teachers.map((t) => [t.id, t]));
  const idsOf = new Map<string, string[]>();
  for (const t of teachers) idsOf.set(personKey(t.name), [...(idsOf.get(personKey(t.name)) ?? []), t.id]);
  return objections.flatMap((o) => {
    const t = byId.get(o.teacherId);
    if (o.name === undefined || t === undefined || personKey(o.name) === personKey(t.name) || gbkName(o.name, t.name)) return [];
    const named = idsOf.get(personKey(o.name)) ?? [];
    const zhIs = named.length > 0 ? `（${showZh(o.name)}的工号是 ${named.join('、')}）` : '';
    const enIs = named.length > 0 ? `; ${showEn(o.name)} is ${named.join(', ')}` : '';
    return [
      {
        file: o.source.file,
        row: o.source.row,
        column: label(o.source.file, 'name'),
        zh: `姓名${showZh(o.name)}与工号${showZh(o.teacherId)}的教师${showZh(t.name)}不符${zhIs}; 请核对工号`,
        en: `${showEn(o.name)} is not the name of teacher ${showEn(o.teacherId)} (${showEn(t.name)}${enIs}): check the teacher_id`,
      },
    ];
  });
}

/**
 * `; 「王芳」是教师姓名, 其工号是 T1` to add to an unknown 工号 that is a teacher's name (typed
 * where the 工号 goes, in a locks or objections file), or null.
 */
export function nameAsId(value: string, teachers: readonly Teacher[]): { zh: string; en: string } | null {
  const ids = teachers.filter((t) => personKey(t.name) === personKey(value)).map((t) => t.id);
  if (ids.length === 0) return null;
  return { zh: `; ${showZh(value)}是教师姓名, 其工号是 ${ids.join('、')}`, en: `; ${showEn(value)} is the name of teacher ${ids.join(', ')}` };
}

/** A note for each objection whose 姓名 matched only with such `?`s, so that the clerk knows the file lost characters. */
export function gbkNameWarnings(teachers: readonly Teacher[], objections: readonly Objection[], label: (file: string, key: string) => string): InputIssue[] {
  if (!objections.some((o) => o.name !== undefined && personKey(o.name).includes('?'))) return [];
  const byId = new Map(teachers.map((t) => [t.id, t]));
  return objections.flatMap((o) => {
    const t = byId.get(o.teacherId);
    if (o.name === undefined || t === undefined || !gbkName(o.name, t.name)) return [];
    return [
      {
        file: o.source.file,
        row: o.source.row,
        column: label(o.source.file, 'name'),
        zh: `注意: 姓名${showZh(o.name)}按工号${showZh(o.teacherId)}的教师${showZh(t.name)}读取: 「?」处是 GBK 编码存不下的字, 文件在 Excel 中存为“CSV（逗号分隔）”时丢失了; 存为“CSV UTF-8（逗号分隔）”或工作簿可保留`,
        en: `note: ${showEn(o.name)} read as teacher ${showEn(o.teacherId)} (${showEn(t.name)}): each ? is a character GBK cannot hold, lost when Excel saved the file as CSV (comma delimited); save it as CSV UTF-8 or as a workbook to keep it`,
      },
    ];
  });
}
