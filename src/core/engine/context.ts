// This file holds the computation context of one report: the program, its dictionary, the school
// registry, the data, and the caches and collectors (problems, warnings) shared by indicators and
// rules. Everything is computed lazily and memoised per school-year row, so rules that look back
// over several years and the `Динамика` series never compute the same thing twice.
import type { FieldValue } from '../fields';
import type { Program, Rule } from '../program';
import type { DataSet, School } from '../schools';
import { buildDictionary, type Dictionary } from './dictionary';
import type { Problem, Warning } from './types';

/**
 * One school in one year: its reported values, validated once into arrays indexed like the
 * dictionary (see reader.ts), and the memo of everything computed on them.
 */
export interface Row {
  school: string;
  year: number;
  rec: Readonly<Record<string, FieldValue>> | undefined;
  /** Numbers by dictionary index (NaN when not a valid number); plain arrays, cheap to allocate on the heap. */
  nums: number[] | null;
  /** Value states by dictionary index (reader.ts: MISSING, NUMBER, BAD, TRUE, FALSE, OTHER). */
  state: number[] | null;
  /** Memoised values by the slot of their program object (see `memo`). */
  memo: unknown[];
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
  /** school → its rows (a handful of years, scanned linearly). */
  rows: Map<string, Row[]>;
  /** Values not tied to one school (cluster values, indicator years): owner → key → value. */
  shared: Map<object, Map<string | number, unknown>>;
  /** Program object (metric, rule, …) → its memo slot in every row. */
  slots: Map<object, number>;
  /** Per program object (metric, rule, …): its compiled form. */
  compiled: WeakMap<object, unknown>;
}

export function createContext(program: Program, schools: readonly School[], data: DataSet): Ctx {
  return {
    program,
    dict: buildDictionary(program),
    schools,
    schoolByCode: new Map(schools.map((s) => [s.code, s])),
    data,
    rules: new Map(program.rules.map((r) => [r.code, r])),
    problems: new Map(),
    warnings: new Map(),
    rows: new Map(),
    shared: new Map(),
    slots: new Map(),
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

/**
 * The memo slot of a program object (metric, rule, condition, …) in every row. Callers read
 * `r.memo[slot]` and store into it; written out at the call sites (no closures) because it runs
 * for every school, year and program object.
 */
export function slotOf(ctx: Ctx, owner: object): number {
  let slot = ctx.slots.get(owner);
  if (slot === undefined) {
    slot = ctx.slots.size;
    ctx.slots.set(owner, slot);
  }
  return slot;
}

/** The memo of values not tied to one school (per program object, by key). */
export function sharedMemo(ctx: Ctx, owner: object): Map<string | number, unknown> {
  let m = ctx.shared.get(owner);
  if (!m) {
    m = new Map();
    ctx.shared.set(owner, m);
  }
  return m;
}

/** Memoises a compiled form per program object (`make` runs once per object). */
export function compiled<O extends object, T>(ctx: Ctx, owner: O, make: (ctx: Ctx, owner: O) => T): T {
  const hit = ctx.compiled.get(owner);
  if (hit !== undefined) return hit as T;
  const v = make(ctx, owner);
  ctx.compiled.set(owner, v);
  return v;
}
