// This file turns one tab of the preview's workbook into what the browser draws: each cell's shown
// text, background, font and alignment after conditional formatting (evaluated here, first matching
// rule wins, as in Google Sheets), its note, whether the user may edit it there (not in a strictly
// protected range: a school template leaves only its input cells open) and its dropdown values.
// It reads the adapter's live state (MemoryWorkbook.data(), as the xlsx codec does) because the port
// has no read for fonts and alignment; nothing here writes.
import { parseA1 } from '../../core/a1';
import type { MemoryCell, MemorySheetData, MemoryWorkbook } from '../../sheets/memory';
import type { CellValue, ConditionalRule, ConditionalWhen } from '../../sheets/port';
import { displayValue } from './display';
import { evaluate, isError, parseFormula, ruleHolds, UnsupportedFormula, type FormulaContext } from './formula';

export interface CellView {
  text: string;
  /** The value to edit (formula text for a formula cell). */
  value: CellValue;
  bg?: string;
  fg?: string;
  bold?: true;
  italic?: true;
  align?: 'left' | 'center' | 'right';
  wrap?: true;
  note?: string;
  edit?: true;
  list?: string[];
}

export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  /** Row-major; null for a cell with nothing to show. */
  cells: (CellView | null)[][];
  /** Pixel width of columns 1…cols. */
  widths: number[];
  frozen: { rows: number; cols: number };
  /** Rows past MAX_ROWS were left out. */
  truncated: boolean;
  /** Conditional formulas the preview cannot evaluate (their rules are not shown). */
  unsupported: string[];
}

export const MAX_ROWS = 3000;
const DEFAULT_WIDTH = 100;

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
const inside = (r: Rect, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

/** The value a cell shows: a formula's cached result, else the formula evaluated, else its text. */
function shownValue(
  book: MemoryWorkbook,
  d: MemorySheetData,
  cell: MemoryCell,
  today: number,
  depth: number,
): CellValue {
  const v = cell.value;
  if (typeof v !== 'string' || !v.startsWith('=')) return v;
  if (cell.result !== undefined) return cell.result;
  if (depth > 8) return null;
  try {
    const out = evaluate(parseFormula(v), context(book, d, today, depth + 1));
    return isError(out) ? out.error : out;
  } catch {
    return v;
  }
}

function context(book: MemoryWorkbook, d: MemorySheetData, today: number, depth = 0): FormulaContext {
  return {
    today,
    cell(sheet, row, col) {
      const target = sheet === null ? d : book.data().sheets.find((s) => s.name === sheet);
      const cell = target?.cells.get(row, col);
      return target && cell ? shownValue(book, target, cell, today, depth) : null;
    },
  };
}

/** Whether the non-formula conditions hold for a value. */
function simpleHolds(when: Exclude<ConditionalWhen, { kind: 'formula' }>, v: CellValue): boolean {
  switch (when.kind) {
    case 'textEquals':
      return typeof v === 'string' && v.toLowerCase() === when.text.toLowerCase();
    case 'textContains':
      return v !== null && String(v).toLowerCase().includes(when.text.toLowerCase());
    case 'blank':
      return v === null || v === '';
    case 'number': {
      if (typeof v !== 'number') return false;
      const x = when.value;
      return { lt: v < x, lte: v <= x, gt: v > x, gte: v >= x, eq: v === x, neq: v !== x }[when.op];
    }
    case 'between':
      return typeof v === 'number' && v >= when.min && v <= when.max;
  }
}

export function renderSheet(book: MemoryWorkbook, name: string, today: number): SheetView | null {
  const d = book.data().sheets.find((s) => s.name === name);
  if (!d) return null;
  let rows = 0;
  let cols = 0;
  for (const { row, col } of d.cells.entries()) {
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  const truncated = rows > MAX_ROWS;
  rows = Math.min(rows, MAX_ROWS);
  const ctx = context(book, d, today);
  const values: CellValue[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const cell = d.cells.get(r + 1, c + 1);
      return cell ? shownValue(book, d, cell, today, 0) : null;
    }),
  );

  // Conditional formatting: the first rule that holds styles the cell.
  const styled = new Map<number, ConditionalRule['style']>();
  const unsupported = new Set<string>();
  for (const rule of d.rules) {
    const rects = rule.ranges.map(parseA1);
    const anchor = rects[0];
    if (!anchor) continue;
    let node: ReturnType<typeof parseFormula> | null = null;
    if (rule.when.kind === 'formula') {
      try {
        node = parseFormula(rule.when.formula);
      } catch {
        unsupported.add(rule.when.formula);
        continue;
      }
    }
    for (const rect of rects) {
      for (let row = rect.row; row < Math.min(rect.row + rect.rows, rows + 1); row++) {
        for (let col = rect.col; col < Math.min(rect.col + rect.cols, cols + 1); col++) {
          const key = (row - 1) * cols + (col - 1);
          if (styled.has(key)) continue;
          let holds: boolean;
          try {
            holds =
              rule.when.kind === 'formula' && node
                ? ruleHolds(node, ctx, { rows: row - anchor.row, cols: col - anchor.col })
                : rule.when.kind !== 'formula' && simpleHolds(rule.when, values[row - 1]?.[col - 1] ?? null);
          } catch (e) {
            if (!(e instanceof UnsupportedFormula) || rule.when.kind !== 'formula') throw e;
            unsupported.add(rule.when.formula);
            holds = false;
          }
          if (holds) styled.set(key, rule.style);
        }
      }
    }
  }

  const whole = d.protections.find((p) => p.range === null && !p.warningOnly);
  const open = whole ? whole.unprotected.map(parseA1) : [];
  const locked = d.protections.filter((p) => p.range !== null && !p.warningOnly).map((p) => parseA1(p.range as string));
  const editable = (row: number, col: number) =>
    whole ? open.some((r) => inside(r, row, col)) : !locked.some((r) => inside(r, row, col));

  const cells = values.map((line, r) =>
    line.map((value, c): CellView | null => {
      const cell = d.cells.get(r + 1, c + 1);
      const cf = styled.get(r * cols + c);
      const canEdit = editable(r + 1, c + 1);
      if (!cell && !cf && !canEdit) return null;
      const view: CellView = { text: displayValue(value, cell?.numberFormat ?? ''), value: cell?.value ?? null };
      const bg = cf?.background ?? cell?.background;
      const fg = cf?.fontColor ?? cell?.fontColor;
      if (bg) view.bg = bg;
      if (fg) view.fg = fg;
      if (cf?.bold ?? cell?.bold) view.bold = true;
      if (cell?.italic) view.italic = true;
      if (cell?.align) view.align = cell.align;
      else if (typeof value === 'number') view.align = 'right';
      if (cell?.wrap) view.wrap = true;
      if (cell?.note) view.note = cell.note;
      if (canEdit) view.edit = true;
      if (cell?.validation?.rule.kind === 'list') view.list = [...cell.validation.rule.values];
      return view;
    }),
  );
  const widths = Array.from({ length: cols }, (_, i) => d.widths.get(i + 1) ?? DEFAULT_WIDTH);
  return { name: d.name, rows, cols, cells, widths, frozen: { ...d.frozen }, truncated, unsupported: [...unsupported] };
}
