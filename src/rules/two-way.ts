import { subjectNameEn } from '../domain/subject-names.js';
import { plural } from '../domain/plural.js';
import { isQuotaSchool, isTwoWay } from '../domain/direction.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import type { Text } from '../domain/text.js';
import type { Columns, InCol } from '../model/columns.js';
import { isQuota, ownPlace, teachersOf, type ModelContext } from '../model/context.js';
import { cellKey, splitCellKey } from '../model/keys.js';
import { terms } from '../model/sums.js';
import { arrivalPlace, placeLabel, schoolOfPlace, sectionWords } from '../domain/sections.js';
import { cellOf, valueAt, type PlanBook } from './book.js';
import { checkResult, heldOf } from './check-result.js';
import { freeToLeave, freeToLeaveWords } from './free-to-leave.js';
import { lockArrivals } from './lock-arrivals.js';
import type { HardRule } from './rule.js';
import { inStringOrder } from '../model/string-order.js';

const on = (p: Policy): boolean => p.direction && p.twoWay;

/**
 * The model's arrivals that are two-way moves: with the direction rule on, a 城镇 school that is
 * not weak receives nobody else, so every arrival there is one (see domain/direction.ts isTwoWay).
 * The backbone share leaves them out.
 */
export function twoWayArrivals(ctx: ModelContext, cols: Columns): InCol[] {
  return on(ctx.policy) ? cols.in.filter((i) => isQuota(ctx, i.schoolId)) : [];
}

/**
 * Two-way arrivals and departures of a subject at a place (a school, or one section of a
 * two-section school) in a plan's book: departures of the teachers in subject posts.
 */
function flowsAt(book: PlanBook, place: string, subject: string): { arrivals: number; departures: number } {
  const cell = cellOf(book, place, subject);
  const arrivals = valueAt(book.inflow, cell);
  return { arrivals, departures: teachersOf(book.ctx, place, subject) + arrivals - valueAt(book.after, cell) };
}

/** Columns grouped by `place|subject` (each section of a two-section school apart). */
function byPlaceSubject<T extends { place: string; subject: string }>(xs: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = cellKey(x.place, x.subject);
    m.set(k, [...(m.get(k) ?? []), x]);
  }
  return m;
}

/** Whether one more two-way arrival of a subject at a place would outnumber its departures (the place has no room for one). */
export function twoWayFull(book: PlanBook, place: string, subject: string): boolean {
  const { arrivals, departures } = flowsAt(book, place, subject);
  return arrivals + 1 > departures;
}


/**
 * Two-way exchange (跟岗交流, "建立城乡教师双向流动机制"): a teacher of a rural or weak school may
 * go to a 城镇 school that is not weak and sends teachers out, at most as many as that school
 * sends in the stage and subject (`rules.two_way`, on by default; the direction rule lets these moves
 * through). Such moves count toward neither the quota (they leave schools that have none) nor
 * the backbone share (see backbone-share.ts). The cap is per stage and subject (issue 10,
 * DOMAIN.md): in a 九年一贯制 or 完全中学 each section takes at most as many as it sends itself.
 */
