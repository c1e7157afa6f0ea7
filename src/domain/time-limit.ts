/**
 * The solver's time limit when neither the policy file nor the command line sets one: 60 s, and
 * for counties of more than 20,000 teachers (a prefecture city planning its districts together)
 * 3 s more per 1,000 teachers, so that an 80,000-teacher city gets 240 s. Measured on a 2-core
 * machine: such a city's LP relaxation alone takes longer than 60 s, and at the old default it
 * ended with no plan at all.
 */
export const DEFAULT_TIME_LIMIT = 60;

export function defaultTimeLimit(teachers: number): number {
  return Math.max(DEFAULT_TIME_LIMIT, Math.ceil((3 * teachers) / 1000));
}
