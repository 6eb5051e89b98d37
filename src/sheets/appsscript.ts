// This file is the Apps Script workbook adapter: the port over SpreadsheetApp, batched so that a
// block read or write is one getRange(a1) plus one getValues()/setValues() whatever its size.
// calls() counts every method invoked on a live document object — Spreadsheet, Sheet, Range,
// RangeList, Protection, EmbeddedChart — because those talk to Google's servers. Builders
// (newDataValidation, newConditionalFormatRule, the chart builder) and the values they build or
// hand back (DataValidation, ConditionalFormatRule, BooleanCondition, ContainerInfo, chart
// options, User) are local and not counted.
// Conversions: dates read back as ISO "yyyy-mm-dd" in the spreadsheet's time zone; text that
// Sheets would turn into a number, date or boolean is written with a leading apostrophe (ISO dates
// are left to become dates); an empty cell reads as null; a white background reads as null (Sheets
// cannot tell white from none); the automatic number format reads as "". Whole numbers and
// unbounded numbers are validated with custom formulas (Sheets has no criterion for them).
// Protections: editors exclude the spreadsheet's owner, who can always edit.
import { parseA1, rangeA1, toA1, type A1Range } from '../core/a1';
import { SHEET_TEXT } from '../core/text/sheets';
import { checkedBlock, rectangles } from './a1';
import {
  checkCharts,
  checkColor,
  checkColumns,
  checkFrozen,
  checkProtections,
  checkRanges,
  checkRules,
  checkSheetName,
  checkStyle,
  checkText,
  checkValidation,
  checkValue,
  checkWidths,
  sameSheetName,
} from './check';
import type {
  CellStyle,
  CellValue,
  ChartSpec,
  ConditionalRule,
  ConditionalWhen,
  Grid,
  Protection,
  Sheet,
  Validation,
  ValidationRule,
  Workbook,
} from './port';
import { parseValidationFormula, validationFormula } from './validation-formula';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;

