import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frac } from '../../src/core/fraction';
import {
  formatBool,
  formatCompact,
  formatCompactOf,
  formatDecimal,
  formatInt,
  formatPercent,
  formatPercentOf,
  formatPercentValue,
  formatPlain,
  NO_DATA,
  schoolYear,
  schoolYearLabel,
} from '../../src/core/format';

describe('Russian display', () => {
  it.each([
    [1, 3, '33,3 %'], // 33.333…
    [9, 27, '33,3 %'],
    [2, 8, '25,0 %'],
    [1, 1, '100,0 %'],
    [3, 2, '150,0 %'],
    [0, 5, '0,0 %'],
    [1, 800, '0,1 %'], // 0.125 % → 0,1
    [1, 2000, '0,1 %'], // 0.05 % → half away from zero → 0,1
    [123456, 10, '1 234 560,0 %'],
  ])('formatPercent(%i/%i) = %s', (n, d, out) => {
    expect(formatPercent(frac(n, d))).toBe(out);
  });

  it('formats integers with thousand groups', () => {
    expect(formatInt(999)).toBe('999');
    expect(formatInt(1234)).toBe('1 234');
    expect(formatInt(1234567)).toBe('1 234 567');
    expect(formatInt(-1234)).toBe('-1 234');
  });

  it('formats fixed decimals: 25/2 → «12,50»', () => {
    expect(formatDecimal(frac(25, 2), 2)).toBe('12,50');
    expect(formatDecimal(frac(1234567, 2), 1)).toBe('617 283,5');
  });

  it('formats numbers as written and compact fractions', () => {
    expect(formatPlain(30)).toBe('30');
    expect(formatPlain(2.5)).toBe('2,5');
    expect(formatPlain(0.64)).toBe('0,64');
    expect(formatPercentValue(27)).toBe('27 %');
    expect(formatCompact(frac(7, 2))).toBe('3,5');
    expect(formatCompact(frac(3))).toBe('3');
    expect(formatCompact(frac(1, 3))).toBe('0,33');
    expect(formatCompact(frac(-1, 1000))).toBe('0');
  });

  it('yes/no and no data', () => {
    expect(formatBool(true)).toBe('да');
    expect(formatBool(false)).toBe('нет');
    expect(formatBool(null)).toBe(NO_DATA);
    expect(NO_DATA).toBe('нет данных');
  });

  it('names school years by the calendar year they end in', () => {
    expect(schoolYear(2023)).toBe('2022/2023');
    expect(schoolYearLabel(2023)).toBe('2022/2023 уч. г.');
  });
});

describe('displays of integer ratios (cached)', () => {
  it('formatPercentOf: 1/3 → «33,3 %», 1/16 = 6,25 % → «6,3 %», beyond the cache and negative', () => {
    expect(formatPercentOf(1, 3)).toBe('33,3 %');
    expect(formatPercentOf(1, 16)).toBe('6,3 %');
    // 12345/1 = 1 234 500 %
    expect(formatPercentOf(12345, 1)).toBe('1 234 500,0 %');
    expect(formatPercentOf(-1, 3)).toBe('-33,3 %');
  });

  it('formatCompactOf: 7/2 → «3,5», 2/3 → «0,67», 1234 → «1 234», 12345678/100 → «123 456,78»', () => {
    expect(formatCompactOf(7, 2)).toBe('3,5');
    expect(formatCompactOf(2, 3)).toBe('0,67');
    expect(formatCompactOf(1234, 1)).toBe('1 234');
    expect(formatCompactOf(12345678, 100)).toBe('123 456,78');
  });

  it('agree with formatPercent and formatCompact on the fraction, cached or not (property)', () => {
    const n = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    const d = fc.integer({ min: 1, max: 2 ** 30 });
    fc.assert(
      fc.property(n, d, (a, b) => {
        expect(formatPercentOf(a, b)).toBe(formatPercent(frac(a, b)));
        expect(formatCompactOf(a, b)).toBe(formatCompact(frac(a, b), 2));
        // the same again, from the cache
        expect(formatPercentOf(a, b)).toBe(formatPercent(frac(a, b)));
      }),
    );
  });

  it('formatInt is the same for cached and larger counts', () => {
    expect(formatInt(1234)).toBe('1 234');
    expect(formatInt(1234)).toBe('1 234');
    expect(formatInt(1234567)).toBe('1 234 567');
  });
});
