// This file evaluates the spreadsheet formulas the preview meets — conditional-format rules and the
// odd formula cell — the way Google Sheets would for the patterns the add-on generates: references
// (relative ones shifted from the rule's anchor cell, `$` fixed, 'Sheet'!A1 and INDIRECT), text,
// numbers, booleans, comparisons (text compared case-insensitively, blank as 0 or ""), & + - * / ^,
// and the functions AND OR NOT IF IFERROR ISNUMBER ISBLANK ISTEXT ROUND ABS LOWER UPPER LEFT RIGHT MID
// LEN TRIM VALUE DATE DATEVALUE TODAY INDIRECT. Anything else throws UnsupportedFormula, and the
// caller leaves the rule unapplied (the preview lists it), never guesses.
import { columnNumber, parseA1 } from '../../core/a1';
import type { CellValue } from '../../sheets/port';

export class UnsupportedFormula extends Error {}

/** A formula error value (#VALUE!, #REF!, #N/A, #DIV/0!). */
export interface FormulaError {
  error: string;
}
export type Value = CellValue | FormulaError;

export interface FormulaContext {
  /** The value of a cell; sheet null = the formula's own sheet. */
  cell(sheet: string | null, row: number, col: number): CellValue;
  /** Today as a date serial (days since 1899-12-30). */
  today: number;
}

export const isError = (v: Value): v is FormulaError => typeof v === 'object' && v !== null;
const err = (code: string): FormulaError => ({ error: code });

// ---------- tokens ----------

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet: string | null; col: number; row: number; colAbs: boolean; rowAbs: boolean }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string }
  | { t: 'punct'; v: '(' | ')' | ',' };

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![\w(])/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new UnsupportedFormula(src);
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') {
          i++;
          break;
        } else s += src[i++];
      }
      out.push({ t: 'str', v: s });
      continue;
    }
    const sheetRef = /^(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_]*))!/u.exec(rest);
    if (sheetRef) {
      const cell = REF.exec(rest.slice(sheetRef[0].length));
      if (!cell) throw new UnsupportedFormula(src);
      out.push(ref(cell, (sheetRef[1] ?? sheetRef[2] ?? '').replace(/''/g, "'")));
      i += sheetRef[0].length + cell[0].length;
      continue;
    }
    const cell = REF.exec(rest);
    if (cell) {
      out.push(ref(cell, null));
      i += cell[0].length;
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      out.push({ t: 'name', v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[=<>&+\-*/^])/.exec(rest);
    if (op) {
      out.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: 'punct', v: ch });
      i++;
      continue;
    }
    throw new UnsupportedFormula(src);
  }
  return out;
}

function ref(m: RegExpExecArray, sheet: string | null): Token {
  const text = m[0];
  return {
    t: 'ref',
    sheet,
    col: columnNumber(m[1] as string),
    row: Number(m[2]),
    colAbs: text.startsWith('$'),
    rowAbs: /\$\d/.test(text),
  };
}

// ---------- syntax ----------

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'ref'; sheet: string | null; col: number; row: number; colAbs: boolean; rowAbs: boolean }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'unary'; op: string; arg: Node }
  | { k: 'bin'; op: string; left: Node; right: Node };

const LEVELS: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

