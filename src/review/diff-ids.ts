import { join } from 'node:path';
import type { PlanRecord } from '../plan-folder/read-plan.js';
import type { MoveRow } from '../plan-folder/assignments-file.js';
import { idChange, looseId, spreadsheetForm } from '../schema/repair-ids.js';
import { showEn, showZh } from '../schema/show-value.js';
import { showPath } from '../safe/show-path.js';
import { countEn } from '../domain/plural.js';

/**
 * Two plans compared by `rotate diff` with the ids a spreadsheet changed in one of them read as
 * the other's. A plan's assignments.csv opened in Excel and saved holds `1` where the other plan
 * holds `000001` (or `'000001`, `1.0`): without this, every move would read as removed and added
 * again. Two forms are one id only where they are the same once zeros and guards are set aside,
 * exactly two forms are seen, and neither plan holds both (so two real ids `1` and `000001` of
 * one county stay two); the form kept is the one a spreadsheet did not change.
 */
export function alignIds(a: PlanRecord, b: PlanRecord): { a: PlanRecord; b: PlanRecord; notes: string[] } {
  const teacherIds = (p: PlanRecord): Set<string> => new Set(p.moves.keys());
  const schoolIds = (p: PlanRecord): Set<string> => new Set([...p.schools.keys(), ...[...p.moves.values()].flatMap((m) => [m.from_school_id, m.to_school_id])]);
  const plans = [a, b].map((p) => ({ p, teachers: teacherIds(p), schools: schoolIds(p) }));
  const teacher = canonical(plans.map((x) => x.teachers));
  const school = canonical(plans.map((x) => x.schools));
  if (teacher.size === 0 && school.size === 0) return { a, b, notes: [] };
  const notes = plans.flatMap(({ p, teachers, schools }) => [
    ...note(p, 'assignments.csv', [...teachers], teacher, { zh: '工号', en: 'teacher id' }),
    ...note(p, '', [...schools].filter((id) => id !== ''), school, { zh: '学校代码', en: 'school id' }),
  ]);
  return { a: renamed(a, teacher, school), b: renamed(b, teacher, school), notes };
}

/** 0 for a form a spreadsheet wrote (`'000001`, `1.0`), 1 for digits without zeros, 2 for one with its zeros. */
function rank(id: string): number {
  if (spreadsheetForm(id)) return 0;
  return id === looseId(id) ? 1 : 2;
}

/** The changed forms of ids mapped to the form kept, from the ids each plan holds. */
function canonical(held: readonly Set<string>[]): Map<string, string> {
  const forms = new Map<string, Set<string>>();
  for (const ids of held) for (const id of ids) if (id !== '') forms.set(looseId(id), (forms.get(looseId(id)) ?? new Set()).add(id));
  const out = new Map<string, string>();
  for (const group of forms.values()) {
    const [x, y] = [...group];
    if (group.size !== 2 || x === undefined || y === undefined || rank(x) === rank(y)) continue;
    if (held.some((ids) => ids.has(x) && ids.has(y))) continue;
    const [kept, changed] = rank(x) > rank(y) ? [x, y] : [y, x];
    out.set(changed, kept);
  }
  return out;
}

/** A plan with its changed ids replaced by the forms kept. */
function renamed(p: PlanRecord, teacher: ReadonlyMap<string, string>, school: ReadonlyMap<string, string>): PlanRecord {
  const t = (id: string): string => teacher.get(id) ?? id;
  const s = (id: string): string => school.get(id) ?? id;
  const move = (m: MoveRow): MoveRow => ({ ...m, teacher_id: t(m.teacher_id), from_school_id: s(m.from_school_id), to_school_id: s(m.to_school_id) });
  return {
    ...p,
    moves: new Map([...p.moves.values()].map((m) => [t(m.teacher_id), move(m)])),
    schools: new Map([...p.schools].map(([id, row]) => [s(id), { ...row, school_id: s(id) }])),
  };
}

/** The line saying how many of a plan's ids were read as the other plan's, with the first as example. */
function note(p: PlanRecord, file: string, ids: readonly string[], map: ReadonlyMap<string, string>, kind: { zh: string; en: string }): string[] {
  const changed = ids.filter((id) => map.has(id)).sort();
  const [first] = changed;
  if (first === undefined) return [];
  const to = map.get(first) ?? first;
  const where = showPath(file === '' ? p.dir : join(p.dir, file));
  const w = idChange(first, changed.length > 1);
  return [
    `注意: ${where} 有 ${changed.length} 个${kind.zh}不在另一方案中，${w.zh}（如${showZh(first)} → ${showZh(to)}），已按另一方案的${kind.zh}比较；这通常是表格软件把编号当作数字保存了 / ` +
      `note: ${countEn(changed.length, kind.en)} of ${where} ${changed.length === 1 ? 'is' : 'are'} not in the other plan; ${w.en} (as ${showEn(first)} → ${showEn(to)}) and they were compared as the other plan's; a spreadsheet saved them as numbers`,
  ];
}
