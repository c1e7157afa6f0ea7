import { isBackbone } from '../domain/backbone.js';
import { isQuotaSchool, moveDirection } from '../domain/direction.js';
import type { Teacher } from '../domain/types.js';
import { postsAt, type ModelContext } from '../model/context.js';
import { cellOf, type PlanBook } from './plan-book.js';

/**
 * The hard rules that hold in the plan and would fail once `t` goes to `next` instead of `cur`
 * (undefined = at the own school). The same rules, thresholds and rounding as the verifier
 * (src/plan/verify.ts), judged only where the change acts; a test holds the two to agreement.
 */
export function rulesBroken(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined, dMovers: number): string[] {
  const { ctx } = book;
  const p = ctx.policy;
  const broken = new Set<string>();
  const S = t.schoolId;
  const from = ctx.schoolById.get(S);
  if (next !== undefined) {
    if (next === S || !ctx.schoolById.has(next)) broken.add('one_destination');
    if (cur === undefined && ctx.eligibility.get(t.id)?.status !== 'eligible') broken.add('eligibility');
    const to = ctx.schoolById.get(next);
    if (p.sameSubject && postsAt(ctx, next, t.subject) <= 0) broken.add('same_subject');
    if (from && to && moveDirectionOk(ctx, from.id, to.id) === false) broken.add('direction');
  }
  const moveLock = ctx.moveLock.get(t.id);
  if (moveLock && cur === moveLock.schoolId && next !== moveLock.schoolId) broken.add('locks');
  if (ctx.stayLock.has(t.id) && cur === undefined && next !== undefined) broken.add('locks');
  const forbid = ctx.forbid.get(t.id);
  if (forbid && next !== undefined && forbid.has(next) && !(cur !== undefined && forbid.has(cur))) broken.add('locks');

  const newLoc = next ?? S;
  const cell = cellOf(book, newLoc, t.subject);
  const n = cell < 0 ? 0 : (book.after[cell] ?? 0);
  const inflow = cell < 0 ? 0 : (book.inflow[cell] ?? 0);
  const cap = cell < 0 ? postsAt(ctx, newLoc, t.subject) : (book.posts[cell] ?? 0);
  const heldBefore = inflow === 0 || n <= cap;
  if (inflow + (next !== undefined ? 1 : 0) > 0 && n + 1 > cap && heldBefore) broken.add('posts_capacity');

  const st = ctx.stock.get(S);
  const out = book.outflow.get(S) ?? 0;
  if (dMovers < 0 && from && isQuotaSchool(from)) {
    const need = floor(p.quotaShare * (st?.eligible ?? 0));
    if (out >= need && out - 1 < need) broken.add('school_quota');
    const countyNeed = ceil(p.quotaShare * book.quotaEligible);
    if (book.quotaOut >= countyNeed && book.quotaOut - 1 < countyNeed) broken.add('county_quota');
  }
  const bb = isBackbone(t) ? 1 : 0;
  const shareNeed = (movers: number): number => ceil(p.backboneShare * (p.backboneShareBase === 'eligible' ? book.eligibleBackbone : movers));
  if (book.backboneMovers >= shareNeed(book.movers) && book.backboneMovers + dMovers * bb < shareNeed(book.movers + dMovers)) broken.add('backbone_share');
  if (dMovers > 0) {
    const outCap = floor(p.maxOutflowShare * (st?.teachers ?? 0));
    if (out <= outCap && out + 1 > outCap) broken.add('outflow_cap');
    const bbOut = book.backboneOutflow.get(S) ?? 0;
    const bbCap = floor(p.maxBackboneOutflowShare * (st?.backbone ?? 0));
    if (bb === 1 && bbOut <= bbCap && bbOut + 1 > bbCap) broken.add('backbone_outflow_cap');
  }
  return [...broken];
}

const floor = (x: number): number => Math.floor(x + 1e-9);
const ceil = (x: number): number => Math.ceil(x - 1e-9);

function moveDirectionOk(ctx: ModelContext, from: string, to: string): boolean {
  const a = ctx.schoolById.get(from);
  const b = ctx.schoolById.get(to);
  return a !== undefined && b !== undefined && moveDirection(a, b, ctx.policy) !== null;
}
