// This file checks the preview's formula evaluator on the conditional-format patterns the add-on writes
// (Свод attainment and «да» rules, the roadmap date rules, the «Школы» deadline rule) and on Sheets'
// semantics that decide a colour: relative and $-fixed references, comparisons across types, errors.
import { describe, expect, it } from 'vitest';
import {
  dateSerial,
  evaluate,
  parseFormula,
  ruleHolds,
  UnsupportedFormula,
  type FormulaContext,
} from '../../../src/local/preview/formula';
import type { CellValue } from '../../../src/sheets/port';

/** A context over A1-addressed cells of the own sheet and of named sheets. */
function ctx(
  cells: Record<string, CellValue>,
  today = dateSerial(2024, 6, 20),
  other: Record<string, Record<string, CellValue>> = {},
): FormulaContext {
  const key = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;
  return {
    today,
    cell: (sheet, row, col) => (sheet === null ? cells : (other[sheet] ?? {}))[key(row, col)] ?? null,
  };
}
const ev = (f: string, c: FormulaContext, rows = 0, cols = 0) => evaluate(parseFormula(f), c, { rows, cols });

describe('date serials', () => {
  it('count days from 1899-12-30 as Sheets does', () => {
    // 1900-01-01 is serial 2 (1899-12-31 is 1); 2024-06-20: 45463 (Excel shows 20.06.2024 for 45463)
    expect(dateSerial(1900, 1, 1)).toBe(2);
    expect(dateSerial(2024, 6, 20)).toBe(45463);
    expect(dateSerial(2024, 6, 21) - dateSerial(2024, 6, 20)).toBe(1);
  });
});

describe('the Свод patterns', () => {
  // Attainment rules of a «не менее» column E with the target in E$3 (near = within 10 %).
  const green = '=AND(ISNUMBER(E4),ISNUMBER(E$3),ROUND(E4,6)>=E$3)';
  const amber = '=AND(ISNUMBER(E4),ISNUMBER(E$3),ROUND(E4,6)<E$3,ROUND(E4,6)>=E$3*0.9)';
  const red = '=AND(ISNUMBER(E4),ISNUMBER(E$3),ROUND(E4,6)<E$3*0.9)';

  it('shift relative rows from the anchor and keep $-rows fixed', () => {
    // target 29 in E3; E6 (two rows below the anchor E4) holds 27: 27 < 29 and 27 ≥ 29 × 0,9 = 26,1 → amber
    const c = ctx({ E3: 29, E4: 40, E6: 27 });
    expect(ruleHolds(parseFormula(amber), c, { rows: 2, cols: 0 })).toBe(true);
    expect(ruleHolds(parseFormula(green), c, { rows: 2, cols: 0 })).toBe(false);
    // E4 itself: 40 ≥ 29 → green
    expect(ruleHolds(parseFormula(green), c, { rows: 0, cols: 0 })).toBe(true);
  });

  it('the near-target boundary is inclusive: 26,1 of target 29 is amber, 26 is red', () => {
    const c = ctx({ E3: 29, E4: 26.1, E5: 26 });
    expect(ruleHolds(parseFormula(amber), c, { rows: 0, cols: 0 })).toBe(true); // 26,1 ≥ 26,1
    expect(ruleHolds(parseFormula(red), c, { rows: 1, cols: 0 })).toBe(true); // 26 < 26,1
  });

  it('«нет данных» text is not a number: no colour', () => {
    const c = ctx({ E3: 29, E4: 'нет данных' });
    for (const f of [green, amber, red]) expect(ruleHolds(parseFormula(f), c, { rows: 0, cols: 0 })).toBe(false);
  });

  it('a «да» rule moves with its column and row', () => {
    const c = ctx({ W5: 'да', X7: 'Да', X5: 'нет' });
    const f = parseFormula('=W5="да"');
    expect(ruleHolds(f, c, { rows: 0, cols: 0 })).toBe(true);
    expect(ruleHolds(f, c, { rows: 2, cols: 1 })).toBe(true); // X7 «Да»: text compares case-insensitively
    expect(ruleHolds(f, c, { rows: 0, cols: 1 })).toBe(false); // X5 «нет»
  });
});

