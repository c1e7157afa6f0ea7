/**
 * A policy file headed as a clerk heads it: 参数名称 / 参数取值 beside the 参数 / 取值 that
 * rotate init writes (参数名称,参数值 was "cannot tell what kind of file this is").
 */
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/schema/detect-kind.js';

describe('policy file headers', () => {
  it('reads 参数名称 and 参数取值 as 参数 and 取值', () => {
    for (const header of [['参数名称', '参数值'], ['参数名称', '取值'], ['参数', '参数取值'], ['参数名称', '参数取值', '说明']]) {
      const r = detectKind(header, '参数.csv');
      expect(r.ok && r.match.kind, header.join(',')).toBe('policy');
    }
  });
});
