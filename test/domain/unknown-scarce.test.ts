/**
 * A scarce subject no teacher or post of the county has (体肓 mistyped for 体育; `音乐;体育 # 紧缺`,
 * whose remark made the subject "体育 # 紧缺") was taken without a word: the subject meant stopped
 * being scarce and the plan changed. It is now told, once per such subject; the defaults' own
 * subjects a county may not teach (劳动, 心理健康) are not.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { unknownScarceWarnings } from '../../src/domain/unknown-scarce.js';
import { load, SCHOOLS, TEACHERS } from '../schema/load-county-helpers.js';

async function warnings(scarce?: string) {
  const county = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS });
  if (!county.ok) throw new Error('county');
  const policy = resolvePolicy(scarce === undefined ? [] : [{ key: 'subjects.scarce', value: scarce, file: '参数.csv', row: 2 }], 2026, subjectKey);
  if (!policy.ok) throw new Error('policy');
  return unknownScarceWarnings(county.value, policy.value);
}

describe('scarce subjects the county does not have', () => {
  it('are told: a mistyped name, and a remark after # kept in the value', async () => {
    expect((await warnings('音乐;体肓')).map((w) => w.en)).toEqual([expect.stringContaining('scarce subject "体肓": no teacher or post of the county has this subject')]);
    const remark = await warnings('数学;音乐 # 紧缺');
    expect(remark.map((w) => w.zh)).toEqual([expect.stringContaining('紧缺学科「音乐 # 紧缺」')]);
    expect(remark[0]?.en).toContain('a remark after # goes on a line of its own');
  });

  it('are not told for the defaults, nor for subjects the county has (by any of their names)', async () => {
    expect(await warnings()).toEqual([]);
    expect(await warnings('数学;music;劳动')).toEqual([]);
  });
});
