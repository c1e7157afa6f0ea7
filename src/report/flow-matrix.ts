/**
 * Township-to-township matrix of moves: rows are the townships teachers leave, columns the
 * townships they go to, each cell the number of teachers (shaded by size), with totals.
 */
import type { Move } from '../plan/build-plan.js';
import { esc } from './html.js';
import { pairKey, townshipFlows } from './townships.js';

export function flowMatrix(moves: readonly Move[]): string {
  if (moves.length === 0) return '';
  const f = townshipFlows(moves);
  const max = Math.max(...f.count.values());
  // Chinese names read well top to bottom in narrow columns; Latin ones stay upright.
  const col = (t: string): string => `<th class="col${/\p{Script=Han}/u.test(t) ? ' v' : ''}" scope="col"><span>${esc(t)}</span></th>`;
  const head = f.to.map(col).join('');
  const body = f.from.map((a) => {
    const cells = f.to.map((b) => {
      const n = f.count.get(pairKey(a, b)) ?? 0;
      // At most 75 % of the blue: darker, the number (near black) falls under 4.5 : 1 against it.
      const shade = n > 0 ? ` style="--heat:${(0.12 + (0.63 * n) / max).toFixed(2)}"` : '';
      return `<td class="num${n > 0 ? ' hot' : ''}" data-from="${esc(a)}" data-to="${esc(b)}" data-value="${n}"${shade}>${n > 0 ? n : ''}</td>`;
    });
    return `<tr><th scope="row">${esc(a)}</th>${cells.join('')}<td class="num total" data-from="${esc(a)}" data-total="out" data-value="${f.outTotal.get(a) ?? 0}">${f.outTotal.get(a) ?? 0}</td></tr>`;
  });
  const foot = f.to.map((b) => `<td class="num total" data-to="${esc(b)}" data-total="in" data-value="${f.inTotal.get(b) ?? 0}">${f.inTotal.get(b) ?? 0}</td>`).join('');
  return `<div class="scroll"><table class="matrix" data-chart="flow-matrix"><thead><tr><th class="corner">调出 <span class="en">from</span> ＼ 调入 <span class="en">to</span></th>${head}<th class="col v" title="total"><span>合计</span></th></tr></thead><tbody>${body.join('')}</tbody><tfoot><tr><th scope="row">合计 <span class="en">total</span></th>${foot}<td class="num total" data-value="${moves.length}">${moves.length}</td></tr></tfoot></table></div>`;
}
