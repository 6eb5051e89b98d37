// This file reads what a school reported in a year and validates it against the field types: a number
// where a number is needed, a yes/no where a flag is needed. A school-year row is validated once, in
// dictionary order, into compact arrays (fast to read for every indicator and rule afterwards).
// Blank is «нет данных» (null); anything that does not fit is a problem naming the school, the year
// and the field, and is never coerced (a text in a count cell is not 0).
import type { FieldDef } from '../fields';
import { indicatorText, problem } from '../text/indicators';
import { addProblem, type Ctx, type Row } from './context';

/** A value that failed validation; the problem is already recorded. */
export const BAD = Symbol('bad');
export type NumRead = number | null | typeof BAD;
export type BoolRead = boolean | null | typeof BAD;

const MISSING = 0;
const NUMBER = 1;
const INVALID = 2;
const TRUE = 3;
const FALSE = 4;
const OTHER = 5;

export function fieldLabel(ctx: Ctx, code: string): string {
  return ctx.dict.entries.get(code)?.def.label ?? code;
}

function schoolName(ctx: Ctx, code: string): string {
  const s = ctx.schoolByCode.get(code);
  return indicatorText.school(s?.name ?? code, code);
}

function report(ctx: Ctx, r: Row, code: string, message: (school: string, label: string) => string): typeof BAD {
  addProblem(ctx, {
    school: r.school,
    year: r.year,
    field: code,
    message: message(schoolName(ctx, r.school), fieldLabel(ctx, code)),
  });
  return BAD;
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Validates a value that must be a number for `def` (undefined: a code the program does not declare). */
function checkNumber(ctx: Ctx, r: Row, code: string, def: FieldDef | undefined, v: unknown): NumRead {
  if (isBlank(v)) return null;
  const t = def?.type;
  if (typeof v !== 'number' || !Number.isFinite(v) || t === 'bool' || t === 'url' || t === 'text') {
    return report(ctx, r, code, (s, l) => problem.notNumber(s, r.year, l, code, v));
  }
  if (t === 'count' && (!Number.isSafeInteger(v) || v < 0))
    return report(ctx, r, code, (s, l) => problem.notCount(s, r.year, l, code, v));
  if (def?.min !== undefined && v < def.min)
    return report(ctx, r, code, (s, l) => problem.belowMin(s, r.year, l, code, v, def.min ?? 0));
  if (def?.max !== undefined && v > def.max)
    return report(ctx, r, code, (s, l) => problem.aboveMax(s, r.year, l, code, v, def.max ?? 0));
  return v;
}

function checkBool(ctx: Ctx, r: Row, code: string, v: unknown): BoolRead {
  if (isBlank(v)) return null;
  if (typeof v !== 'boolean') return report(ctx, r, code, (s, l) => problem.notBool(s, r.year, l, code, v));
  return v;
}

/** Validates every declared field of the row once (problems for all of them are reported). */
function materialize(ctx: Ctx, r: Row): void {
  const rec = r.rec;
  if (!rec) return;
  const list = ctx.dict.list;
  const nums: number[] = new Array<number>(list.length).fill(Number.NaN);
  const state: number[] = new Array<number>(list.length).fill(MISSING);
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (!e) continue;
    const v = rec[e.def.code];
    if (v === undefined || v === null) continue;
    const type = e.def.type;
    if (type === 'bool') {
      const b = checkBool(ctx, r, e.def.code, v);
      state[i] = b === BAD ? INVALID : b === null ? MISSING : b ? TRUE : FALSE;
    } else if (type === 'url' || type === 'text') {
      state[i] = isBlank(v) ? MISSING : OTHER;
    } else {
      const n = checkNumber(ctx, r, e.def.code, e.def, v);
      if (n === BAD) state[i] = INVALID;
      else if (n !== null) {
        state[i] = NUMBER;
        nums[i] = n;
      }
    }
  }
  r.nums = nums;
  r.state = state;
}

/** The school-year row, validated on first use. */
export function row(ctx: Ctx, school: string, year: number): Row {
  let rows = ctx.rows.get(school);
  if (!rows) {
    rows = [];
    ctx.rows.set(school, rows);
  }
  for (const r of rows) if (r.year === year) return r;
  const r: Row = { school, year, rec: ctx.data[school]?.[year], nums: null, state: null, memo: [] };
  materialize(ctx, r);
  rows.push(r);
  return r;
}

/** A number by dictionary index (index < 0: a code the program does not declare, read directly). */
export function readNumber(ctx: Ctx, r: Row, index: number, code: string): NumRead {
  if (index < 0) return checkNumber(ctx, r, code, undefined, r.rec?.[code]);
  const st = r.state?.[index] ?? MISSING;
  if (st === NUMBER) return (r.nums as number[])[index] as number;
  if (st === MISSING) return null;
  if (st === INVALID) return BAD;
  return report(ctx, r, code, (s, l) => problem.notNumber(s, r.year, l, code, r.rec?.[code]));
}

export function readBool(ctx: Ctx, r: Row, index: number, code: string): BoolRead {
  if (index < 0) return checkBool(ctx, r, code, r.rec?.[code]);
  const st = r.state?.[index] ?? MISSING;
  if (st === TRUE) return true;
  if (st === FALSE) return false;
  if (st === MISSING) return null;
  if (st === INVALID) return BAD;
  return report(ctx, r, code, (s, l) => problem.notBool(s, r.year, l, code, r.rec?.[code]));
}

/** Dictionary index of a code, −1 when the program does not declare it. */
export function indexOf(ctx: Ctx, code: string): number {
  return ctx.dict.entries.get(code)?.index ?? -1;
}
