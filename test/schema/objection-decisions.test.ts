import { describe, expect, it } from 'vitest';
import { parseObjectionDecision } from '../../src/schema/enums.js';

/*
 * 处理结果 as bureaus write their replies to objections: 不予采纳 and 维持原方案 (the plan kept as
 * posted) were refused as unknown words, 予以采纳 too; they are read as rejected and upheld.
 */
const read = (s: string): string => {
  const r = parseObjectionDecision(s);
  return r.ok ? r.value : 'refused';
};

describe('处理结果 of an objection', () => {
  it('reads the words of a bureau\'s reply', () => {
    expect(['不予采纳', '维持原方案', '维持原安排', '予以驳回'].map(read)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(['予以采纳', '同意', '驳回'].map(read)).toEqual(['upheld', 'upheld', 'rejected']);
  });

  it('still refuses a word it cannot tell (部分采纳: partly upheld, which action?)', () => {
    expect(read('部分采纳')).toBe('refused');
  });
});
