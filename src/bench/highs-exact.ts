import type { Highs } from 'highs';
import { buildModel } from '../plan/build-model.js';
import type { ModelContext } from '../model/context.js';
import { objectiveByTerm } from '../model/term-costs.js';
import { solveWithHighsExact } from '../solve/highs.js';

/** The county's counting model solved exactly by HiGHS, timed, with its objective (constants included). */
export function highsExact(h: Highs, ctx: ModelContext, timeLimit: number): { seconds: number; objective: number | null; status: string } {
  const model = buildModel(ctx, { elastic: false });
  const t0 = performance.now();
  const r = solveWithHighsExact(h, model.lp, { timeLimit }, () => performance.now());
  const objective = r.x.length > 0 ? Object.values(objectiveByTerm(model.lp, r.x)).reduce((a, v) => a + v, 0) : null;
  return { seconds: (performance.now() - t0) / 1000, objective, status: r.status };
}
