/**
 * `rotate validate` said "输入无误" and nothing of the policy: a clerk who edited 参数.csv, or
 * commented a line out, could not see which values were in force without planning. It now lists
 * the parameters other than their defaults, as set; a value written another way that equals the
 * default (20% for 0.20, 是 for yes, 2.0 for 2) is not one of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePolicy, type PolicySetting } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { changedParameterLines } from '../../src/text/changed-parameters.js';

const lines = (sets: readonly PolicySetting[]) => {
  const p = resolvePolicy([...sets], 2026, subjectKey);
  if (!p.ok) throw new Error('policy');
  return changedParameterLines(p.value);
};
const set = (key: string, value: string): PolicySetting => ({ key, value, file: '--set' });

describe('the parameters validate says are in force', () => {
  it('lists those other than their defaults, as set', () => {
    expect(lines([set('weights.moves', '2'), set('rules.quota_share', '12%'), set('rules.two_way', '否')])).toEqual(['  与默认值不同的参数 / parameters other than their defaults:', '    rules.quota_share=12%, rules.two_way=否, weights.moves=2']);
  });

  it('leaves out a default written another way, the plan year, and says nothing when all are defaults', () => {
    expect(lines([set('rules.backbone_share', '20%'), set('rules.direction', '是'), set('weights.moves', '1.0'), set('plan.year', '2027')])).toEqual([]);
    expect(lines([])).toEqual([]);
  });

  it('is printed by rotate validate after its first line, a commented line of the policy file not among them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-policy-'));
    writeFileSync(join(dir, '参数.csv'), '参数,取值\n#weights.shortage,20\nweights.moves,2\n');
    const data = join(import.meta.dirname, '../../data');
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/rotate.js'), 'validate', ...['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(data, f)), join(dir, '参数.csv'), '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(1, 3)).toEqual(['  与默认值不同的参数 / parameters other than their defaults:', '    weights.moves=2']);
  });
});
