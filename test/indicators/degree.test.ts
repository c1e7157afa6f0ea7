import { describe, expect, it } from 'vitest';
import { countsForDegree, degreeLevel } from '../../src/indicators/degree.js';

describe('degreeLevel', () => {
  it.each([
    ['研究生', 'postgraduate'], ['博士研究生', 'postgraduate'], ['硕士', 'postgraduate'], ['在职研究生', 'postgraduate'],
    ['本科', 'bachelor'], ['大学本科', 'bachelor'], ['大学本科毕业', 'bachelor'],
    ['专科', 'associate'], ['大专', 'associate'], ['大学专科', 'associate'],
    ['中专', 'secondary'], ['中等专科', 'secondary'], ['中师', 'secondary'], ['高中及以下', 'secondary'], ['高中', 'secondary'], ['初中', 'secondary'],
    ['Postgraduate', 'postgraduate'], ['master', 'postgraduate'], ['PhD', 'postgraduate'], ['bachelor', 'bachelor'], ['Undergraduate', 'bachelor'],
    ['associate', 'associate'], ['junior_college', 'associate'], ['high school', 'secondary'], ['high-school', 'secondary'],
    ['11', 'postgraduate'], ['14', 'postgraduate'], ['21', 'bachelor'], ['31', 'associate'], ['41', 'secondary'], ['61', 'secondary'],
  ])('reads %s as %s', (label, level) => {
    expect(degreeLevel(label)).toBe(level);
  });

  it('gives no level to an empty or unknown label', () => {
    expect(degreeLevel(undefined)).toBeUndefined();
    expect(degreeLevel('  ')).toBeUndefined();
    expect(degreeLevel('其他')).toBeUndefined();
    expect(degreeLevel('05')).toBeUndefined();
  });
});

describe('countsForDegree', () => {
  it('counts 专科 and above in 小学, 本科 and above in 初中', () => {
    expect(countsForDegree('专科', 'primary')).toBe(true);
    expect(countsForDegree('专科', 'junior')).toBe(false);
    expect(countsForDegree('本科', 'primary')).toBe(true);
    expect(countsForDegree('本科', 'junior')).toBe(true);
    expect(countsForDegree('研究生', 'junior')).toBe(true);
    expect(countsForDegree('中师', 'primary')).toBe(false);
    expect(countsForDegree('高中及以下', 'primary')).toBe(false);
  });

  it('counts 高职高专 (专科 from a higher vocational college) in 小学, not as 职高 (a vocational high school)', () => {
    for (const label of ['高职高专', '专科（高职高专）', '大学专科（高职高专）', '高等职业教育']) {
      expect(degreeLevel(label)).toBe('associate');
      expect(countsForDegree(label, 'primary')).toBe(true);
      expect(countsForDegree(label, 'junior')).toBe(false);
    }
    expect(degreeLevel('职高')).toBe('secondary');
    expect(degreeLevel('职业高中')).toBe('secondary');
    expect(degreeLevel('中专（职高）')).toBe('secondary');
  });

  it('does not count a teacher whose degree is not given', () => {
    expect(countsForDegree(undefined, 'primary')).toBe(false);
    expect(countsForDegree('', 'junior')).toBe(false);
  });
});
