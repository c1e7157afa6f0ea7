/**
 * A weight or rule named by the Chinese label the tool prints for it (调动代价 in the report,
 * explain and diff; 每校调出教师上限 on the terminal's checklist; 每缺员1人的代价 in rotate policy)
 * was refused as an unknown parameter with no suggestion, in a policy file and in --set alike. It
 * is still refused (a label is no name, and summary.json records names), but the message says
 * which parameter rotate means by it, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy, type PolicySetting } from '../../src/domain/policy.js';
import { PARAMETERS } from '../../src/domain/parameters.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { parameterLabels } from '../../src/rules/parameter-labels.js';
import { HARD_RULES, TERMS } from '../../src/rules/registry.js';
import { planFacts } from '../../src/rules/facts.js';

const refusal = (s: PolicySetting) => {
  const r = resolvePolicy([s], 2026, subjectKey, parameterLabels);
  if (r.ok) throw new Error(`${s.key} was taken`);
  return r.issues[0] ?? { zh: '', en: '' };
};

describe('a Chinese label used as a parameter', () => {
  it('says which parameter a term label names, for a policy row and a --set', () => {
    const row = refusal({ key: '调动代价', value: '2', file: '参数.csv', row: 2 });
    expect(row.zh).toContain('weights.moves');
    expect(row.en).toContain('rotate uses that name for weights.moves');
    expect(row.en).toContain("write the parameter's name, weights.moves");
    expect(refusal({ key: '调动代价', value: '2', file: '--set' }).zh).toContain('参数请写 weights.moves');
  });

  it('shows the whole line to type: --set name=value, or the policy row name,value', () => {
    const set = refusal({ key: '调动代价', value: '2', file: '--set' });
    expect(set.zh).toContain('参数请写 weights.moves, 即 --set weights.moves=2');
    expect(set.en).toContain("write the parameter's name, weights.moves: --set weights.moves=2 ");
    const row = refusal({ key: '调动代价', value: '2', file: '参数.csv', row: 2 });
    expect(row.zh).toContain('此行写作 weights.moves,2');
    expect(row.en).toContain('the row weights.moves,2 ');
  });

  it('names the weight of every term by its label, and the parameter of every rule by its checklist line', () => {
    for (const t of TERMS) {
      expect(PARAMETERS.some((p) => p.name === `weights.${t.name}`), t.name).toBe(true);
      expect(refusal({ key: t.label.zh, value: '1', file: '--set' }).en, t.label.zh).toContain(`name for weights.${t.name} `);
    }
    const policy = resolvePolicy([], 2026, subjectKey);
    if (!policy.ok) throw new Error('defaults');
    const facts = planFacts({ schools: [], teachers: [], posts: null, locks: [], policy: [], files: [], lang: 'zh' }, policy.value, []);
    for (const r of HARD_RULES) {
      const param = r.loosen?.param ?? r.switchedOff?.param;
      if (param === undefined) continue;
      const line = r.check(facts).zh;
      expect(refusal({ key: line, value: '1', file: '--set' }).en, line).toContain(`name for ${param} `);
      // As typed from the screen, without the remark in brackets.
      expect(refusal({ key: line.replace(/（.*）$/u, ''), value: '1', file: '--set' }).en, line).toContain(`name for ${param} `);
    }
  });

  it('names a parameter by its description in rotate policy, with or without its remark', () => {
    expect(refusal({ key: '每缺员1人的代价', value: '20', file: '--set' }).en).toContain('name for weights.shortage ');
    expect(refusal({ key: '每交流1人的代价', value: '2', file: '--set' }).en).toContain('name for weights.moves ');
    expect(refusal({ key: '交流期限（年）', value: '2', file: '--set' }).en).toContain('name for eligibility.term_years ');
  });

  it('reads a label behind a group\'s name, and a rule\'s English name, without calling it Chinese', () => {
    expect(refusal({ key: 'weights.调动代价', value: '2', file: '--set' }).en).toContain('name for weights.moves ');
    const rule = refusal({ key: 'outflow_cap', value: '0.3', file: '--set' });
    expect(rule.en).toContain('rotate uses that name for rules.max_outflow_share ');
    expect(rule.en).not.toContain('Chinese');
  });

  it('are gathered only when a key is unknown: a run whose keys are all names never asks for them', () => {
    const r = resolvePolicy([{ key: 'weights.moves', value: '2', file: '--set' }], 2026, subjectKey, () => {
      throw new Error('labels asked for');
    });
    expect(r.ok).toBe(true);
  });

  it('suggests nothing for a word several parameters share, and keeps the suggestion of a misspelt name', () => {
    expect(refusal({ key: '骨干', value: '1', file: '--set' }).en).not.toContain('rotate uses that name');
    expect(refusal({ key: 'weights.moevs', value: '1', file: '--set' }).en).toContain('did you mean "weights.moves"');
  });
});
