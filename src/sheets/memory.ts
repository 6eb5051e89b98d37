// This file is the in-memory workbook adapter: the reference implementation of the port, used by
// tests and (through the xlsx codec) by local mode. It holds everything the port can say: values,
// formulas (kept as text beginning "="; read() returns that text because nothing here computes
// formulas, unless a cached result was loaded from a file), styles, number formats, notes,
// conditional rules, validations, protections, frozen panes, widths and charts. Everything is
// checked and copied on the way in and copied on the way out, so callers never share objects with
// it. calls() grows by one per port method call. `SparseGrid` is the cell store, shared with the
// fake SpreadsheetApp in the tests so there is one cell model, not two.
import { MAX_COLS, parseA1, rangeA1, type A1Range } from '../core/a1';
import { SHEET_TEXT } from '../core/text/sheets';
import { checkedBlock, rectangles } from './a1';
import {
  checkCharts,
  checkColor,
  checkFrozen,
  checkProtections,
  checkRanges,
  checkRules,
  checkSheetName,
  checkStyle,
  checkText,
  checkValidation,
  checkValue,
  checkColumns,
  checkWidths,
  sameSheetName,
} from './check';
import type {
  CellStyle,
  CellValue,
  ChartSpec,
  ConditionalRule,
  Grid,
  Protection,
  Sheet,
  Validation,
  Workbook,
} from './port';

/** A sparse map of cells by 1-based row and column. */
export class SparseGrid<T> {
  private readonly cells = new Map<number, T>();
  private key(row: number, col: number): number {
    return (row - 1) * MAX_COLS + (col - 1);
  }
  get(row: number, col: number): T | undefined {
    return this.cells.get(this.key(row, col));
  }
  set(row: number, col: number, value: T): void {
    this.cells.set(this.key(row, col), value);
  }
  delete(row: number, col: number): void {
    this.cells.delete(this.key(row, col));
  }
  clear(): void {
    this.cells.clear();
  }
  *entries(): IterableIterator<{ row: number; col: number; value: T }> {
    for (const [k, value] of this.cells) yield { row: Math.floor(k / MAX_COLS) + 1, col: (k % MAX_COLS) + 1, value };
  }
}

/** Everything one cell can hold. Defaults (see `emptyCell`) are not stored. */
export interface MemoryCell {
  /** The value, or the formula text ("=…") for a formula cell. */
  value: CellValue;
  /** A formula's cached result, when a file supplied one; dropped when the cell is written. */
  result?: CellValue;
  note: string;
  background: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  wrap: boolean;
  align: 'left' | 'center' | 'right' | null;
  numberFormat: string;
  validation: Validation | null;
}

export const emptyCell = (): MemoryCell => ({
  value: null,
  note: '',
  background: null,
  fontColor: null,
  bold: false,
  italic: false,
  wrap: false,
  align: null,
  numberFormat: '',
  validation: null,
});

/** Whether a cell holds nothing but defaults (such cells are not stored). */
export const isEmptyCell = (c: MemoryCell) =>
  c.value === null &&
  c.result === undefined &&
  c.note === '' &&
  c.background === null &&
  c.fontColor === null &&
  !c.bold &&
  !c.italic &&
  !c.wrap &&
  c.align === null &&
  c.numberFormat === '' &&
  c.validation === null;

/** Default column width in pixels (Google Sheets' default). */
export const DEFAULT_WIDTH = 100;

/** One sheet's whole state. The xlsx codec reads and fills it directly. */
export interface MemorySheetData {
  name: string;
  cells: SparseGrid<MemoryCell>;
  rules: ConditionalRule[];
  protections: Protection[];
  frozen: { rows: number; cols: number };
  widths: Map<number, number>;
  charts: ChartSpec[];
}

export const emptySheetData = (name: string): MemorySheetData => ({
  name,
  cells: new SparseGrid<MemoryCell>(),
  rules: [],
  protections: [],
  frozen: { rows: 0, cols: 0 },
  widths: new Map(),
  charts: [],
});

export interface MemoryBookData {
  sheets: MemorySheetData[];
  active: { sheet: MemorySheetData; range: string | null } | null;
}

const copy = <T>(x: T): T => structuredClone(x);

function* cellsOf(r: A1Range): Generator<{ row: number; col: number }> {
  for (let row = r.row; row < r.row + r.rows; row++) {
    for (let col = r.col; col < r.col + r.cols; col++) yield { row, col };
  }
}

class MemorySheet implements Sheet {
  constructor(
    private readonly book: MemoryWorkbook,
    private readonly d: MemorySheetData,
  ) {}

