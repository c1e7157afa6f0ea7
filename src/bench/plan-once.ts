/**
 * One benchmark run in a fresh process: plans a county folder as `rotate plan` does, then solves
 * the same model exactly with HiGHS (full branch and cut) for the comparison, and prints one JSON
 * line. Run by `run.ts`; not part of the CLI.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPlan, solveCounty } from '../app.js';
import { resolvePolicy } from '../domain/policy.js';
import { subjectKey } from '../domain/subjects.js';
import { buildModel } from '../plan/build-model.js';
import { buildContext } from '../model/context.js';
import { objectiveByTerm } from '../model/lp.js';
import { loadHighs, solveWithHighs } from '../solve/highs.js';
import { loadCounty } from '../schema/load-county.js';
import { highsExact } from './highs-exact.js';

const [dir = '', solver = 'auto', compare = 'yes'] = process.argv.slice(2);
const inputs = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => join(dir, f));
const out = mkdtempSync(join(tmpdir(), 'rotate-bench-'));
const t0 = performance.now();
const outcome = await runPlan(
  { inputs, outDir: join(out, 'plan'), sets: [], relax: false, recordTime: true, solver: solver as 'auto' | 'jslp' | 'highs' },
  { now: () => performance.now(), currentYear: 2026, version: 'bench', tag: String(process.pid), progress: () => undefined },
);
const wall = (performance.now() - t0) / 1000;
const rssAfterPlan = process.resourceUsage().maxRSS * 1024;
rmSync(out, { recursive: true, force: true });
if (outcome.kind !== 'written') {
  process.stdout.write(`${JSON.stringify({ ok: false, kind: outcome.kind })}\n`);
  process.exit(0);
}
const r = outcome.report;
const s = r.summary as { shortage: { before: number; after: number }; objective: { model: number; bound: number | null; gap: number }; rules: { held: boolean }[] };
const result: Record<string, unknown> = {
  ok: true,
  wall,
  stages: r.seconds,
  peakRss: rssAfterPlan,
  solver: r.solve.solver,
  status: r.solve.status,
  objective: s.objective.model,
  bound: s.objective.bound,
  gap: s.objective.gap,
  rulesHeld: s.rules.every((x) => x.held),
  shortageBefore: s.shortage.before,
  shortageAfter: s.shortage.after,
  moves: r.plan.moves.length,
};
if (compare === 'yes') {
  // The same model, solved exactly by HiGHS in this process: its time and optimum.
  const loaded = await loadCounty(inputs);
  if (loaded.ok) {
    const policy = resolvePolicy([], 2026, subjectKey);
    if (policy.ok) {
      const h = await loadHighs();
      const ctx = buildContext(loaded.value, policy.value, new Map());
      const exact = highsExact(h, ctx, 300);
      result['highsExact'] = exact;
      // Least shortage any rule-abiding plan can reach: the model with shortage as the only cost.
      const pure = resolvePolicy(
        ['weights.scarce_factor=1', 'weights.rural_weak_factor=1', 'weights.backbone_balance=0', 'weights.moves=0', 'weights.shortage=1'].map((kv) => {
          const [key = '', value = ''] = kv.split('=');
          return { key, value, file: 'bench' };
        }),
        2026,
        subjectKey,
      );
      if (pure.ok) {
        const pctx = buildContext(loaded.value, pure.value, new Map());
        const model = buildModel(pctx, { elastic: false });
        const best = solveWithHighs(h, model.lp, { timeLimit: 300 }, () => performance.now());
        const solved = solveCounty(pctx, false, () => performance.now(), () => best);
        result['leastShortage'] = solved.kind === 'planned' ? objectiveByTerm(model.lp, best.x)['shortage'] : null;
      }
    }
  }
}
process.stdout.write(`${JSON.stringify(result)}\n`);