export function parseFormula(formula: string): Node {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (): never => {
    throw new UnsupportedFormula(formula);
  };
  const expect = (v: string) => {
    const t = tokens[pos++];
    if (!t || !('v' in t) || t.v !== v) fail();
  };
  const level = (n: number): Node => {
    if (n === LEVELS.length) return unary();
    let left = level(n + 1);
    for (;;) {
      const t = peek();
      if (!t || t.t !== 'op' || !(LEVELS[n] as string[]).includes(t.v)) return left;
      pos++;
      left = { k: 'bin', op: t.v, left, right: level(n + 1) };
    }
  };
  const unary = (): Node => {
    const t = peek();
    if (t?.t === 'op' && (t.v === '-' || t.v === '+')) {
      pos++;
      return { k: 'unary', op: t.v, arg: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) return fail();
    switch (t.t) {
      case 'num':
      case 'str':
        return { k: 'lit', v: t.v };
      case 'ref':
        return { k: 'ref', sheet: t.sheet, col: t.col, row: t.row, colAbs: t.colAbs, rowAbs: t.rowAbs };
      case 'name': {
        if (peek()?.t === 'punct' && (peek() as { v: string }).v === '(') {
          pos++;
          const args: Node[] = [];
          if (!(peek()?.t === 'punct' && (peek() as { v: string }).v === ')')) {
            for (;;) {
              args.push(level(0));
              const p = tokens[pos++];
              if (p?.t === 'punct' && p.v === ',') continue;
              if (p?.t === 'punct' && p.v === ')') break;
              fail();
            }
          } else pos++;
          return { k: 'call', name: t.v, args };
        }
        if (t.v === 'TRUE' || t.v === 'FALSE') return { k: 'lit', v: t.v === 'TRUE' };
        return fail();
      }
      case 'punct':
        if (t.v !== '(') return fail();
        {
          const inner = level(0);
          expect(')');
          return inner;
        }
      case 'op':
        return fail();
    }
  };
  const node = level(0);
  if (pos !== tokens.length) fail();
  return node;
}

// ---------- values ----------

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Date serial of a calendar day (Sheets and Excel count days from 1899-12-30). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY);
}

function parseDate(s: string): number | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : ru ? [ru[3], ru[2], ru[1]] : [];
  if (!y || !m || !d) return null;
  const serial = dateSerial(Number(y), Number(m), Number(d));
  const back = new Date(EPOCH + serial * DAY);
  return back.getUTCMonth() + 1 === Number(m) && back.getUTCDate() === Number(d) ? serial : null;
}

function toNumber(v: Value): number | FormulaError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  return parseDate(t) ?? err('#VALUE!');
}

function toText(v: Value): string | FormulaError {
  if (isError(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function toBool(v: Value): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const t = v.trim().toUpperCase();
  if (t === 'TRUE') return true;
  if (t === 'FALSE') return false;
  return err('#VALUE!');
}

/** Sheets' ordering: numbers < text < booleans; text compared case-insensitively; blank as 0 or "". */
function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase().localeCompare(y.toLowerCase());
  const nx = Number(x);
  const ny = Number(y);
  return nx === ny ? 0 : nx < ny ? -1 : 1;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(Math.abs(x) * f * (1 + Number.EPSILON)) / f;
  return Math.sign(x) * r;
}

// ---------- evaluation ----------

export interface Shift {
  rows: number;
  cols: number;
}

export function evaluate(node: Node, ctx: FormulaContext, shift: Shift = { rows: 0, cols: 0 }): Value {
  const ev = (n: Node) => evaluate(n, ctx, shift);
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'ref': {
      const row = node.row + (node.rowAbs ? 0 : shift.rows);
      const col = node.col + (node.colAbs ? 0 : shift.cols);
      return row < 1 || col < 1 ? err('#REF!') : ctx.cell(node.sheet, row, col);
    }
    case 'unary': {
      const v = toNumber(ev(node.arg));
      return isError(v) ? v : node.op === '-' ? -v : v;
    }
    case 'bin':
      return binary(node.op, ev(node.left), ev(node.right));
    case 'call':
      return call(node.name, node.args, ctx, ev);
  }
}

function binary(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') return `${toText(a) as string}${toText(b) as string}`;
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const c = compare(a, b);
    return op === '='
      ? c === 0
      : op === '<>'
        ? c !== 0
        : op === '<'
          ? c < 0
          : op === '>'
            ? c > 0
            : op === '<='
              ? c <= 0
              : c >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? err('#DIV/0!') : x / y;
    default:
      return x ** y;
  }
}

