/**
 * One benchmark run in a fresh process: plans a county folder as `rotate plan` does, then solves
 * the same model exactly with HiGHS (full branch and cut) for the comparison, and prints one JSON
 * line. Run by `run.ts`; not part of the CLI.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../plan/build-model.js';
import { objectiveByTerm } from '../model/term-costs.js';
import type { PolicySetting } from '../domain/policy.js';
import { prepare } from '../pipeline/prepare.js';
import { runPlan } from '../pipeline/run-plan.js';
import { solveCounty } from '../pipeline/solve-county.js';
import { loadHighs, solveWithHighs } from '../solve/highs.js';
import { highsExact } from './highs-exact.js';

const [dir = '', solver = 'auto', compare = 'yes', ...given] = process.argv.slice(2);
/** The bench's --set settings (name=value), as rotate plan --set takes them. */
const settings = (kvs: readonly string[]): PolicySetting[] =>
  kvs.map((kv) => {
    const at = kv.indexOf('=');
    return { key: kv.slice(0, at), value: kv.slice(at + 1), file: 'bench' };
  });
const sets = settings(given);
const inputs = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => join(dir, f));
const out = mkdtempSync(join(tmpdir(), 'rotate-bench-'));
const env = { now: () => performance.now(), currentYear: 2026, version: 'bench', tag: String(process.pid), progress: () => undefined };
const t0 = performance.now();
const outcome = await runPlan(
  { inputs, outDir: join(out, 'plan'), sets, relax: false, recordTime: true, solver: solver as 'auto' | 'jslp' | 'highs' },
  env,
);
const wall = (performance.now() - t0) / 1000;
const rssAfterPlan = process.resourceUsage().maxRSS * 1024;
rmSync(join(out, 'plan'), { recursive: true, force: true });
if (outcome.kind !== 'written') {
  rmSync(out, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ ok: false, kind: outcome.kind })}\n`);
  process.exit(0);
}
const r = outcome.report;
const s = r.summary;
const result: Record<string, unknown> = {
  ok: true,
  wall,
  stages: r.seconds,
  peakRss: rssAfterPlan,
  solver: r.solve.solver,
  status: r.solve.status,
  objective: s.objective.model_total,
  bound: s.objective.bound,
  gap: s.objective.gap,
  rulesHeld: s.rules.every((x) => x.held),
  shortageBefore: s.shortage.before,
  shortageAfter: s.shortage.after,
  moves: r.plan.moves.length,
  cv: s.indicators.cv,
};
if (compare === 'yes') {
  // The same model, solved exactly by HiGHS in this process: its time and optimum.
  const plain = await prepare({ inputs, sets }, 2026);
  // Least shortage any rule-abiding plan can reach: the model with shortage as the only cost.
  const shortageOnly = [...sets, ...settings(['weights.scarce_factor=1', 'weights.rural_weak_factor=1', 'weights.backbone_balance=0', 'weights.moves=0', 'weights.indicator_spread=0', 'weights.indicator_shortfall=0', 'weights.shortage=1'])];
  const pure = await prepare({ inputs, sets: shortageOnly }, 2026);
  if (plain.ok && pure.ok) {
    const h = await loadHighs();
    result['highsExact'] = highsExact(h, plain.value.ctx, 300);
    const model = buildModel(pure.value.ctx, { elastic: false });
    const best = solveWithHighs(h, model.lp, { timeLimit: 300 }, () => performance.now());
    // Named against the model `best` solved, every rule's rows in it: no lazy rule left out (its columns would not match).
    const solved = solveCounty(pure.value.ctx, false, () => performance.now(), () => best, undefined, undefined, undefined, new Set());
    result['leastShortage'] = solved.kind === 'planned' ? objectiveByTerm(model.lp, best.x)['shortage'] : null;
  }
  // The backbone CVs a plan within the same rules can reach: the same run with the spread term
  // weighted far above the rest (40 times its default).
  const aimed = await runPlan(
    { inputs, outDir: join(out, 'aimed'), sets: [...sets, ...settings(['weights.indicator_spread=200'])], relax: false, recordTime: false, solver: 'highs' },
    env,
  );
  result['reachableCv'] = aimed.kind === 'written' ? aimed.report.summary.indicators.cv : null;
}
rmSync(out, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(result)}\n`);