/** Number formats Sheets reports for "automatic". */
const AUTOMATIC_FORMATS = new Set(['', 'General', '0.###############']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Text Sheets would parse as a number, percent, currency, date, time or boolean. */
const PARSED_TEXT = /^\s*([-+.,(\d$€₽]|(true|false)\s*$)|^'/i;

/** What setValues receives for a port value. */
function toSheetValue(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v !== 'string' || v.startsWith('=') || ISO_DATE.test(v)) return v;
  return PARSED_TEXT.test(v) ? `'${v}` : v;
}

/** "yyyy-mm-dd" of a Date as seen in `timeZone`. */
function isoDate(d: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(d);
  const part = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The part of `r` inside a sheet of `rows`×`cols`, or null. */
function inside(r: A1Range, rows: number, cols: number): A1Range | null {
  const h = Math.min(r.row + r.rows - 1, rows) - r.row + 1;
  const w = Math.min(r.col + r.cols - 1, cols) - r.col + 1;
  return h > 0 && w > 0 ? { row: r.row, col: r.col, rows: h, cols: w } : null;
}

class Counter {
  n = 0;
  /** Records `k` server calls and passes `x` through. */
  add<T>(k: number, x: T): T {
    this.n += k;
    return x;
  }
}

class AppsScriptSheet implements Sheet {
  /** Sheet dimensions, fetched once (2 calls) and kept in step with our own inserts. */
  private dims: { rows: number; cols: number } | null = null;
  gone = false;

  constructor(
    public name: string,
    private readonly sh: GSheet,
    private readonly book: AppsScriptWorkbook,
  ) {}

  private get c(): Counter {
    if (this.gone) throw new Error(SHEET_TEXT.deletedSheet(this.name));
    return this.book.counter;
  }

  private size0(): { rows: number; cols: number } {
    this.dims ??= this.c.add(2, { rows: this.sh.getMaxRows(), cols: this.sh.getMaxColumns() });
    return this.dims;
  }

  /** Inserts rows and columns so that `r` fits. */
  private grow(r: A1Range): void {
    const d = this.size0();
    const needRows = r.row + r.rows - 1 - d.rows;
    const needCols = r.col + r.cols - 1 - d.cols;
    if (needRows > 0) this.c.add(1, this.sh.insertRowsAfter(d.rows, needRows));
    if (needCols > 0) this.c.add(1, this.sh.insertColumnsAfter(d.cols, needCols));
    this.dims = { rows: Math.max(d.rows, d.rows + needRows), cols: Math.max(d.cols, d.cols + needCols) };
  }

  /** Grows the sheet to hold every range in `ranges` (Sheets rejects ranges outside the grid). */
  private fit(ranges: string[]): void {
    const rs = ranges.map(parseA1);
    const rows = Math.max(1, ...rs.map((r) => r.row + r.rows - 1));
    const cols = Math.max(1, ...rs.map((r) => r.col + r.cols - 1));
    this.grow({ row: 1, col: 1, rows, cols });
  }

  /** Reads `range` with `get` (2 calls) where it lies inside the sheet; cells outside read as `fill`. */
  private readBlock<T>(range: string, fill: T, get: (r: GoogleAppsScript.Spreadsheet.Range) => T[][]): T[][] {
    const r = parseA1(range);
    const d = this.size0();
    const part = inside(r, d.rows, d.cols);
    const got = part ? get(this.c.add(2, this.sh.getRange(rangeA1(part.row, part.col, part.rows, part.cols)))) : [];
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => got[i]?.[j] ?? fill));
  }

  /** Pads and checks a block, grows the sheet to hold it and returns its range (null for an empty block). */
  private target<T>(
    at: string,
    values: T[][],
    fill: T,
    check: (v: T, cell: string) => T,
  ): { range: GoogleAppsScript.Spreadsheet.Range; grid: T[][] } | null {
    const b = checkedBlock(this.name, at, values, fill, check);
    if (!b) return null;
    this.grow(b.at);
    const { row, col, rows, cols } = b.at;
    return { range: this.c.add(1, this.sh.getRange(rangeA1(row, col, rows, cols))), grid: b.grid };
  }

  size(): { rows: number; cols: number } {
    const c = this.c;
    return c.add(2, { rows: this.sh.getLastRow(), cols: this.sh.getLastColumn() });
  }

  read(range?: string): Grid {
    // A Date from another realm (a test's vm context) fails instanceof, so ask for its class instead.
    const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
    const convert = (v: unknown): CellValue =>
      v === '' || v === null || v === undefined
        ? null
        : isDate(v)
          ? isoDate(v, this.book.timeZone())
          : (v as CellValue);
    if (range === undefined) {
      const all = this.c.add(2, this.sh.getDataRange().getValues()).map((row) => row.map(convert));
      return all.length === 1 && all[0]?.length === 1 && all[0][0] === null ? [] : all;
    }
    return this.readBlock(range, null, (r) => r.getValues().map((row) => row.map(convert)));
  }

  readFormulas(range: string): string[][] {
    return this.readBlock(range, '', (r) => r.getFormulas());
  }

  write(at: string, values: Grid): void {
    const t = this.target(at, values, null, (v, cell) => (v === '' ? null : checkValue(this.name, cell, v)));
    if (t) this.c.add(1, t.range.setValues(t.grid.map((row) => row.map(toSheetValue))));
  }

  clear(): void {
    const c = this.c;
    const d = this.size0();
    c.add(1, this.sh.clear());
    c.add(1, this.sh.clearNotes());
    c.add(1, this.sh.clearConditionalFormatRules());
    c.add(2, this.sh.getRange(rangeA1(1, 1, d.rows, d.cols)).clearDataValidations());
  }

  style(ranges: string[], style: CellStyle): void {
    const s = checkStyle(this.name, style);
    const checked = checkRanges(this.name, ranges);
    if (checked.length === 0) return;
    this.fit(checked);
    const list = this.c.add(1, this.sh.getRangeList(checked));
    const c = this.c;
    if (s.background !== undefined) c.add(1, list.setBackground(s.background));
    if (s.fontColor !== undefined) c.add(1, list.setFontColor(s.fontColor));
    if (s.bold !== undefined) c.add(1, list.setFontWeight(s.bold ? 'bold' : 'normal'));
    if (s.italic !== undefined) c.add(1, list.setFontStyle(s.italic ? 'italic' : 'normal'));
    if (s.wrap !== undefined) c.add(1, list.setWrap(s.wrap));
    if (s.horizontalAlignment !== undefined) c.add(1, list.setHorizontalAlignment(s.horizontalAlignment));
    if (s.numberFormat !== undefined) c.add(1, list.setNumberFormat(s.numberFormat || 'General'));
  }

  setNumberFormats(at: string, formats: string[][]): void {
    const format = checkText(this.name, 'формат числа');
    const t = this.target(at, formats, '', (v, cell) => format(v, cell) || 'General');
    if (t) this.c.add(1, t.range.setNumberFormats(t.grid));
  }

  setBackgrounds(at: string, colors: (string | null)[][]): void {
    const t = this.target(at, colors, null, (v, cell) => checkColor(this.name, cell, v));
    if (t) this.c.add(1, t.range.setBackgrounds(t.grid));
  }

  readBackgrounds(range: string): (string | null)[][] {
    const color = (v: string) => (v && v.toLowerCase() !== '#ffffff' ? v.toLowerCase() : null);
    return this.readBlock<string | null>(range, null, (r) => r.getBackgrounds().map((row) => row.map(color)));
  }

  readNumberFormats(range: string): string[][] {
    return this.readBlock(range, '', (r) =>
      r.getNumberFormats().map((row) => row.map((f) => (AUTOMATIC_FORMATS.has(f) ? '' : f))),
    );
  }

  setNotes(at: string, notes: string[][]): void {
    const t = this.target(at, notes, '', checkText(this.name, 'примечание'));
    if (t) this.c.add(1, t.range.setNotes(t.grid));
  }

  readNotes(range: string): string[][] {
    return this.readBlock(range, '', (r) => r.getNotes());
  }

  setConditionalRules(rules: ConditionalRule[]): void {
    const app = this.book.app;
    const checked = checkRules(this.name, rules);
    this.fit(checked.flatMap((r) => r.ranges));
    const built = checked.map((rule) => {
      const ranges = this.c.add(2, this.sh.getRangeList(rule.ranges).getRanges());
      let b = whenOf(app.newConditionalFormatRule().setRanges(ranges), rule.when);
      if (rule.style.background !== undefined) b = b.setBackground(rule.style.background);
      if (rule.style.fontColor !== undefined) b = b.setFontColor(rule.style.fontColor);
      if (rule.style.bold !== undefined) b = b.setBold(rule.style.bold);
      return b.build();
    });
    this.c.add(1, this.sh.setConditionalFormatRules(built));
  }

  readConditionalRules(): ConditionalRule[] {
    const rules = this.c.add(1, this.sh.getConditionalFormatRules());
    return rules.flatMap((r) => {
      const rule = this.portRule(r);
      return rule ? [rule] : [];
    });
  }

  /** The port's view of a Sheets rule; null for kinds the port has no word for (gradients, dates…). */
  private portRule(r: GRule): ConditionalRule | null {
    const cond = r.getBooleanCondition();
    const when = cond ? whenFrom(this.book.app, cond.getCriteriaType(), cond.getCriteriaValues()) : null;
    if (!cond || !when) return null;
    const ranges = r.getRanges().map((g) => this.c.add(1, g.getA1Notation()));
    const background = cond.getBackground();
    const fontColor = cond.getFontColor();
    const bold = cond.getBold();
    return {
      ranges,
      when,
      style: {
        ...(background && { background: background.toLowerCase() }),
        ...(fontColor && { fontColor: fontColor.toLowerCase() }),
        ...(bold !== null && { bold }),
      },
    };
  }

  setValidation(ranges: string[], validation: Validation | null): void {
    const list = checkRanges(this.name, ranges);
    if (list.length === 0) return;
    this.fit(list);
    if (validation === null) {
      this.c.add(2, this.sh.getRangeList(list).clearDataValidations());
      return;
    }
    const v = checkValidation(this.name, validation);
    for (const range of list) {
      const r = parseA1(range);
      const rule = buildValidation(this.book.app, v, toA1(r.row, r.col));
      this.c.add(2, this.sh.getRange(range).setDataValidation(rule));
    }
  }

  readValidations(): { range: string; validation: Validation }[] {
    const d = this.size0();
    const grid = this.c.add(2, this.sh.getRange(rangeA1(1, 1, d.rows, d.cols)).getDataValidations());
    const cells = grid.flatMap((row, i) =>
      row.flatMap((g, j) => {
        const value = g ? validationFrom(this.book.app, g) : null;
        return value ? [{ row: i + 1, col: j + 1, value }] : [];
      }),
    );
    return rectangles(cells, (v) => JSON.stringify(v)).map(({ range, value }) => ({ range, validation: value }));
  }

  setProtections(protections: Protection[]): void {
    const list = checkProtections(this.name, protections);
    this.fit(list.flatMap((p) => [...(p.range === null ? [] : [p.range]), ...p.unprotected]));
    const P = this.book.app.ProtectionType;
    for (const type of [P.SHEET, P.RANGE]) {
      for (const p of this.c.add(1, this.sh.getProtections(type))) this.c.add(1, p.remove());
    }
    for (const want of list) {
      const p = this.c.add(
        want.range === null ? 1 : 2,
        want.range === null ? this.sh.protect() : this.sh.getRange(want.range).protect(),
      );
      this.c.add(1, p.setDescription(want.description));
      if (want.warningOnly) this.c.add(1, p.setWarningOnly(true));
      else {
        // Sheets keeps the owner and the caller whatever we remove.
        const current = this.c.add(1, p.getEditors());
        this.c.add(1, p.removeEditors(current));
        if (want.editors.length) this.c.add(1, p.addEditors(want.editors));
      }
      if (want.unprotected.length)
        this.c.add(3, p.setUnprotectedRanges(this.sh.getRangeList(want.unprotected).getRanges()));
    }
  }

  readProtections(): Protection[] {
    const P = this.book.app.ProtectionType;
    const owner = this.book.ownerEmail();
    const read = (p: GProtection, whole: boolean): Protection => {
      const warningOnly = this.c.add(1, p.isWarningOnly());
      const editors = this.c.add(1, p.getEditors()).map((u) => u.getEmail().toLowerCase());
      return {
        range: whole ? null : this.c.add(2, p.getRange().getA1Notation()),
        description: this.c.add(1, p.getDescription()),
        editors: warningOnly ? [] : editors.filter((e) => e !== owner),
        unprotected: whole ? this.c.add(1, p.getUnprotectedRanges()).map((r) => this.c.add(1, r.getA1Notation())) : [],
        warningOnly,
      };
    };
    const sheetWide = this.c.add(1, this.sh.getProtections(P.SHEET)).map((p) => read(p, true));
    const ranged = this.c.add(1, this.sh.getProtections(P.RANGE)).map((p) => read(p, false));
    return checkProtections(this.name, [...sheetWide, ...ranged]);
  }

  setFrozen(rows: number, cols: number): void {
    checkFrozen(this.name, rows, cols);
    const c = this.c;
    c.add(1, this.sh.setFrozenRows(rows));
    c.add(1, this.sh.setFrozenColumns(cols));
  }

  readFrozen(): { rows: number; cols: number } {
    const c = this.c;
    return c.add(2, { rows: this.sh.getFrozenRows(), cols: this.sh.getFrozenColumns() });
  }

  setColumnWidths(fromCol: number, widths: number[]): void {
    checkWidths(this.name, fromCol, widths);
    this.grow({ row: 1, col: fromCol, rows: 1, cols: widths.length });
    // One call per run of equal widths: Sheets sets one width for several columns at once.
    for (let i = 0; i < widths.length;) {
      let j = i;
      while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
      this.c.add(1, this.sh.setColumnWidths(fromCol + i, j - i + 1, widths[i] as number));
      i = j + 1;
    }
  }

  readColumnWidths(fromCol: number, count: number): number[] {
    checkColumns(this.name, fromCol, count);
    return Array.from({ length: count }, (_, i) => this.c.add(1, this.sh.getColumnWidth(fromCol + i)));
  }

  setCharts(charts: ChartSpec[]): void {
    const list = checkCharts(this.name, charts);
    this.fit(list.flatMap((c) => [c.range, c.anchor]));
    for (const chart of this.c.add(1, this.sh.getCharts())) this.c.add(1, this.sh.removeChart(chart));
    for (const spec of list) {
      const at = parseA1(spec.anchor);
      const start = this.c.add(1, this.sh.newChart());
      let b = (spec.kind === 'line' ? start.asLineChart() : start.asColumnChart())
        .addRange(this.c.add(1, this.sh.getRange(spec.range)))
        .setNumHeaders(1)
        .setPosition(at.row, at.col, 0, 0)
        .setOption('title', spec.title);
      if (spec.width !== undefined) b = b.setOption('width', spec.width);
      if (spec.height !== undefined) b = b.setOption('height', spec.height);
      this.c.add(1, this.sh.insertChart(b.build()));
    }
  }

  readCharts(): ChartSpec[] {
    return this.c.add(1, this.sh.getCharts()).flatMap((chart) => {
      const type = String(this.c.add(1, chart.modify()).getChartType());
      if (type !== 'LINE' && type !== 'COLUMN') return [];
      const range = this.c.add(1, chart.getRanges())[0];
      const info = this.c.add(1, chart.getContainerInfo());
      const options = this.c.add(1, chart.getOptions());
      const width: unknown = options.get('width');
      const height: unknown = options.get('height');
      const spec: ChartSpec = {
        kind: type === 'LINE' ? 'line' : 'column',
        title: String(options.get('title') ?? ''),
        range: range ? this.c.add(1, range.getA1Notation()) : '',
        anchor: toA1(info.getAnchorRow(), info.getAnchorColumn()),
        ...(typeof width === 'number' && { width }),
        ...(typeof height === 'number' && { height }),
      };
      return [spec];
    });
  }

  activate(range?: string): void {
    if (range === undefined) this.c.add(1, this.book.ss.setActiveSheet(this.sh));
    else {
      const checked = checkRanges(this.name, [range]);
      this.fit(checked);
      this.c.add(2, this.sh.getRange(checked[0] as string).activate());
    }
  }
}

type RuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

function whenOf(b: RuleBuilder, when: ConditionalWhen): RuleBuilder {
  switch (when.kind) {
    case 'formula':
      return b.whenFormulaSatisfied(when.formula);
    case 'textEquals':
      return b.whenTextEqualTo(when.text);
    case 'textContains':
      return b.whenTextContains(when.text);
    case 'blank':
      return b.whenCellEmpty();
    case 'between':
      return b.whenNumberBetween(when.min, when.max);
    case 'number':
      switch (when.op) {
        case 'lt':
          return b.whenNumberLessThan(when.value);
        case 'lte':
          return b.whenNumberLessThanOrEqualTo(when.value);
        case 'gt':
          return b.whenNumberGreaterThan(when.value);
        case 'gte':
          return b.whenNumberGreaterThanOrEqualTo(when.value);
        case 'eq':
          return b.whenNumberEqualTo(when.value);
        case 'neq':
          return b.whenNumberNotEqualTo(when.value);
      }
  }
}

function whenFrom(
  app: GApp,
  type: GoogleAppsScript.Spreadsheet.BooleanCriteria,
  values: unknown[],
): ConditionalWhen | null {
  const C = app.BooleanCriteria;
  const first = values[0];
  const num = (op: 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'neq'): ConditionalWhen => ({
    kind: 'number',
    op,
    value: Number(first),
  });
  switch (type) {
    case C.CUSTOM_FORMULA:
      return { kind: 'formula', formula: String(first) };
    case C.TEXT_EQUAL_TO:
      return { kind: 'textEquals', text: String(first) };
    case C.TEXT_CONTAINS:
      return { kind: 'textContains', text: String(first) };
    case C.CELL_EMPTY:
      return { kind: 'blank' };
    case C.NUMBER_BETWEEN:
      return { kind: 'between', min: Number(first), max: Number(values[1]) };
    case C.NUMBER_LESS_THAN:
      return num('lt');
    case C.NUMBER_LESS_THAN_OR_EQUAL_TO:
      return num('lte');
    case C.NUMBER_GREATER_THAN:
      return num('gt');
    case C.NUMBER_GREATER_THAN_OR_EQUAL_TO:
      return num('gte');
    case C.NUMBER_EQUAL_TO:
      return num('eq');
    case C.NUMBER_NOT_EQUAL_TO:
      return num('neq');
    default:
      return null;
  }
}

