/**
 * Splits `n` whole units over parts in proportion to their weights by rounding the running total:
 * part i gets round(n × weights up to i ÷ all) less what the parts before it got, the last the
 * rest. For two parts, the first gets round(n × its share) and the second the rest. With every
 * weight 0, the parts weigh the same. The parts always add up to `n`.
 */
export function apportion(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const w = total > 0 ? weights : weights.map(() => 1);
  const all = total > 0 ? total : weights.length;
  const out: number[] = [];
  let running = 0;
  let given = 0;
  w.forEach((x, i) => {
    running += x;
    const upTo = i === w.length - 1 ? n : Math.round(n * (running / all));
    out.push(upTo - given);
    given = upTo;
  });
  return out;
}
