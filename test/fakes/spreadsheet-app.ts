// This file is an in-memory fake of the part of SpreadsheetApp that ШНОР-Монитор uses: spreadsheets,
// sheets, ranges and range lists (values, formulas, backgrounds, fonts, number formats, notes,
// data validations), conditional format rules, protections, frozen panes, column widths, embedded
// charts, the builders, the enums, and a recording Ui (menus, alerts, sidebars). The Google-owned
// API is the only thing our tests mock, so it behaves like Sheets where we know how Sheets behaves:
// a new spreadsheet has one 1000×26 sheet «Лист1»; ranges outside the grid, setValues of the wrong
// size, duplicate sheet names (any case) and removing the last sheet throw; strings written with
// setValues are parsed as user input in a Russian locale ("12,5" → 12.5, "001" → 1, "TRUE" → true,
// "2024-05-01" and "01.05.2024" → Date at midnight in the spreadsheet's time zone, "'x" → text "x");
// empty cells read as "", an unset background as "#ffffff", an automatic number format as
// "0.###############". Known gaps: formulas are not computed — getValues() returns a formula cell's
// text; the '@' (plain text) format stops parsing but its effect on a leading apostrophe is assumed.
//
// Counting: every method call on a live object — Spreadsheet, Sheet, Range, RangeList, Protection,
// EmbeddedChart — and SpreadsheetApp.getActive*/open*/create/flush counts one call. Builders,
// the rules, validations, conditions and users they return, the enums and the Ui are not counted.
// This is the same definition the Apps Script adapter's calls() uses, so tests compare the two.
//
// Use: `const fake = createFakeSpreadsheetApp()`; give `fake.SpreadsheetApp` to the code under
// test (e.g. `context.SpreadsheetApp = fake.SpreadsheetApp` in a vm context for dist/Code.js, or
// `asGoogle(fake)` for typed code), read `fake.calls()`, inspect `fake.ui` and `fake.rawSheet(name)`.
import { parseA1, rangeA1 } from '../../src/core/a1';
import { SparseGrid } from '../../src/sheets/memory';

type Value = string | number | boolean | Date;

export interface FakeCell {
  value: Value; // "" when empty
  formula: string; // "" when none
  note: string;
  background: string | null;
  fontColor: string | null;
  fontWeight: 'bold' | 'normal';
  fontStyle: 'italic' | 'normal';
  wrap: boolean;
  align: string | null;
  numberFormat: string; // "" = automatic
  validation: FakeDataValidation | null;
}

const blankCell = (): FakeCell => ({
  value: '',
  formula: '',
  note: '',
  background: null,
  fontColor: null,
  fontWeight: 'normal',
  fontStyle: 'normal',
  wrap: false,
  align: null,
  numberFormat: '',
  validation: null,
});

const AUTOMATIC = '0.###############';

/** True for a Date from any realm (code under test may run in a vm context with its own Date). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

const fail = (message: string): never => {
  throw new Error(`Exception: ${message}`);
};

/** Call counting and the proxy ↔ object map. */
class Live {
  n = 0;
  private readonly targets = new WeakMap<object, object>();

  /** A counting proxy: each method call through it counts one. Objects may refuse calls when dead. */
  wrap<T extends object>(target: T): T {
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const v: unknown = Reflect.get(t, prop, t);
        if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_')) return v;
        return (...args: unknown[]) => {
          this.n++;
          const dead = (t as { _dead?: () => boolean })._dead;
          if (dead?.call(t)) fail('The sheet has been deleted.');
          const out = (v as (...a: unknown[]) => unknown).apply(t, args);
          return out === t ? proxy : out; // chained calls go through the proxy and count too
        };
      },
    });
    this.targets.set(proxy, target);
    return proxy;
  }

  unwrap<T extends object>(x: T): T {
    return (this.targets.get(x) as T | undefined) ?? x;
  }
}

/** Midnight of a calendar day in `timeZone`, as an instant. */
function midnight(y: number, m: number, d: number, timeZone: string): Date {
  const utc = Date.UTC(y, m - 1, d);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(utc));
  const p = (t: string) => Number(parts.find((x) => x.type === t)?.value);
  const seenAsLocal = Date.UTC(p('year'), p('month') - 1, p('day'), p('hour'), p('minute'));
  return new Date(utc - (seenAsLocal - utc));
}

