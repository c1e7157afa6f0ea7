/**
 * rotate init's 参数.csv says for every weight what turning it up does (the README promises it "for
 * a weight"): the three 优质均衡 weights a clerk tunes to keep or even out the standards
 * (indicator_spread, indicator_shortfall, indicator_keep) had no such words.
 */
import { describe, expect, it } from 'vitest';
import { policyFileCsv } from '../../src/output/policy-file.js';
import { PARAMETERS } from '../../src/domain/parameters.js';

describe('参数.csv', () => {
  it('says for every weight what turning it up does', () => {
    const rows = policyFileCsv().split('\r\n');
    for (const p of PARAMETERS.filter((x) => x.name.startsWith('weights.'))) {
      const row = rows.find((r) => r.startsWith(`${p.name},`));
      expect(row, p.name).toContain('调高');
      expect(row, p.name).toContain('higher');
    }
  });
});
