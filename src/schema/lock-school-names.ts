/**
 * A plan's list read back as locks carries the destination twice, as 交流学校代码 and as 交流学校 (its
 * name). A clerk may change either: the code, as the README's review loop says, or the name, which is
 * what he or she reads. The lock follows the code. Where a baseline shows which was changed, a code
 * changed beside the baseline's name is the edit the README asks for (said nothing of), and a name
 * changed beside the baseline's code is an error asking for the code; any other pair of different
 * schools, and every one without a baseline, is named in a warning ({@link misnamedNotes}).
 */
import type { InputIssue, Lock, School } from '../domain/types.js';
import { nameKey } from './school-names.js';
import { showEn, showZh } from './show-value.js';
import { lostInGbk } from '../input/gbk-garbled.js';

/** Two names of one school: as written, or with a `?` where Excel could not save a rare character in a GBK (ANSI) CSV (北𠮷寨小学 as 北?寨小学). */
const sameName = (written: string, name: string): boolean => nameKey(written) === nameKey(name) || lostInGbk(nameKey(written), nameKey(name));

/** A lock whose 交流学校 is not the name of the school its 交流学校代码 gives. */
export interface MisnamedLock {
  lock: Lock;
  /** The school the code gives. */
  school: School;
  /** The name written beside it. */
  written: string;
}

/** The locks whose 交流学校 (name) and 交流学校代码 name different schools. */
export function misnamedLocks(schools: readonly School[], locks: readonly Lock[]): MisnamedLock[] {
  const byId = new Map(schools.map((s) => [s.id, s]));
  return locks.flatMap((lock) => {
    const school = lock.schoolId === undefined ? undefined : byId.get(lock.schoolId);
    const written = lock.schoolName;
    if (written === undefined || school === undefined || sameName(written, school.name)) return [];
    return [{ lock, school, written }];
  });
}

/** One warning per misnamed lock: which school the lock follows. */
export function misnamedLockWarnings(misnamed: readonly MisnamedLock[], label: (file: string, key: string) => string): InputIssue[] {
  return misnamed.map(({ lock, school, written }) => ({
    file: lock.source.file,
    row: lock.source.row,
    column: label(lock.source.file, 'to_school'),
    zh: `交流学校写的是${showZh(written)}, 交流学校代码${showZh(school.id)}却是${showZh(school.name)}: 按代码锁定（调往${showZh(school.name)}）; 若要的是前者, 请改交流学校代码`,
    en: `the 交流学校 (to_school) says ${showEn(written)} but its code ${showEn(school.id)} is ${showEn(school.name)}: the lock follows the code (to ${showEn(school.name)}); if the former is meant, change the code`,
  }));
}

/** An error per misnamed lock whose code is still the baseline's destination: only the name was changed. */
export function renamedOnlyIssues(misnamed: readonly MisnamedLock[], baselineTo: ReadonlyMap<string, string>, label: (file: string, key: string) => string): InputIssue[] {
  return misnamed
    .filter(({ lock, school }) => baselineTo.get(lock.teacherId) === school.id)
    .map(({ lock, school, written }) => ({
      file: lock.source.file,
      row: lock.source.row,
      column: label(lock.source.file, 'to_school'),
      zh: `交流学校改成了${showZh(written)}, 交流学校代码却仍是基准方案的${showZh(school.id)}（${school.name}）: 锁定按代码读, 请把交流学校代码改成${showZh(written)}的学校代码`,
      en: `the 交流学校 (to_school) was changed to ${showEn(written)} but its code is still the baseline's ${showEn(school.id)} (${school.name}): locks are read by the code, so write the code of ${showEn(written)}`,
    }));
}

/**
 * What to say of the misnamed locks: with the baseline's destinations, an error for each whose name
 * alone was changed, nothing for each whose code alone was, a warning for the rest; without a
 * baseline (`baselineTo` undefined), a warning for each.
 */
export function misnamedNotes(
  misnamed: readonly MisnamedLock[],
  baselineTo: ReadonlyMap<string, string> | undefined,
  schools: readonly School[],
  label: (file: string, key: string) => string,
): { issues: InputIssue[]; warnings: InputIssue[] } {
  if (baselineTo === undefined) return { issues: [], warnings: misnamedLockWarnings(misnamed, label) };
  const nameOf = new Map(schools.map((s) => [s.id, s.name]));
  const codeChanged = (m: MisnamedLock) => {
    const was = nameOf.get(baselineTo.get(m.lock.teacherId) ?? '');
    return was !== undefined && nameKey(was) === nameKey(m.written) && baselineTo.get(m.lock.teacherId) !== m.school.id;
  };
  const rest = misnamed.filter((m) => !codeChanged(m) && baselineTo.get(m.lock.teacherId) !== m.school.id);
  return { issues: renamedOnlyIssues(misnamed, baselineTo, label), warnings: misnamedLockWarnings(rest, label) };
}
