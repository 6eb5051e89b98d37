// This file reads cells as text: the raw text of a cell, its normalised form for matching headers
// (lower case, ё→е, one space), and row helpers over a ragged grid.
import type { CellValue, Grid } from '../../sheets/port';

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid[row]?.[col] ?? null;
}

/** The cell as the user sees it (numbers in JS notation); empty for null. */
export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

/** Lower case, ё→е, non-breaking and repeated spaces collapsed. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .trim();
}

export function normCell(cell: CellValue): string {
  return norm(cellText(cell));
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return row === undefined || row.every((c) => cellText(c) === '');
}

/** Indexes of the non-blank rows after `headerRow` (0-based). */
export function dataRowIndexes(grid: Grid, after: number): number[] {
  const out: number[] = [];
  for (let r = after + 1; r < grid.length; r++) if (!isBlankRow(grid[r])) out.push(r);
  return out;
}

/** Index of the first cell of `row` whose normalised text satisfies `test`, or -1. */
export function findColumn(row: readonly CellValue[] | undefined, test: (text: string) => boolean): number {
  if (row === undefined) return -1;
  return row.findIndex((c) => test(normCell(c)));
}

/** Rows searched for titles and headers: the note's «first row within rows 1–30». */
export const HEADER_SEARCH_ROWS = 30;
