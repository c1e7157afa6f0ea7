import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { county, policy, post, school, teachers } from '../helpers/make-county.js';

/**
 * An urban school must send 10%, the rural posts are all full: its teacher goes to the rural school
 * into the post of the rural teacher who goes two-way to the city. The rural school had no vacancy,
 * so its shortage is 0 → 0: the reason must not say the move fills a shortage.
 */
describe('the reason of a move into a school with no vacancy in the subject', () => {
  it('says the teacher takes the post the school\'s own teacher leaves, not 补…缺员0人→0人', () => {
    const schools: School[] = [school('U', 'urban', { stage: 'junior' }), school('R', 'rural', { stage: 'junior' })];
    const ts: Teacher[] = [...teachers('b', 5, 'U', '数学', { backbone: 'school' }), ...teachers('u', 5, 'U', '数学'), ...teachers('r', 5, 'R', '数学')];
    const c = county(schools, ts, [post('U', '数学', 10), post('R', '数学', 5)]);
    const r = solveCounty(buildContext(c, policy({ 'plan.year': '2026', 'rules.backbone_share': '0.6' })), false, () => 0);
    expect(r.kind).toBe('planned');
    if (r.kind !== 'planned') return;
    const sent = r.plan.moves.filter((m) => !m.twoWay);
    expect(sent.map((m) => `${m.from.id}>${m.to.id}`)).toEqual(['U>R']);
    const why = sent[0]?.reason;
    expect(why?.zh).not.toMatch(/^补/u);
    expect(why?.zh).toContain('到乡村学校「学校R」任教数学, 接替该校调出的数学教师（缺员0人→0人）');
    expect(why?.en).toContain("takes the 数学 post 学校R's own teacher leaves (shortage 0 → 0)");
  });
});
