import { describe, expect, it } from 'vitest';
import { decimalsBeside, roundBeside } from '../../src/indicators/figure-beside-mark.js';

describe('a figure shown beside its ✓/✗ mark falls on the side of its standard the mark says', () => {
  it('keeps the table\'s digits wherever rounding does not cross the standard', () => {
    expect(decimalsBeside(300 / 400, 0.9, 'at_least', 2)).toBe(2);
    expect(decimalsBeside(1, 0.9, 'at_least', 2)).toBe(2);
    expect(decimalsBeside(0.9, 0.9, 'at_least', 2)).toBe(2);
    expect(decimalsBeside(0.515257, 0.5, 'at_most', 3)).toBe(3);
    expect(decimalsBeside(0.5, 0.5, 'at_most', 3)).toBe(3);
  });

  it('shows more decimals for a figure short of its standard that rounds onto it (3 PE and arts teachers, 335 students: 0.8955)', () => {
    expect(roundBeside((3 * 100) / 335, 0.9, 'at_least', 2)).toBe(0.896);
    // 30 teachers above the required degree over 715 students: 4.1958, not 4.2.
    expect(roundBeside((30 * 100) / 715, 4.2, 'at_least', 2)).toBe(4.196);
    // 26 over 2,889 students: 0.899965; 0.9000 would read as met.
    expect(roundBeside((26 * 100) / 2889, 0.9, 'at_least', 4)).toBe(0.89997);
  });

  it('shows more decimals for a CV over its ceiling that rounds onto it', () => {
    expect(roundBeside(0.50042, 0.5, 'at_most', 3)).toBe(0.5004);
    expect(roundBeside(0.4504999, 0.45, 'at_most', 3)).toBe(0.4505);
    expect(roundBeside(0.45049, 0.45, 'at_most', 3)).toBe(0.4505);
  });
});
