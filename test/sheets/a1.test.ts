// This file tests the adapters' shared geometry: padding ragged blocks, placing a block, and
// grouping per-cell settings into rectangles (checked against a cell-by-cell expansion).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../src/core/a1';
import { blockAt, padGrid, rectangles } from '../../src/sheets/a1';

describe('padGrid and blockAt', () => {
  it('pads short rows and leaves the input alone', () => {
    const input = [[1, 2, 3], [4], []];
    expect(padGrid(input, null)).toEqual([
      [1, 2, 3],
      [4, null, null],
      [null, null, null],
    ]);
    expect(input).toEqual([[1, 2, 3], [4], []]);
    expect(padGrid([], 0)).toEqual([]);
  });

  it('places a block at a cell or an exactly sized range', () => {
    expect(blockAt('Свод', 'C5', 2, 3)).toEqual({ row: 5, col: 3, rows: 2, cols: 3 });
    expect(blockAt('Свод', 'C5:E6', 2, 3)).toEqual({ row: 5, col: 3, rows: 2, cols: 3 });
    expect(() => blockAt('Свод', 'C5:E7', 2, 3)).toThrow(
      'Лист «Свод»: диапазон «C5:E7» не совпадает с размером блока 2×3.',
    );
  });
});

describe('rectangles', () => {
  const cells = (list: [number, number, string][]) => list.map(([row, col, value]) => ({ row, col, value }));

  it('merges runs along rows, then equal spans down consecutive rows', () => {
    // a a .      → A1:B2 (a)
    // a a b      → C2 (b)
    // . . b      → C3 (b): C2 and C3 merge into C2:C3
    const got = rectangles(
      cells([
        [1, 1, 'a'],
        [1, 2, 'a'],
        [2, 1, 'a'],
        [2, 2, 'a'],
        [2, 3, 'b'],
        [3, 3, 'b'],
      ]),
      (v) => v,
    );
    expect(got).toEqual([
      { range: 'A1:B2', value: 'a' },
      { range: 'C2:C3', value: 'b' },
    ]);
  });

  it('keeps a hole as four pieces and separates equal values that do not touch', () => {
    // B2:D4 without C3: top band B2:D2, sides B3 and D3, bottom band B4:D4; then F2 apart.
    const list: [number, number, string][] = [];
    for (let r = 2; r <= 4; r++) for (let c = 2; c <= 4; c++) if (!(r === 3 && c === 3)) list.push([r, c, 'x']);
    list.push([2, 6, 'x']);
    expect(rectangles(cells(list), (v) => v).map((r) => r.range)).toEqual(['B2:D2', 'F2', 'B3', 'D3', 'B4:D4']);
  });

  it('covers exactly the given cells with their values, whatever the order', () => {
    const grid = fc.array(fc.array(fc.constantFrom(null, 'a', 'b'), { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(grid, (g) => {
        const given = g.flatMap((row, i) => row.flatMap((v, j) => (v ? [{ row: i + 1, col: j + 1, value: v }] : [])));
        const shuffled = [...given].reverse();
        const covered = new Map<string, string>();
        for (const { range, value } of rectangles(shuffled, (v) => v)) {
          const r = parseA1(range);
          for (let i = r.row; i < r.row + r.rows; i++) {
            for (let j = r.col; j < r.col + r.cols; j++) {
              expect(covered.has(`${i}:${j}`)).toBe(false); // no overlap
              covered.set(`${i}:${j}`, value);
            }
          }
        }
        expect(covered).toEqual(new Map(given.map((c) => [`${c.row}:${c.col}`, c.value])));
      }),
    );
  });
});
