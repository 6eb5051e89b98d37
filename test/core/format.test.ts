import { describe, expect, it } from 'vitest';
import { frac } from '../../src/core/fraction';
import {
  formatBool,
  formatCompact,
  formatDecimal,
  formatInt,
  formatPercent,
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
