// This file is the xlsx workbook adapter for local mode (Node only; server code never imports it).
// The workbook lives in memory (the memory adapter, so the port behaves exactly alike) and this
// codec turns it into an .xlsx file and back with ExcelJS: values; formulas (ExcelJS formula cells;
// read() gives a cached result when the file has one, else the formula text); number formats;
// fills; fonts; alignment; notes (comments); conditional formatting (expression, cellIs and
// containsText rules with dxf styles); data validation (whole, decimal, list, date, and custom
// formulas for URLs and unbounded numbers, with the help text as prompt); frozen panes; column
// widths (pixels ↔ characters, Excel's 7 px per character plus 5 px padding); the active sheet.
// What xlsx cannot hold rides in a very hidden sheet «_ШНОР_служебный» as JSON so it round-trips:
// protections (editors, descriptions, range protections, warning-only — a whole-sheet protection
// is also applied as real sheet protection with its unprotected ranges unlocked) and charts
// (ExcelJS cannot write charts, so Excel and LibreOffice show none; the specs survive).
// Saving writes what the port models: borders, merged cells, fonts' faces and sizes of an opened
// file are not kept. Inline list validations cannot hold commas or quotes; saving such a list fails.
import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { normalizeA1, parseA1, toA1 } from '../core/a1';
import { SHEET_TEXT } from '../core/text/sheets';
import { rectangles } from './a1';
import { checkCharts, checkProtections, sameSheetName } from './check';
import {
  emptyCell,
  emptySheetData,
  isEmptyCell,
  MemoryWorkbook,
  type MemoryBookData,
  type MemoryCell,
  type MemorySheetData,
} from './memory';
import type { CellValue, ConditionalRule, ConditionalWhen, Sheet, Validation, ValidationRule } from './port';
import { parseValidationFormula, validationFormula } from './validation-formula';

/** The very hidden sheet that carries what xlsx cannot hold. */
export const META_SHEET = '_ШНОР_служебный';
const CHUNK = 30_000; // a cell holds at most 32 767 characters

const pxToChars = (px: number) => (px - 5) / 7;
const charsToPx = (chars: number) => Math.round(chars * 7 + 5);
/** Every sheet we write gets this default width, so untouched columns are 100 px, as in Google Sheets. */
const DEFAULT_CHARS = pxToChars(100);

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const fromArgb = (c: Partial<ExcelJS.Color> | undefined): string | null =>
  typeof c?.argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(c.argb) ? `#${c.argb.slice(2).toLowerCase()}` : null;

/** What ExcelJS 4.4 has at run time but its typings omit. */
interface Untyped {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, dv: ExcelJS.DataValidation): void;
  };
  sheetProtection?: { sheet?: boolean } | null;
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}
const untyped = (ws: ExcelJS.Worksheet) => ws as unknown as Untyped;

/** An xlsx workbook held in memory; save it with saveXlsxWorkbook. The metadata sheet name is reserved. */
export class XlsxWorkbook extends MemoryWorkbook {
  override addSheet(name: string, index?: number): Sheet {
    if (sameSheetName(name, META_SHEET)) throw new Error(SHEET_TEXT.reservedSheetName(name));
    return super.addSheet(name, index);
  }
  override renameSheet(from: string, to: string): void {
    if (sameSheetName(to, META_SHEET)) throw new Error(SHEET_TEXT.reservedSheetName(to));
    super.renameSheet(from, to);
  }
}

export const createXlsxWorkbook = (): XlsxWorkbook => new XlsxWorkbook();

export async function openXlsxWorkbook(path: string): Promise<XlsxWorkbook> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw new Error(SHEET_TEXT.openFailed(path, (e as Error).message));
  }
  return xlsxToWorkbook(data, path);
}

export async function saveXlsxWorkbook(wb: MemoryWorkbook, path: string): Promise<void> {
  const data = await workbookToXlsx(wb);
  try {
    await writeFile(path, data);
  } catch (e) {
    throw new Error(SHEET_TEXT.saveFailed(path, (e as Error).message));
  }
}

// ---------- save ----------