/** Sheets' reading of a typed-in string (Russian locale). */
function userInput(
  s: string,
  format: string,
  timeZone: string,
): { value: Value; formula: string; dateFormat?: boolean } {
  if (s.startsWith('=')) return { value: '', formula: s };
  if (s.startsWith("'")) return { value: s.slice(1), formula: '' };
  if (format === '@') return { value: s, formula: '' };
  const t = s.trim();
  let m: RegExpExecArray | null;
  if (/^[-+]?\d+(,\d+)?$/.test(t)) return { value: Number(t.replace(',', '.')), formula: '' };
  if ((m = /^([-+]?\d+(?:,\d+)?)%$/.exec(t)))
    return { value: Number((m[1] ?? '').replace(',', '.')) / 100, formula: '' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: '' };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)))
    return { value: midnight(+m[1]!, +m[2]!, +m[3]!, timeZone), formula: '', dateFormat: true };
  if ((m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/.exec(t)) && +m[2]! >= 1 && +m[2]! <= 12) {
    const year = m[3] ? +m[3] : new Date().getFullYear();
    return { value: midnight(year, +m[2]!, +m[1]!, timeZone), formula: '', dateFormat: true };
  }
  return { value: s, formula: '' };
}

// ---- value objects (not counted) ----

export class FakeDataValidation {
  constructor(
    readonly type: string,
    readonly values: unknown[],
    readonly helpText: string,
    readonly allowInvalid: boolean,
  ) {}
  getCriteriaType() {
    return this.type;
  }
  getCriteriaValues() {
    return structuredClone(this.values);
  }
  getHelpText() {
    return this.helpText;
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  copy() {
    return new FakeDataValidationBuilder(this.type, this.values, this.helpText, this.allowInvalid);
  }
}

export class FakeDataValidationBuilder {
  constructor(
    private type = '',
    private values: unknown[] = [],
    private helpText = '',
    private allowInvalid = true,
  ) {}
  private require(type: string, values: unknown[]) {
    this.type = type;
    this.values = values;
    return this;
  }
  requireNumberBetween(a: number, b: number) {
    return this.require('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThanOrEqualTo(a: number) {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]);
  }
  requireNumberLessThanOrEqualTo(a: number) {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]);
  }
  requireFormulaSatisfied(f: string) {
    return this.require('CUSTOM_FORMULA', [f]);
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.require('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireTextIsUrl() {
    return this.require('TEXT_IS_VALID_URL', []);
  }
  requireDate() {
    return this.require('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox() {
    return this.require('CHECKBOX', []);
  }
  setHelpText(text: string) {
    this.helpText = text;
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  build() {
    if (!this.type) fail('You must specify a criteria type for the data validation rule.');
    return new FakeDataValidation(this.type, structuredClone(this.values), this.helpText, this.allowInvalid);
  }
}

export class FakeBooleanCondition {
  constructor(
    readonly type: string,
    readonly values: unknown[],
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly bold: boolean | null,
  ) {}
  getCriteriaType() {
    return this.type;
  }
  getCriteriaValues() {
    return structuredClone(this.values);
  }
  getBackground() {
    return this.background;
  }
  getFontColor() {
    return this.fontColor;
  }
  getBold() {
    return this.bold;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    private readonly live: Live,
    readonly ranges: FakeRange[],
    readonly condition: FakeBooleanCondition,
  ) {}
  getRanges() {
    return this.ranges.map((r) => this.live.wrap(r));
  }
  getBooleanCondition() {
    return this.condition;
  }
  getGradientCondition() {
    return null;
  }
}

export class FakeConditionalFormatRuleBuilder {
  private ranges: FakeRange[] = [];
  private type = '';
  private values: unknown[] = [];
  private background: string | null = null;
  private fontColor: string | null = null;
  private bold: boolean | null = null;
  constructor(private readonly live: Live) {}
  private when(type: string, values: unknown[]) {
    this.type = type;
    this.values = values;
    return this;
  }
  setRanges(ranges: FakeRange[]) {
    this.ranges = ranges.map((r) => this.live.unwrap(r));
    return this;
  }
  whenFormulaSatisfied(f: string) {
    return this.when('CUSTOM_FORMULA', [f]);
  }
  whenTextEqualTo(t: string) {
    return this.when('TEXT_EQUAL_TO', [t]);
  }
  whenTextContains(t: string) {
    return this.when('TEXT_CONTAINS', [t]);
  }
  whenCellEmpty() {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenNumberBetween(a: number, b: number) {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberLessThan(a: number) {
    return this.when('NUMBER_LESS_THAN', [a]);
  }
  whenNumberLessThanOrEqualTo(a: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]);
  }
  whenNumberGreaterThan(a: number) {
    return this.when('NUMBER_GREATER_THAN', [a]);
  }
  whenNumberGreaterThanOrEqualTo(a: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]);
  }
  whenNumberEqualTo(a: number) {
    return this.when('NUMBER_EQUAL_TO', [a]);
  }
  whenNumberNotEqualTo(a: number) {
    return this.when('NUMBER_NOT_EQUAL_TO', [a]);
  }
  setBackground(c: string | null) {
    this.background = c;
    return this;
  }
  setFontColor(c: string | null) {
    this.fontColor = c;
    return this;
  }
  setBold(b: boolean | null) {
    this.bold = b;
    return this;
  }
  build() {
    if (!this.type) fail('Conditional format rule must have a condition.');
    if (this.ranges.length === 0) fail('Conditional format rule must have at least one range.');
    const cond = new FakeBooleanCondition(
      this.type,
      structuredClone(this.values),
      this.background,
      this.fontColor,
      this.bold,
    );
    return new FakeConditionalFormatRule(this.live, [...this.ranges], cond);
  }
}

// ---- charts ----

interface ChartState {
  type: string;
  ranges: FakeRange[];
  row: number;
  col: number;
  options: Map<string, unknown>;
  numHeaders: number;
}

export class FakeEmbeddedChartBuilder {
  constructor(
    private readonly live: Live,
    private readonly s: ChartState,
    private readonly id: number | null,
  ) {}
  asLineChart() {
    this.s.type = 'LINE';
    return this;
  }
  asColumnChart() {
    this.s.type = 'COLUMN';
    return this;
  }
  getChartType() {
    return this.s.type;
  }
  addRange(range: FakeRange) {
    this.s.ranges.push(this.live.unwrap(range));
    return this;
  }
  clearRanges() {
    this.s.ranges = [];
    return this;
  }
  getRanges() {
    return this.s.ranges.map((r) => this.live.wrap(r));
  }
  setNumHeaders(n: number) {
    this.s.numHeaders = n;
    return this;
  }
  setPosition(row: number, col: number, _offsetX: number, _offsetY: number) {
    this.s.row = row;
    this.s.col = col;
    return this;
  }
  setOption(key: string, value: unknown) {
    this.s.options.set(key, value);
    return this;
  }
  build() {
    if (!this.s.type) fail('Chart type must be set.');
    return this.live.wrap(
      new FakeEmbeddedChart(
        this.live,
        { ...this.s, ranges: [...this.s.ranges], options: new Map(this.s.options) },
        this.id,
      ),
    );
  }
}

let chartIds = 1;

export class FakeEmbeddedChart {
  readonly id: number;
  constructor(
    private readonly live: Live,
    readonly s: ChartState,
    id: number | null,
  ) {
    this.id = id ?? chartIds++;
  }
  getChartId() {
    return this.id;
  }
  getRanges() {
    return this.s.ranges.map((r) => this.live.wrap(r));
  }
  getContainerInfo() {
    const { row, col } = this.s;
    return { getAnchorRow: () => row, getAnchorColumn: () => col, getOffsetX: () => 0, getOffsetY: () => 0 };
  }
  getOptions() {
    const options = new Map(this.s.options);
    return { get: (key: string) => options.get(key) ?? null };
  }
  getNumHeaders() {
    return this.s.numHeaders;
  }
  modify() {
    return new FakeEmbeddedChartBuilder(
      this.live,
      { ...this.s, ranges: [...this.s.ranges], options: new Map(this.s.options) },
      this.id,
    );
  }
}

// ---- protections ----

export class FakeProtection {
  description = '';
  editors: Set<string>;
  unprotected: FakeRange[] = [];
  warningOnly = false;
  domainEdit = false;
  constructor(
    private readonly live: Live,
    readonly sheet: FakeSheet,
    readonly type: 'SHEET' | 'RANGE',
    readonly range: FakeRange | null,
  ) {
    this.editors = new Set([sheet.book.owner]);
  }
  _dead() {
    return this.sheet._dead() || !this.sheet.protections.includes(this);
  }
  getProtectionType() {
    return this.type;
  }
  getRange() {
    return this.live.wrap(this.range ?? this.sheet._range(1, 1, this.sheet.maxRows, this.sheet.maxCols));
  }
  getDescription() {
    return this.description;
  }
  setDescription(d: string) {
    this.description = d;
    return this;
  }
  getEditors() {
    return [...this.editors].map((email) => ({ getEmail: () => email }));
  }
  addEditors(emails: string[]) {
    emails.forEach((e) => this.editors.add(e.toLowerCase()));
    return this;
  }
  addEditor(email: string) {
    return this.addEditors([email]);
  }
  removeEditors(list: (string | { getEmail(): string })[]) {
    for (const e of list) {
      const email = (typeof e === 'string' ? e : e.getEmail()).toLowerCase();
      if (email !== this.sheet.book.owner) this.editors.delete(email); // the owner always stays
    }
    return this;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  setWarningOnly(w: boolean) {
    this.warningOnly = w;
    return this;
  }
  canDomainEdit() {
    return this.domainEdit;
  }
  setDomainEdit(e: boolean) {
    this.domainEdit = e;
    return this;
  }
  getUnprotectedRanges() {
    return this.unprotected.map((r) => this.live.wrap(r));
  }
  setUnprotectedRanges(ranges: FakeRange[]) {
    if (this.type !== 'SHEET') fail('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => this.live.unwrap(r));
    return this;
  }
  remove() {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

// ---- ranges ----

export class FakeRange {
  constructor(
    private readonly live: Live,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  _dead() {
    return this.sheet._dead();
  }
  private cells<T>(pick: (c: FakeCell) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) =>
        pick(this.sheet.cells.get(this.row + i, this.col + j) ?? blankCell()),
      ),
    );
  }
  private each(change: (c: FakeCell, i: number, j: number) => void): this {
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.cols; j++) {
        const c = { ...(this.sheet.cells.get(this.row + i, this.col + j) ?? blankCell()) };
        change(c, i, j);
        this.sheet.cells.set(this.row + i, this.col + j, c);
      }
    }
    return this;
  }
  private fits<T>(grid: T[][]): void {
    if (grid.length !== this.rows) {
      fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rows}.`,
      );
    }
    for (const row of grid) {
      if (row.length !== this.cols) {
        fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.cols}.`,
        );
      }
    }
  }
  getA1Notation() {
    return rangeA1(this.row, this.col, this.rows, this.cols);
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getSheet() {
    return this.live.wrap(this.sheet);
  }
  getValues(): Value[][] {
    return this.cells((c) => (c.formula ? c.formula : c.value instanceof Date ? new Date(c.value) : c.value));
  }
  getValue(): Value {
    return this.getValues()[0]?.[0] ?? '';
  }
  setValues(values: unknown[][]) {
    this.fits(values);
    const tz = this.sheet.book.timeZone;
    return this.each((c, i, j) => {
      const v = values[i]?.[j];
      let parsed: { value: Value; formula: string; dateFormat?: boolean };
      if (v === null || v === undefined) parsed = { value: '', formula: '' };
      else if (typeof v === 'string') parsed = userInput(v, c.numberFormat, tz);
      else if (typeof v === 'number' || typeof v === 'boolean') parsed = { value: v, formula: '' };
      else if (isDate(v)) parsed = { value: new Date(v.getTime()), formula: '', dateFormat: true };
      else parsed = { value: String(v), formula: '' };
      c.value = parsed.value;
      c.formula = parsed.formula;
      if (parsed.dateFormat && c.numberFormat === '') c.numberFormat = 'dd.mm.yyyy';
    });
  }
  setValue(v: unknown) {
    return this.setValues(Array.from({ length: this.rows }, () => Array.from({ length: this.cols }, () => v)));
  }
  getFormulas() {
    return this.cells((c) => c.formula);
  }
  getBackgrounds() {
    return this.cells((c) => c.background ?? '#ffffff');
  }
  setBackgrounds(colors: (string | null)[][]) {
    this.fits(colors);
    return this.each((c, i, j) => (c.background = colors[i]?.[j]?.toLowerCase() ?? null));
  }
  setBackground(color: string | null) {
    return this.each((c) => (c.background = color?.toLowerCase() ?? null));
  }
  getFontColors() {
    return this.cells((c) => c.fontColor ?? '#000000');
  }
  setFontColor(color: string | null) {
    return this.each((c) => (c.fontColor = color?.toLowerCase() ?? null));
  }
  getFontWeights() {
    return this.cells((c) => c.fontWeight);
  }
  setFontWeight(w: 'bold' | 'normal' | null) {
    return this.each((c) => (c.fontWeight = w ?? 'normal'));
  }
  getFontStyles() {
    return this.cells((c) => c.fontStyle);
  }
  setFontStyle(s: 'italic' | 'normal' | null) {
    return this.each((c) => (c.fontStyle = s ?? 'normal'));
  }
  getWraps() {
    return this.cells((c) => c.wrap);
  }
  setWrap(w: boolean) {
    return this.each((c) => (c.wrap = w));
  }
  getHorizontalAlignments() {
    return this.cells((c) => c.align ?? 'general');
  }
  setHorizontalAlignment(a: string | null) {
    return this.each((c) => (c.align = a));
  }
  getNumberFormats() {
    return this.cells((c) => c.numberFormat || AUTOMATIC);
  }
  setNumberFormats(formats: string[][]) {
    this.fits(formats);
    return this.each((c, i, j) => (c.numberFormat = formats[i]?.[j] === 'General' ? '' : (formats[i]?.[j] ?? '')));
  }
  setNumberFormat(format: string) {
    return this.each((c) => (c.numberFormat = format === 'General' ? '' : format));
  }
  getNotes() {
    return this.cells((c) => c.note);
  }
  setNotes(notes: (string | null)[][]) {
    this.fits(notes);
    return this.each((c, i, j) => (c.note = notes[i]?.[j] ?? ''));
  }
  setNote(note: string | null) {
    return this.each((c) => (c.note = note ?? ''));
  }
  clearNote() {
    return this.setNote(null);
  }
  getDataValidations() {
    return this.cells((c) => c.validation);
  }
  getDataValidation() {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  setDataValidation(rule: FakeDataValidation | null) {
    return this.each((c) => (c.validation = rule));
  }
  clearDataValidations() {
    return this.setDataValidation(null);
  }
  protect() {
    const p = new FakeProtection(this.live, this.sheet, 'RANGE', this);
    this.sheet.protections.push(p);
    return this.live.wrap(p);
  }
  activate() {
    this.sheet.book.active = this.sheet;
    this.sheet.book.activeRange = this.getA1Notation();
    return this;
  }
}

export class FakeRangeList {
  constructor(
    private readonly live: Live,
    readonly ranges: FakeRange[],
  ) {}
  _dead() {
    return this.ranges.some((r) => r._dead());
  }
  private all(f: (r: FakeRange) => void) {
    this.ranges.forEach(f);
    return this;
  }
  getRanges() {
    return this.ranges.map((r) => this.live.wrap(r));
  }
  setBackground(c: string | null) {
    return this.all((r) => r.setBackground(c));
  }
  setFontColor(c: string | null) {
    return this.all((r) => r.setFontColor(c));
  }
  setFontWeight(w: 'bold' | 'normal' | null) {
    return this.all((r) => r.setFontWeight(w));
  }
  setFontStyle(s: 'italic' | 'normal' | null) {
    return this.all((r) => r.setFontStyle(s));
  }
  setWrap(w: boolean) {
    return this.all((r) => r.setWrap(w));
  }
  setHorizontalAlignment(a: string | null) {
    return this.all((r) => r.setHorizontalAlignment(a));
  }
  setNumberFormat(f: string) {
    return this.all((r) => r.setNumberFormat(f));
  }
  setNote(n: string | null) {
    return this.all((r) => r.setNote(n));
  }
  setValue(v: unknown) {
    return this.all((r) => r.setValue(v));
  }
  clearDataValidations() {
    return this.all((r) => r.clearDataValidations());
  }
}

// ---- sheets and spreadsheets ----

let sheetIds = 1;

export class FakeSheet {
  readonly id = sheetIds++;
  maxRows = 1000;
  maxCols = 26;
  readonly cells = new SparseGrid<FakeCell>();
  rules: FakeConditionalFormatRule[] = [];
  protections: FakeProtection[] = [];
  frozenRows = 0;
  frozenCols = 0;
  readonly widths = new Map<number, number>();
  charts: FakeEmbeddedChart[] = [];

  constructor(
    private readonly live: Live,
    readonly book: FakeSpreadsheet,
    public name: string,
  ) {}

  _dead() {
    return !this.book.sheets.includes(this);
  }
  /** An unwrapped range, checked against the grid. */
  _range(row: number, col: number, rows: number, cols: number): FakeRange {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) fail('The starting row or column of the range is too small.');
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxCols)
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this.live, this, row, col, rows, cols);
  }
  private a1(a1: string): FakeRange {
    let r;
    try {
      r = parseA1(a1);
    } catch {
      return fail(`Range not found`);
    }
    return this._range(r.row, r.col, r.rows, r.cols);
  }
  private used(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const { row, col, value } of this.cells.entries()) {
      if (value.value === '' && value.formula === '') continue;
      rows = Math.max(rows, row);
      cols = Math.max(cols, col);
    }
    return { rows, cols };
  }

  getName() {
    return this.name;
  }
  setName(name: string) {
    if (this.book.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }
  getSheetId() {
    return this.id;
  }
  getIndex() {
    return this.book.sheets.indexOf(this) + 1;
  }
  getParent() {
    return this.live.wrap(this.book);
  }
  getRange(a: string | number, col?: number, rows = 1, cols = 1) {
    return this.live.wrap(typeof a === 'string' ? this.a1(a) : this._range(a, col ?? 1, rows, cols));
  }
  getRangeList(a1s: string[]) {
    return this.live.wrap(
      new FakeRangeList(
        this.live,
        a1s.map((a) => this.a1(a)),
      ),
    );
  }
  getDataRange() {
    const { rows, cols } = this.used();
    return this.live.wrap(this._range(1, 1, Math.max(rows, 1), Math.max(cols, 1)));
  }
  getLastRow() {
    return this.used().rows;
  }
  getLastColumn() {
    return this.used().cols;
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxCols;
  }
  insertRowsAfter(after: number, n: number) {
    if (after !== this.maxRows) fail('The fake inserts rows only at the end.');
    this.maxRows += n;
    return this;
  }
  insertColumnsAfter(after: number, n: number) {
    if (after !== this.maxCols) fail('The fake inserts columns only at the end.');
    this.maxCols += n;
    return this;
  }
  /** Clears contents and formats; notes, validations and conditional rules stay. */
  clear() {
    for (const { row, col, value } of [...this.cells.entries()]) {
      this.cells.set(row, col, { ...blankCell(), note: value.note, validation: value.validation });
    }
    return this;
  }
  clearNotes() {
    for (const { row, col, value } of [...this.cells.entries()]) this.cells.set(row, col, { ...value, note: '' });
    return this;
  }
  clearConditionalFormatRules() {
    this.rules = [];
  }
  getConditionalFormatRules() {
    return [...this.rules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]) {
    this.rules = [...rules];
  }
  getProtections(type: 'SHEET' | 'RANGE') {
    return this.protections.filter((p) => p.type === type).map((p) => this.live.wrap(p));
  }
  protect() {
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return this.live.wrap(existing);
    const p = new FakeProtection(this.live, this, 'SHEET', null);
    this.protections.push(p);
    return this.live.wrap(p);
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  setFrozenColumns(n: number) {
    this.frozenCols = n;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  getFrozenColumns() {
    return this.frozenCols;
  }
  setColumnWidths(start: number, n: number, width: number) {
    for (let c = start; c < start + n; c++) this.widths.set(c, width);
    return this;
  }
  setColumnWidth(col: number, width: number) {
    return this.setColumnWidths(col, 1, width);
  }
  getColumnWidth(col: number) {
    return this.widths.get(col) ?? 100;
  }
  newChart() {
    return new FakeEmbeddedChartBuilder(
      this.live,
      { type: '', ranges: [], row: 1, col: 1, options: new Map(), numHeaders: -1 },
      null,
    );
  }
  insertChart(chart: FakeEmbeddedChart) {
    this.charts.push(this.live.unwrap(chart));
  }
  removeChart(chart: FakeEmbeddedChart) {
    const id = this.live.unwrap(chart).id;
    this.charts = this.charts.filter((c) => c.id !== id);
  }
  getCharts() {
    return this.charts.map((c) => this.live.wrap(c));
  }
  activate() {
    this.book.active = this;
    return this;
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active: FakeSheet;
  activeRange: string | null = null;
  readonly id: string;

  constructor(
    private readonly live: Live,
    public name: string,
    readonly owner: string,
    readonly timeZone: string,
    id: number,
  ) {
    this.id = `fake-spreadsheet-${id}`;
    this.active = new FakeSheet(live, this, 'Лист1');
    this.sheets.push(this.active);
  }

  getId() {
    return this.id;
  }
  getName() {
    return this.name;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getOwner() {
    const email = this.owner;
    return { getEmail: () => email };
  }
  getSheets() {
    return this.sheets.map((s) => this.live.wrap(s));
  }
  getNumSheets() {
    return this.sheets.length;
  }
  getSheetByName(name: string) {
    const s = this.sheets.find((x) => x.name === name);
    return s ? this.live.wrap(s) : null;
  }
  insertSheet(nameOrIndex?: string | number, index?: number) {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : '';
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.sheets.length);
    if (!name)
      for (let n = this.sheets.length + 1; !name || this.sheets.some((s) => s.name === name); n++) name = `Лист${n}`;
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (at < 0 || at > this.sheets.length) fail('Invalid sheet index.');
    const s = new FakeSheet(this.live, this, name);
    this.sheets.splice(at, 0, s);
    this.active = s;
    return this.live.wrap(s);
  }
  deleteSheet(sheet: FakeSheet) {
    const s = this.live.unwrap(sheet);
    if (!this.sheets.includes(s)) fail('The sheet has been deleted.');
    if (this.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((x) => x !== s);
    if (this.active === s) this.active = this.sheets[0] as FakeSheet;
  }
  setActiveSheet(sheet: FakeSheet) {
    this.active = this.live.unwrap(sheet);
    return sheet;
  }
  getActiveSheet() {
    return this.live.wrap(this.active);
  }
  toast(_message: string) {}
}

// ---- Ui (recording, not counted) ----

export interface FakeMenu {
  title: string;
  items: { caption: string; functionName: string }[];
  addItem(caption: string, functionName: string): FakeMenu;
  addSeparator(): FakeMenu;
  addSubMenu(menu: FakeMenu): FakeMenu;
  addToUi(): void;
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: unknown[] = [];
  readonly dialogs: { html: unknown; title: string }[] = [];
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
  private menu(title: string): FakeMenu {
    const menus = this.menus;
    const m: FakeMenu = {
      title,
      items: [],
      addItem(caption, functionName) {
        m.items.push({ caption, functionName });
        return m;
      },
      addSeparator() {
        m.items.push({ caption: '---', functionName: '' });
        return m;
      },
      addSubMenu(sub) {
        m.items.push(...sub.items);
        return m;
      },
      addToUi() {
        menus.push(m);
      },
    };
    return m;
  }
  createAddonMenu() {
    return this.menu('(add-on)');
  }
  createMenu(title: string) {
    return this.menu(title);
  }
  alert(...args: unknown[]) {
    this.alerts.push(args.map(String).join(' | '));
    return this.Button.OK;
  }
  showSidebar(html: unknown) {
    this.sidebars.push(html);
  }
  showModalDialog(html: unknown, title: string) {
    this.dialogs.push({ html, title });
  }
}

// ---- SpreadsheetApp ----

const enumOf = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };

export interface FakeOptions {
  /** The active spreadsheet's time zone; Sheets' default for a Russian account. */
  timeZone?: string;
  owner?: string;
  name?: string;
}

let spreadsheetIds = 1;

export function createFakeSpreadsheetApp(opts: FakeOptions = {}) {
  const live = new Live();
  const owner = (opts.owner ?? 'owner@example.ru').toLowerCase();
  const timeZone = opts.timeZone ?? 'Europe/Moscow';
  const books: FakeSpreadsheet[] = [
    new FakeSpreadsheet(live, opts.name ?? 'Мониторинг ШНОР', owner, timeZone, spreadsheetIds++),
  ];
  const active = books[0] as FakeSpreadsheet;
  const ui = new FakeUi();
  const counted = <T>(x: T): T => {
    live.n++;
    return x;
  };
  const find = (pred: (b: FakeSpreadsheet) => boolean) => books.find(pred) ?? fail('Requested entity was not found.');

  const SpreadsheetApp = {
    getActiveSpreadsheet: () => counted(live.wrap(active)),
    getActive: () => counted(live.wrap(active)),
    getActiveSheet: () => counted(live.wrap(active.active)),
    openById: (id: string) => counted(live.wrap(find((b) => b.id === id))),
    openByUrl: (url: string) => counted(live.wrap(find((b) => url.includes(b.id)))),
    create: (name: string) => {
      const b = new FakeSpreadsheet(live, name, owner, timeZone, spreadsheetIds++);
      books.push(b);
      return counted(live.wrap(b));
    },
    flush: () => counted(undefined),
    getUi: () => ui,
    newDataValidation: () => new FakeDataValidationBuilder(),
    newConditionalFormatRule: () => new FakeConditionalFormatRuleBuilder(live),
    BooleanCriteria: enumOf(
      'CELL_EMPTY',
      'CELL_NOT_EMPTY',
      'CUSTOM_FORMULA',
      'NUMBER_BETWEEN',
      'NUMBER_EQUAL_TO',
      'NUMBER_GREATER_THAN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'NUMBER_LESS_THAN',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      'NUMBER_NOT_BETWEEN',
      'NUMBER_NOT_EQUAL_TO',
      'TEXT_CONTAINS',
      'TEXT_DOES_NOT_CONTAIN',
      'TEXT_EQUAL_TO',
      'TEXT_STARTS_WITH',
      'TEXT_ENDS_WITH',
    ),
    DataValidationCriteria: enumOf(
      'CHECKBOX',
      'CUSTOM_FORMULA',
      'DATE_IS_VALID_DATE',
      'NUMBER_BETWEEN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      'TEXT_IS_VALID_URL',
      'VALUE_IN_LIST',
    ),
    ProtectionType: enumOf('RANGE', 'SHEET'),
  };

  return {
    SpreadsheetApp,
    /** The active spreadsheet (a counting proxy, as SpreadsheetApp.getActiveSpreadsheet() returns, but fetching it here is free). */
    spreadsheet: live.wrap(active),
    ui,
    calls: () => live.n,
    /** The raw state of a sheet of the active spreadsheet, for assertions (not counted). */
    rawSheet: (name: string) => active.sheets.find((s) => s.name === name) ?? null,
    /** The raw active spreadsheet: active sheet and range, sheets (not counted). */
    raw: active,
  };
}

export type FakeSpreadsheetApp = ReturnType<typeof createFakeSpreadsheetApp>;

/** The fake seen through Google's types, for typed code that takes SpreadsheetApp objects. */
export function asGoogle(fake: FakeSpreadsheetApp): {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
} {
  return {
    app: fake.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    spreadsheet: fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
  };
}