  get name(): string {
    return this.d.name;
  }

  /** Counts the call and checks the sheet still exists. */
  private tick(): MemorySheetData {
    this.book.tick();
    if (!this.book.data().sheets.includes(this.d)) throw new Error(SHEET_TEXT.deletedSheet(this.d.name));
    return this.d;
  }

  private cell(row: number, col: number): MemoryCell {
    return this.d.cells.get(row, col) ?? emptyCell();
  }

  private update(row: number, col: number, change: (c: MemoryCell) => void): void {
    const c = { ...this.cell(row, col) };
    change(c);
    if (isEmptyCell(c)) this.d.cells.delete(row, col);
    else this.d.cells.set(row, col, c);
  }

  private grid<T>(range: string, pick: (c: MemoryCell) => T): T[][] {
    const r = parseA1(range);
    return Array.from({ length: r.rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) => pick(this.cell(r.row + i, r.col + j))),
    );
  }

  /** Writes a block cell by cell once every cell passed `check`. */
  private block<T>(
    at: string,
    values: T[][],
    fill: T,
    check: (v: T, cell: string) => T,
    set: (c: MemoryCell, v: T) => void,
  ) {
    const b = checkedBlock(this.d.name, at, values, fill, check);
    b?.grid.forEach((row, i) => row.forEach((v, j) => this.update(b.at.row + i, b.at.col + j, (c) => set(c, v))));
  }

  size(): { rows: number; cols: number } {
    this.tick();
    let rows = 0;
    let cols = 0;
    for (const { row, col, value } of this.d.cells.entries()) {
      if (value.value === null) continue;
      rows = Math.max(rows, row);
      cols = Math.max(cols, col);
    }
    return { rows, cols };
  }

  read(range?: string): Grid {
    let target = range;
    if (target === undefined) {
      const { rows, cols } = this.size();
      if (rows === 0) return [];
      target = rangeA1(1, 1, rows, cols);
    } else this.tick();
    return this.grid(target, (c) => (c.result !== undefined ? c.result : c.value));
  }

  readFormulas(range: string): string[][] {
    this.tick();
    return this.grid(range, (c) => (typeof c.value === 'string' && c.value.startsWith('=') ? c.value : ''));
  }

  write(at: string, values: Grid): void {
    this.tick();
    // Empty text is an empty cell, as in Google Sheets.
    const value = (v: CellValue, cell: string) => (v === '' ? null : checkValue(this.d.name, cell, v));
    this.block(at, values, null, value, (c, v) => {
      c.value = v;
      delete c.result;
    });
  }

  clear(): void {
    this.tick().cells.clear();
    this.d.rules = [];
  }

  style(ranges: string[], style: CellStyle): void {
    this.tick();
    const s = checkStyle(this.d.name, style);
    for (const range of checkRanges(this.d.name, ranges)) {
      for (const { row, col } of cellsOf(parseA1(range))) {
        this.update(row, col, (c) => {
          if (s.background !== undefined) c.background = s.background;
          if (s.fontColor !== undefined) c.fontColor = s.fontColor;
          if (s.bold !== undefined) c.bold = s.bold;
          if (s.italic !== undefined) c.italic = s.italic;
          if (s.wrap !== undefined) c.wrap = s.wrap;
          if (s.horizontalAlignment !== undefined) c.align = s.horizontalAlignment;
          if (s.numberFormat !== undefined) c.numberFormat = s.numberFormat;
        });
      }
    }
  }

  setNumberFormats(at: string, formats: string[][]): void {
    this.tick();
    this.block(at, formats, '', checkText(this.d.name, 'формат числа'), (c, v) => (c.numberFormat = v));
  }

  setBackgrounds(at: string, colors: (string | null)[][]): void {
    this.tick();
    this.block(
      at,
      colors,
      null,
      (v, cell) => checkColor(this.d.name, cell, v),
      (c, v) => (c.background = v),
    );
  }

  readBackgrounds(range: string): (string | null)[][] {
    this.tick();
    return this.grid(range, (c) => c.background);
  }

  readNumberFormats(range: string): string[][] {
    this.tick();
    return this.grid(range, (c) => c.numberFormat);
  }

  setNotes(at: string, notes: string[][]): void {
    this.tick();
    this.block(at, notes, '', checkText(this.d.name, 'примечание'), (c, v) => (c.note = v));
  }

  readNotes(range: string): string[][] {
    this.tick();
    return this.grid(range, (c) => c.note);
  }

  setConditionalRules(rules: ConditionalRule[]): void {
    this.tick();
    this.d.rules = checkRules(this.d.name, rules);
  }

  readConditionalRules(): ConditionalRule[] {
    return copy(this.tick().rules);
  }

  setValidation(ranges: string[], validation: Validation | null): void {
    this.tick();
    const v = validation === null ? null : checkValidation(this.d.name, validation);
    for (const range of checkRanges(this.d.name, ranges)) {
      for (const { row, col } of cellsOf(parseA1(range))) this.update(row, col, (c) => (c.validation = v));
    }
  }

  readValidations(): { range: string; validation: Validation }[] {
    this.tick();
    const cells = [...this.d.cells.entries()].flatMap(({ row, col, value }) =>
      value.validation ? [{ row, col, value: value.validation }] : [],
    );
    return rectangles(cells, (v) => JSON.stringify(v)).map(({ range, value }) => ({ range, validation: copy(value) }));
  }

  setProtections(protections: Protection[]): void {
    this.tick();
    this.d.protections = checkProtections(this.d.name, protections);
  }

  readProtections(): Protection[] {
    return copy(this.tick().protections);
  }

  setFrozen(rows: number, cols: number): void {
    this.tick();
    checkFrozen(this.d.name, rows, cols);
    this.d.frozen = { rows, cols };
  }

  readFrozen(): { rows: number; cols: number } {
    return { ...this.tick().frozen };
  }

  setColumnWidths(fromCol: number, widths: number[]): void {
    this.tick();
    checkWidths(this.d.name, fromCol, widths);
    widths.forEach((w, i) => this.d.widths.set(fromCol + i, w));
  }

  readColumnWidths(fromCol: number, count: number): number[] {
    this.tick();
    checkColumns(this.d.name, fromCol, count);
    return Array.from({ length: count }, (_, i) => this.d.widths.get(fromCol + i) ?? DEFAULT_WIDTH);
  }

  setCharts(charts: ChartSpec[]): void {
    this.tick();
    this.d.charts = checkCharts(this.d.name, charts);
  }

  readCharts(): ChartSpec[] {
    return copy(this.tick().charts);
  }
}

