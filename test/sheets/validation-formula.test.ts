// This file tests the custom formulas that stand in for whole numbers, unbounded numbers and URLs.
import { describe, expect, it } from 'vitest';
import { parseValidationFormula, validationFormula } from '../../src/sheets/validation-formula';

describe('validation formulas', () => {
  it('writes the documented formulas on the top-left cell', () => {
    expect(validationFormula({ kind: 'integer', min: 0, max: 300 }, 'C5')).toBe(
      '=AND(ISNUMBER(C5),C5=INT(C5),C5>=0,C5<=300)',
    );
    expect(validationFormula({ kind: 'integer' }, 'C5')).toBe('=AND(ISNUMBER(C5),C5=INT(C5))');
    expect(validationFormula({ kind: 'number', max: 5.5 }, 'B2')).toBe('=AND(ISNUMBER(B2),B2<=5.5)');
    expect(validationFormula({ kind: 'number' }, 'B2')).toBe('=AND(ISNUMBER(B2))');
    expect(validationFormula({ kind: 'url' }, 'F2')).toBe('=OR(LEFT(F2,7)="http://",LEFT(F2,8)="https://")');
  });

  it('reads back what it writes', () => {
    for (const rule of [
      { kind: 'integer', min: 0, max: 300 },
      { kind: 'integer', min: -5 },
      { kind: 'integer', max: 1e-7 },
      { kind: 'integer' },
      { kind: 'number', min: 0.25, max: 1 },
      { kind: 'number' },
      { kind: 'url' },
    ] as const) {
      expect(parseValidationFormula(validationFormula(rule, 'AB12')), JSON.stringify(rule)).toEqual(rule);
    }
  });

  it('accepts another cell of the range, "$", lower case and spaces', () => {
    expect(parseValidationFormula('=and(isnumber($C$7), $C$7=int($C$7), $C$7>=1)')).toEqual({
      kind: 'integer',
      min: 1,
    });
  });

  it('refuses formulas it did not write', () => {
    expect(parseValidationFormula('=AND(ISNUMBER(C5),D5=INT(C5))')).toBeNull(); // two different cells
    expect(parseValidationFormula('=C5>0')).toBeNull();
    expect(parseValidationFormula('=AND(ISNUMBER(C5),C5<=300,C5>=0)')).toBeNull(); // bounds out of order
  });
});
