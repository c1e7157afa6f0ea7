import { describe, expect, it } from 'vitest';
import { parseSet } from '../../src/cli/io.js';
import { county, SCHOOLS, TEACHERS } from '../schema/load-county-helpers.js';

// A parameter of text (publish.objections_to, publish.county) goes as typed into summary.json, the
// report, the published lists and rotate diff: an ID number typed there must not.
describe('an ID-card number typed as a parameter value', () => {
  it('is masked as --set reads it, in any form the masker knows', () => {
    expect(parseSet('publish.objections_to=人事股 张三 341122198705160012', [])).toEqual([{ key: 'publish.objections_to', value: `人事股 张三 ${'*'.repeat(18)}`, file: '--set' }]);
    expect(parseSet('publish.county=341122 19870516 0012', [])[0]?.value).toBe('****** ******** ****');
    expect(parseSet('publish.objections_to=电话 0550-1234567', [])[0]?.value).toBe('电话 0550-1234567');
  });

  it('is masked as a policy file is read', async () => {
    const c = await county({
      's.csv': SCHOOLS,
      't.csv': TEACHERS,
      'p.csv': '参数,取值\npublish.objections_to,人事股 张三341122198705160012\npublish.county,3.41122E+17\n',
    });
    expect(Object.fromEntries(c.policy.map((p) => [p.key, p.value]))).toEqual({ 'publish.objections_to': `人事股 张三${'*'.repeat(18)}`, 'publish.county': '*'.repeat(11) });
  });
});
