// This file holds what the roadmap merge tests share: a proposal builder, a control-date reader for
// 2023, and the round trip through the tab (render the merged rows to a grid as the sheet would hold
// it, let the test edit the grid like a user, read it back).
import type { Cell } from '../../../src/core/config/cells';
import { controlCell } from '../../../src/core/roadmap/control';
import type { Proposal } from '../../../src/core/roadmap/generate';
import { mergeRoadmap, type MergeResult } from '../../../src/core/roadmap/merge';
import type { RoadmapRow } from '../../../src/core/roadmap/row';
import { readRoadmapTab, renderRoadmapTab, ROADMAP_COL, type RoadmapColumn } from '../../../src/core/roadmap/tab';

export const YEAR = 2023;
export const TAB_NAME = 'ДК 01';

export function proposal(id: string, over: Partial<Proposal['cells']> = {}, active = true): Proposal {
  return {
    id,
    cells: {
      direction: `Причина ${id}`,
      text: `Мероприятие ${id}`,
      deadline: 'Май 2023',
      responsible: 'Школа',
      result: `Результат ${id}`,
      indicator: '',
      document: 'Приказ',
      ...over,
    },
    active,
  };
}

export function merge(
  existing: readonly RoadmapRow[],
  proposals: readonly Proposal[],
  suggested: readonly string[],
): MergeResult {
  return mergeRoadmap(existing, proposals, suggested, (d) => controlCell(d, YEAR), YEAR);
}

/** The sheet's grid after a generation. */
export function toGrid(m: MergeResult): Cell[][] {
  return renderRoadmapTab({ title: 'Дорожная карта', subtitle: 'Программа', rows: m.rows, suggested: m.suggested })
    .grid;
}

export function fromGrid(grid: Cell[][]): { rows: RoadmapRow[]; suggested: string[]; problems: string[] } {
  const read = readRoadmapTab(TAB_NAME, grid);
  if (!read.ok) throw new Error(read.problem);
  return {
    rows: read.rows.map(({ id, cells, stamp }) => ({ id, cells, stamp })),
    suggested: read.suggested,
    problems: read.problems,
  };
}

/** Grid index of the row holding `id`. */
export function rowOf(grid: Cell[][], id: string): number {
  const i = grid.findIndex((r) => r[ROADMAP_COL.id - 1] === id);
  if (i < 0) throw new Error(`no row ${id}`);
  return i;
}

export function setCell(grid: Cell[][], id: string, column: RoadmapColumn, value: Cell): void {
  (grid[rowOf(grid, id)] as Cell[])[ROADMAP_COL[column] - 1] = value;
}

export function cellAt(grid: Cell[][], id: string, column: RoadmapColumn): Cell {
  return grid[rowOf(grid, id)]?.[ROADMAP_COL[column] - 1] ?? null;
}

/** A row the user types in: the given columns, everything else empty. */
export function userRow(values: Partial<Record<RoadmapColumn, Cell>>): Cell[] {
  const row = new Array<Cell>(Object.keys(ROADMAP_COL).length).fill(null);
  for (const [c, v] of Object.entries(values)) row[ROADMAP_COL[c as RoadmapColumn] - 1] = v;
  return row;
}
