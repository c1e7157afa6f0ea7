import { isBackbone } from '../domain/backbone.js';
import { ceilQ, floorQ, isQuota, type ModelContext } from '../model/context.js';
import type { Text } from './reasons.js';

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** What a relaxable rule asks of this county, in numbers, independent of any plan. */
export function ruleNeeds(ctx: ModelContext, rule: string): Text[] {
  const p = ctx.policy;
  const stocks = ctx.schools.map((s) => ({ s, st: ctx.stock.get(s.id) }));
  switch (rule) {
    case 'backbone_share': {
      const eligible = ctx.teachers.filter((t) => isBackbone(t) && ctx.eligibility.get(t.id)?.status === 'eligible');
      const free = eligible.filter((t) => !ctx.stayLock.has(t.id)).length;
      const base = p.backboneShareBase === 'eligible' ? { zh: `符合条件骨干数的 ${pct(p.backboneShare)}`, en: `${pct(p.backboneShare)} of the eligible backbone teachers` } : { zh: `交流人数的 ${pct(p.backboneShare)}`, en: `${pct(p.backboneShare)} of those rotated` };
      return [{ zh: `规则: 交流骨干 ≥ ${base.zh}; 全县符合条件的骨干 ${eligible.length} 人, 未锁定留任 ${free} 人`, en: `rule: backbone movers ≥ ${base.en}; the county has ${eligible.length} eligible backbone teachers, ${free} not locked to stay` }];
    }
    case 'county_quota': {
      const e = stocks.filter((x) => isQuota(ctx, x.s.id)).reduce((a, x) => a + (x.st?.eligible ?? 0), 0);
      const need = ceilQ(p.quotaShare * e);
      return [{ zh: `规则: 城镇非薄弱学校符合条件教师 ${e} 人, 需交流 ≥ ${need} 人（${pct(p.quotaShare)}, 向上取整）`, en: `rule: urban/town schools that are not weak have ${e} eligible teachers, so at least ${need} rotate (${pct(p.quotaShare)}, rounded up)` }];
    }
    case 'school_quota': {
      const needs = stocks.filter((x) => isQuota(ctx, x.s.id)).map((x) => floorQ(p.quotaShare * (x.st?.eligible ?? 0))).filter((n) => n > 0);
      return [{ zh: `规则: ${needs.length} 所城镇非薄弱学校各需交流 ≥ ${pct(p.quotaShare)} × 符合条件教师（向下取整）, 合计 ≥ ${needs.reduce((a, n) => a + n, 0)} 人`, en: `rule: ${needs.length} urban/town schools that are not weak each rotate ≥ ${pct(p.quotaShare)} of their eligible teachers (rounded down), ${needs.reduce((a, n) => a + n, 0)} in all` }];
    }
    case 'outflow_cap': {
      const cap = stocks.reduce((a, x) => a + floorQ(p.maxOutflowShare * (x.st?.teachers ?? 0)), 0);
      return [{ zh: `规则: 每校调出 ≤ ${pct(p.maxOutflowShare)} × 教师数（向下取整）, 各校上限合计 ${cap} 人`, en: `rule: each school loses ≤ ${pct(p.maxOutflowShare)} of its teachers (rounded down), ${cap} in all` }];
    }
    case 'backbone_outflow_cap': {
      const cap = stocks.reduce((a, x) => a + floorQ(p.maxBackboneOutflowShare * (x.st?.backbone ?? 0)), 0);
      return [{ zh: `规则: 每校调出骨干 ≤ ${pct(p.maxBackboneOutflowShare)} × 骨干数（向下取整）, 各校上限合计 ${cap} 人`, en: `rule: each school loses ≤ ${pct(p.maxBackboneOutflowShare)} of its backbone teachers (rounded down), ${cap} in all` }];
    }
    default:
      return [];
  }
}
