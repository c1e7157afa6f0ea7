import type { Columns } from './columns.js';
import { inClass, withClass } from './keys.js';
import type { LpBuilder } from './lp.js';

/**
 * Flow balance: teachers of a subject leave a class of schools only toward classes the move
 * rules allow, and arrive only from such classes. One row per (class, subject, destination
 * class, teachers' class) on the leaving side and per (class, subject, destination class) on the
 * arriving side; the flow columns exist only for allowed pairs, so every rule that judges two
 * schools (direction today) holds by these rows.
 */
export function addFlowRows(cols: Columns, b: LpBuilder): void {
  const fromSide = new Map<string, [number, number][]>();
  const toSide = new Map<string, [number, number][]>();
  const push = (m: Map<string, [number, number][]>, k: string, t: [number, number]): void => {
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  };
  for (const o of cols.out) push(fromSide, withClass(`${cols.classOf.get(o.schoolId)}|${o.subject}|${inClass(o.b)}`, o.tk), [o.col, 1]);
  for (const i of cols.in) push(toSide, `${cols.classOf.get(i.schoolId)}|${i.subject}|${i.c}`, [i.col, 1]);
  for (const f of cols.flows) {
    push(fromSide, withClass(`${f.from}|${f.subject}|${f.c}`, f.tk), [f.col, -1]);
    push(toSide, `${f.to}|${f.subject}|${f.c}`, [f.col, -1]);
  }
  for (const [k, terms] of [...fromSide].sort()) b.addRow(`flow_from[${k}]`, 'flow', terms, 0, 0);
  for (const [k, terms] of [...toSide].sort()) b.addRow(`flow_to[${k}]`, 'flow', terms, 0, 0);
}
