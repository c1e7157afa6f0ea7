import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { buildModel } from '../../src/plan/build-model.js';
import { HARD_RULES } from '../../src/rules/registry.js';
import { solveModel } from '../../src/solve/solve-model.js';
import { context, county, post, school, teachers } from '../helpers/make-county.js';

const clock = () => 0;

/** Two town schools with 63 eligible teachers but only 3 backbone teachers; a rural school with open posts. */
function fewBackbone() {
  const ts = [
    ...teachers('A', 30, 'S1', '语文'),
    ...teachers('AB', 2, 'S1', '语文', { backbone: 'county' }),
    ...teachers('B', 30, 'S2', '数学'),
    ...teachers('BB', 1, 'S2', '数学', { backbone: 'city' }),
  ];
  return county([school('S1', 'urban'), school('S2', 'town'), school('R1', 'rural')], ts, [post('S1', '语文', 32), post('S2', '数学', 31), post('R1', '语文', 20), post('R1', '数学', 20)]);
}

describe('infeasibility: the smallest set of conflicting rules, with numbers and a checked way out', () => {
  it('names backbone share against the quota in numbers, and each hint really makes the county plannable', () => {
    const c = fewBackbone();
    const ctx = context(c);
    const r = solveCounty(ctx, false, clock);
    expect(r.kind).toBe('infeasible');
    if (r.kind !== 'infeasible') return;
    const share = r.conflicts.find((x) => x.rule === 'backbone_share');
    expect(share).toBeDefined();
    const text = share?.failures.map((f) => f.zh).join('\n') ?? '';
    const need = Number(/需要骨干 ≥ (\d+) 人/.exec(text)?.[1]);
    const can = Number(/可交流骨干仅 (\d+) 人/.exec(text)?.[1]);
    expect(need).toBeGreaterThan(can);
    expect(text).toMatch(/构成最小冲突组/);

    // The set is minimal: it conflicts, and leaving out any one of its rules gives a plan.
    const set = [...new Set(r.conflicts.map((x) => x.rule))];
    const relaxable = HARD_RULES.filter((f) => f.relaxable).map((f) => f.name);
    const status = (omit: string[]) => solveModel(buildModel(ctx, { elastic: false, omit: new Set(omit) }).lp, { timeLimit: 10 }, clock).status;
    const others = relaxable.filter((f) => !set.includes(f));
    expect(status(others)).toBe('infeasible');
    for (const f of set) expect(status([...others, f]), f).not.toBe('infeasible');

    // Every hint names a value, and with that one value changed the county has a plan.
    for (const x of r.conflicts) {
      const m = /(rules\.[a-z_]+) 从 [\d.]+ (?:降到|提高到) ([\d.]+) 即可/.exec(x.hint.zh);
      expect(m, x.hint.zh).not.toBeNull();
      if (!m) continue;
      const again = solveCounty(context(c, { [m[1] ?? '']: m[2] ?? '' }), false, clock);
      expect(again.kind, `${m[1]}=${m[2]}`).toBe('planned');
    }
  });
});
