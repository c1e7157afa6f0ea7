import type { Columns } from './columns.js';
import { inClass, withClass } from './keys.js';
import type { LpBuilder } from './lp.js';
import { inStringOrder } from './string-order.js';

/**
 * Flow balance: teachers of a subject leave a class of schools only toward classes the move
 * rules allow, and arrive only from such classes. One row per (class, subject, destination
 * class, teachers' class) on the leaving side and per (class, subject, destination class) on the
 * arriving side; the flow columns exist only for allowed pairs, so every rule that judges two
 * schools (direction today) holds by these rows. Locked moves stand outside the flows (each row's
 * right-hand side is the locked movers it holds): a lock goes where it says, so the flows must
 * carry the free movers alone, or a locked teacher's place could be counted for a free one who
 * may not take it (a junior teacher locked into a 小学, his flow standing in for a primary teacher's).
 */
export function addFlowRows(cols: Columns, b: LpBuilder): void {
  const fromSide = new Map<string, [number, number][]>();
  const toSide = new Map<string, [number, number][]>();
  // Locked moves go where their locks say, outside the flows: each side's row leaves room for them.
  const lockedFrom = new Map<string, number>();
  const lockedTo = new Map<string, number>();
  const push = (m: Map<string, [number, number][]>, k: string, t: [number, number]): void => {
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  };
  for (const o of cols.out) {
    // A teacher with a forbid lock leaves by his or her own direct columns, not by the flows.
    if (o.teacherId !== undefined) continue;
    const k = withClass(`${cols.classOf.get(o.schoolId)}|${o.subject}|${inClass(o.b)}`, o.tk);
    push(fromSide, k, [o.col, 1]);
    if (o.locked > 0) lockedFrom.set(k, (lockedFrom.get(k) ?? 0) + o.locked);
  }
  // A two-section destination class balances each section apart: its flows fill the section the stage rule says.
  const at = (section: string | undefined): string => (section === undefined ? '' : `|@${section}`);
  for (const i of cols.in) {
    const k = `${cols.classOf.get(i.schoolId)}|${i.subject}|${i.c}${at(i.section)}`;
    push(toSide, k, [i.col, 1]);
    if (i.locked > 0) lockedTo.set(k, (lockedTo.get(k) ?? 0) + i.locked);
  }
  for (const f of cols.flows) {
    push(fromSide, withClass(`${f.from}|${f.subject}|${f.c}`, f.tk), [f.col, -1]);
    push(toSide, `${f.to}|${f.subject}|${f.c}${at(f.section)}`, [f.col, -1]);
  }
  // Each direct arrival of a teacher with a forbid lock: it leaves through the teacher's own column,
  // counts in its class's arrivals beside the flows, and in the very place it names.
  const own = new Map<number, [number, number][]>();
  const atPlace = new Map<number, { locked: number; terms: [number, number][] }>();
  for (const d of cols.direct) {
    const terms = own.get(d.out.col) ?? [[d.out.col, 1]];
    terms.push([d.col, -1]);
    own.set(d.out.col, terms);
    push(toSide, `${cols.classOf.get(d.into.schoolId)}|${d.into.subject}|${d.into.c}${at(d.into.section)}`, [d.col, -1]);
    const here = atPlace.get(d.into.col) ?? { locked: d.into.locked, terms: [[d.into.col, 1]] };
    here.terms.push([d.col, -1]);
    atPlace.set(d.into.col, here);
  }
  for (const o of cols.out) if (o.teacherId !== undefined && !own.has(o.col)) own.set(o.col, [[o.col, 1]]);
  for (const [col, terms] of [...own].sort((a, b) => a[0] - b[0])) b.addRow(`direct_from[${col}]`, 'flow', terms, 0, 0);
  for (const [col, p] of [...atPlace].sort((a, b) => a[0] - b[0])) b.addRow(`direct_to[${col}]`, 'flow', p.terms, p.locked, Infinity);
  for (const [k, terms] of inStringOrder(fromSide)) b.addRow(`flow_from[${k}]`, 'flow', terms, lockedFrom.get(k) ?? 0, lockedFrom.get(k) ?? 0);
  for (const [k, terms] of inStringOrder(toSide)) b.addRow(`flow_to[${k}]`, 'flow', terms, lockedTo.get(k) ?? 0, lockedTo.get(k) ?? 0);
}
