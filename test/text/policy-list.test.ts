/**
 * `rotate policy` teaches how to set what it lists: a share may be written as a percentage (15%),
 * and the ways to set a parameter (--set, a policy file, --policy, sweep) are given in both
 * languages. Its last line was English after the first example ("or a CSV file with columns
 * 参数,取值 (key,value) among the inputs"), and nothing said that 15% is read.
 */
import { describe, expect, it } from 'vitest';
import { policyList } from '../../src/text/policy-list.js';

describe('rotate policy', () => {
  it('says a share may be a percentage', () => {
    const line = policyList().find((l) => l.startsWith('rules.quota_share = '));
    expect(line).toBe('rules.quota_share = 0.10    范围 range: 0 – 1（或百分数 or a percentage: 15%）');
  });

  it('ends with how to set a parameter, in Chinese and English', () => {
    const lines = policyList();
    const at = lines.indexOf('用法 / use:');
    expect(at).toBeGreaterThan(0);
    const use = lines.slice(at + 1);
    // Each way: the command as typed, then what it does in Chinese, then in English.
    const commands = use.flatMap((l, i) => (l.startsWith('  rotate ') ? [i] : []));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const i of commands) {
      expect(use[i + 1], use[i]).toMatch(/^ {4}\S*[\u4e00-\u9fff]/u);
      expect(use[i + 2], use[i]).toMatch(/^ {4}[a-z]/u);
    }
    expect(use).toHaveLength(commands.length * 3);
    expect(use.join('\n')).toContain('--set rules.quota_share=15%');
    expect(use.join('\n')).toContain('--policy');
    // A policy file's comment lines are skipped: said where the file is.
    expect(use.join('\n')).toContain('以 # 开头的行是注释');
    expect(use.join('\n')).toContain('a line starting with # is a comment');
    expect(use.join('\n')).toContain('rotate init');
    expect(use.join('\n')).toContain('rotate sweep');
  });
});
