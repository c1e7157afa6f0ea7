import { isNeedySchool } from '../domain/direction.js';
import type { Policy } from '../domain/policy.js';
import { floorQ, postsAt, teachersOf, type ModelContext } from '../model/context.js';
import type { Text } from './reasons.js';
import type { RuleCheck } from './verify.js';

/** A rule the county cannot meet, with the numbers and a change that would make it feasible. */
export interface Conflict {
  rule: string;
  zh: string;
  en: string;
  /** The shortfall in numbers, from the closest plan. */
  failures: Text[];
  /** A parameter change that would lift this conflict. */
  hint: Text;
}

const HINTS: Record<string, (p: Policy) => Text> = {
  backbone_share: (p) => ({ zh: `可交流骨干不足: 降低 rules.backbone_share（现为 ${p.backboneShare}）, 或放宽骨干调出上限 rules.max_backbone_outflow_share（现为 ${p.maxBackboneOutflowShare}）`, en: `too few backbone teachers can move: lower rules.backbone_share (now ${p.backboneShare}) or raise rules.max_backbone_outflow_share (now ${p.maxBackboneOutflowShare})` }),
  county_quota: (p) => ({ zh: `乡村、薄弱学校同学科空岗不足以接收: 降低 rules.quota_share（现为 ${p.quotaShare}）或补充岗位表`, en: `rural and weak schools lack open posts in those subjects: lower rules.quota_share (now ${p.quotaShare}) or add posts` }),
  school_quota: (p) => ({ zh: `降低 rules.quota_share（现为 ${p.quotaShare}）, 或检查这些学校同学科的乡村空岗`, en: `lower rules.quota_share (now ${p.quotaShare}) or check open rural posts in those schools' subjects` }),
  outflow_cap: (p) => ({ zh: `提高 rules.max_outflow_share（现为 ${p.maxOutflowShare}）`, en: `raise rules.max_outflow_share (now ${p.maxOutflowShare})` }),
  backbone_outflow_cap: (p) => ({ zh: `提高 rules.max_backbone_outflow_share（现为 ${p.maxBackboneOutflowShare}）`, en: `raise rules.max_backbone_outflow_share (now ${p.maxBackboneOutflowShare})` }),
  posts_capacity: () => ({ zh: '补充流入学校的岗位数（岗位表）', en: 'add posts at the receiving schools (posts file)' }),
};

/**
 * The conflicts shown by the closest plan (the elastic model's), rule by rule, each with its
 * numbers and what would lift it.
 */
export function diagnose(checks: readonly RuleCheck[], ctx: ModelContext): Conflict[] {
  const p = ctx.policy;
  return checks
    .filter((c) => !c.held)
    .map((c) => ({
      rule: c.rule,
      zh: c.zh,
      en: c.en,
      failures: [...c.failures, ...(CAPACITY[c.rule]?.(ctx) ?? [])],
      hint: HINTS[c.rule]?.(p) ?? { zh: '检查锁定与输入', en: 'check the locks and the input' },
    }));
}

/** What the county can give at most, for the rules whose shortfall is a matter of supply. */
const CAPACITY: Record<string, (ctx: ModelContext) => Text[]> = {
  backbone_share: (ctx) => {
    let movable = 0;
    const freeBackbone = new Map<string, number>();
    for (const t of ctx.teachers) {
      if (t.backbone !== 'none' && ctx.eligibility.get(t.id)?.status === 'eligible' && !ctx.stayLock.has(t.id)) freeBackbone.set(t.schoolId, (freeBackbone.get(t.schoolId) ?? 0) + 1);
    }
    for (const s of ctx.schools) {
      const st = ctx.stock.get(s.id);
      if (!st) continue;
      const free = freeBackbone.get(s.id) ?? 0;
      movable += Math.min(free, floorQ(p(ctx).maxBackboneOutflowShare * st.backbone), floorQ(p(ctx).maxOutflowShare * st.teachers));
    }
    return [{ zh: `可交流骨干仅 ${movable} 人（符合条件、未锁定留任、不超过各校调出上限）`, en: `only ${movable} backbone teachers can move (eligible, not locked to stay, within each school's caps)` }];
  },
  county_quota: (ctx) => openPosts(ctx),
  school_quota: (ctx) => openPosts(ctx),
};

const p = (ctx: ModelContext): Policy => ctx.policy;

function openPosts(ctx: ModelContext): Text[] {
  let open = 0;
  for (const s of ctx.schools) {
    if (!isNeedySchool(s)) continue;
    for (const j of ctx.subjects) open += Math.max(0, postsAt(ctx, s.id, j) - teachersOf(ctx, s.id, j));
  }
  return [{ zh: `乡村、薄弱学校空岗共 ${open} 个（须同学科才能接收）`, en: `rural and weak schools have ${open} open posts in all (a teacher can only fill one of the same subject)` }];
}
