/**
 * A misspelt parameter is refused with the name it most likely meant (it said only "unknown
 * parameter … (run rotate policy to list them)").
 */
import { describe, expect, it } from 'vitest';
import { closestParameter } from '../../src/domain/closest-parameter.js';
import { PARAMETERS } from '../../src/domain/parameters.js';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { formatIssues } from '../../src/schema/format-issue.js';

const NAMES = PARAMETERS.map((p) => p.name);

describe('closestParameter', () => {
  it('finds the name meant by a slip, other case, or the group left off', () => {
    expect(closestParameter('weights.indicator_kep', NAMES)).toBe('weights.indicator_keep');
    expect(closestParameter('rules.quota_shar', NAMES)).toBe('rules.quota_share');
    expect(closestParameter('RULES.QUOTA_SHARE', NAMES)).toBe('rules.quota_share');
    expect(closestParameter('quota_share', NAMES)).toBe('rules.quota_share');
    expect(closestParameter('rules.max_outfow_share', NAMES)).toBe('rules.max_outflow_share');
    expect(closestParameter('weight.moves', NAMES)).toBe('weights.moves');
  });

  it('finds the one name a name cut short at a word\'s end begins (rules.quota was taken for rules.scope), and none where several begin so', () => {
    expect(closestParameter('rules.quota', NAMES)).toBe('rules.quota_share');
    expect(closestParameter('rules.max_backbone', NAMES)).toBe('rules.max_backbone_outflow_share');
    expect(closestParameter('weights.indicator', NAMES)).toBeNull();
  });

  it('names none when nothing is near or two are as near', () => {
    expect(closestParameter('交流比例', NAMES)).toBeNull();
    expect(closestParameter('foo', NAMES)).toBeNull();
    expect(closestParameter('norm.students_per_post_x', NAMES)).toBeNull();
  });
  it('names none beyond its slips, even where only one name is that far (大学 was told 小学, a short name allowing no slip)', () => {
    expect(closestParameter('大学', ['小学', '初中'])).toBeNull();
    expect(closestParameter('rules.scape', ['rules.scope'])).toBe('rules.scope');
    expect(closestParameter('weights.xyzzy_plugh', ['weights.moves'])).toBeNull();
  });
});

describe('the message of an unknown parameter', () => {
  it('says which was meant, in both languages', () => {
    const r = resolvePolicy([{ key: 'weights.indicator_kep', value: '10', file: '--set' }], 2026, subjectKey);
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual([
      '--set weights.indicator_kep: 未知参数「weights.indicator_kep」, 是否应为「weights.indicator_keep」?（运行 rotate policy 查看全部参数） / unknown parameter "weights.indicator_kep": did you mean "weights.indicator_keep"? (run rotate policy to list them)',
    ]);
  });

  it('is as before when no name is near', () => {
    const r = resolvePolicy([{ key: '交流比例', value: '10', file: '参数.csv', row: 3 }], 2026, subjectKey);
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual(['参数.csv 第3行「交流比例」: 未知参数「交流比例」（运行 rotate policy 查看全部参数） / row 3 交流比例: unknown parameter "交流比例" (run rotate policy to list them)']);
  });
});
