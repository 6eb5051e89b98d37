// This file describes a config tab as data: the header (with a note explaining each column and its
// width) and the rows. Setup writes it through the port; nothing here touches a spreadsheet.
import type { Cell } from './cells';

export interface Column {
  header: string;
  note: string;
  width: number;
  /** Editable by the methodologist (left unprotected, highlighted as an input column). */
  editable?: boolean;
  numberFormat?: string;
}

export interface TabContent {
  name: string;
  columns: Column[];
  rows: Cell[][];
  frozenRows: number;
  frozenCols: number;
}
