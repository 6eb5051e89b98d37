// This file holds the computation context of one report: the program, its dictionary, the school
// registry, the data, and the caches and collectors (problems, warnings) shared by indicators and
// rules. Schools are addressed by a slot (one per distinct code); what is computed per school and
// year lives in dense columns indexed by slot, filled lazily, so rules that look back over several
// years and the `Динамика` series never compute the same thing twice and allocate little.
import type { FieldValue } from '../fields';
import type { Program, Rule } from '../program';
import type { DataSet, School } from '../schools';
import { buildDictionary, type Dictionary } from './dictionary';
import type { Problem, Warning } from './types';

type Rec = Readonly<Record<string, FieldValue>>;

/**
 * The reported values of every school in one year, validated row by row on first use into arrays
 * indexed by slot × dictionary index (see reader.ts).
 */
export interface YearRows {
  year: number;
  /** Numbers (meaningful where the state is NUMBER). */
  nums: Float64Array;
  /** Value states (reader.ts: MISSING, NUMBER, INVALID, TRUE, FALSE, OTHER). */
  state: Uint8Array;
  /** 1 once the slot's row is validated. */
  ready: Uint8Array;
  /** Per slot × assessment: FILLED, BLANK or MIXED (reader.ts), set when the row is validated. */
  groups: Uint8Array;
  /** The school's record by slot (undefined: nothing reported that year). */
  recs: Array<Rec | undefined>;
}

export interface Ctx {
  program: Program;
  dict: Dictionary;
  schools: readonly School[];
  schoolByCode: ReadonlyMap<string, School>;
  data: DataSet;
  rules: ReadonlyMap<string, Rule>;
  problems: Map<string, Problem>;
  warnings: Map<string, Warning>;
  /** School code → slot; duplicate codes share one slot (and one row of data). */
  slotOf: ReadonlyMap<string, number>;
  /** Slot → school code. */
  codes: readonly string[];
  /** Registry position → slot. */
  slots: Int32Array;
  years: Map<number, YearRows>;
  /** Values not tied to one school row (cluster values, indicator years): owner → key → value. */
  shared: Map<object | string, Map<string | number, unknown>>;
  /** Per-year columns (see `column`): owner → values by year. */
  columns: Map<object | string, Yearly<unknown>>;
  /** Per program object (metric, rule, …): its compiled form. */
  compiled: WeakMap<object, unknown>;
}

export function createContext(program: Program, schools: readonly School[], data: DataSet): Ctx {
  const slotOf = new Map<string, number>();
  const codes: string[] = [];
  const slots = new Int32Array(schools.length);
  schools.forEach((s, i) => {
    let slot = slotOf.get(s.code);
    if (slot === undefined) {
      slot = codes.length;
      slotOf.set(s.code, slot);
      codes.push(s.code);
    }
    slots[i] = slot;
  });
  return {
    program,
    dict: buildDictionary(program),
    schools,
    schoolByCode: new Map(schools.map((s) => [s.code, s])),
    data,
    rules: new Map(program.rules.map((r) => [r.code, r])),
    problems: new Map(),
    warnings: new Map(),
    slotOf,
    codes,
    slots,
    years: new Map(),
    shared: new Map(),
    columns: new Map(),
    compiled: new WeakMap(),
  };
}

export function addProblem(ctx: Ctx, p: Problem): void {
  const key = `${p.school}|${p.year}|${p.field}|${p.message}`;
  if (!ctx.problems.has(key)) ctx.problems.set(key, p);
}

/** Adds a warning once per distinct message. */
export function addWarning(ctx: Ctx, w: Warning): void {
  if (!ctx.warnings.has(w.message)) ctx.warnings.set(w.message, w);
}

/** The memo of values not tied to one school row (per program object or key, by key). */
export function sharedMemo(ctx: Ctx, owner: object | string): Map<string | number, unknown> {
  let m = ctx.shared.get(owner);
  if (!m) {
    m = new Map();
    ctx.shared.set(owner, m);
  }
  return m;
}

/** Values of one owner by year: a handful of years, so a list beats a map. */
export interface Yearly<T> {
  years: number[];
  values: T[];
}

export function yearly<T>(): Yearly<T> {
  return { years: [], values: [] };
}

/** The value for `year`, made by `make` on first use (no closure: this runs per school). */
export function atYear<O, T>(
  ctx: Ctx,
  y: Yearly<T>,
  owner: O,
  year: number,
  make: (ctx: Ctx, owner: O, year: number) => T,
): T {
  const { years, values } = y;
  for (let i = 0; i < years.length; i++) if (years[i] === year) return values[i] as T;
  const v = make(ctx, owner, year);
  years.push(year);
  values.push(v);
  return v;
}

/** A per-year column of `owner`, made by `make` on first use. */
export function column<O extends object | string, T>(
  ctx: Ctx,
  owner: O,
  year: number,
  make: (ctx: Ctx, owner: O, year: number) => T,
): T {
  let y = ctx.columns.get(owner) as Yearly<T> | undefined;
  if (!y) {
    y = yearly<T>();
    ctx.columns.set(owner, y);
  }
  return atYear(ctx, y, owner, year, make);
}

/** One byte per school slot. */
export function slotBytes(ctx: Ctx): Uint8Array {
  return new Uint8Array(ctx.codes.length);
}

/**
 * Memoises a compiled form per program object (`make` runs once per object; `arg` is passed on,
 * so callers need no closure).
 */
export function compiled<O extends object, T, A = undefined>(
  ctx: Ctx,
  owner: O,
  make: (ctx: Ctx, owner: O, arg: A) => T,
  arg?: A,
): T {
  const hit = ctx.compiled.get(owner);
  if (hit !== undefined) return hit as T;
  const v = make(ctx, owner, arg as A);
  ctx.compiled.set(owner, v);
  return v;
}
