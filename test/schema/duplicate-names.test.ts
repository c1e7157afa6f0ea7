import { describe, expect, it } from 'vitest';
import type { School } from '../../src/domain/types.js';
import { duplicateNameWarnings } from '../../src/schema/duplicate-names.js';

const school = (id: string, name: string, row: number): School => ({ id, name, stage: 'primary', area: 'rural', students: 100, weak: false, source: { file: '学校.csv', row } });
const label = (_file: string, key: string): string => (key === 'name' ? '学校名称' : key);

describe('duplicateNameWarnings', () => {
  it('warns at each later row of a repeated name, naming the other rows and codes', () => {
    const w = duplicateNameWarnings([school('002', '西坝中心中学', 5), school('001', '西坝中心中学', 2), school('003', '城关小学', 3), school('004', '西坝中心中学 ', 9)], label);
    expect(w.map((i) => i.row)).toEqual([5, 9]);
    expect(w[0]?.column).toBe('学校名称');
    expect(w[0]?.zh).toContain('第2行（代码 001）');
    expect(w[0]?.zh).toContain('第9行（代码 004）');
    expect(w[0]?.en).toContain("this school's code is 002");
    expect(w[1]?.en).toContain('row 2 (code 001), row 5 (code 002)');
  });

  it('says nothing when every name is different', () => {
    expect(duplicateNameWarnings([school('1', '甲小学', 2), school('2', '乙小学', 3)], label)).toEqual([]);
  });

  it('counts four pairs as four warnings', () => {
    const pairs = ['一', '二', '三', '四'].flatMap((n, i) => [school(`a${i}`, `${n}中`, 2 + 2 * i), school(`b${i}`, `${n}中`, 3 + 2 * i)]);
    expect(duplicateNameWarnings(pairs, label)).toHaveLength(4);
  });
});
