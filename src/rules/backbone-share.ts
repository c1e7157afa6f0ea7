import { plural } from '../domain/plural.js';
import { isBackbone } from '../domain/backbone.js';
import { isTwoWay } from '../domain/direction.js';
import { isLeader } from '../domain/leaders.js';
import { ceilQ, floorQ } from '../domain/rounding.js';
import { addHardRow } from '../model/hard-row.js';
import { terms } from '../model/sums.js';
import { checkResult } from './check-result.js';
import { twoWayArrivals } from './two-way.js';
import { pct } from '../domain/share-text.js';
import type { HardRule } from './rule.js';

/**
 * Backbone teachers are at least a share of those rotated. With base `movers`:
 * backbone movers ≥ share × movers, which for whole numbers is ⌈share × movers⌉.
 * With base `eligible`: backbone movers ≥ ⌈share × eligible backbone teachers⌉.
 */
export const backboneShare: HardRule = {
  name: 'backbone_share',
  kind: 'hard',
  zh: '交流教师中骨干教师比例不低于规定比例',
  en: 'backbone teachers make up at least the share of those rotated',
  relaxable: true,
  moveOnly: false,
  loosen: { param: 'rules.backbone_share', field: 'backboneShare', down: true },
  build(ctx, cols, b, opts) {
    const share = ctx.policy.backboneShare;
    if (share <= 0) return;
    // The teachers sent out: every mover less the two-way arrivals (an arrival's class says whether a backbone teacher came).
    const back = twoWayArrivals(ctx, cols);
    const bb = cols.out.filter((o) => o.b > 0);
    if (ctx.policy.backboneShareBase === 'eligible') {
      let eligibleBackbone = 0;
      for (const st of ctx.stock.values()) eligibleBackbone += st.eligibleBackbone;
      const need = ceilQ(share * eligibleBackbone);
      if (need > 0) addHardRow(b, opts, 'backbone_share', 'backbone_share', [...terms(bb, 1), ...terms(back.filter((i) => i.c !== 'p'), -1)], need, Infinity);
      return;
    }
    const all = cols.out.map((o): [number, number] => [o.col, o.b > 0 ? 1 - share : -share]);
    const less = back.map((i): [number, number] => [i.col, i.c !== 'p' ? share - 1 : share]);
    addHardRow(b, opts, 'backbone_share', 'backbone_share', [...all, ...less], 0, Infinity);
  },
  check(f) {
    const p = f.policy;
    const eligibleBase = p.backboneShareBase === 'eligible';
    const base = eligibleBase ? f.eligibleBackbone : f.movers;
    const need = ceilQ(p.backboneShare * base);
    const held = f.backboneMovers >= need;
    return checkResult({
      rule: 'backbone_share',
      zh: eligibleBase ? '交流骨干教师不低于符合条件骨干的比例' : '骨干教师占交流人数比例',
      en: eligibleBase ? 'backbone movers at least the share of eligible backbone teachers' : 'backbone teachers among those rotated',
      // No moves (or no eligible backbone teachers) counted: nothing to check, a dash as for a plan without locks (not ≥ 0 (20% × 0) and 0).
      threshold: base === 0 ? '—' : `≥ ${need} (${pct(p.backboneShare)} × ${base})`,
      value: base === 0 ? '—' : String(f.backboneMovers),
      held,
      failures: held ? [] : [{ zh: `需要骨干 ≥ ${need} 人, 实际 ${f.backboneMovers} 人`, en: `needs ≥ ${need} backbone ${plural(need, 'mover')}, has ${f.backboneMovers}` }],
      relaxable: true,
    });
  },
  breaks(book, t, cur, next) {
    const p = book.ctx.policy;
    const bb = isBackbone(t) ? 1 : 0;
    // Only the teachers sent out count: a two-way move (and a principal's) is outside the share.
    const from = book.ctx.schoolById.get(t.schoolId);
    const sentTo = (d: string | undefined): number => {
      const to = d === undefined ? undefined : book.ctx.schoolById.get(d);
      return from === undefined || to === undefined || isLeader(t) || isTwoWay(from, to, p) ? 0 : 1;
    };
    const dSent = sentTo(next) - sentTo(cur);
    const need = (sent: number): number => ceilQ(p.backboneShare * (p.backboneShareBase === 'eligible' ? book.eligibleBackbone : sent));
    return book.sentBackbone >= need(book.sent) && book.sentBackbone + dSent * bb < need(book.sent + dSent);
  },
  needs(ctx) {
    const p = ctx.policy;
    const eligible = ctx.teachers.filter((t) => isBackbone(t) && ctx.eligibility.get(t.id)?.status === 'eligible');
    const free = eligible.filter((t) => !ctx.stayLock.has(t.id)).length;
    const base = p.backboneShareBase === 'eligible' ? { zh: `符合条件骨干数的 ${pct(p.backboneShare)}`, en: `${pct(p.backboneShare)} of the eligible backbone teachers` } : { zh: `交流人数的 ${pct(p.backboneShare)}`, en: `${pct(p.backboneShare)} of those rotated` };
    return [{ zh: `规则: 交流骨干 ≥ ${base.zh}; 全县符合条件的骨干 ${eligible.length} 人, 未锁定留任 ${free} 人`, en: `rule: backbone movers ≥ ${base.en}; the county has ${eligible.length} eligible backbone ${plural(eligible.length, 'teacher')}, ${free} not locked to stay` }];
  },
  capacity(ctx) {
    const p = ctx.policy;
    const freeBackbone = new Map<string, number>();
    for (const t of ctx.teachers) {
      if (isBackbone(t) && ctx.eligibility.get(t.id)?.status === 'eligible' && !ctx.stayLock.has(t.id)) freeBackbone.set(t.schoolId, (freeBackbone.get(t.schoolId) ?? 0) + 1);
    }
    let movable = 0;
    for (const s of ctx.schools) {
      const st = ctx.stock.get(s.id);
      if (!st) continue;
      movable += Math.min(freeBackbone.get(s.id) ?? 0, floorQ(p.maxBackboneOutflowShare * st.backbone), floorQ(p.maxOutflowShare * st.teachers));
    }
    return [{ zh: `可交流骨干仅 ${movable} 人（符合条件、未锁定留任、不超过各校调出上限）`, en: `only ${movable} backbone ${plural(movable, 'teacher')} can move (eligible, not locked to stay, within each school's caps)` }];
  },
  hint: (p) => ({ zh: `可交流骨干不足: 降低 rules.backbone_share（现为 ${p.backboneShare}）, 或放宽骨干调出上限 rules.max_backbone_outflow_share（现为 ${p.maxBackboneOutflowShare}）`, en: `too few backbone teachers can move: lower rules.backbone_share (now ${p.backboneShare}) or raise rules.max_backbone_outflow_share (now ${p.maxBackboneOutflowShare})` }),
  stayNote: (book) => ({ zh: `再交流一名非骨干教师将使骨干比例低于${pct(book.ctx.policy.backboneShare)}`, en: `one more non-backbone mover would bring the backbone share below ${pct(book.ctx.policy.backboneShare)}` }),
};