export async function workbookToXlsx(wb: MemoryWorkbook): Promise<Buffer> {
  const book = wb.data();
  if (book.sheets.length === 0) throw new Error(SHEET_TEXT.noSheetsToSave);
  const x = new ExcelJS.Workbook();
  const meta: [string, string, unknown][] = [];
  for (const d of book.sheets) {
    const ws = x.addWorksheet(d.name, {
      properties: { defaultColWidth: DEFAULT_CHARS } as ExcelJS.WorksheetProperties,
    });
    writeCells(ws, d);
    writeRules(ws, d.rules);
    writeValidations(ws, d);
    d.widths.forEach((px, col) => (ws.getColumn(col).width = pxToChars(px)));
    const { rows, cols } = d.frozen;
    const activeCell = book.active?.sheet === d && book.active.range ? book.active.range.split(':')[0] : undefined;
    ws.views = [
      rows || cols
        ? { state: 'frozen', xSplit: cols, ySplit: rows, ...(activeCell && { activeCell }) }
        : { state: 'normal', ...(activeCell && { activeCell }) },
    ];
    await writeProtection(ws, d);
    if (d.protections.length) meta.push([d.name, 'protections', d.protections]);
    if (d.charts.length) meta.push([d.name, 'charts', d.charts]);
  }
  const active = book.active ? book.sheets.indexOf(book.active.sheet) : 0;
  x.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: active, visibility: 'visible' }];
  if (meta.length) {
    const ms = x.addWorksheet(META_SHEET, { state: 'veryHidden' });
    for (const [sheet, kind, value] of meta) {
      const json = JSON.stringify(value);
      const chunks = Array.from({ length: Math.ceil(json.length / CHUNK) }, (_, i) =>
        json.slice(i * CHUNK, (i + 1) * CHUNK),
      );
      ms.addRow([sheet, kind, ...chunks]);
    }
  }
  return Buffer.from(await x.xlsx.writeBuffer());
}

function writeCells(ws: ExcelJS.Worksheet, d: MemorySheetData): void {
  for (const { row, col, value: c } of d.cells.entries()) {
    const cell = ws.getCell(row, col);
    if (typeof c.value === 'string' && c.value.startsWith('=')) {
      const formula = c.value.slice(1);
      cell.value =
        c.result === undefined || c.result === null
          ? { formula }
          : ({ formula, result: c.result } as ExcelJS.CellFormulaValue);
    } else cell.value = c.value;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.background) } };
    if (c.bold || c.italic || c.fontColor) {
      cell.font = {
        ...(c.bold && { bold: true }),
        ...(c.italic && { italic: true }),
        ...(c.fontColor && { color: { argb: argb(c.fontColor) } }),
      };
    }
    if (c.align || c.wrap)
      cell.alignment = { ...(c.align && { horizontal: c.align }), ...(c.wrap && { wrapText: true }) };
    if (c.note) cell.note = c.note;
  }
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const CELL_IS: Record<Extract<ConditionalWhen, { kind: 'number' }>['op'], string> = {
  lt: 'lessThan',
  lte: 'lessThanOrEqual',
  gt: 'greaterThan',
  gte: 'greaterThanOrEqual',
  eq: 'equal',
  neq: 'notEqual',
};

/** The ExcelJS rule for a port rule (ExcelJS types know fewer cellIs operators than it writes). */
function xlsxRule(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  const { background, fontColor, bold } = rule.style;
  const style: Partial<ExcelJS.Style> = {
    ...(background && { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(background) } } }),
    ...((fontColor || bold !== undefined) && {
      font: { ...(fontColor && { color: { argb: argb(fontColor) } }), ...(bold !== undefined && { bold }) },
    }),
  };
  const w = rule.when;
  const base = { priority, style };
  let r: Record<string, unknown>;
  switch (w.kind) {
    case 'formula':
      r = { type: 'expression', formulae: [w.formula.slice(1)] };
      break;
    case 'textEquals':
      r = { type: 'cellIs', operator: 'equal', formulae: [quoted(w.text)] };
      break;
    case 'textContains': {
      // Excel's own formula for "contains text", as an expression: ExcelJS writes containsText rules
      // without the `text` attribute, which LibreOffice then reads as empty text.
      const first = parseA1(rule.ranges[0] as string);
      r = { type: 'expression', formulae: [`NOT(ISERROR(SEARCH(${quoted(w.text)},${toA1(first.row, first.col)})))`] };
      break;
    }
    case 'blank':
      r = { type: 'containsText', operator: 'containsBlanks' };
      break;
    case 'number':
      r = { type: 'cellIs', operator: CELL_IS[w.op], formulae: [String(w.value)] };
      break;
    case 'between':
      r = { type: 'cellIs', operator: 'between', formulae: [String(w.min), String(w.max)] };
      break;
  }
  return { ...base, ...r } as unknown as ExcelJS.ConditionalFormattingRule;
}

