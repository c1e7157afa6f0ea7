import { rowTerms, type Lp } from '../model/lp.js';

const num = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15))));

/** Writes `terms` as `+ 2 x1 - 3 x4 …`, wrapped so no line exceeds CPLEX's 255 characters. */
function expression(terms: readonly [number, number][]): string[] {
  const lines: string[] = [];
  let line = '';
  terms.forEach(([c, a], k) => {
    const sign = a < 0 ? '-' : k === 0 ? '' : '+';
    const mag = Math.abs(a);
    const piece = `${sign}${sign ? ' ' : ''}${mag === 1 ? '' : `${num(mag)} `}x${c}`;
    if (line.length + piece.length + 1 > 200) {
      lines.push(line);
      line = '';
    }
    line += `${line ? ' ' : ''}${piece}`;
  });
  if (line || lines.length === 0) lines.push(line || '0 x0');
  return lines;
}

/** How every model file rotate writes begins: a file that begins otherwise is not rotate's (and is not overwritten). */
export const LP_FIRST_LINE = '\\ rotate:';

/**
 * The model in CPLEX LP format, so that anyone can check it with another solver (HiGHS, GLPK,
 * CBC, CPLEX, Gurobi). Columns are `x0…`, rows `r0…`; the readable name of each is in a comment
 * (names hold Chinese text, which the format does not allow). Ranged rows become two rows.
 */
export function toLpFormat(lp: Lp): string {
  const out: string[] = [`${LP_FIRST_LINE} the counting model of a teacher rotation plan (minimise)`];
  for (const [term, v] of Object.entries(lp.constants).sort()) out.push(`\\ constant of term ${term}: ${num(v)} (not in the objective below)`);
  lp.vars.forEach((v, i) => out.push(`\\ x${i} = ${v.name} [${v.term}]`));
  lp.rows.forEach((r, k) => out.push(`\\ r${k} = ${r.name}`));
  if (lp.impossible.length > 0) out.push(`\\ rows no column can meet (the model is infeasible): ${lp.impossible.join(', ')}`);
  out.push('Minimize');
  const obj = lp.vars.flatMap((v, i): [number, number][] => (v.cost !== 0 ? [[i, v.cost]] : []));
  out.push(...expression(obj).map((l, k) => (k === 0 ? ` obj: ${l}` : `  ${l}`)));
  out.push('Subject To');
  lp.rows.forEach((r, k) => {
    const body = expression(rowTerms(r));
    const emit = (name: string, rel: string, rhs: number): void => {
      body.forEach((l, n) => out.push(n === 0 ? ` ${name}: ${l}` : `  ${l}`));
      out.push(`  ${rel} ${num(rhs)}`);
    };
    if (r.lo === r.hi) emit(`r${k}`, '=', r.lo);
    else {
      if (r.lo > -Infinity) emit(r.hi < Infinity ? `r${k}_lo` : `r${k}`, '>=', r.lo);
      if (r.hi < Infinity) emit(r.lo > -Infinity ? `r${k}_hi` : `r${k}`, '<=', r.hi);
    }
  });
  out.push('Bounds');
  lp.vars.forEach((v, i) => {
    if (v.lb === v.ub) out.push(` x${i} = ${num(v.lb)}`);
    else if (v.ub === Infinity) out.push(v.lb === -Infinity ? ` x${i} free` : ` x${i} >= ${num(v.lb)}`);
    else out.push(` ${v.lb === -Infinity ? '-inf' : num(v.lb)} <= x${i} <= ${num(v.ub)}`);
  });
  const ints = lp.vars.flatMap((v, i) => (v.integer ? [`x${i}`] : []));
  if (ints.length > 0) {
    out.push('General');
    for (let k = 0; k < ints.length; k += 10) out.push(` ${ints.slice(k, k + 10).join(' ')}`);
  }
  out.push('End');
  return `${out.join('\n')}\n`;
}
