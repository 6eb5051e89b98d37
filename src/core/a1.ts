// This file converts between A1 notation and 1-based coordinates: column letters, cells ("B3"),
// bounded ranges ("B3:H20", "$B$3", corners in any order) and sheet-qualified references
// ("'Школа 1'!B3"). Limits are Excel's (1 048 576 rows, column XFD), which Google Sheets also accepts,
// so an address valid here is valid in every adapter. Bad input throws an Error with a Russian message.
import { SHEET_TEXT } from './text/sheets';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384; // "XFD"

/** A rectangle: top-left row and column (1-based) and its size. */
export interface A1Range {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const isIndex = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;

/** 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  if (!isIndex(col, MAX_COLS)) throw new Error(SHEET_TEXT.badColumn(col));
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Value of 1–3 Latin letters in bijective base 26 (may exceed MAX_COLS). */
function lettersValue(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  const n = /^[A-Za-z]{1,3}$/.test(letters) ? lettersValue(letters) : NaN;
  if (!isIndex(n, MAX_COLS)) throw new Error(SHEET_TEXT.badColumn(letters));
  return n;
}

/** (3, 2) → "B3". */
export function toA1(row: number, col: number): string {
  if (!isIndex(row, MAX_ROWS)) throw new Error(SHEET_TEXT.badA1(`R${row}C${col}`));
  return `${columnLetters(col)}${row}`;
}

/** (3, 2, 18, 7) → "B3:H20"; a single cell gives "B3". */
export function rangeA1(row: number, col: number, rows = 1, cols = 1): string {
  const first = toA1(row, col);
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw new Error(SHEET_TEXT.badA1(`${first}+${rows}×${cols}`));
  }
  if (rows === 1 && cols === 1) return first;
  return `${first}:${toA1(row + rows - 1, col + cols - 1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string, range: string): { row: number; col: number } {
  const m = CELL.exec(text.trim());
  if (!m) throw new Error(SHEET_TEXT.badA1(range));
  const row = Number(m[2]);
  const col = lettersValue(m[1] as string);
  if (row < 1) throw new Error(SHEET_TEXT.badA1(range));
  if (row > MAX_ROWS || col > MAX_COLS) throw new Error(SHEET_TEXT.a1OutOfBounds(range));
  return { row, col };
}

/** "B3:H20" → {row: 3, col: 2, rows: 18, cols: 7}. Corners may come in any order; "$" is ignored. */
export function parseA1(range: string): A1Range {
  if (typeof range !== 'string') throw new Error(SHEET_TEXT.badA1(String(range)));
  const parts = range.split(':');
  if (parts.length > 2) throw new Error(SHEET_TEXT.badA1(range));
  const a = parseCell(parts[0] ?? '', range);
  const b = parts.length === 2 ? parseCell(parts[1] ?? '', range) : a;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** The canonical spelling of a range: upper case, no "$", top-left first, "B3" for one cell. */
export function normalizeA1(range: string): string {
  const r = parseA1(range);
  return rangeA1(r.row, r.col, r.rows, r.cols);
}

/** Whether a sheet name can stand unquoted before "!": letters, digits, "_", and not a cell address. */
function bareSheetName(name: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}

/** "Школа 1" → "'Школа 1'"; apostrophes inside are doubled. Plain names stay bare. */
export function quoteSheetName(name: string): string {
  return bareSheetName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** ("Школа 1", "B3") → "'Школа 1'!B3", for formulas and messages that point into another sheet. */
export function sheetRangeA1(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${normalizeA1(range)}`;
}
