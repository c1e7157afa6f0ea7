/**
 * A value refused that is a good one with a slip undone was refused with no hint: `--set
 * weights.moves==2` (an extra =) as found "=2", a quoted `"2"`, a year in Chinese digits, a share
 * of `10` meant as 10%, `不` or `关` for 否. The refusal now says what was wrong and shows the line
 * meant: `--set weights.moves=2`, or for a policy file's row the row `weights.moves,2`.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy, type PolicySetting } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { parseSet } from '../../src/cli/io.js';

const refusal = (s: PolicySetting): { zh: string; en: string } => {
  const r = resolvePolicy([s], 2026, subjectKey);
  if (r.ok) throw new Error(`${s.key}=${s.value} was taken`);
  return r.issues[0] ?? { zh: '', en: '' };
};

describe('a value with a slip shows the line meant', () => {
  it('says an extra = was typed, on --set and in a policy file row', () => {
    const set = refusal({ key: 'weights.moves', value: '=2', file: '--set' });
    expect(set.zh).toContain('多打了一个等号, 应为 --set weights.moves=2');
    expect(set.en).toContain('an extra = was typed: meant --set weights.moves=2');
    const [typed] = parseSet('weights.moves==2', []);
    expect(typed && refusal(typed).en).toContain('meant --set weights.moves=2');
    const row = refusal({ key: 'weights.moves', value: '＝2', file: '参数.csv', row: 3 });
    expect(row.zh).toContain('多打了一个等号, 此行应为 weights.moves,2');
    expect(row.en).toContain('the row meant is weights.moves,2');
  });

  it('gives no line when the value is still wrong without the =', () => {
    const set = refusal({ key: 'weights.moves', value: '=abc', file: '--set' });
    expect(set.en).not.toContain('meant');
  });
});
