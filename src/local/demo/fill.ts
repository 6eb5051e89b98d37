// This file types values into a school template the way a school would: «Да»/«Нет» for yes/no,
// numbers as numbers, links as text, and the status cell. One read and one write per school.
import type { FieldValue } from '../../core/fields';
import type { TemplateLayout } from '../../core/template/layout';
import type { RawCell } from '../../core/template/read';
import { T } from '../../core/text/template';
import type { Sheet } from '../../sheets/port';

/** What a school types for a value. */
export function typed(value: FieldValue): RawCell {
  if (value === true) return T.yes;
  if (value === false) return T.no;
  return value;
}

/**
 * Writes `cells` (field code → what is typed) into the input cells of `layout` and sets the status.
 * Fields the layout does not have are ignored; other cells keep what the sheet holds.
 */
export function fillTemplate(
  sheet: Sheet,
  layout: TemplateLayout,
  cells: ReadonlyMap<string, RawCell>,
  status: string,
): void {
  const grid: RawCell[][] = sheet.read().map((row) => [...row]);
  const put = (row: number, col: number, value: RawCell) => {
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1] as RawCell[];
    while (line.length < layout.cols) line.push(null);
    line[col - 1] = value;
  };
  for (const input of layout.inputs) {
    const value = cells.get(input.field.code);
    if (value !== undefined) put(input.row, input.col, value);
  }
  put(layout.status.row, layout.status.col, status);
  const width = Math.max(...grid.map((r) => r.length));
  sheet.write(
    'A1',
    grid.map((r) => [...r, ...new Array<RawCell>(width - r.length).fill(null)]),
  );
}
