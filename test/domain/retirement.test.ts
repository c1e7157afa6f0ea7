import { describe, expect, it } from 'vitest';
import { retirementAge, retirementDate } from '../../src/domain/retirement.js';

const age = (years: number, months = 0) => ({ years, months });

describe('the 2024 law: statutory retirement age by birth month', () => {
  it('men born before 1965 keep 60; born January–April 1965 retire at 60 years 1 month (the law\'s example)', () => {
    expect(retirementAge('male60', 1964, 12)).toEqual(age(60));
    for (const m of [1, 2, 3, 4]) expect(retirementAge('male60', 1965, m)).toEqual(age(60, 1));
    expect(retirementAge('male60', 1965, 5)).toEqual(age(60, 2));
    expect(retirementDate('male60', { year: 1965, month: 1, day: 1 })).toEqual({ year: 2025, month: 2, day: 1 });
    expect(retirementDate('male60', { year: 1964, month: 12, day: 1 })).toEqual({ year: 2024, month: 12, day: 1 });
  });

  it('men: one month for every four months of birth, up to 63 from September 1976', () => {
    expect(retirementAge('male60', 1970, 1)).toEqual(age(61, 4));
    expect(retirementAge('male60', 1976, 8)).toEqual(age(62, 11));
    expect(retirementAge('male60', 1976, 9)).toEqual(age(63));
    expect(retirementAge('male60', 1990, 6)).toEqual(age(63));
  });

  it('women of original age 55: from January 1970, up to 58 from September 1981', () => {
    expect(retirementAge('female55', 1969, 12)).toEqual(age(55));
    expect(retirementAge('female55', 1970, 1)).toEqual(age(55, 1));
    expect(retirementAge('female55', 1970, 5)).toEqual(age(55, 2));
    expect(retirementAge('female55', 1981, 8)).toEqual(age(57, 11));
    expect(retirementAge('female55', 1981, 9)).toEqual(age(58));
    expect(retirementAge('female55', 2000, 1)).toEqual(age(58));
  });

  it('women of original age 50 (not teachers, implemented all the same): one month for every two, up to 55 from November 1984', () => {
    expect(retirementAge('female50', 1974, 12)).toEqual(age(50));
    expect(retirementAge('female50', 1975, 1)).toEqual(age(50, 1));
    expect(retirementAge('female50', 1975, 2)).toEqual(age(50, 1));
    expect(retirementAge('female50', 1975, 3)).toEqual(age(50, 2));
    expect(retirementAge('female50', 1984, 10)).toEqual(age(54, 11));
    expect(retirementAge('female50', 1984, 11)).toEqual(age(55));
  });

  it('senior-title women at 60 are not delayed further; a county may set other original ages', () => {
    expect(retirementAge('female60', 1975, 6)).toEqual(age(60));
    expect(retirementAge('male60', 1965, 1, 62)).toEqual(age(62, 1));
  });

  it('the date keeps the birth day, clipped to the month', () => {
    // 1970-11: 3 months of delay → 55 years 3 months → February 2026, which has no 30th.
    expect(retirementDate('female55', { year: 1970, month: 11, day: 30 })).toEqual({ year: 2026, month: 2, day: 28 });
    expect(retirementDate('female55', { year: 1971, month: 7, day: 31 })).toEqual({ year: 2026, month: 12, day: 31 });
  });
});
