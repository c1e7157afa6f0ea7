import type { School } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import { byText } from './section.js';

/** The township a school is in, or a marker when the schools file leaves it empty. */
export const NO_TOWNSHIP = '（未填乡镇）';

export function townshipOf(s: School): string {
  const t = s.township?.trim();
  return t ? t : NO_TOWNSHIP;
}

/** Moves counted by (from township, to township), with the townships of each side in order of their totals. */
export function townshipFlows(moves: readonly Move[]): { from: string[]; to: string[]; count: Map<string, number>; outTotal: Map<string, number>; inTotal: Map<string, number> } {
  const count = new Map<string, number>();
  const outTotal = new Map<string, number>();
  const inTotal = new Map<string, number>();
  for (const m of moves) {
    const a = townshipOf(m.from);
    const b = townshipOf(m.to);
    count.set(`${a}\u0000${b}`, (count.get(`${a}\u0000${b}`) ?? 0) + 1);
    outTotal.set(a, (outTotal.get(a) ?? 0) + 1);
    inTotal.set(b, (inTotal.get(b) ?? 0) + 1);
  }
  const order = (m: Map<string, number>): string[] => [...m].sort((x, y) => y[1] - x[1] || byText(x[0], y[0])).map(([k]) => k);
  return { from: order(outTotal), to: order(inTotal), count, outTotal, inTotal };
}

/** Key of a (from, to) township pair in {@link townshipFlows}' count. */
export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
