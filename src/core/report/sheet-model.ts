// This file describes an output tab as data — values, notes, number formats, highlight rules, frozen
// panes, widths — so the report builders stay pure and one writer puts any model through the port.
export type ModelCell = string | number | boolean | null;

/** A highlight is a conditional format: the formula is relative to the first cell of the first range. */
export interface Highlight {
  ranges: string[];
  formula: string;
  tone: 'red' | 'amber' | 'green' | 'grey';
}

export interface SheetModel {
  name: string;
  grid: ModelCell[][];
  notes: { row: number; col: number; text: string }[];
  numberFormats: { range: string; format: string }[];
  highlights: Highlight[];
  /** Rows styled as headers / section titles (1-based). */
  headerRows: number[];
  sectionRows: number[];
  /** Static legend swatches (cell → tone). */
  swatches: { row: number; col: number; tone: Highlight['tone'] }[];
  frozen: { rows: number; cols: number };
  widths: number[];
  /** Columns whose text wraps (1-based). */
  wrapCols: number[];
  charts: { kind: 'line' | 'column'; title: string; range: string; anchor: string }[];
}

export function emptyModel(name: string): SheetModel {
  return {
    name,
    grid: [],
    notes: [],
    numberFormats: [],
    highlights: [],
    headerRows: [],
    sectionRows: [],
    swatches: [],
    frozen: { rows: 0, cols: 0 },
    widths: [],
    wrapCols: [],
    charts: [],
  };
}
