// This file holds the computation context of one report: the program, its dictionary, the school
// registry, the data, and the caches and collectors (problems, warnings) shared by indicators and
// rules. Everything is computed lazily and memoised per school-year, so rules that look back over
// several years and the `Динамика` series never compute the same thing twice.
import type { Program, Rule } from '../program';
import type { DataSet, School } from '../schools';
import { buildDictionary, type Dictionary } from './dictionary';
import type { Problem, RuleVerdict, Warning } from './types';

export interface Ctx {
  program: Program;
  dict: Dictionary;
  schools: readonly School[];
  schoolByCode: ReadonlyMap<string, School>;
  data: DataSet;
  rules: ReadonlyMap<string, Rule>;
  problems: Map<string, Problem>;
  warnings: Map<string, Warning>;
  /** Per metric object: school|year → value. */
  metricCache: WeakMap<object, Map<string, unknown>>;
  /** rule|school|year → verdict. */
  ruleCache: Map<string, RuleVerdict>;
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
    metricCache: new WeakMap(),
    ruleCache: new Map(),
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

/** Memoises `compute` per (object, school, year). */
export function memo<T>(ctx: Ctx, owner: object, school: string, year: number, compute: () => T): T {
  let m = ctx.metricCache.get(owner) as Map<string, T> | undefined;
  if (!m) {
    m = new Map();
    ctx.metricCache.set(owner, m);
  }
  const key = `${school}|${year}`;
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/** Memoises a compiled form per program object. */
export function compiled<T>(ctx: Ctx, owner: object, compile: () => T): T {
  if (ctx.compiled.has(owner)) return ctx.compiled.get(owner) as T;
  const v = compile();
  ctx.compiled.set(owner, v);
  return v;
}