function buildValidation(app: GApp, v: Validation, topLeft: string): GValidation {
  const b = app.newDataValidation().setHelpText(v.help).setAllowInvalid(!v.strict);
  const rule = v.rule;
  switch (rule.kind) {
    case 'integer':
      return b.requireFormulaSatisfied(validationFormula(rule, topLeft)).build();
    case 'number':
      if (rule.min !== undefined && rule.max !== undefined) return b.requireNumberBetween(rule.min, rule.max).build();
      if (rule.min !== undefined) return b.requireNumberGreaterThanOrEqualTo(rule.min).build();
      if (rule.max !== undefined) return b.requireNumberLessThanOrEqualTo(rule.max).build();
      return b.requireFormulaSatisfied(validationFormula(rule, topLeft)).build();
    case 'list':
      return b.requireValueInList(rule.values, true).build();
    case 'url':
      return b.requireTextIsUrl().build();
    case 'date':
      return b.requireDate().build();
  }
}

/** The port's view of a Sheets validation; null for criteria the port has no word for. */
function validationFrom(app: GApp, g: GValidation): Validation | null {
  const C = app.DataValidationCriteria;
  const values = g.getCriteriaValues();
  const n = (i: number) => Number(values[i]);
  let rule: ValidationRule | null;
  switch (g.getCriteriaType()) {
    case C.NUMBER_BETWEEN:
      rule = { kind: 'number', min: n(0), max: n(1) };
      break;
    case C.NUMBER_GREATER_THAN_OR_EQUAL_TO:
      rule = { kind: 'number', min: n(0) };
      break;
    case C.NUMBER_LESS_THAN_OR_EQUAL_TO:
      rule = { kind: 'number', max: n(0) };
      break;
    case C.CUSTOM_FORMULA:
      rule = parseValidationFormula(String(values[0]));
      break;
    case C.VALUE_IN_LIST:
      rule = { kind: 'list', values: (values[0] as unknown[]).map(String) };
      break;
    case C.TEXT_IS_VALID_URL:
      rule = { kind: 'url' };
      break;
    case C.DATE_IS_VALID_DATE:
      rule = { kind: 'date' };
      break;
    default:
      rule = null;
  }
  return rule && { rule, help: g.getHelpText(), strict: !g.getAllowInvalid() };
}

