// This file holds the geometry the workbook adapters share: where a block lands (`blockAt`,
// `checkedBlock`, with ragged rows padded), and how per-cell settings are read back as A1 ranges (`rectangles`), so every
// adapter reports validations the same way however its spreadsheet stores them.
import { parseA1, rangeA1, toA1, type A1Range } from '../core/a1';
import { SHEET_TEXT } from '../core/text/sheets';

/** A block made rectangular: short rows are padded with `fill` (which clears what was there). */
export function padGrid<T>(grid: readonly (readonly T[])[], fill: T): T[][] {
  const cols = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return grid.map((row) => Array.from({ length: cols }, (_, j) => (j < row.length ? (row[j] as T) : fill)));
}

/**
 * The rectangle a block of `rows`×`cols` covers when written at `at`. `at` is its top-left cell,
 * or a range that must have exactly the block's size.
 */
export function blockAt(sheet: string, at: string, rows: number, cols: number): A1Range {
  const r = parseA1(at);
  const single = r.rows === 1 && r.cols === 1;
  if (!single && (r.rows !== rows || r.cols !== cols)) throw new Error(SHEET_TEXT.blockSize(sheet, at, rows, cols));
  return { row: r.row, col: r.col, rows, cols };
}

/**
 * A block ready to write: padded, placed at `at` and checked cell by cell (`check` throws naming
 * the cell, before anything is written). Null for an empty block.
 */
export function checkedBlock<T>(
  sheet: string,
  at: string,
  values: readonly (readonly T[])[],
  fill: T,
  check: (v: T, cell: string) => T,
): { at: A1Range; grid: T[][] } | null {
  const grid = padGrid(values, fill);
  const cols = grid[0]?.length ?? 0;
  if (grid.length === 0 || cols === 0) return null;
  const r = blockAt(sheet, at, grid.length, cols);
  return { at: r, grid: grid.map((row, i) => row.map((v, j) => check(v, toA1(r.row + i, r.col + j)))) };
}

export interface KeyedCell<T> {
  row: number;
  col: number;
  value: T;
}

/**
 * Groups cells with equal keys into rectangles: runs along each row, then runs of identical
 * column spans down consecutive rows. Output is sorted by top row, then left column.
 */
export function rectangles<T>(cells: Iterable<KeyedCell<T>>, key: (v: T) => string): { range: string; value: T }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  type Rect = { row: number; col: number; rows: number; cols: number; key: string; value: T };
  const runs: Rect[] = [];
  for (const c of sorted) {
    const k = key(c.value);
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.key === k && last.col + last.cols === c.col) last.cols++;
    else runs.push({ row: c.row, col: c.col, rows: 1, cols: 1, key: k, value: c.value });
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const run of runs) {
    const span = `${run.col}:${run.cols}:${run.key}`;
    const above = open.get(span);
    if (above && above.row + above.rows === run.row) above.rows++;
    else {
      const rect = { ...run };
      open.set(span, rect);
      done.push(rect);
    }
  }
  return done
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((r) => ({ range: rangeA1(r.row, r.col, r.rows, r.cols), value: r.value }));
}
