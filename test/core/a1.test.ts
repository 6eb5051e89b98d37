// This file tests the pure A1 helpers: column letters, cells, ranges, normalization, quoting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_COLS,
  MAX_ROWS,
  columnLetters,
  columnNumber,
  normalizeA1,
  parseA1,
  quoteSheetName,
  rangeA1,
  sheetRangeA1,
  toA1,
} from '../../src/core/a1';

describe('column letters', () => {
  it('counts in bijective base 26', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA'); // 1·26 + 1
    expect(columnLetters(52)).toBe('AZ'); // 1·26 + 26
    expect(columnLetters(703)).toBe('AAA'); // 1·676 + 1·26 + 1
    expect(columnLetters(16384)).toBe('XFD'); // 24·676 + 6·26 + 4
    expect(columnNumber('xfd')).toBe(16384);
    expect(columnNumber('H')).toBe(8);
  });

  it('rejects columns outside 1…XFD with a Russian message', () => {
    expect(() => columnLetters(0)).toThrow(/столбца/);
    expect(() => columnLetters(16385)).toThrow(/столбца/);
    expect(() => columnLetters(1.5)).toThrow(/столбца/);
    expect(() => columnNumber('XFE')).toThrow(/столбца/);
    expect(() => columnNumber('A1')).toThrow(/столбца/);
    expect(() => columnNumber('')).toThrow(/столбца/);
  });

  it('round-trips every column', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_COLS }), (n) => columnNumber(columnLetters(n)) === n));
  });
});

describe('cells and ranges', () => {
  it('formats cells and ranges', () => {
    expect(toA1(3, 2)).toBe('B3');
    expect(rangeA1(3, 2)).toBe('B3');
    expect(rangeA1(3, 2, 18, 7)).toBe('B3:H20'); // rows 3…3+18-1=20, columns B…B+7-1=H
    expect(() => rangeA1(3, 2, 0, 1)).toThrow(/Неверный адрес/);
    expect(() => toA1(0, 1)).toThrow(/Неверный адрес/);
  });

  it('parses cells, ranges, "$" and reversed corners', () => {
    expect(parseA1('B3')).toEqual({ row: 3, col: 2, rows: 1, cols: 1 });
    expect(parseA1('B3:H20')).toEqual({ row: 3, col: 2, rows: 18, cols: 7 });
    expect(parseA1('$h$20:b3')).toEqual({ row: 3, col: 2, rows: 18, cols: 7 });
    expect(parseA1('AA10')).toEqual({ row: 10, col: 27, rows: 1, cols: 1 });
    expect(normalizeA1('$C$5:a1')).toBe('A1:C5');
    expect(normalizeA1('c5:c5')).toBe('C5');
  });

  it('rejects what is not a bounded A1 range', () => {
    for (const bad of ['', 'B', '3', 'B0', 'A:C', '1:3', 'B3:', 'B3:C4:D5', 'Лист1!B3', 'R1C1', ' ']) {
      expect(() => parseA1(bad), bad).toThrow(/Неверный адрес/);
    }
    expect(() => parseA1(`A${MAX_ROWS + 1}`)).toThrow(/за пределы листа/);
    expect(() => parseA1('XFE1')).toThrow(/за пределы листа/);
  });

  it('round-trips any rectangle', () => {
    const rect = fc
      .record({ row: fc.integer({ min: 1, max: MAX_ROWS }), col: fc.integer({ min: 1, max: MAX_COLS }) })
      .chain(({ row, col }) =>
        fc.record({
          row: fc.constant(row),
          col: fc.constant(col),
          rows: fc.integer({ min: 1, max: MAX_ROWS - row + 1 }),
          cols: fc.integer({ min: 1, max: MAX_COLS - col + 1 }),
        }),
      );
    fc.assert(
      fc.property(rect, (r) => {
        expect(parseA1(rangeA1(r.row, r.col, r.rows, r.cols))).toEqual(r);
      }),
    );
  });
});

describe('sheet references', () => {
  it('quotes names that need it and doubles apostrophes', () => {
    expect(quoteSheetName('Свод')).toBe('Свод');
    expect(quoteSheetName('Данные_2024')).toBe('Данные_2024');
    expect(quoteSheetName('Школа 1')).toBe("'Школа 1'");
    expect(quoteSheetName('ДК МБОУ-СОШ')).toBe("'ДК МБОУ-СОШ'");
    expect(quoteSheetName("Д'Артаньян")).toBe("'Д''Артаньян'");
    expect(quoteSheetName('AB12')).toBe("'AB12'"); // would read as a cell address
    expect(quoteSheetName('R1C1')).toBe("'R1C1'");
    expect(quoteSheetName('1класс')).toBe("'1класс'");
  });

  it('builds normalized cross-sheet references', () => {
    expect(sheetRangeA1('Школа 1', '$b$3')).toBe("'Школа 1'!B3");
    expect(sheetRangeA1('Свод', 'H20:B3')).toBe('Свод!B3:H20');
  });
});