describe('the roadmap patterns', () => {
  const overdue =
    '=AND($C5<>"",LOWER(LEFT($N5,12))<>"не актуально",NOT($K5="выполнено"),ISNUMBER(IFERROR(DATEVALUE($E5),$E5)),IFERROR(DATEVALUE($E5),$E5)<TODAY())';

  it('an undone measure past its ISO control date is overdue; $-columns stay put when shifted right', () => {
    const c = ctx({ C5: 'Мероприятие', E5: '2024-05-31', K5: 'не начато' });
    expect(ruleHolds(parseFormula(overdue), c, { rows: 0, cols: 0 })).toBe(true);
    expect(ruleHolds(parseFormula(overdue), c, { rows: 0, cols: 7 })).toBe(true);
  });

  it('not overdue when done, when retired, on the control day itself, or without a date', () => {
    const f = parseFormula(overdue);
    expect(ruleHolds(f, ctx({ C5: 'М', E5: '2024-05-31', K5: 'выполнено' }), { rows: 0, cols: 0 })).toBe(false);
    expect(
      ruleHolds(f, ctx({ C5: 'М', E5: '2024-05-31', N5: 'Не актуально: причина снята' }), { rows: 0, cols: 0 }),
    ).toBe(false);
    expect(ruleHolds(f, ctx({ C5: 'М', E5: '2024-06-20' }), { rows: 0, cols: 0 })).toBe(false); // 20.06 is not < today 20.06
    expect(ruleHolds(f, ctx({ C5: 'М', E5: 'уточнить' }), { rows: 0, cols: 0 })).toBe(false);
  });

  it('a date cell given as a serial (as Google Sheets stores it) works through IFERROR', () => {
    const c = ctx({ C5: 'М', E5: dateSerial(2024, 6, 19) });
    expect(ruleHolds(parseFormula(overdue), c, { rows: 0, cols: 0 })).toBe(true);
  });
});

describe('the «Школы» deadline pattern', () => {
  const late =
    '=AND($A2<>"",$L2<>"сдано",$L2<>"принято",INDIRECT("Настройки!B9")<>"",TODAY()>DATE(RIGHT(INDIRECT("Настройки!B9"),4),MID(INDIRECT("Настройки!B9"),4,2),LEFT(INDIRECT("Настройки!B9"),2)))';

  it('reads the dd.mm.yyyy deadline of another sheet and compares it with today', () => {
    const settings = { Настройки: { B9: '15.06.2024' } };
    const c = ctx({ A2: 'Ш01', L2: 'заполняется' }, dateSerial(2024, 6, 20), settings);
    expect(ruleHolds(parseFormula(late), c, { rows: 0, cols: 0 })).toBe(true);
    const early = ctx({ A2: 'Ш01', L2: 'заполняется' }, dateSerial(2024, 6, 15), settings);
    expect(ruleHolds(parseFormula(late), early, { rows: 0, cols: 0 })).toBe(false); // not after the deadline day
    const done = ctx({ A2: 'Ш01', L2: 'сдано' }, dateSerial(2024, 6, 20), settings);
    expect(ruleHolds(parseFormula(late), done, { rows: 0, cols: 0 })).toBe(false);
  });
});

describe('Sheets semantics', () => {
  it('compares blank as 0 with numbers and as "" with text; numbers sort before text', () => {
    const c = ctx({ A1: 5, B1: 'текст' });
    expect(ev('=C1=0', c)).toBe(true);
    expect(ev('=C1=""', c)).toBe(true);
    expect(ev('=A1<B1', c)).toBe(true);
    expect(ev('=A1="5"', c)).toBe(false);
  });

  it('arithmetic with precedence, text joining, and errors', () => {
    const c = ctx({ A1: 2, B1: 'а' });
    expect(ev('=1+2*3^2', c)).toBe(19); // 1 + 2·9
    expect(ev('=-A1*3', c)).toBe(-6);
    expect(ev('=B1&A1', c)).toBe('а2');
    expect(ev('=A1/0', c)).toEqual({ error: '#DIV/0!' });
    expect(ev('=IFERROR(A1/0,"нет")', c)).toBe('нет');
    expect(ev('=ROUND(2.345,2)', c)).toBe(2.35);
    expect(ev('=MID("abcdef",2,3)', c)).toBe('bcd');
  });

  it('an error or a non-boolean result does not colour', () => {
    expect(ruleHolds(parseFormula('=B1+1'), ctx({ B1: 'x' }), { rows: 0, cols: 0 })).toBe(false);
    expect(ruleHolds(parseFormula('=A1'), ctx({ A1: 'да' }), { rows: 0, cols: 0 })).toBe(false);
  });

  it('refuses functions and syntax it does not know instead of guessing', () => {
    expect(() => ev('=VLOOKUP(A1,B1,2)', ctx({}))).toThrow(UnsupportedFormula);
    expect(() => parseFormula('=A1:B2')).toThrow(UnsupportedFormula);
    expect(() => parseFormula('=(1+2')).toThrow(UnsupportedFormula);
  });
});
