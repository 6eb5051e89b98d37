// This file evaluates the conditional-format formulas the report writes, the way a spreadsheet would,
// so tests can ask which tone a cell shows instead of trusting the formula text: relative and $-fixed
// references shifted from the rule's first cell, AND, OR, ISNUMBER, ROUND, + − × ÷, comparisons and
// text equality. The first rule whose range holds the cell and whose formula is TRUE wins.
import { columnNumber, parseA1 } from '../../../src/core/a1';
import { COLOR } from '../../../src/app/style';
import type { CellValue, Sheet } from '../../../src/sheets/port';

type V = number | string | boolean | null | typeof ERR;
const ERR = Symbol('#VALUE!');

type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; col: number; row: number; absCol: boolean; absRow: boolean }
  | { t: 'fn'; v: string }
  | { t: 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?)|"([^"]*)"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z(])|([A-Z]+)(?=\()|(<=|>=|<>|[-+*/=<>(),]))/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2] });
    else if (m[4] !== undefined)
      out.push({ t: 'ref', col: columnNumber(m[4]), row: Number(m[6]), absCol: m[3] === '$', absRow: m[5] === '$' });
    else if (m[7] !== undefined) out.push({ t: 'fn', v: m[7] });
    else out.push({ t: 'op', v: m[8] as string });
  }
  if (re.lastIndex !== src.length && src.slice(re.lastIndex).trim() !== '')
    throw new Error(`cannot read formula at «${src.slice(re.lastIndex)}»`);
  return out;
}

/** Evaluates `formula` (with its leading «=») for the cell `dr` rows and `dc` columns from the rule's anchor. */
export function evaluate(formula: string, valueAt: (row: number, col: number) => CellValue, dr: number, dc: number): V {
  const toks = tokenize(formula.replace(/^=/, ''));
  let i = 0;
  const peek = () => toks[i];
  const isOp = (v: string) => peek()?.t === 'op' && (peek() as { v: string }).v === v;
  const num = (x: V): number | typeof ERR => (typeof x === 'number' ? x : x === null ? 0 : ERR);

  function compare(): V {
    const a = additive();
    const t = peek();
    if (t?.t === 'op' && ['=', '<>', '<', '>', '<=', '>='].includes(t.v)) {
      i++;
      const b = additive();
      if (a === ERR || b === ERR) return ERR;
      const x = a ?? (typeof b === 'string' ? '' : 0);
      const y = b ?? (typeof a === 'string' ? '' : 0);
      if (typeof x !== typeof y) return t.v === '<>';
      switch (t.v) {
        case '=':
          return x === y;
        case '<>':
          return x !== y;
        case '<':
          return x < y;
        case '>':
          return x > y;
        case '<=':
          return x <= y;
        default:
          return x >= y;
      }
    }
    return a;
  }
  function additive(): V {
    let a = term();
    while (isOp('+') || isOp('-')) {
      const op = (toks[i++] as { v: string }).v;
      const x = num(a);
      const y = num(term());
      a = x === ERR || y === ERR ? ERR : op === '+' ? x + y : x - y;
    }
    return a;
  }
  function term(): V {
    let a = factor();
    while (isOp('*') || isOp('/')) {
      const op = (toks[i++] as { v: string }).v;
      const x = num(a);
      const y = num(factor());
      a = x === ERR || y === ERR ? ERR : op === '*' ? x * y : x / y;
    }
    return a;
  }
  function args(): V[] {
    const out: V[] = [];
    i++; // (
    while (!isOp(')')) {
      out.push(compare());
      if (isOp(',')) i++;
    }
    i++; // )
    return out;
  }
  function factor(): V {
    const t = toks[i++];
    if (!t) throw new Error(`formula ends early: ${formula}`);
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'ref') return valueAt(t.row + (t.absRow ? 0 : dr), t.col + (t.absCol ? 0 : dc));
    if (t.t === 'op' && t.v === '-') {
      const x = num(factor());
      return x === ERR ? ERR : -x;
    }
    if (t.t === 'op' && t.v === '(') {
      const v = compare();
      i++;
      return v;
    }
    if (t.t === 'fn') {
      const a = args();
      switch (t.v) {
        case 'AND':
          return a.includes(ERR) ? ERR : a.every((x) => x === true);
        case 'OR':
          return a.includes(ERR) ? ERR : a.some((x) => x === true);
        case 'ISNUMBER':
          return typeof a[0] === 'number';
        case 'ROUND': {
          const x = num(a[0] ?? null);
          const d = num(a[1] ?? 0);
          return x === ERR || d === ERR ? ERR : Math.round(x * 10 ** d) / 10 ** d;
        }
      }
      throw new Error(`unknown function ${t.v}`);
    }
    throw new Error(`unexpected token in ${formula}`);
  }
  const v = compare();
  if (i !== toks.length) throw new Error(`unread tail in ${formula}`);
  return v;
}

export type Tone = 'green' | 'amber' | 'red' | 'grey' | null;
const TONES: Record<string, Tone> = {
  [COLOR.green]: 'green',
  [COLOR.amber]: 'amber',
  [COLOR.red]: 'red',
  [COLOR.grey]: 'grey',
};

/** The tone the spreadsheet shows on cell `a1` of `sheet` from its conditional rules. */
export function toneAt(sheet: Sheet, a1: string): Tone {
  const grid = sheet.read();
  const valueAt = (r: number, c: number): CellValue => grid[r - 1]?.[c - 1] ?? null;
  const cell = parseA1(a1);
  for (const rule of sheet.readConditionalRules()) {
    if (rule.when.kind !== 'formula') continue;
    const inside = rule.ranges.some((r) => {
      const x = parseA1(r);
      return cell.row >= x.row && cell.row < x.row + x.rows && cell.col >= x.col && cell.col < x.col + x.cols;
    });
    if (!inside) continue;
    const anchor = parseA1(rule.ranges[0] as string);
    if (evaluate(rule.when.formula, valueAt, cell.row - anchor.row, cell.col - anchor.col) === true)
      return TONES[rule.style.background ?? ''] ?? null;
  }
  return null;
}
