// This file writes a config tab (core TabContent) through the port in a fixed, small number of calls:
// values, header style, header notes, widths, frozen panes, and a warning-only protection that
// leaves the editable columns open. Used by setup; reports are written by their own writers.
import { columnLetters, rangeA1 } from '../core/a1';
import type { TabContent } from '../core/config/tab';
import type { Sheet, Validation, Workbook } from '../sheets/port';
import { STYLE } from './style';

export interface ColumnValidation {
  /** 1-based column. */
  col: number;
  validation: Validation;
}

/** Creates the tab and fills it. Returns the sheet. Fails if the tab exists (callers decide what to keep). */
export function createTab(
  wb: Workbook,
  tab: TabContent,
  validations: ColumnValidation[] = [],
  editors: string[] = [],
): Sheet {
  const sheet = wb.addSheet(tab.name);
  const width = tab.columns.length;
  sheet.write('A1', [tab.columns.map((c) => c.header), ...tab.rows.map((r) => pad(r, width))]);
  sheet.style([rangeA1(1, 1, 1, width)], STYLE.header);
  const editable = tab.columns.flatMap((c, i) => (c.editable ? [i + 1] : []));
  if (editable.length > 0)
    sheet.style(
      editable.map((c) => `${columnLetters(c)}2:${columnLetters(c)}${Math.max(2, tab.rows.length + 1 + EXTRA_ROWS)}`),
      STYLE.editable,
    );
  sheet.setNotes('A1', [tab.columns.map((c) => c.note)]);
  sheet.setColumnWidths(
    1,
    tab.columns.map((c) => c.width),
  );
  sheet.setFrozen(tab.frozenRows, tab.frozenCols);
  applyColumnValidations(sheet, validations, tab.rows.length);
  sheet.setProtections([
    {
      range: null,
      description: `ШНОР-Монитор: служебные столбцы листа «${tab.name}»`,
      editors,
      unprotected: editable.map((c) => `${columnLetters(c)}2:${columnLetters(c)}${MAX_EDIT_ROW}`),
      warningOnly: true,
    },
  ]);
  return sheet;
}

/** Appends rows under the existing ones (one write). */
export function appendRows(sheet: Sheet, rows: TabContent['rows'], width: number): void {
  if (rows.length === 0) return;
  const last = sheet.size().rows;
  sheet.write(
    `A${last + 1}`,
    rows.map((r) => pad(r, width)),
  );
}

/** One validation call per column, over the data rows plus room to grow. */
export function applyColumnValidations(sheet: Sheet, validations: ColumnValidation[], rows: number): void {
  for (const v of validations) {
    const letters = columnLetters(v.col);
    sheet.setValidation([`${letters}2:${letters}${Math.max(rows + 1 + EXTRA_ROWS, 2)}`], v.validation);
  }
}

const EXTRA_ROWS = 200;
const MAX_EDIT_ROW = 2000;

function pad<T>(row: readonly T[], width: number): (T | null)[] {
  const out: (T | null)[] = row.slice(0, width);
  while (out.length < width) out.push(null);
  return out;
}