export class AppsScriptWorkbook implements Workbook {
  readonly counter = new Counter();
  private readonly open = new Map<string, AppsScriptSheet>();
  private tz: string | null = null;
  private owner: string | null | undefined;

  constructor(
    readonly ss: GSpreadsheet,
    readonly app: GApp,
  ) {}

  calls(): number {
    return this.counter.n;
  }

  /** The spreadsheet's time zone, fetched once. */
  timeZone(): string {
    this.tz ??= this.counter.add(1, this.ss.getSpreadsheetTimeZone());
    return this.tz;
  }

  /** The owner's email in lower case (null on shared drives), fetched once. */
  ownerEmail(): string | null {
    if (this.owner === undefined)
      this.owner = this.counter.add(1, this.ss.getOwner())?.getEmail().toLowerCase() ?? null;
    return this.owner;
  }

  private wrap(sh: GSheet, name: string): AppsScriptSheet {
    let s = this.open.get(name);
    if (!s) {
      s = new AppsScriptSheet(name, sh, this);
      this.open.set(name, s);
    }
    return s;
  }

  private must(name: string): GSheet {
    const sh = this.counter.add(1, this.ss.getSheetByName(name));
    if (!sh) throw new Error(SHEET_TEXT.unknownSheet(name));
    return sh;
  }

