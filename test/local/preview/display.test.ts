// This file checks how the preview shows values: the add-on's number formats with a decimal comma,
// percent formats, thin-space thousands, dates under a date format, and text left as typed.
import { describe, expect, it } from 'vitest';
import { displayValue } from '../../../src/local/preview/display';

describe('displayValue', () => {
  it('applies the number formats the report writes', () => {
    expect(displayValue(33.33333, '0.0')).toBe('33,3');
    expect(displayValue(12, '0.0')).toBe('12,0');
    expect(displayValue(2.5, '0.##')).toBe('2,5');
    expect(displayValue(2, '0.##')).toBe('2');
    expect(displayValue(0.305, '0.0%')).toBe('30,5%'); // 0,305 × 100
    expect(displayValue(1234567.25, '#,##0.0')).toBe('1\u202f234\u202f567,3');
    expect(displayValue(-0.04, '0.0')).toBe('0,0'); // no «-0,0»
  });

  it('shows unformatted numbers as Sheets does, up to 10 significant digits', () => {
    expect(displayValue(2024, '')).toBe('2024');
    expect(displayValue(1 / 3, '')).toBe('0,3333333333');
  });

  it('shows ISO dates as ДД.ММ.ГГГГ only under a date format', () => {
    expect(displayValue('2024-05-31', 'dd.mm.yyyy')).toBe('31.05.2024');
    expect(displayValue('2024-05-31', '')).toBe('2024-05-31');
  });

  it('keeps text, empties and booleans readable', () => {
    expect(displayValue('нет данных', '0.0')).toBe('нет данных');
    expect(displayValue(null, '0.0')).toBe('');
    expect(displayValue(true, '')).toBe('ИСТИНА');
  });
});