function writeRules(ws: ExcelJS.Worksheet, rules: ConditionalRule[]): void {
  rules.forEach((rule, i) =>
    ws.addConditionalFormatting({ ref: rule.ranges.join(' '), rules: [xlsxRule(rule, i + 1)] }),
  );
}

const isInt = (n: number | undefined) => n === undefined || Number.isInteger(n);

function xlsxValidation(sheet: string, v: Validation, topLeft: string): ExcelJS.DataValidation {
  const base = {
    allowBlank: true,
    showInputMessage: true,
    prompt: v.help,
    showErrorMessage: true,
    error: v.help,
    errorStyle: v.strict ? 'stop' : 'warning',
  };
  const custom = (rule: Parameters<typeof validationFormula>[0]): ExcelJS.DataValidation => ({
    ...base,
    type: 'custom',
    formulae: [validationFormula(rule, topLeft).slice(1)],
  });
  const r = v.rule;
  switch (r.kind) {
    case 'integer':
    case 'number': {
      // Whole-number bounds must be integers in xlsx; anything else becomes a formula.
      if ((r.min === undefined && r.max === undefined) || (r.kind === 'integer' && !(isInt(r.min) && isInt(r.max))))
        return custom(r);
      const type = r.kind === 'integer' ? 'whole' : 'decimal';
      if (r.min !== undefined && r.max !== undefined)
        return { ...base, type, operator: 'between', formulae: [r.min, r.max] };
      if (r.min !== undefined) return { ...base, type, operator: 'greaterThanOrEqual', formulae: [r.min] };
      return { ...base, type, operator: 'lessThanOrEqual', formulae: [r.max] };
    }
    case 'list': {
      const bad = r.values.find((s) => /[,"]/.test(s));
      if (bad !== undefined) throw new Error(SHEET_TEXT.listWithComma(sheet, bad));
      return { ...base, type: 'list', formulae: [`"${r.values.join(',')}"`] };
    }
    case 'url':
      return custom(r);
    case 'date':
      return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

function writeValidations(ws: ExcelJS.Worksheet, d: MemorySheetData): void {
  const cells = [...d.cells.entries()].flatMap(({ row, col, value }) =>
    value.validation ? [{ row, col, value: value.validation }] : [],
  );
  for (const { range, value } of rectangles(cells, (v) => JSON.stringify(v))) {
    const r = parseA1(range);
    untyped(ws).dataValidations.add(range, xlsxValidation(d.name, value, toA1(r.row, r.col)));
  }
}

/** A whole-sheet protection becomes real sheet protection (no password) with its unprotected ranges unlocked. */
async function writeProtection(ws: ExcelJS.Worksheet, d: MemorySheetData): Promise<void> {
  const whole = d.protections.find((p) => p.range === null);
  if (!whole) return;
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  for (const range of whole.unprotected) {
    const r = parseA1(range);
    for (let row = r.row; row < r.row + r.rows; row++) {
      for (let col = r.col; col < r.col + r.cols; col++) ws.getCell(row, col).protection = { locked: false };
    }
  }
}

// ---------- load ----------

export async function xlsxToWorkbook(data: Buffer, path = 'xlsx'): Promise<XlsxWorkbook> {
  const x = new ExcelJS.Workbook();
  try {
    await x.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(SHEET_TEXT.openFailed(path, (e as Error).message));
  }
  const sheets: MemorySheetData[] = [];
  for (const ws of x.worksheets) {
    if (ws.name === META_SHEET) continue;
    const d = emptySheetData(ws.name);
    readCells(ws, d);
    d.rules = readRules(ws);
    readValidations(ws, d);
    ws.columns?.forEach((c, i) => {
      if (c.width !== undefined && Math.abs(c.width - DEFAULT_CHARS) > 1e-9) d.widths.set(i + 1, charsToPx(c.width));
    });
    const view = ws.views?.[0];
    if (view?.state === 'frozen') d.frozen = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
    if (untyped(ws).sheetProtection?.sheet)
      d.protections = [{ range: null, description: '', editors: [], unprotected: [], warningOnly: false }];
    sheets.push(d);
  }
  readMeta(x, sheets);
  const book: MemoryBookData = { sheets, active: null };
  const tab = x.views?.[0]?.activeTab;
  const activeWs = tab === undefined ? undefined : x.worksheets[tab];
  const activeSheet = activeWs && sheets.find((s) => s.name === activeWs.name);
  if (activeSheet && activeWs) {
    const cell = activeWs.views?.[0]?.activeCell;
    book.active = { sheet: activeSheet, range: cell ? cell.replace(/\$/g, '') : null };
  }
  return new XlsxWorkbook(book);
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A cell's plain value: rich text joined, hyperlinks as their text, errors as "#…", dates as ISO. */
function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('error' in v) return String(v.error);
  if ('text' in v && typeof v.text === 'string') return v.text;
  return null;
}

function readCells(ws: ExcelJS.Worksheet, d: MemorySheetData): void {
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const m: MemoryCell = emptyCell();
      const formula = cell.formula;
      if (formula) {
        m.value = `=${formula}`;
        const result = plain(cell.result as ExcelJS.CellValue);
        if (result !== null) m.result = result;
      } else m.value = plain(cell.value);
      if (m.value === '') m.value = null;
      if (cell.numFmt && cell.numFmt !== 'General') m.numberFormat = cell.numFmt;
      const fill = cell.fill;
      if (fill?.type === 'pattern' && fill.pattern === 'solid') m.background = fromArgb(fill.fgColor);
      m.bold = cell.font?.bold === true;
      m.italic = cell.font?.italic === true;
      m.fontColor = fromArgb(cell.font?.color);
      const h = cell.alignment?.horizontal;
      m.align = h === 'left' || h === 'center' || h === 'right' ? h : null;
      m.wrap = cell.alignment?.wrapText === true;
      const note = cell.note;
      m.note = typeof note === 'string' ? note : (note?.texts?.map((t) => t.text).join('') ?? '');
      if (!isEmptyCell(m)) d.cells.set(r, c, m);
    });
  });
}

