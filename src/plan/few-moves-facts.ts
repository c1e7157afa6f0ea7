/**
 * The facts behind a plan that moves nobody, or no more than the quota asks, while teachers are
 * eligible: what the quota requires, the eligible teachers locked to stay, the shortage left in the
 * rotation and how much of it the move rules let an eligible teacher fill. Computed from the
 * county, the policy and the plan, never from the solver: domain/few-moves-note.ts puts them in
 * words. Only such a plan pays for them (one pass over the teachers and the schools' subjects).
 */
import { isQuotaSchool } from '../domain/direction.js';
import type { FewMovesFacts } from '../domain/few-moves-note.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import { ceilQ } from '../domain/rounding.js';
import { inScope, sectioned, sectionsOf } from '../domain/sections.js';
import type { County } from '../domain/types.js';
import { buildContext, isQuota } from '../model/context.js';
import { moveClasses } from '../rules/allows-move.js';
import type { Plan } from './build-plan.js';
import { countedMoves } from './counted-moves.js';

/**
 * A plan moving at most this share of the eligible teachers is a plan of few moves: whether the
 * rules leave any shortage for eligible teachers to fill is worth working out for it.
 */
const FEW = 0.1;

/**
 * The facts when the plan's counted moves (two-way exchanges and principals aside) are none, no
 * more than the county quota requires, or few (at most a tenth of the eligible) with no shortage
 * left that the rules let an eligible teacher fill or with weights under which filling a post gains
 * no more than a move costs; null otherwise, or when no teacher is eligible (none-eligible.ts says why).
 */
export function fewMovesFacts(county: County, policy: Policy, plan: Pick<Plan, 'moves' | 'figures'>, eligibleCount: number): FewMovesFacts | null {
  // The terminal summary and report.html both say them: worked out once per plan (the index below is the whole county's).
  const known = made.get(plan.moves);
  if (known && known.county === county && known.policy === policy && known.eligibleCount === eligibleCount) return known.facts;
  const facts = factsOf(county, policy, plan, eligibleCount);
  made.set(plan.moves, { county, policy, eligibleCount, facts });
  return facts;
}

/** The facts already worked out, by the plan's moves (kept as long as the plan is). */
const made = new WeakMap<object, { county: County; policy: Policy; eligibleCount: number; facts: FewMovesFacts | null }>();

function factsOf(county: County, policy: Policy, plan: Pick<Plan, 'moves' | 'figures'>, eligibleCount: number): FewMovesFacts | null {
  const counted = countedMoves(plan.moves).length;
  // The quota asks at most ⌈share × every eligible teacher⌉: a plan moving more, and more than a few, needs no word, and no index.
  if (eligibleCount === 0 || (counted > ceilQ(policy.quotaShare * eligibleCount) && counted > FEW * eligibleCount)) return null;
  const ctx = buildContext(county, policy);
  let quotaEligible = 0;
  let quotaNeed = 0;
  let compulsory = 0;
  let senior = 0;
  for (const s of ctx.schools) {
    const st = ctx.stock.get(s.id);
    if (!st || !isQuota(ctx, s.id)) continue;
    compulsory += st.eligible - st.eligibleSenior;
    senior += st.eligibleSenior;
  }
  quotaEligible = compulsory + senior;
  quotaNeed = ceilQ(policy.quotaShare * compulsory) + ceilQ(policy.quotaShare * senior);

  const classes = moveClasses(ctx.schools, { policy, posts: ctx.posts, forbid: ctx.forbid });
  const moved = new Set(plan.moves.map((m) => m.teacher.id));
  let eligible = 0;
  let lockedStay = 0;
  // The teachers still free to go, by subject, class of school and teacher's class: the schools they are at (two suffice to tell "another school").
  const sources = new Map<string, Map<string, { fromClass: string; tk: string; schools: Set<string> }>>();
  for (const t of ctx.teachers) {
    if (isLeader(t) || ctx.eligibility.get(t.id)?.status !== 'eligible') continue;
    eligible++;
    if (ctx.stayLock.has(t.id)) {
      lockedStay++;
      continue;
    }
    const from = ctx.schoolById.get(t.schoolId);
    if (!from || moved.has(t.id)) continue;
    const fromClass = classes.classOf(from);
    const tk = classes.teacherClass(t);
    const bySubject = sources.get(t.subject) ?? new Map<string, { fromClass: string; tk: string; schools: Set<string> }>();
    sources.set(t.subject, bySubject);
    const key = `${fromClass}>${tk}`;
    const g = bySubject.get(key) ?? { fromClass, tk, schools: new Set<string>() };
    bySubject.set(key, g);
    if (g.schools.size < 2) g.schools.add(from.id);
  }

  let openAfter = 0;
  let openAtQuotaSchools = 0;
  let fillable = 0;
  for (const f of plan.figures) {
    const to = f.school;
    const secs = sectionsOf(to);
    const toClass = classes.classOf(to);
    for (const [subject, v] of f.bySubject) {
      const parts = sectioned(to) && v.sections ? v.sections : [v];
      const reach = new Set<number>();
      for (const g of sources.get(subject)?.values() ?? []) {
        if ([...g.schools].every((id) => id === to.id) || !classes.allows(g.fromClass, toClass, g.tk) || !classes.into(subject, to)) continue;
        const sec = classes.section(g.fromClass, toClass, g.tk);
        const k = sec === undefined ? -1 : secs.indexOf(sec);
        if (k < 0) parts.forEach((_, i) => reach.add(i));
        else reach.add(k);
      }
      parts.forEach((part, i) => {
        const sec = secs[i];
        if (sec === undefined || !inScope(sec, policy) || part.after <= 0) return;
        openAfter += part.after;
        if (reach.has(i)) fillable += part.after;
        else if (isQuotaSchool(to)) openAtQuotaSchools += part.after;
      });
    }
  }
  // The files the stay locks of eligible teachers come from (a locks file, an objections file's upheld rows).
  const lockFiles = [...new Set(county.locks.filter((l) => l.action === 'stay' && ctx.stayLock.has(l.teacherId) && ctx.eligibility.get(l.teacherId)?.status === 'eligible').map((l) => l.source.file))].sort();
  const w = policy.weights;
  const bestGain = w.shortage * Math.max(1, w.scarceFactor) * Math.max(1, w.ruralWeakFactor);
  // Beyond the quota, the reasons the facts show: a shortage nobody may fill, or one a filled post gains no more than a move costs.
  if (counted > quotaNeed && fillable > 0 && bestGain > w.moves) return null;
  return {
    eligible,
    counted,
    moved: plan.moves.length,
    leadersMoved: plan.moves.filter((m) => m.leader).length,
    lockedStay,
    lockFiles,
    quotaShare: policy.quotaShare,
    quotaEligible,
    quotaNeed,
    openAfter,
    openAtQuotaSchools,
    fillable,
    moveCost: w.moves,
    shortageGain: w.shortage,
    bestGain,
    values: { moves: policy.values['weights.moves'] ?? String(w.moves), shortage: policy.values['weights.shortage'] ?? String(w.shortage), quota: policy.values['rules.quota_share'] ?? String(policy.quotaShare) },
  };
}
