// This file reads what a school reported in a year and validates it against the field types: a number
// where a number is needed, a yes/no where a flag is needed. A school-year row is validated once, in
// dictionary order, into the year's dense arrays (fast to read for every indicator and rule).
// Blank is «нет данных» (MISSING); anything that does not fit is a problem naming the school, the
// year and the field, and is never coerced (a text in a count cell is not 0).
import type { FieldDef } from '../fields';
import { indicatorText, problem, reason } from '../text/indicators';
import { addProblem, compiled, type Ctx, type YearRows, sharedMemo } from './context';
import type { AssessmentGroup } from './dictionary';

/** A value that failed validation; the problem is already recorded. */
export const BAD = Symbol('bad');
export type NumRead = number | null | typeof BAD;
export type BoolRead = boolean | null | typeof BAD;

export const MISSING = 0;
export const NUMBER = 1;
export const INVALID = 2;
export const TRUE = 3;
export const FALSE = 4;
export const OTHER = 5;

/**
 * Assessment states in a validated row (YearRows.groups, slot × assessment): every field a valid
 * number, every field blank, anything else — so that sums take a filled assessment whole and skip
 * a blank one without looking at each field.
 */
export const FILLED = 1;
export const BLANK = 2;
export const MIXED = 3;

const T_BOOL = 0;
const T_TEXT = 1;
const T_COUNT = 2;
const T_NUMBER = 3;

interface RowSpec {
  codes: string[];
  types: Uint8Array;
  defs: FieldDef[];
  min: Float64Array;
  max: Float64Array;
}

function rowSpec(ctx: Ctx): RowSpec {
  return compiled(ctx, ctx.dict, makeRowSpec);
}

function makeRowSpec(ctx: Ctx): RowSpec {
  const defs = ctx.dict.list.map((e) => e.def);
  const types = new Uint8Array(defs.length);
  const min = new Float64Array(defs.length).fill(-Infinity);
  const max = new Float64Array(defs.length).fill(Infinity);
  defs.forEach((d, i) => {
    const t = d.type;
    types[i] = t === 'bool' ? T_BOOL : t === 'url' || t === 'text' ? T_TEXT : t === 'count' ? T_COUNT : T_NUMBER;
    if (d.min !== undefined) min[i] = d.min;
    if (d.max !== undefined) max[i] = d.max;
  });
  return { codes: defs.map((d) => d.code), types, defs, min, max };
}

export function fieldLabel(ctx: Ctx, code: string): string {
  return ctx.dict.entries.get(code)?.def.label ?? code;
}

function schoolName(ctx: Ctx, code: string): string {
  const s = ctx.schoolByCode.get(code);
  return indicatorText.school(s?.name ?? code, code);
}

