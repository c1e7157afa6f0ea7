import { buildContext, type ModelContext } from '../model/context.js';
import type { Lp } from '../model/lp.js';
import { HARD_RULES, ruleNamed } from '../rules/registry.js';
import type { RuleCheck } from '../rules/rule.js';
import { hasPlan, type SolveResult } from '../solve/result.js';
import { assignTeachers } from './assign-teachers.js';
import { buildModel } from './build-model.js';
import { buildPlan, type Plan } from './build-plan.js';
import { diagnose, type Conflict } from './diagnose.js';
import { moveIdsOf } from './plan-book.js';
import { verifyPlan } from './verify.js';

/** Solves a model; the caller picks the solver and its limits. */
export type LpSolve = (lp: Lp) => SolveResult;

const RELAXABLE: readonly string[] = HARD_RULES.filter((r) => r.relaxable).map((r) => r.name);

/**
 * The smallest sets of hard rules that conflict, found by a deletion filter over the relaxable
 * rule families: start from all of them (infeasible), drop one at a time and keep it dropped
 * while the rest stays infeasible. What is left conflicts, and leaving out any one of its rules
 * makes a plan possible. After one set is found it is set aside and the search repeats, so that
 * independent conflicts are all named. Each rule comes with its numbers and a parameter value
 * that lifts it, checked on a plan that keeps every other rule. When the conflict lies in rules
 * that are never relaxed (locks, posts), the closest plan's diagnosis is returned as before.
 */
export function smallestConflicts(ctx: ModelContext, closest: readonly RuleCheck[], solve: LpSolve): Conflict[] {
  const infeasible = (present: readonly string[]): boolean => {
    const omit = new Set(RELAXABLE.filter((f) => !present.includes(f)));
    return solve(buildModel(ctx, { elastic: false, omit }).lp).status === 'infeasible';
  };
  if (infeasible([])) return diagnose(closest, ctx);
  const sets: string[][] = [];
  let present = [...RELAXABLE];
  while (present.length > 0 && infeasible(present) && sets.length < RELAXABLE.length) {
    let s = [...present];
    for (const f of present) if (infeasible(s.filter((g) => g !== f))) s = s.filter((g) => g !== f);
    sets.push(s);
    present = present.filter((f) => !s.includes(f));
  }
  if (sets.length === 0) return diagnose(closest, ctx);
  return sets.flatMap((s) => s.map((f) => conflictOf(ctx, f, s, solve)));
}

/** One rule of a conflicting set: what it needs, what the closest plan keeping the others reached, and a checked way out. */
function conflictOf(ctx: ModelContext, rule: string, set: readonly string[], solve: LpSolve): Conflict {
  const fam = ruleNamed(rule);
  const others = set.filter((g) => g !== rule).map((g) => ruleNamed(g)?.zh ?? g);
  const othersEn = set.filter((g) => g !== rule).map((g) => g);
  const head =
    others.length > 0
      ? { zh: `与「${others.join('」「')}」构成最小冲突组: 去掉其中任何一条即有可行方案`, en: `conflicts with ${othersEn.join(', ')}; without any one of them a plan exists` }
      : { zh: '单独这一条就无法满足', en: 'cannot hold on its own' };
  const found = closestKeeping(ctx, rule, set, solve);
  const check = found?.plan.checks.find((c) => c.rule === rule);
  const way = found ? loosen(ctx, rule, found.plan, solve) : null;
  const base = diagnose(check ? [check] : [], ctx)[0];
  const hint = way ?? base?.hint ?? { zh: '检查锁定与输入', en: 'check the locks and the input' };
  return {
    rule,
    zh: check?.zh ?? fam?.zh ?? rule,
    en: check?.en ?? fam?.en ?? rule,
    failures: [head, ...((fam?.kind === 'hard' && fam.needs?.(ctx)) || []), ...(base?.failures ?? [])],
    hint,
  };
}

/**
 * The closest plan that gives way on `rule` only: every other rule hard. When another conflict
 * elsewhere makes that impossible, the rules outside this set are left out instead.
 */
function closestKeeping(ctx: ModelContext, rule: string, set: readonly string[], solve: LpSolve): { plan: Plan } | null {
  const tries = [new Set<string>(), new Set(RELAXABLE.filter((f) => !set.includes(f)))];
  for (const t of tries) {
    const model = buildModel(ctx, { elastic: true, elasticOnly: new Set([rule]), omit: t });
    const r = solve(model.lp);
    if (!hasPlan(r)) continue;
    const assigned = assignTeachers(ctx, model, r.x);
    if (assigned.ok) return { plan: buildPlan(ctx, assigned.placements) };
  }
  return null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The nearest value of the rule's parameter, in steps of 0.01 (or the rule's own step), at which the county has a plan with
 * every other setting as it is: the closest plan suggests where to start, and each value is
 * checked by solving the model again (looser values are never harder, so the search halves).
 */
function loosen(ctx: ModelContext, rule: string, plan: Plan, solve: LpSolve): { zh: string; en: string } | null {
  const r = ruleNamed(rule);
  const l = r?.kind === 'hard' ? r.loosen : undefined;
  if (!l) return null;
  const p = ctx.policy;
  const now = p[l.field];
  const unit = l.step ?? 0.01;
  const step = (k: number): number => round2(l.down ? now - k * unit : now + k * unit);
  // A share goes up to 1; a count only down (to 0).
  const last = Math.round((l.down ? now : 1 - now) / unit);
  if (last <= 0) return null;
  const moves = moveIdsOf(plan.moves);
  const keeps = (k: number): boolean => verifyPlan(ctx.county, { ...p, [l.field]: step(k) }, moves).find((c) => c.rule === rule)?.held === true;
  const feasible = (k: number): boolean => {
    const r = solve(buildModel(buildContext(ctx.county, { ...p, [l.field]: step(k) }, ctx.baseline), { elastic: false }).lp);
    return hasPlan(r);
  };
  let start = 1;
  while (start < last && !keeps(start)) start++;
  let lo = start - 1;
  let hi = last;
  if (feasible(start)) hi = start;
  else {
    lo = start;
    if (!feasible(hi)) {
      return { zh: `只改 ${l.param} 不够: 即使${l.down ? '降到' : '提高到'} ${step(hi)} 仍无可行方案, 须同时调整本组其他规则`, en: `changing ${l.param} alone is not enough: even at ${step(hi)} no plan exists; the other rules of this set must change too` };
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (feasible(mid)) hi = mid;
    else lo = mid;
  }
  return {
    zh: `把 ${l.param} 从 ${now} ${l.down ? '降到' : '提高到'} ${step(hi)} 即可（已验证: 其他设置不变, 重新求解有可行方案）`,
    en: `${l.down ? 'lower' : 'raise'} ${l.param} from ${now} to ${step(hi)} (checked: with every other setting unchanged, the model solves)`,
  };
}