export const twoWay: HardRule = {
  name: 'two_way',
  kind: 'hard',
  zh: '跟岗交流（乡村、薄弱学校→城镇优质学校）人数不超过流入学校同学段同学科调出人数',
  en: 'two-way exchange: a rural or weak school\'s teachers go to an urban/town school that is not weak, at most as many as it sends in the stage and subject',
  relaxable: false,
  moveOnly: false,
  switchedOff: { param: 'rules.two_way', off: (p) => !p.twoWay },
  // With two-way moves, a full school takes teachers as its own leave: the 城镇 school for those it sends, the rural school for its teacher who went.
  move: { receivesBySending: (_to, v) => on(v.policy) },
  build(ctx, cols, b) {
    if (!on(ctx.policy)) return;
    const ins = byPlaceSubject(cols.in);
    const outs = byPlaceSubject(cols.out);
    for (const [key, col] of inStringOrder(ins)) {
      if (!isQuota(ctx, schoolOfPlace(splitCellKey(key)[0]))) continue;
      b.addRow(`two_way[${key}]`, 'two_way', [...terms(col, 1), ...terms(outs.get(key) ?? [], -1)], -Infinity, 0);
    }
  },
  check(f) {
    const bad: Text[] = [];
    for (const [key, n] of [...f.twoWayIn].sort()) {
      const [place, j] = splitCellKey(key);
      const sent = f.outflow.get(key) ?? 0;
      if (n > sent) bad.push({ zh: `${placeLabel(place).zh} ${j} 跟岗交流调入${n}人, 同学段同学科调出${sent}人`, en: `${placeLabel(place).en} ${subjectNameEn(f.county, j)}: ${n} two-way arrivals, ${sent} sent out in the stage and subject` });
    }
    // The checklist counts (school, section, subject) groups that take two-way arrivals, not people (the terminal's 其中跟岗交流 N 人 counts people): the words say so.
    return checkResult({ rule: 'two_way', zh: '跟岗交流调入不超过调出（每校每学段每学科）', en: 'two-way arrivals at most the departures, per school, stage and subject', ...heldOf(f.twoWayIn.size, bad.length), failures: bad, relaxable: false });
  },
  breaks(book, t, cur, next) {
    const p = book.ctx.policy;
    if (!on(p) || isLeader(t)) return false;
    const from = book.ctx.schoolById.get(t.schoolId);
    if (!from) return false;
    const j = t.subject;
    const twoWayTo = (d: string | undefined): boolean => {
      const to = d === undefined ? undefined : book.ctx.schoolById.get(d);
      return to !== undefined && isTwoWay(from, to, p);
    };
    // Where the change adds an arrival (next, at the section it fills) or takes a departure away (the own place, when the teacher stays instead of going).
    const checks: { place: string; dIn: number; dOut: number }[] = [];
    const to = next === undefined ? undefined : book.ctx.schoolById.get(next);
    if (to !== undefined && twoWayTo(next)) checks.push({ place: arrivalPlace(t, from, to, p), dIn: 1, dOut: 0 });
    if (isQuotaSchool(from) && cur !== undefined && next === undefined) checks.push({ place: ownPlace(book.ctx, t), dIn: 0, dOut: -1 });
    return checks.some((c) => {
      const { arrivals, departures } = flowsAt(book, c.place, j);
      return arrivals <= departures && arrivals + c.dIn > departures + c.dOut;
    });
  },
  locksTogether(ctx) {
    if (!on(ctx.policy)) return [];
    const into = new Map<string, string[]>();
    for (const lock of [...ctx.moveLock.values()].sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1))) {
      const t = ctx.teacherById.get(lock.teacherId);
      const from = t ? ctx.schoolById.get(t.schoolId) : undefined;
      const to = lock.schoolId === undefined ? undefined : ctx.schoolById.get(lock.schoolId);
      if (!t || !from || !to || isLeader(t) || !isTwoWay(from, to, ctx.policy)) continue;
      const k = cellKey(arrivalPlace(t, from, to, ctx.policy), t.subject);
      into.set(k, [...(into.get(k) ?? []), t.id]);
    }
    const out: { failure: Text; hint: Text }[] = [];
    for (const [key, ids] of [...into].sort()) {
      const [place, j] = splitCellKey(key);
      const sid = schoolOfPlace(place);
      const canLeave = freeToLeave(ctx, place, j).length;
      if (ids.length <= canLeave) continue;
      const sec = sectionWords(place);
      out.push({
        failure: { zh: `锁定跟岗交流到 ${ctx.schoolById.get(sid)?.name ?? sid}(${sid})${sec ? `（${sec.zh}）` : ''} 的「${j}」共 ${ids.length} 人（${ids.join('、')}）, 该校同学段同学科最多调出 ${canLeave} 人`, en: `${ids.length} ${plural(ids.length, 'teacher is', 'teachers are')} locked to go two-way into ${subjectNameEn(ctx.county, j)} at ${sid}${sec ? ` (${sec.en})` : ''} (${ids.join(', ')}), which can send at most ${canLeave} in that stage and subject` },
        hint: { zh: `删除其中 ${ids.length - canLeave} 行锁定, 或设置 rules.two_way=no 后另行安排`, en: `remove ${ids.length - canLeave} of those locks, or set rules.two_way=no and decide otherwise` },
      });
    }
    return out;
  },
  lockFigures(ctx, locks) {
    if (!on(ctx.policy)) return [];
    return lockArrivals(ctx, locks, (_t, from, to) => isTwoWay(from, to, ctx.policy)).map(({ place, subject, ids, words }) => {
      const free = freeToLeaveWords(freeToLeave(ctx, place, subject));
      return {
        zh: `${words.zh}: 锁定跟岗交流调入 ${ids.length} 人（${ids.join('、')}）, 该校须同学段同学科调出至少 ${ids.length} 人; ${free.zh}`,
        en: `${words.en}: ${ids.length} locked to arrive on a two-way exchange (${ids.join(', ')}): the school must send at least ${ids.length} out in that stage and subject; ${free.en}`,
      };
    });
  },
  hint: () => ({ zh: '跟岗交流人数不能超过流入学校同学段同学科调出人数', en: 'two-way arrivals cannot outnumber what the school sends in the stage and subject' }),
  stayNote: (_book, t) => ({ zh: `可跟岗交流的城镇学校${t.subjectLabel}调出人数已满`, en: `the urban schools open to a two-way exchange send no more ${t.subjectLabel} teachers` }),
};