  sheetNames(): string[] {
    return this.counter.add(1, this.ss.getSheets()).map((sh) => this.counter.add(1, sh.getName()));
  }

  sheet(name: string): Sheet | null {
    const sh = this.counter.add(1, this.ss.getSheetByName(name));
    return sh ? this.wrap(sh, name) : null;
  }

  private checkFree(name: string, except?: string): string[] {
    checkSheetName(name);
    const names = this.sheetNames();
    if (names.some((n) => n !== except && sameSheetName(n, name))) throw new Error(SHEET_TEXT.duplicateSheet(name));
    return names;
  }

  addSheet(name: string, index?: number): Sheet {
    const count = this.checkFree(name).length;
    const at = index ?? count;
    if (!Number.isInteger(at) || at < 0 || at > count) throw new Error(SHEET_TEXT.badIndex(at, count));
    return this.wrap(this.counter.add(1, this.ss.insertSheet(name, at)), name);
  }

  deleteSheet(name: string): void {
    const sh = this.must(name);
    if (this.counter.add(1, this.ss.getNumSheets()) === 1) throw new Error(SHEET_TEXT.lastSheet(name));
    this.counter.add(1, this.ss.deleteSheet(sh));
    const s = this.open.get(name);
    if (s) s.gone = true;
    this.open.delete(name);
  }

  renameSheet(from: string, to: string): void {
    const sh = this.must(from);
    this.checkFree(to, from);
    this.counter.add(1, sh.setName(to));
    const s = this.open.get(from);
    this.open.delete(from);
    if (s) {
      s.name = to;
      this.open.set(to, s);
    }
  }

  activate(name: string, range?: string): void {
    this.wrap(this.must(name), name).activate(range);
  }
}

/**
 * The port over a Google spreadsheet. `app` is SpreadsheetApp (its builders and enums); tests pass
 * a fake.
 */
export function createAppsScriptWorkbook(ss: GSpreadsheet, app: GApp = SpreadsheetApp): AppsScriptWorkbook {
  return new AppsScriptWorkbook(ss, app);
}