const OP_BACK: Record<string, Extract<ConditionalWhen, { kind: 'number' }>['op']> = {
  lessThan: 'lt',
  lessThanOrEqual: 'lte',
  greaterThan: 'gt',
  greaterThanOrEqual: 'gte',
  equal: 'eq',
  notEqual: 'neq',
};
const unquote = (s: string) => s.slice(1, -1).replace(/""/g, '"');

const BLANK = /^LEN\(TRIM\(\$?[A-Z]{1,3}\$?\d+\)\)=0$/i;
const CONTAINS = /^NOT\(ISERROR\(SEARCH\(("(?:[^"]|"")*"),\$?[A-Z]{1,3}\$?\d+\)\)\)$/i;

/**
 * The port's condition for an xlsx rule. Excel's own formulas for "contains blanks" and "contains
 * text" count as those kinds whichever rule type carries them: LibreOffice re-saves them as
 * expression rules.
 */
function whenFrom(rule: Record<string, unknown>): ConditionalWhen | null {
  const f = (rule.formulae as unknown[] | undefined)?.map(String) ?? [];
  const op = String(rule.operator ?? '');
  const text = CONTAINS.exec(f[0] ?? '')?.[1];
  if (rule.type === 'containsText' && op === 'containsBlanks') return { kind: 'blank' };
  if ((rule.type === 'containsText' && op === 'containsText') || rule.type === 'expression') {
    if (text !== undefined) return { kind: 'textContains', text: unquote(text) };
    if (BLANK.test(f[0] ?? '')) return { kind: 'blank' };
  }
  if (rule.type === 'expression' && f[0]) return { kind: 'formula', formula: `=${f[0]}` };
  if (rule.type !== 'cellIs' || !f[0]) return null;
  if (op === 'equal' && /^".*"$/s.test(f[0])) return { kind: 'textEquals', text: unquote(f[0]) };
  if (op === 'between' && f[1]) return { kind: 'between', min: Number(f[0]), max: Number(f[1]) };
  const kind = OP_BACK[op];
  return kind ? { kind: 'number', op: kind, value: Number(f[0]) } : null;
}

function readRules(ws: ExcelJS.Worksheet): ConditionalRule[] {
  const found: { priority: number; rule: ConditionalRule }[] = [];
  for (const cf of untyped(ws).conditionalFormattings ?? []) {
    for (const raw of cf.rules) {
      const r = raw as unknown as Record<string, unknown> & { style?: Partial<ExcelJS.Style> };
      const when = whenFrom(r);
      if (!when) continue;
      const fill = r.style?.fill;
      const background = fill?.type === 'pattern' ? fromArgb(fill.bgColor) : null;
      const fontColor = fromArgb(r.style?.font?.color);
      const bold = r.style?.font?.bold;
      const ranges = cf.ref.split(/\s+/).map(normalizeA1);
      found.push({
        priority: Number(r.priority ?? 0),
        rule: {
          ranges,
          when,
          style: {
            ...(background && { background }),
            ...(fontColor && { fontColor }),
            ...(bold !== undefined && { bold }),
          },
        },
      });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.rule);
}

function portValidation(dv: ExcelJS.DataValidation): Validation | null {
  const f = dv.formulae ?? [];
  const num = (i: number) => Number(f[i]);
  let rule: ValidationRule | null = null;
  if (dv.type === 'whole' || dv.type === 'decimal') {
    const kind = dv.type === 'whole' ? 'integer' : 'number';
    if (dv.operator === 'between' || dv.operator === undefined) rule = { kind, min: num(0), max: num(1) };
    else if (dv.operator === 'greaterThanOrEqual') rule = { kind, min: num(0) };
    else if (dv.operator === 'lessThanOrEqual') rule = { kind, max: num(0) };
  } else if (dv.type === 'list' && typeof f[0] === 'string' && /^".*"$/s.test(f[0])) {
    rule = { kind: 'list', values: f[0].slice(1, -1).split(',') };
  } else if (dv.type === 'custom' && f[0] !== undefined) {
    rule = parseValidationFormula(`=${String(f[0])}`);
  } else if (dv.type === 'date') {
    rule = { kind: 'date' };
  }
  return (
    rule && { rule, help: dv.prompt ?? '', strict: dv.errorStyle !== 'warning' && dv.errorStyle !== 'information' }
  );
}

function readValidations(ws: ExcelJS.Worksheet, d: MemorySheetData): void {
  const model = untyped(ws).dataValidations.model;
  for (const [address, dv] of Object.entries(model)) {
    const v = dv && portValidation(dv);
    if (!v) continue;
    const r = parseA1(address);
    for (let row = r.row; row < r.row + r.rows; row++) {
      for (let col = r.col; col < r.col + r.cols; col++)
        d.cells.set(row, col, { ...(d.cells.get(row, col) ?? emptyCell()), validation: v });
    }
  }
}

function readMeta(x: ExcelJS.Workbook, sheets: MemorySheetData[]): void {
  const ms = x.getWorksheet(META_SHEET);
  if (!ms) return;
  ms.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    const [name, kind, ...chunks] = values;
    const d = sheets.find((s) => s.name === name);
    if (!d) return;
    try {
      const value: unknown = JSON.parse(chunks.join(''));
      if (kind === 'protections') d.protections = checkProtections(d.name, value as never);
      if (kind === 'charts') d.charts = checkCharts(d.name, value as never);
    } catch {
      throw new Error(SHEET_TEXT.metaDamaged(META_SHEET, d.name));
    }
  });
}
