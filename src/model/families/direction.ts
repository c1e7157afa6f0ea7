import { directionClass } from '../../domain/direction.js';
import type { Family } from '../family.js';

/**
 * Direction (城镇→乡村, 优质→薄弱): teachers of a subject leave a direction class only toward
 * classes the rule allows. One balance row per (class, subject, destination class) on each side;
 * the flow columns between classes only exist for allowed pairs.
 */
export const direction: Family = {
  name: 'direction',
  kind: 'hard',
  zh: '交流方向：城镇→乡村、优质→薄弱',
  en: 'direction: urban/town → rural, strong → weak',
  relaxable: false,
  build(ctx, cols, b) {
    const fromSide = new Map<string, [number, number][]>();
    const toSide = new Map<string, [number, number][]>();
    const push = (m: Map<string, [number, number][]>, k: string, t: [number, number]): void => {
      const list = m.get(k) ?? [];
      list.push(t);
      m.set(k, list);
    };
    const classOf = new Map(ctx.schools.map((s) => [s.id, directionClass(s)]));
    for (const o of cols.out) push(fromSide, `${classOf.get(o.schoolId)}|${o.subject}|${o.b === 2 ? 'k' : 'p'}`, [o.col, 1]);
    for (const i of cols.in) push(toSide, `${classOf.get(i.schoolId)}|${i.subject}|${i.c}`, [i.col, 1]);
    for (const [key, col] of cols.flow) {
      const [pair, j, c] = key.split('|');
      const [oc, dc] = (pair ?? '').split('>');
      push(fromSide, `${oc}|${j}|${c}`, [col, -1]);
      push(toSide, `${dc}|${j}|${c}`, [col, -1]);
    }
    for (const [k, terms] of [...fromSide].sort()) b.addRow(`direction_from[${k}]`, 'direction', terms, 0, 0);
    for (const [k, terms] of [...toSide].sort()) b.addRow(`direction_to[${k}]`, 'direction', terms, 0, 0);
  },
};
