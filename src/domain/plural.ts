/**
 * An English word that agrees with a count: `one` when `n` is 1, else `many` (by default `one` + s).
 * A noun: `${n} ${plural(n, 'teacher')}` reads `1 teacher`, `2 teachers`, `0 teachers`; a verb:
 * `plural(n, 'is', 'are')`. Chinese needs none: `1 人`, `2 人`.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** A count and its English noun, in the singular for one: `1 working day`, `5 working days`. */
export function countEn(n: number, one: string, many = `${one}s`): string {
  return `${n} ${plural(n, one, many)}`;
}
