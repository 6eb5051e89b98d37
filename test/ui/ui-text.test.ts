// This file tests the helpers of src/core/text/ui.ts the sidebar shows numbers with: Russian plurals,
// durations, field values (decimal comma, да/нет, «нет данных»), elapsed time, and the roadmap summary
// for the menu toast.
import { describe, expect, it } from 'vitest';
import { displayValue, duration, plural, REPORT, SUMMARY } from '../../src/core/text/ui';

const FORMS = ['школа', 'школы', 'школ'] as const;

describe('plural', () => {
  it('follows the last two digits', () => {
    const cases: [number, string][] = [
      [0, 'школ'],
      [1, 'школа'],
      [2, 'школы'],
      [4, 'школы'],
      [5, 'школ'],
      [11, 'школ'], // 11–14 take the third form
      [12, 'школ'],
      [14, 'школ'],
      [21, 'школа'],
      [22, 'школы'],
      [111, 'школ'],
      [101, 'школа'],
    ];
    for (const [n, form] of cases) expect({ n, form: plural(n, FORMS) }).toEqual({ n, form });
  });
});

describe('duration', () => {
  it('shows tenths of a second under a minute, then minutes and seconds', () => {
    expect(duration(0)).toBe('0,0 с');
    expect(duration(1250)).toBe('1,3 с'); // 1250 / 100 = 12.5 → 13 tenths (round half up)
    expect(duration(59_940)).toBe('59,9 с'); // 599.4 tenths → 599
    expect(duration(59_950)).toBe('1 мин 00 с'); // 599.5 tenths → 600 → a minute
    expect(duration(83_400)).toBe('1 мин 23 с'); // 83.4 s → 83 s = 1 min 23 s
    expect(duration(3_600_000)).toBe('60 мин 00 с');
  });

  it('counts elapsed whole seconds while a build runs', () => {
    expect(REPORT.elapsed(999)).toBe('Прошло: 0 с');
    expect(REPORT.elapsed(59_999)).toBe('Прошло: 59 с');
    expect(REPORT.elapsed(65_000)).toBe('Прошло: 1 мин 05 с');
  });
});

describe('displayValue', () => {
  it('writes numbers as given with a decimal comma, booleans as да/нет, missing as «нет данных»', () => {
    expect(displayValue(54)).toBe('54');
    expect(displayValue(33.25)).toBe('33,25');
    expect(displayValue(1234.5)).toBe('1 234,5');
    expect(displayValue(0)).toBe('0');
    expect(displayValue(true)).toBe('да');
    expect(displayValue(false)).toBe('нет');
    expect(displayValue(null)).toBe('нет данных');
    expect(displayValue('')).toBe('нет данных');
    expect(displayValue('https://example.org')).toBe('https://example.org');
  });
});

describe('SUMMARY.roadmaps', () => {
  it('adds the warnings after the lists', () => {
    expect(SUMMARY.roadmaps({ created: ['ДК S1'], merged: [], warnings: ['Школа S9 не найдена.'] })).toEqual([
      'Создано: ДК S1.',
      'Дополнено: нет.',
      'Школа S9 не найдена.',
    ]);
  });
});