export class MemoryWorkbook implements Workbook {
  private n = 0;
  private readonly book: MemoryBookData;

  constructor(data: MemoryBookData = { sheets: [], active: null }) {
    this.book = data;
  }

  /** The live state, for the xlsx codec and for tests; not a port method and not counted. */
  data(): MemoryBookData {
    return this.book;
  }

  /** Counts one port call. */
  tick(): void {
    this.n++;
  }

  calls(): number {
    return this.n;
  }

  private find(name: string): MemorySheetData | undefined {
    return this.book.sheets.find((s) => s.name === name);
  }

  private must(name: string): MemorySheetData {
    const d = this.find(name);
    if (!d) throw new Error(SHEET_TEXT.unknownSheet(name));
    return d;
  }

  private checkFree(name: string, except?: MemorySheetData): void {
    checkSheetName(name);
    if (this.book.sheets.some((s) => s !== except && sameSheetName(s.name, name)))
      throw new Error(SHEET_TEXT.duplicateSheet(name));
  }

  sheetNames(): string[] {
    this.tick();
    return this.book.sheets.map((s) => s.name);
  }

  sheet(name: string): Sheet | null {
    this.tick();
    const d = this.find(name);
    return d ? new MemorySheet(this, d) : null;
  }

  addSheet(name: string, index?: number): Sheet {
    this.tick();
    this.checkFree(name);
    const count = this.book.sheets.length;
    const at = index ?? count;
    if (!Number.isInteger(at) || at < 0 || at > count) throw new Error(SHEET_TEXT.badIndex(at, count));
    const d = emptySheetData(name);
    this.book.sheets.splice(at, 0, d);
    return new MemorySheet(this, d);
  }

  deleteSheet(name: string): void {
    this.tick();
    const d = this.must(name);
    if (this.book.sheets.length === 1) throw new Error(SHEET_TEXT.lastSheet(name));
    this.book.sheets.splice(this.book.sheets.indexOf(d), 1);
    if (this.book.active?.sheet === d) this.book.active = null;
  }

  renameSheet(from: string, to: string): void {
    this.tick();
    const d = this.must(from);
    this.checkFree(to, d);
    d.name = to;
  }

  activate(name: string, range?: string): void {
    this.tick();
    const d = this.must(name);
    this.book.active = { sheet: d, range: range === undefined ? null : (checkRanges(name, [range])[0] ?? null) };
  }
}

export const createMemoryWorkbook = (): MemoryWorkbook => new MemoryWorkbook();
