/**
 * Eligible teachers whose nearness to retirement (DOMAIN.md "Retirement") the input does not let
 * the tool check: no 出生年月 or 出生年份 at all, or no 性别 where a woman of that birth would be
 * exempt. Each is counted as not exempt, and the reason says so (retirementUnchecked); the county
 * is told once per file and kind with the rows, so that a teacher due to retire is not rotated for a
 * blank cell. A file in which no teacher has a birth (the column left out of the export) is told so
 * in one line, not by a list of every eligible teacher's row.
 */
import { eligibility } from './eligibility.js';
import { countEn, plural } from './plural.js';
import type { Policy } from './policy.js';
import { retirementCheck, retirementUnchecked } from './retirement-exemption.js';
import { firstOf } from './text.js';
import type { County, InputIssue, Teacher } from './types.js';

type Kind = 'birth' | 'gender';

/** The warnings, one per file and kind, in the order the teachers come. */
export function unknownBirthWarnings(county: County, p: Policy): InputIssue[] {
  const found = new Map<string, { file: string; kind: Kind; rows: number[] }>();
  for (const t of county.teachers) {
    const kind = uncheckedKind(t, p);
    if (kind === null) continue;
    const key = `${kind}\u0000${t.source.file}`;
    const f = found.get(key) ?? { file: t.source.file, kind, rows: [] };
    f.rows.push(t.source.row);
    found.set(key, f);
  }
  const zh = county.lang === 'zh';
  const anyBirth = new Set(county.teachers.filter((t) => t.birthDate !== undefined || t.birthYear !== undefined).map((t) => t.source.file));
  return [...found.values()].map((f) => (f.kind === 'birth' && !anyBirth.has(f.file) ? noBirthAtAll(f.file, f.rows.length, p) : warning(f.file, f.kind, f.rows, p, zh)));
}

/** A teachers file without any birth: one line for the file. */
function noBirthAtAll(file: string, n: number, p: Policy): InputIssue {
  const rule = retirementCheck(p);
  return {
    file,
    zh: `注意: 此文件没有教师的出生年月（或出生年份）, ${n} 名符合交流条件的教师均未核对${rule.zh}, 按不免交流计; 请加上「出生年月」列`,
    en: `note: no teacher in this file has a birth date (birth_date or birth_year): for ${countEn(n, 'eligible teacher')}, ${rule.en} was not checked, and all count as not exempt; add a birth_date column`,
  };
}

function uncheckedKind(t: Teacher, p: Policy): Kind | null {
  // A teacher with a birth and a gender is checked whole: told without deciding eligibility again.
  if ((t.birthDate !== undefined || t.birthYear !== undefined) && t.gender !== undefined) return null;
  if (eligibility(t, p).status !== 'eligible' || retirementUnchecked(t, p) === null) return null;
  return t.birthDate === undefined && t.birthYear === undefined ? 'birth' : 'gender';
}

function warning(file: string, kind: Kind, rows: readonly number[], p: Policy, zh: boolean): InputIssue {
  const n = rows.length;
  const at = { zh: `第${firstOf(rows, 8, '、', '…')}行`, en: `${plural(n, 'row')} ${firstOf(rows, 8, ', ', ', …')}` };
  const rule = retirementCheck(p);
  if (kind === 'birth') {
    return {
      file,
      row: rows[0] ?? 0,
      column: zh ? '出生年月' : 'birth_date',
      zh: `注意: ${n} 名符合交流条件的教师未填出生年月（或出生年份）, 未核对${rule.zh}, 按不免交流计（${at.zh}）; 请补填出生年月`,
      en: `note: ${countEn(n, 'eligible teacher')} ${plural(n, 'has', 'have')} no birth date (birth_date or birth_year): ${rule.en} was not checked, and ${plural(n, 'the teacher counts', 'they count')} as not exempt (${at.en}); fill in the birth dates`,
    };
  }
  return {
    file,
    row: rows[0] ?? 0,
    column: zh ? '性别' : 'gender',
    zh: `注意: ${n} 名符合交流条件的教师未填性别, 按男教师计; 如为女教师则应免交流（${at.zh}）; 请补填性别`,
    en: `note: ${countEn(n, 'eligible teacher')} ${plural(n, 'has', 'have')} no gender given and ${plural(n, 'was', 'were')} held to the men's age; as ${plural(n, 'a woman', 'women')} ${plural(n, 'the teacher', 'they')} would be exempt (${at.en}); fill in the gender`,
  };
}
