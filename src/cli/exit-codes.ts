import type { PlanOutcome } from '../pipeline/run-plan.js';
import { EXIT_ENVIRONMENT } from '../env-error.js';

/** Exit codes of the CLI, documented in --help and the README. */
export const EXIT = { ok: 0, internal: 1, badInput: 2, infeasible: 3, solverFailed: 4, environment: EXIT_ENVIRONMENT } as const;

/**
 * The exit code of a `rotate plan` run: 0 plan written; 2 bad input, bad command line or an
 * output folder that may not be replaced (nothing written); 3 the hard rules cannot all hold;
 * 4 the solver failed, ran out of time before any plan or gave an answer that is not a solution; 1 a plan
 * that broke a hard rule (a bug: it is never written). An uncaught error is also 1. 5 (an
 * environment error: read-only or full disk, no permission, output closed, too many open
 * files, the folder locked by another run) is set by the CLI from the error (env-error.ts).
 */
export function exitCodeOf(kind: PlanOutcome['kind']): number {
  switch (kind) {
    case 'written':
      return EXIT.ok;
    case 'bad-input':
      return EXIT.badInput;
    case 'infeasible':
      return EXIT.infeasible;
    case 'solver-failed':
      return EXIT.solverFailed;
    case 'unverified':
      return EXIT.internal;
  }
}
