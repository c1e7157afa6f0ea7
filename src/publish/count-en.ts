/** A count and its English noun, in the singular for one: `1 working day`, `5 working days`. */
export const countEn = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
