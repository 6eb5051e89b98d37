// This file holds the small vocabulary shared by the config tabs: cell errors that name
// `Tab!A1`, and the Russian spellings of operators, comparisons, directions and yes/no.
import { sheetRangeA1, toA1 } from '../a1';
import type { Op } from '../program';

export type Cell = string | number | boolean | null;

export interface CellError {
  tab: string;
  /** `Показатели!F7` */
  cell: string;
  message: string;
}

export function cellError(tab: string, row: number, col: number, message: string): CellError {
  const cell = sheetRangeA1(tab, toA1(row, col));
  return { tab, cell, message: `${cell}: ${message}` };
}

export const OP_TEXT: Record<Op, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

const OP_PARSE: Record<string, Op> = {
  '≥': 'gte',
  '>=': 'gte',
  'не менее': 'gte',
  '>': 'gt',
  более: 'gt',
  больше: 'gt',
  '≤': 'lte',
  '<=': 'lte',
  'не более': 'lte',
  '<': 'lt',
  менее: 'lt',
  меньше: 'lt',
  '=': 'eq',
  равно: 'eq',
};

export function parseOp(v: Cell): Op | null {
  return OP_PARSE[text(v).toLowerCase()] ?? null;
}

export const COMPARISON_TEXT = { gte: 'не менее', lte: 'не более', none: '—' } as const;
export function parseComparison(v: Cell): 'gte' | 'lte' | 'none' | null {
  const s = text(v).toLowerCase();
  if (s === 'не менее' || s === '≥') return 'gte';
  if (s === 'не более' || s === '≤') return 'lte';
  if (s === '—' || s === '-' || s === '') return 'none';
  return null;
}

export const DIRECTION_TEXT = { up: 'выше — лучше', down: 'ниже — лучше' } as const;

export function parseYesNo(v: Cell): boolean | null {
  if (typeof v === 'boolean') return v;
  const s = text(v).toLowerCase();
  if (s === 'да') return true;
  if (s === 'нет') return false;
  return null;
}

/** A number cell: numbers pass, "12,5" and "12.5" strings are accepted as typed by hand, anything else is null. */
export function parseNumber(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = text(v).replace(/\s/g, '').replace('%', '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

export function text(v: Cell): string {
  return v === null ? '' : String(v).trim();
}

export function isBlank(v: Cell): boolean {
  return text(v) === '';
}
