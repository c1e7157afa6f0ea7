/**
 * A small synthetic model shaped like rotate's own (moves between schools per subject, outflow
 * caps, quotas, shortages as slack columns), solved in the solver worker before the county's model
 * arrives. Why: HiGHS (WebAssembly) runs its first solve several times slower than later ones while
 * V8 compiles and optimises the simplex and MIP code it touches (measured at 12,000 teachers on a
 * busy 2-core machine: LP 4.2 s first, 0.6–1.0 s after; after three solves of a smaller model,
 * 1.15 s). Solving this while the main thread reads the files moves that cost off the critical path.
 * Deterministic and pure: no clock, no randomness beyond a fixed seed.
 */
import type { Lp, LpRow, LpVar } from '../model/lp.js';

/** A linear congruential sequence in [0, 1), fixed seed (the model is the same in every run). */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The warm-up model: `schools` schools (the first third send, the rest receive) and `subjects`
 * subjects; integer move columns for about a third of the sender–receiver pairs, a shortage slack
 * per receiver and subject, an outflow cap and a minimum outflow per sender. Its LP relaxation is
 * fractional, so relax-and-fix runs its MIP stage too.
 */
export function warmUpModel(schools = 90, subjects = 8): Lp {
  const rnd = sequence(20_240_901);
  const vars: LpVar[] = [];
  const rows: LpRow[] = [];
  const senders = Math.floor(schools / 3);
  const out: [number, number][][] = Array.from({ length: senders }, () => []);
  const into = new Map<string, [number, number][]>();
  for (let s = 0; s < senders; s++) {
    for (let r = senders; r < schools; r++) {
      if (rnd() > 0.33) continue;
      for (let j = 0; j < subjects; j++) {
        if (rnd() > 0.5) continue;
        const c = vars.push({ name: `m_${s}_${r}_${j}`, lb: 0, ub: 1 + Math.floor(rnd() * 3), integer: true, cost: 1 + Math.round(rnd() * 40) / 10, term: 'moves' }) - 1;
        out[s]?.push([c, 1]);
        const key = `${r}_${j}`;
        into.set(key, [...(into.get(key) ?? []), [c, 1]]);
      }
    }
  }
  for (const [key, terms] of into) {
    const slack = vars.push({ name: `short_${key}`, lb: 0, ub: Infinity, integer: false, cost: 10 + Math.round(rnd() * 30), term: 'shortage' }) - 1;
    rows.push({ name: `need_${key}`, family: 'shortage', coefs: [...terms, [slack, 1]], lo: 0.5 + Math.floor(rnd() * 3), hi: Infinity });
  }
  out.forEach((terms, s) => {
    if (terms.length === 0) return;
    const cap = 2 + Math.floor(rnd() * 6);
    rows.push({ name: `cap_${s}`, family: 'cap', coefs: terms, lo: Math.min(cap, 1 + Math.floor(rnd() * 3)), hi: cap + 0.5 });
  });
  return { vars, rows, constants: {}, impossible: [] };
}