function call(name: string, args: Node[], ctx: FormulaContext, ev: (n: Node) => Value): Value {
  const arg = (i: number): Value => (args[i] ? ev(args[i] as Node) : null);
  const num = (i: number) => toNumber(arg(i));
  const text = (i: number) => toText(arg(i));
  const logical = (all: boolean): Value => {
    let acc = all;
    for (const a of args) {
      const b = toBool(ev(a));
      if (isError(b)) return b;
      acc = all ? acc && b : acc || b;
    }
    return acc;
  };
  switch (name) {
    case 'AND':
      return logical(true);
    case 'OR':
      return logical(false);
    case 'NOT': {
      const b = toBool(arg(0));
      return isError(b) ? b : !b;
    }
    case 'IF': {
      const b = toBool(arg(0));
      return isError(b) ? b : b ? arg(1) : args[2] ? arg(2) : false;
    }
    case 'IFERROR': {
      const v = arg(0);
      return isError(v) ? arg(1) : v;
    }
    case 'ISNUMBER':
      return typeof arg(0) === 'number';
    case 'ISTEXT':
      return typeof arg(0) === 'string';
    case 'ISBLANK':
      return arg(0) === null;
    case 'ROUND': {
      const x = num(0);
      const d = args[1] ? num(1) : 0;
      if (isError(x)) return x;
      if (isError(d)) return d;
      return round(x, Math.trunc(d));
    }
    case 'ABS': {
      const x = num(0);
      return isError(x) ? x : Math.abs(x);
    }
    case 'LOWER':
    case 'UPPER':
    case 'TRIM':
    case 'LEN': {
      const s = text(0);
      if (isError(s)) return s;
      return name === 'LOWER'
        ? s.toLowerCase()
        : name === 'UPPER'
          ? s.toUpperCase()
          : name === 'TRIM'
            ? s.trim().replace(/ +/g, ' ')
            : s.length;
    }
    case 'LEFT':
    case 'RIGHT': {
      const s = text(0);
      const n = args[1] ? num(1) : 1;
      if (isError(s)) return s;
      if (isError(n) || n < 0) return err('#VALUE!');
      return name === 'LEFT' ? s.slice(0, n) : n === 0 ? '' : s.slice(-n);
    }
    case 'MID': {
      const s = text(0);
      const start = num(1);
      const n = num(2);
      if (isError(s)) return s;
      if (isError(start) || isError(n) || start < 1 || n < 0) return err('#VALUE!');
      return s.slice(start - 1, start - 1 + n);
    }
    case 'VALUE':
      return num(0);
    case 'DATE': {
      const [y, m, d] = [num(0), num(1), num(2)];
      if (isError(y)) return y;
      if (isError(m)) return m;
      if (isError(d)) return d;
      return dateSerial(Math.trunc(y), Math.trunc(m), Math.trunc(d));
    }
    case 'DATEVALUE': {
      const s = arg(0);
      if (isError(s)) return s;
      return typeof s === 'string' ? (parseDate(s) ?? err('#VALUE!')) : err('#VALUE!');
    }
    case 'TODAY':
      return ctx.today;
    case 'INDIRECT': {
      const s = text(0);
      if (isError(s)) return s;
      const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(s);
      const sheet = m ? (m[1] ?? m[2] ?? '').replace(/''/g, "'") : null;
      try {
        const r = parseA1(m ? (m[3] as string) : s);
        return ctx.cell(sheet, r.row, r.col);
      } catch {
        return err('#REF!');
      }
    }
    default:
      throw new UnsupportedFormula(name);
  }
}

/** Whether a conditional rule's formula holds for one cell: an error or a non-boolean value does not apply. */
export function ruleHolds(node: Node, ctx: FormulaContext, shift: Shift): boolean {
  const v = evaluate(node, ctx, shift);
  const b = toBool(v);
  return !isError(b) && b;
}
