// This file declares the workbook port: everything ШНОР-Монитор needs from a spreadsheet.
// Adapters (Apps Script, in-memory, xlsx) implement it; core and server code see only this.
// Ranges are A1 strings local to a sheet ("B3:H20", "C5"); rows and columns are 1-based.
// Every method is meant to be one batched service call; `calls()` counts them.

/** A cell value as the port sees it. Dates travel as ISO strings "yyyy-mm-dd". Empty is null. */
export type CellValue = string | number | boolean | null;

/** A cell that holds a formula is written as a string beginning with "=". */
export type Grid = CellValue[][];

export interface CellStyle {
  background?: string | null; // "#rrggbb"; null clears
  fontColor?: string | null;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'right';
  numberFormat?: string; // "0", "0.0%", "#,##0.0", "@", "dd.mm.yyyy"
}

/** When a conditional format rule applies. Formulas are relative to the top-left cell of the first range. */
export type ConditionalWhen =
  | { kind: 'formula'; formula: string }
  | { kind: 'textEquals'; text: string }
  | { kind: 'textContains'; text: string }
  | { kind: 'blank' }
  | { kind: 'number'; op: 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'neq'; value: number }
  | { kind: 'between'; min: number; max: number };

export interface ConditionalRule {
  ranges: string[];
  when: ConditionalWhen;
  style: { background?: string; fontColor?: string; bold?: boolean };
}

export type ValidationRule =
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'list'; values: string[] }
  | { kind: 'url' }
  | { kind: 'date' };

export interface Validation {
  rule: ValidationRule;
  /** Russian help text shown on the cell. */
  help: string;
  /** true: reject invalid input; false: only warn. */
  strict: boolean;
}

export interface Protection {
  /** A1 range, or null for the whole sheet. */
  range: string | null;
  description: string;
  /** Emails allowed to edit (the owner always can). */
  editors: string[];
  /** Whole-sheet protection only: ranges left editable. */
  unprotected: string[];
  /** Warn instead of block (the only mode xlsx and some domains support). */
  warningOnly: boolean;
}

export interface ChartSpec {
  kind: 'line' | 'column';
  title: string;
  /** Data range, first row = series names, first column = categories. */
  range: string;
  /** Top-left cell where the chart is anchored. */
  anchor: string;
  width?: number;
  height?: number;
}

export interface Sheet {
  readonly name: string;
  /** Last row and column holding any value (0 when empty). */
  size(): { rows: number; cols: number };
  /** Values of a range; the whole used area when omitted. Formulas are read as their results where the adapter can compute them. */
  read(range?: string): Grid;
  /** Formulas of a range ("" where the cell has none). */
  readFormulas(range: string): string[][];
  /** Writes a rectangular block starting at the top-left cell `at`. */
  write(at: string, values: Grid): void;
  /** Clears values, formats, notes, validations and conditional rules of the whole sheet. */
  clear(): void;
  /** Applies one style to many ranges (one RangeList call). */
  style(ranges: string[], style: CellStyle): void;
  /** Per-cell number formats for a block starting at `at`. */
  setNumberFormats(at: string, formats: string[][]): void;
  /** Per-cell backgrounds for a block starting at `at` (null clears). */
  setBackgrounds(at: string, colors: (string | null)[][]): void;
  readBackgrounds(range: string): (string | null)[][];
  readNumberFormats(range: string): string[][];
  /** Per-cell notes for a block starting at `at` ("" clears). */
  setNotes(at: string, notes: string[][]): void;
  readNotes(range: string): string[][];
  /** Replaces every conditional format rule of the sheet. */
  setConditionalRules(rules: ConditionalRule[]): void;
  readConditionalRules(): ConditionalRule[];
  /** Sets (or with null removes) the validation of every cell in each range. */
  setValidation(ranges: string[], validation: Validation | null): void;
  /** Validations as [range, validation] pairs, one per cell range as set. */
  readValidations(): { range: string; validation: Validation }[];
  /** Replaces all protections of the sheet. */
  setProtections(protections: Protection[]): void;
  readProtections(): Protection[];
  setFrozen(rows: number, cols: number): void;
  readFrozen(): { rows: number; cols: number };
  /** Widths in pixels from column `fromCol` (1-based) on. */
  setColumnWidths(fromCol: number, widths: number[]): void;
  readColumnWidths(fromCol: number, count: number): number[];
  /** Replaces the embedded charts of the sheet. */
  setCharts(charts: ChartSpec[]): void;
  readCharts(): ChartSpec[];
}

export interface Workbook {
  sheetNames(): string[];
  sheet(name: string): Sheet | null;
  /** Creates a sheet at the end (or at `index`, 0-based); fails if the name is taken. */
  addSheet(name: string, index?: number): Sheet;
  deleteSheet(name: string): void;
  renameSheet(from: string, to: string): void;
  /** Makes the sheet the active one (what the user sees). */
  activate(name: string, range?: string): void;
  /** Number of service calls made through this workbook so far. */
  calls(): number;
}

/**
 * Files outside the monitoring workbook: a spreadsheet per school (file mode) and exported PDFs.
 * Apps Script implements it with SpreadsheetApp and the Drive API (drive.file scope: only files the
 * add-on creates); local mode with .xlsx files in a folder and LibreOffice for PDF.
 */
export interface FileStore {
  /** Creates a spreadsheet named `name` (in the store's folder) and returns it open. */
  createSpreadsheet(name: string): { url: string; workbook: Workbook };
  /** Opens a spreadsheet by the URL `createSpreadsheet` gave; null when it is gone or not accessible. */
  open(url: string): Workbook | null;
  /** Gives `email` edit access to the file at `url`. */
  shareWithEditor(url: string, email: string): void;
  /** Saves changes made through a workbook it opened or created (no-op where writes are immediate). */
  save(url: string): void;
  /** Exports the named sheets of `workbook` as one PDF called `title`; returns where it is. */
  exportPdf(workbook: Workbook, sheets: string[], title: string): { url: string };
}
