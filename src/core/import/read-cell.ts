// This file reads one value cell: missing spellings («X», «Х», blank, «-», «нет отметки»…) become null
// («нет данных», never 0); numbers may be numeric cells or text with «,» or «.»; text where a number
// belongs, or a pasted percentage turned into a date, is an error naming the cell.
import type { CellValue, Grid } from '../../sheets/port';
import { importText } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText, norm } from './cells';
import { decimalFromNumber, decimalFromText, decimalToNumber, isWhole, pow10, type Decimal } from './decimal';
import type { ImportIssue } from './types';

export type Read<T> = { ok: true; value: T | null } | { ok: false; issue: ImportIssue };

/** Where a value sits: grid position plus the row's and column's names for the message. */
export interface CellRef {
  row: number;
  col: number;
  rowLabel: string;
  column: string;
}

const MISSING = new Set(['', 'x', 'х', '-', '—', '–', 'нет данных', 'нет отметки', 'отсутствовал', 'н/д']);

export function isMissing(cell: CellValue): boolean {
  return typeof cell !== 'number' && typeof cell !== 'boolean' && MISSING.has(norm(cellText(cell)));
}

function issue(
  ref: CellRef,
  make: (cell: string, row: string, column: string, value: string) => string,
  cell: CellValue,
): Read<never> {
  const at = a1(ref.row, ref.col);
  return { ok: false, issue: { message: make(at, ref.rowLabel, ref.column, cellText(cell)), cell: at } };
}

/** A non-negative decimal, exactly as written. */
function readDecimal(grid: Grid, ref: CellRef): Read<Decimal> {
  const cell = cellAt(grid, ref.row, ref.col);
  if (isMissing(cell)) return { ok: true, value: null };
  if (typeof cell === 'number') {
    return cell >= 0 ? { ok: true, value: decimalFromNumber(cell) } : issue(ref, importText.notNumber, cell);
  }
  if (typeof cell === 'string') {
    // The port carries dates as ISO strings: a pasted «5.06» may have become 5 June (note §6.4 p.14).
    if (/^\d{4}-\d{2}-\d{2}/.test(cell.trim())) return issue(ref, importText.dateInNumber, cell);
    const d = decimalFromText(cell);
    if (d !== null) return { ok: true, value: d };
  }
  return issue(ref, importText.notNumber, cell);
}

export function readCount(grid: Grid, ref: CellRef): Read<number> {
  const r = readDecimal(grid, ref);
  if (!r.ok) return r;
  if (r.value === null) return { ok: true, value: null };
  if (!isWhole(r.value)) return issue(ref, importText.notCount, cellAt(grid, ref.row, ref.col));
  const n = r.value.units / pow10(r.value.scale);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) return issue(ref, importText.notCount, cellAt(grid, ref.row, ref.col));
  return { ok: true, value: Number(n) };
}

export function readPercent(grid: Grid, ref: CellRef): Read<Decimal> {
  const r = readDecimal(grid, ref);
  if (!r.ok || r.value === null) return r;
  if (r.value.units > 100n * pow10(r.value.scale)) {
    return issue(ref, importText.percentRange, cellAt(grid, ref.row, ref.col));
  }
  return r;
}

/** A score or average: a numeric cell as is (unrounded averages stay unrounded), text parsed. */
export function readScore(grid: Grid, ref: CellRef): Read<number> {
  const cell = cellAt(grid, ref.row, ref.col);
  if (typeof cell === 'number' && cell >= 0) return { ok: true, value: cell };
  const r = readDecimal(grid, ref);
  if (!r.ok) return r;
  return { ok: true, value: r.value === null ? null : decimalToNumber(r.value) };
}
