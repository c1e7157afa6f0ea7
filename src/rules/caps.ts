import { plural } from '../domain/plural.js';
import { floorQ } from '../domain/rounding.js';
import { pct } from '../domain/share-text.js';
import type { Text } from '../domain/text.js';
import type { School, Teacher } from '../domain/types.js';
import type { PlanFacts, SchoolTally } from './facts.js';
import type { ModelContext, SchoolStock } from '../model/context.js';

/** The sum over schools of a cap ⌊share × base⌋ (what the caps allow in all). */
export function capacityTotal(ctx: ModelContext, share: number, base: (st: SchoolStock) => number): number {
  let cap = 0;
  for (const s of ctx.schools) cap += floorQ(share * base(ctx.stock.get(s.id) ?? emptyStock));
  return cap;
}

const emptyStock: SchoolStock = { teachers: 0, backbone: 0, countyBackbone: 0, eligible: 0, eligibleSenior: 0, eligibleBackbone: 0, bySubject: new Map(), countyBackboneBySubject: new Map() };

/**
 * Move locks that together take more teachers (those `counted`) out of a school than its cap ⌊share × base⌋ allows.
 * `what` names them (`教师`, `teachers`), `one` one of them in English (`teacher`).
 */
export function locksOverCap(ctx: ModelContext, param: string, share: number, counted: (t: Teacher) => boolean, base: (st: SchoolStock) => number, what: Text & { one: string }): { failure: Text; hint: Text }[] {
  const from = new Map<string, string[]>();
  for (const lock of [...ctx.moveLock.values()].sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1))) {
    const t = ctx.teacherById.get(lock.teacherId);
    if (!t || lock.schoolId === undefined || !ctx.schoolById.has(lock.schoolId) || !counted(t)) continue;
    from.set(t.schoolId, [...(from.get(t.schoolId) ?? []), t.id]);
  }
  const out: { failure: Text; hint: Text }[] = [];
  for (const [sid, ids] of [...from].sort()) {
    const n = base(ctx.stock.get(sid) ?? emptyStock);
    const cap = floorQ(share * n);
    if (ids.length <= cap) continue;
    out.push({
      failure: { zh: `锁定从 ${ctx.schoolById.get(sid)?.name ?? sid}(${sid}) 调出${what.zh} ${ids.length} 人（${ids.join('、')}）, 上限 ${cap} 人（${pct(share)} × ${n}, 向下取整）`, en: `${ids.length} ${plural(ids.length, `${what.one} is`, `${what.en} are`)} locked to leave ${sid} (${ids.join(', ')}); at most ${cap} may (${pct(share)} of ${n}, rounded down)` },
      hint: { zh: `删除其中 ${ids.length - cap} 行锁定, 或提高 ${param}`, en: `remove ${ids.length - cap} of those locks, or raise ${param}` },
    });
  }
  return out;
}

/** The schools taking part in a finished plan that lose more than their cap ⌊share × base⌋, in `words`. */
export function capFailures(f: PlanFacts, share: number, count: (st: SchoolTally) => { out: number; base: number }, words: (s: School, out: number, cap: number) => Text): Text[] {
  const bad: Text[] = [];
  for (const s of f.rotating) {
    const st = f.tally.get(s.id);
    if (!st) continue;
    const { out, base } = count(st);
    const cap = floorQ(share * base);
    if (out > cap) bad.push(words(s, out, cap));
  }
  return bad;
}

/**
 * A cap's checklist figures: the schools taking part that keep within it, of all of them; a dash
 * when no school takes part (a county of 高中 planned with the default scope), where every school
 * would read as within a cap of 0 it cannot reach.
 */
export function capShown(f: PlanFacts, share: number, failed: number): { threshold: string; value: string } {
  const n = f.rotating.length;
  return n === 0 ? { threshold: '—', value: '—' } : { threshold: `≤ ${pct(share)}`, value: `${n - failed}/${n}` };
}