function report(
  ctx: Ctx,
  school: string,
  year: number,
  code: string,
  message: (school: string, label: string) => string,
): typeof BAD {
  addProblem(ctx, { school, year, field: code, message: message(schoolName(ctx, school), fieldLabel(ctx, code)) });
  return BAD;
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Validates a value that must be a number for `def` (undefined: a code the program does not declare). */
function checkNumber(
  ctx: Ctx,
  school: string,
  year: number,
  code: string,
  def: FieldDef | undefined,
  v: unknown,
): NumRead {
  if (isBlank(v)) return null;
  const t = def?.type;
  if (typeof v !== 'number' || !Number.isFinite(v) || t === 'bool' || t === 'url' || t === 'text') {
    return report(ctx, school, year, code, (s, l) => problem.notNumber(s, year, l, code, v));
  }
  if (t === 'count' && (!Number.isSafeInteger(v) || v < 0))
    return report(ctx, school, year, code, (s, l) => problem.notCount(s, year, l, code, v));
  if (def?.min !== undefined && v < def.min)
    return report(ctx, school, year, code, (s, l) => problem.belowMin(s, year, l, code, v, def.min ?? 0));
  if (def?.max !== undefined && v > def.max)
    return report(ctx, school, year, code, (s, l) => problem.aboveMax(s, year, l, code, v, def.max ?? 0));
  return v;
}

function checkBool(ctx: Ctx, school: string, year: number, code: string, v: unknown): BoolRead {
  if (isBlank(v)) return null;
  if (typeof v !== 'boolean') return report(ctx, school, year, code, (s, l) => problem.notBool(s, year, l, code, v));
  return v;
}

/** Validates every declared field of the row once (problems for all of them are reported). */
function materialize(ctx: Ctx, y: YearRows, slot: number): void {
  const school = ctx.codes[slot] as string;
  const rec = ctx.data[school]?.[y.year];
  y.recs[slot] = rec;
  const { codes, types, defs, min, max } = rowSpec(ctx);
  const n = codes.length;
  const base = slot * n;
  if (!rec) {
    fillGroups(ctx, y, slot, base, false);
    return;
  }
  const { nums, state } = y;
  for (let i = 0; i < n; i++) {
    const code = codes[i] as string;
    const v = rec[code];
    if (v === undefined || v === null) continue;
    const type = types[i];
    if (type === T_BOOL) {
      if (typeof v === 'boolean') state[base + i] = v ? TRUE : FALSE;
      else if (checkBool(ctx, school, y.year, code, v) === BAD) state[base + i] = INVALID;
    } else if (type === T_TEXT) {
      if (!isBlank(v)) state[base + i] = OTHER;
    } else if (
      typeof v === 'number' &&
      (type === T_COUNT ? Number.isSafeInteger(v) && v >= 0 : Number.isFinite(v)) &&
      v >= (min[i] as number) &&
      v <= (max[i] as number)
    ) {
      // the common case, decided without building a problem
      state[base + i] = NUMBER;
      nums[base + i] = v;
    } else {
      const r = checkNumber(ctx, school, y.year, code, defs[i], v);
      if (r === BAD) state[base + i] = INVALID;
      else if (r !== null) {
        state[base + i] = NUMBER;
        nums[base + i] = r;
      }
    }
  }
  fillGroups(ctx, y, slot, base, true);
}

/** The rows of a year (validated lazily, school by school). */
export function yearRows(ctx: Ctx, year: number): YearRows {
  let y = ctx.years.get(year);
  if (!y) {
    const size = ctx.codes.length * ctx.dict.list.length;
    y = {
      year,
      nums: new Float64Array(size),
      state: new Uint8Array(size),
      ready: new Uint8Array(ctx.codes.length),
      groups: new Uint8Array(ctx.codes.length * ctx.dict.assessments.length),
      recs: new Array<undefined>(ctx.codes.length),
    };
    ctx.years.set(year, y);
  }
  return y;
}

/** Offset of the slot's row in the year's arrays, validating the row on first use. */
export function rowBase(ctx: Ctx, y: YearRows, slot: number): number {
  if (y.ready[slot] === 0) {
    y.ready[slot] = 1;
    materialize(ctx, y, slot);
  }
  return slot * ctx.dict.list.length;
}

/** Validates the school-year row now (so its problems are reported in the order rows are used). */
export function touch(ctx: Ctx, slot: number, year: number): YearRows {
  const y = yearRows(ctx, year);
  rowBase(ctx, y, slot);
  return y;
}

/** Sets the state of every assessment of a validated row (all BLANK for a row without data). */
function fillGroups(ctx: Ctx, y: YearRows, slot: number, base: number, reported: boolean): void {
  const groups = ctx.dict.assessments;
  const from = slot * groups.length;
  for (let g = 0; g < groups.length; g++) {
    if (!reported) {
      y.groups[from + g] = BLANK;
      continue;
    }
    const indexes = (groups[g] as AssessmentGroup).indexes;
    let numbers = 0;
    let blanks = 0;
    for (let i = 0; i < indexes.length; i++) {
      const st = y.state[base + (indexes[i] as number)];
      if (st === NUMBER) numbers++;
      else if (st === MISSING) blanks++;
    }
    y.groups[from + g] = numbers === indexes.length ? FILLED : blanks === indexes.length ? BLANK : MIXED;
  }
}

/**
 * A number by dictionary index from a validated row (index < 0: a code the program does not
 * declare, read and checked directly). A yes/no or text where a number is needed is a problem.
 */
export function readNumber(ctx: Ctx, y: YearRows, slot: number, index: number, code: string): NumRead {
  const school = ctx.codes[slot] as string;
  if (index < 0) return checkNumber(ctx, school, y.year, code, undefined, y.recs[slot]?.[code]);
  const k = slot * ctx.dict.list.length + index;
  const st = y.state[k];
  if (st === NUMBER) return y.nums[k] as number;
  if (st === MISSING) return null;
  if (st === INVALID) return BAD;
  return report(ctx, school, y.year, code, (s, l) => problem.notNumber(s, y.year, l, code, y.recs[slot]?.[code]));
}

export function readBool(ctx: Ctx, y: YearRows, slot: number, index: number, code: string): BoolRead {
  const school = ctx.codes[slot] as string;
  if (index < 0) return checkBool(ctx, school, y.year, code, y.recs[slot]?.[code]);
  const st = y.state[slot * ctx.dict.list.length + index];
  if (st === TRUE) return true;
  if (st === FALSE) return false;
  if (st === MISSING) return null;
  if (st === INVALID) return BAD;
  return report(ctx, school, y.year, code, (s, l) => problem.notBool(s, y.year, l, code, y.recs[slot]?.[code]));
}

/** Dictionary index of a code, −1 when the program does not declare it. */
export function indexOf(ctx: Ctx, code: string): number {
  return ctx.dict.entries.get(code)?.index ?? -1;
}

type ReasonKind = 'bad' | 'missing' | 'partial';

/** Why a value is «нет данных» because of one field (cached: the same few texts recur for every school). */
export function fieldReason(ctx: Ctx, kind: ReasonKind, code: string): string {
  const m = sharedMemo(ctx, kind) as Map<string, string>;
  let s = m.get(code);
  if (s === undefined) {
    s = reason[kind](fieldLabel(ctx, code));
    m.set(code, s);
  }
  return s;
}
