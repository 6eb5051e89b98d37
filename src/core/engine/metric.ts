// This file evaluates a Metric (ratio, value, weightedMean, flag) for one school in one year, into a
// dense column per metric and year (see MetricColumn) so that indicators and rules read values without
// allocating. Wildcards are resolved once against the dictionary when the metric is compiled.
//
// Missing-value rule (documented for methodologists):
// - a term written without `*` is required: if it is blank the metric is «нет данных»;
// - a term with `*` expands over the program's dictionary; assessment fields are grouped by
//   assessment (procedure × subject × grade). An assessment the school left entirely blank is
//   "not taken" and skipped; one filled partly makes the metric «нет данных» (never a silent 0),
//   except that an assessment with 0 participants and blank counts is simply skipped;
//   context fields matched by `*` are required like written-out terms;
// - if nothing at all is reported the metric is «нет данных»;
// - a zero denominator (0 participants) is «нет данных», not a low result;
// - a value that fails validation (text in a count cell, a negative count) is a problem and makes
//   the metric «нет данных».
//
// Exactness: counts times integer weights are summed as safe integers; a decimal weight is scaled
// by its side's common denominator (0,64 → 16/25), a decimal value (a mean score) by a power of
// ten. Anything else — decimals in a sum, huge weights, sums beyond 2^53 — goes to the exact
// rational path (metric-exact.ts). A column keeps numerator and denominator as the exact path
// would (a whole sum has denominator 1), so both paths give the same values and the same parts.
import { type Fraction, fromDecimal, gcdNum, ONE } from '../fraction';
import type { Metric, Program, Sum } from '../program';
import { reason, warning } from '../text/indicators';
import { addWarning, atYear, compiled, type Ctx, type YearRows, type Yearly, yearly } from './context';
import { type CGroup, type CPair, type CTerm, exactMean, exactSums, type MetricValue } from './metric-exact';
import {
  FALSE,
  FILLED,
  fieldReason,
  indexOf,
  INVALID,
  MISSING,
  MIXED,
  NUMBER,
  readBool,
  readNumber,
  rowBase,
  TRUE,
  yearRows,
} from './reader';

export type { MetricValue } from './metric-exact';

/** Column kinds: not computed yet, no data, ratio, amount, yes, no, exact (BigInt parts). */
export const PENDING = 0;
export const NONE = 1;
export const RATIO = 2;
export const AMOUNT = 3;
export const YES = 4;
export const NO = 5;
export const EXACT = 6;

/**
 * One metric in one year for every school slot. A ratio is (nn/nd) / (dn/dd), an amount nn/nd, all
 * safe integers.
 */
export interface MetricColumn {
  year: number;
  rows: YearRows;
  /** The columns of the metric's wildcard terms in this year (numerator terms, then denominator). */
  patterns: PatternColumn[];
  kind: Uint8Array;
  nn: Float64Array;
  nd: Float64Array;
  dn: Float64Array;
  dd: Float64Array;
  /** Why there is no value, by slot (sparse). */
  reason: Map<number, string>;
  /** Values with BigInt parts, by slot (sparse). */
  exact: Map<number, MetricValue>;
}

/**
 * A wildcard term's fields in assessments (`vpr.*.*.m2` → the «2» of every ВПР). Its sum over the
 * filled assessments of a school-year is memoised per year: the same term recurs in many metrics.
 */
interface Pattern {
  /** Dictionary index and assessment id of each field. */
  index: Int32Array;
  group: Int32Array;
  columns: Yearly<PatternColumn>;
}

/** A wildcard term of a metric: its pattern and weight (integer, or scaled for a decimal weight). */
interface PatternTerm {
  pattern: Pattern;
  int: number;
  scaled: number;
  decimal: boolean;
}

/** A pattern's sums in a year: per slot the sum, and PENDING / FILLED_SOME / NONE_FILLED / HAS_MIXED. */
interface PatternColumn {
  year: number;
  state: Uint8Array;
  sum: Float64Array;
}

interface CSums {
  required: CGroup;
  groups: CGroup[];
  /**
   * The wildcard terms of each side, when every term is a count with a weight ≥ 0 (partial sums
   * only grow, so checking the totals suffices); null otherwise.
   */
  numPatterns: PatternTerm[] | null;
  denPatterns: PatternTerm[] | null;
  /** Common denominators of the decimal weights of each side (1 when all are integers). */
  numScale: number;
  denScale: number;
  /** Whether the integer path applies (declared fields, weights that scale to small integers). */
  fast: boolean;
}

export interface CompiledMetric {
  metric: Metric;
  /** Structurally equal metrics share their columns. */
  key: string;
  columns: Yearly<MetricColumn>;
  sums: CSums | null;
  pairs: CPair[] | null;
  /** Dictionary index of a flag's field. */
  index: number;
  fast: boolean;
  zeroReason: string;
}

/** A scale above this could let the exact path reduce a fraction the integer path keeps. */
const MAX_SCALE = 1_000_000;

function compileTerm(ctx: Ctx, code: string, weight: number): CTerm {
  const w = fromDecimal(weight) ?? ONE;
  return { code, index: indexOf(ctx, code), w, wInt: Number.isSafeInteger(weight) ? weight : null, scaled: Number.NaN };
}

/** Scales the decimal weights of one side to integers over their common denominator; null when they do not scale. */
function scaleSide(terms: CTerm[]): number | null {
  let scale = 1;
  for (const t of terms) {
    if (t.wInt !== null) continue;
    if (typeof t.w.n !== 'number' || typeof t.w.d !== 'number') return null;
    scale = (scale / gcdNum(scale, t.w.d)) * t.w.d;
    if (scale > MAX_SCALE) return null;
  }
  scaleTo(terms, scale);
  return terms.every((t) => t.wInt !== null || Number.isSafeInteger(t.scaled)) ? scale : null;
}

/**
 * Each decimal weight times `scale`: an integer when its denominator divides the scale (always for
 * a term that matched a field; a wildcard that matched none is never added, whatever its weight).
 */
function scaleTo(terms: CTerm[], scale: number): void {
  for (const t of terms)
    if (t.wInt === null)
      t.scaled = typeof t.w.n === 'number' && typeof t.w.d === 'number' ? t.w.n * (scale / t.w.d) : 0;
}

function compileSums(ctx: Ctx, num: Sum, den: Sum, owner: string): CSums {
  const required: CGroup = { num: [], den: [] };
  const groups = new Map<string, CGroup>();
  const wild: CGroup = { num: [], den: [] };
  const side = (terms: Sum, which: 'num' | 'den'): void => {
    for (const t of terms) {
      if (!t.field.includes('*')) {
        if (!ctx.dict.entries.has(t.field))
          addWarning(ctx, { code: 'unknownField', message: warning.unknownField(t.field, owner) });
        required[which].push(compileTerm(ctx, t.field, t.weight));
        continue;
      }
      wild[which].push(compileTerm(ctx, t.field, t.weight));
      const codes = ctx.dict.expand(t.field);
      if (codes.length === 0) addWarning(ctx, { code: 'unknownField', message: warning.patternEmpty(t.field, owner) });
      for (const code of codes) {
        const key = ctx.dict.entries.get(code)?.assessmentKey ?? null;
        if (key === null) {
          required[which].push(compileTerm(ctx, code, t.weight));
          continue;
        }
        let g = groups.get(key);
        if (!g) {
          g = { num: [], den: [] };
          groups.set(key, g);
        }
        g[which].push(compileTerm(ctx, code, t.weight));
      }
    }
  };
  side(num, 'num');
  side(den, 'den');
  const all = [required, ...groups.values()];
  const numScale = scaleSide(all.flatMap((g) => g.num));
  const denScale = scaleSide(all.flatMap((g) => g.den));
  const declared = all.every((g) => g.num.every((t) => t.index >= 0) && g.den.every((t) => t.index >= 0));
  const fast = declared && numScale !== null && denScale !== null;
  const monotone = all.every((g) =>
    [...g.num, ...g.den].every((t) => ctx.dict.list[t.index]?.def.type === 'count' && (t.w.n as number) >= 0),
  );
  // a wildcard term's weight scales like its expanded terms' (same weight, same side scale); one
  // that matched no assessment sums to 0 whatever its scaled weight
  if (fast) {
    scaleTo(wild.num, numScale);
    scaleTo(wild.den, denScale);
  }
  const toTerms = (terms: CTerm[]): PatternTerm[] =>
    terms.map((t) => ({
      pattern: patternOf(ctx, t.code),
      int: t.wInt ?? 0,
      scaled: t.wInt === null ? t.scaled : 0,
      decimal: t.wInt === null,
    }));
  return {
    required,
    groups: [...groups.values()],
    numPatterns: fast && monotone ? toTerms(wild.num) : null,
    denPatterns: fast && monotone ? toTerms(wild.den) : null,
    numScale: numScale ?? 1,
    denScale: denScale ?? 1,
    fast,
  };
}

function makePattern(ctx: Ctx, field: string): Pattern {
  const index: number[] = [];
  const group: number[] = [];
  for (const code of ctx.dict.expand(field)) {
    const e = ctx.dict.entries.get(code);
    if (!e || e.group < 0) continue;
    index.push(e.index);
    group.push(e.group);
  }
  return { index: Int32Array.from(index), group: Int32Array.from(group), columns: yearly() };
}

/** Every metric of a program: indicators, their conditions, and the rules'. */
function programMetrics(program: Program): Metric[] {
  const out: Metric[] = [];
  for (const ind of program.indicators) {
    out.push(ind.metric);
    if (ind.condition) out.push(ind.condition.metric);
  }
  for (const r of program.rules) {
    const k = r.kind;
    if (k.type === 'clusterRelative' || k.type === 'dynamics') out.push(k.metric);
    else if (k.type === 'consecutiveYears') out.push(k.condition.metric);
    else if (k.type === 'criteriaCount') for (const c of k.criteria) out.push(c.condition.metric);
  }
  return out;
}

interface Patterns {
  list: Pattern[];
  byField: Map<string, Pattern>;
}

/**
 * The report's wildcard patterns, all of the program's registered at once: a school-year row has
 * every pattern summed in one pass while it is in the cache (see `patternState`).
 */
function patterns(ctx: Ctx): Patterns {
  return compiled(ctx, ctx.program, registerPatterns);
}

function registerPatterns(ctx: Ctx, program: Program): Patterns {
  const table: Patterns = { list: [], byField: new Map() };
  for (const m of programMetrics(program)) {
    const sums = m.kind === 'ratio' ? [...m.num, ...m.den] : m.kind === 'value' ? m.sum : [];
    for (const t of sums) if (t.field.includes('*')) add(ctx, table, t.field);
  }
  return table;
}

function add(ctx: Ctx, table: Patterns, field: string): Pattern {
  let p = table.byField.get(field);
  if (!p) {
    p = makePattern(ctx, field);
    table.byField.set(field, p);
    table.list.push(p);
  }
  return p;
}

/** The pattern of a wildcard field (one per report and pattern). */
function patternOf(ctx: Ctx, field: string): Pattern {
  return add(ctx, patterns(ctx), field);
}

function compilePairs(ctx: Ctx, value: string, weight: string, owner: string): CPair[] {
  const expand = (p: string): string[] => {
    if (!p.includes('*')) {
      if (!ctx.dict.entries.has(p)) addWarning(ctx, { code: 'unknownField', message: warning.unknownField(p, owner) });
      return [p];
    }
    const codes = ctx.dict.expand(p);
    if (codes.length === 0) addWarning(ctx, { code: 'unknownField', message: warning.patternEmpty(p, owner) });
    return codes;
  };
  const keyOf = (code: string): string => ctx.dict.entries.get(code)?.assessmentKey ?? '';
  const weights = new Map<string, string>();
  for (const w of expand(weight)) if (!weights.has(keyOf(w))) weights.set(keyOf(w), w);
  const required = !value.includes('*') && !weight.includes('*');
  const pairs: CPair[] = [];
  for (const v of expand(value)) {
    const w = weights.get(keyOf(v));
    if (w !== undefined) pairs.push({ value: compileTerm(ctx, v, 1), weight: compileTerm(ctx, w, 1), required });
  }
  if (pairs.length === 0 && value.includes('*'))
    addWarning(ctx, { code: 'unknownField', message: warning.patternEmpty(value, owner) });
  return pairs;
}

function zeroReason(den: Sum): string {
  return den.every((t) => t.field.endsWith('.n')) ? reason.noParticipants : reason.zeroDenominator;
}

function compileMetric(ctx: Ctx, metric: Metric, owner: string): CompiledMetric {
  const key = JSON.stringify(metric);
  let columns = ctx.columns.get(key) as Yearly<MetricColumn> | undefined;
  if (!columns) {
    columns = yearly<MetricColumn>();
    ctx.columns.set(key, columns);
  }
  const base = { metric, key, columns, sums: null, pairs: null, index: -1, zeroReason: '' };
  switch (metric.kind) {
    case 'ratio': {
      const sums = compileSums(ctx, metric.num, metric.den, owner);
      return { ...base, sums, fast: sums.fast, zeroReason: zeroReason(metric.den) };
    }
    case 'value': {
      const sums = compileSums(ctx, metric.sum, [], owner);
      return { ...base, sums, fast: sums.fast };
    }
    case 'weightedMean': {
      const pairs = compilePairs(ctx, metric.value, metric.weight, owner);
      return { ...base, pairs, fast: pairs.every((p) => p.value.index >= 0 && p.weight.index >= 0) };
    }
    case 'flag':
      if (!ctx.dict.entries.has(metric.field))
        addWarning(ctx, { code: 'unknownField', message: warning.unknownField(metric.field, owner) });
      return { ...base, index: indexOf(ctx, metric.field), fast: true };
  }
}

/** The compiled metric (wildcards resolved; unknown fields warned about once, naming `owner`). */
export function compileOnce(ctx: Ctx, metric: Metric, owner: string): CompiledMetric {
  return compiled(ctx, metric, compileMetric, owner);
}

function newColumn(ctx: Ctx, c: CompiledMetric, year: number): MetricColumn {
  const n = ctx.codes.length;
  const terms = [...(c.sums?.numPatterns ?? []), ...(c.sums?.denPatterns ?? [])];
  return {
    year,
    rows: yearRows(ctx, year),
    patterns: terms.map((t) => atYear(ctx, t.pattern.columns, t.pattern, year, newPatternColumn)),
    kind: new Uint8Array(n),
    nn: new Float64Array(n),
    nd: new Float64Array(n),
    dn: new Float64Array(n),
    dd: new Float64Array(n),
    reason: new Map(),
    exact: new Map(),
  };
}

// ---- the integer path ----------------------------------------------------------------------

/** Outcome of the integer path: a kind, or SLOW to hand the school-year to the exact path. */
const SLOW = 255;
// Results of `fastSums` (it does not re-enter itself).
let rNum = 0;
let rNumD = 1;
let rDen = 0;
let rDenD = 1;
let rWhy = '';
const numScratch: number[] = [];
const denScratch: number[] = [];

interface Side {
  i: number;
  f: number;
  decimal: boolean;
}
const numAcc: Side = { i: 0, f: 0, decimal: false };
const denAcc: Side = { i: 0, f: 0, decimal: false };

/** Adds v·weight; false when it leaves the safe integers or v is not an integer. */
function addInt(acc: Side, v: number, t: CTerm): boolean {
  if (!Number.isInteger(v)) return false;
  if (t.wInt !== null) {
    const p = v * t.wInt;
    const s = acc.i + p;
    if (!Number.isSafeInteger(p) || !Number.isSafeInteger(s)) return false;
    acc.i = s;
    return true;
  }
  const p = v * t.scaled;
  const s = acc.f + p;
  if (!Number.isSafeInteger(p) || !Number.isSafeInteger(s)) return false;
  acc.f = s;
  acc.decimal = true;
  return true;
}

/** The side's total as n / d the way the exact path keeps it; false when not a safe integer. */
function closeSide(acc: Side, scale: number, num: boolean): boolean {
  let n = acc.i;
  let d = 1;
  if (acc.decimal) {
    n = acc.i * scale + acc.f;
    d = scale;
    if (!Number.isSafeInteger(acc.i * scale) || !Number.isSafeInteger(n)) return false;
  }
  if (num) {
    rNum = n;
    rNumD = d;
  } else {
    rDen = n;
    rDenD = d;
  }
  return true;
}

/**
 * Reads a number for the integer path: the value, or NaN for a blank, or −Infinity for a bad value
 * (a yes/no or text where a number is needed is reported like readNumber does).
 */
function num(ctx: Ctx, y: YearRows, slot: number, base: number, t: CTerm): number {
  const k = base + t.index;
  const st = y.state[k];
  if (st === NUMBER) return y.nums[k] as number;
  if (st === MISSING) return Number.NaN;
  if (st !== INVALID) readNumber(ctx, y, slot, t.index, t.code);
  return Number.NEGATIVE_INFINITY;
}

function fastSums(ctx: Ctx, c: CSums, col: MetricColumn, slot: number, base: number, withDen: boolean): number {
  const y = col.rows;
  numAcc.i = 0;
  numAcc.f = 0;
  numAcc.decimal = false;
  denAcc.i = 0;
  denAcc.f = 0;
  denAcc.decimal = false;
  const req = c.required;
  let reported = req.num.length + req.den.length > 0;
  for (let side = 0; side < 2; side++) {
    const terms = side === 0 ? req.num : req.den;
    const acc = side === 0 ? numAcc : denAcc;
    for (let j = 0; j < terms.length; j++) {
      const t = terms[j] as CTerm;
      const v = num(ctx, y, slot, base, t);
      if (v === Number.NEGATIVE_INFINITY) {
        rWhy = fieldReason(ctx, 'bad', t.code);
        return NONE;
      }
      if (v !== v) {
        rWhy = fieldReason(ctx, 'missing', t.code);
        return NONE;
      }
      if (!addInt(acc, v, t)) return SLOW;
    }
  }
  const groups = c.groups;
  if (c.numPatterns && c.denPatterns) {
    // no assessment filled partly: blank ones are not taken, filled ones add their pattern sums
    const filled = addPatterns(ctx, c, col, y, slot, base);
    if (filled >= 0) return closeSums(c, reported || filled > 0);
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi] as CGroup;
    let missingTerm: CTerm | null = null;
    let present = 0;
    let denZero = g.den.length > 0;
    let denMissing = false;
    for (let j = 0; j < g.num.length; j++) {
      const t = g.num[j] as CTerm;
      const v = num(ctx, y, slot, base, t);
      if (v === Number.NEGATIVE_INFINITY) {
        rWhy = fieldReason(ctx, 'bad', t.code);
        return NONE;
      }
      if (v !== v) missingTerm ??= t;
      else present++;
      numScratch[j] = v;
    }
    for (let j = 0; j < g.den.length; j++) {
      const t = g.den[j] as CTerm;
      const v = num(ctx, y, slot, base, t);
      if (v === Number.NEGATIVE_INFINITY) {
        rWhy = fieldReason(ctx, 'bad', t.code);
        return NONE;
      }
      if (v !== v) {
        missingTerm ??= t;
        denMissing = true;
      } else {
        present++;
        if (v !== 0) denZero = false;
      }
      denScratch[j] = v;
    }
    if (missingTerm !== null) {
      // not taken (all blank) or nobody took it (0 participants, blank counts): skip the assessment
      if (present === 0 || (withDen && !denMissing && denZero)) continue;
      rWhy = fieldReason(ctx, 'partial', missingTerm.code);
      return NONE;
    }
    for (let j = 0; j < g.num.length; j++) if (!addInt(numAcc, numScratch[j] as number, g.num[j] as CTerm)) return SLOW;
    for (let j = 0; j < g.den.length; j++) if (!addInt(denAcc, denScratch[j] as number, g.den[j] as CTerm)) return SLOW;
    reported = true;
  }
  return closeSums(c, reported);
}

function closeSums(c: CSums, reported: boolean): number {
  if (!reported) {
    rWhy = reason.noFields;
    return NONE;
  }
  if (
    !Number.isSafeInteger(numAcc.i) ||
    !Number.isSafeInteger(numAcc.f) ||
    !Number.isSafeInteger(denAcc.i) ||
    !Number.isSafeInteger(denAcc.f)
  )
    return SLOW;
  if (!closeSide(numAcc, c.numScale, true) || !closeSide(denAcc, c.denScale, false)) return SLOW;
  return RATIO;
}

const FILLED_SOME = 1;
const NONE_FILLED = 2;
const HAS_MIXED = 3;

function newPatternColumn(ctx: Ctx, _p: Pattern, year: number): PatternColumn {
  return { year, state: new Uint8Array(ctx.codes.length), sum: new Float64Array(ctx.codes.length) };
}

/** Sums one pattern over the filled assessments of a row (HAS_MIXED when one is filled partly). */
function sumPattern(ctx: Ctx, p: Pattern, col: PatternColumn, y: YearRows, slot: number, base: number): void {
  const states = y.groups;
  const gBase = slot * ctx.dict.assessments.length;
  let sum = 0;
  let st = NONE_FILLED;
  for (let i = 0; i < p.index.length; i++) {
    const gs = states[gBase + (p.group[i] as number)];
    if (gs === FILLED) {
      sum += y.nums[base + (p.index[i] as number)] as number;
      st = FILLED_SOME;
    } else if (gs === MIXED) {
      st = HAS_MIXED;
      break;
    }
  }
  col.state[slot] = st;
  col.sum[slot] = sum;
}

/** The pattern's state for the slot; the first request for a row sums every pattern of the report. */
function patternState(ctx: Ctx, p: Pattern, col: PatternColumn, y: YearRows, slot: number, base: number): number {
  const st = col.state[slot] as number;
  if (st !== PENDING) return st;
  for (const q of patterns(ctx).list) {
    const qc = atYear(ctx, q.columns, q, y.year, newPatternColumn);
    if (qc.state[slot] === PENDING) sumPattern(ctx, q, qc, y, slot, base);
  }
  return col.state[slot] as number;
}

/**
 * Adds the wildcard terms' sums (blank assessments not taken, filled ones whole): 1 when some
 * assessment was filled, 0 when none, −1 (nothing added) when one is filled partly — the caller
 * then takes the assessments one by one.
 */
function addPatterns(ctx: Ctx, c: CSums, col: MetricColumn, y: YearRows, slot: number, base: number): number {
  const nums = c.numPatterns as PatternTerm[];
  const dens = c.denPatterns as PatternTerm[];
  const cols = col.patterns;
  let filled = 0;
  for (let i = 0; i < cols.length; i++) {
    const t = (i < nums.length ? nums[i] : dens[i - nums.length]) as PatternTerm;
    const st = patternState(ctx, t.pattern, cols[i] as PatternColumn, y, slot, base);
    if (st === HAS_MIXED) return -1;
    if (st === FILLED_SOME) filled = 1;
  }
  for (let i = 0; i < cols.length; i++) {
    const pc = cols[i] as PatternColumn;
    if (pc.state[slot] !== FILLED_SOME) continue;
    const num = i < nums.length;
    const t = (num ? nums[i] : dens[i - nums.length]) as PatternTerm;
    const acc = num ? numAcc : denAcc;
    const v = pc.sum[slot] as number;
    acc.i += v * t.int;
    acc.f += v * t.scaled;
    if (t.decimal) acc.decimal = true;
  }
  return filled;
}

const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/** Decimals of v as fromDecimal finds them (0–6), or −1 beyond. */
function decimals(v: number): number {
  if (Number.isSafeInteger(v)) return 0;
  for (let k = 1; k < POW10.length; k++) {
    const p = POW10[k] as number;
    const y = Math.round(v * p);
    if (Number.isSafeInteger(y) && y / p === v) return k;
  }
  return -1;
}

function fastMean(ctx: Ctx, pairs: CPair[], y: YearRows, slot: number, base: number): number {
  let n = 0;
  let k = 0;
  let d = 0;
  let reported = false;
  for (let j = 0; j < pairs.length; j++) {
    const p = pairs[j] as CPair;
    const v = num(ctx, y, slot, base, p.value);
    const w = num(ctx, y, slot, base, p.weight);
    if (v === Number.NEGATIVE_INFINITY) {
      rWhy = fieldReason(ctx, 'bad', p.value.code);
      return NONE;
    }
    if (w === Number.NEGATIVE_INFINITY) {
      rWhy = fieldReason(ctx, 'bad', p.weight.code);
      return NONE;
    }
    if (v !== v || w !== w) {
      const missing = v !== v ? p.value.code : p.weight.code;
      if (p.required) {
        rWhy = fieldReason(ctx, 'missing', missing);
        return NONE;
      }
      if ((v !== v && w !== w) || w === 0) continue;
      rWhy = fieldReason(ctx, 'partial', missing);
      return NONE;
    }
    const kv = decimals(v);
    if (kv < 0 || !Number.isSafeInteger(w)) return SLOW;
    if (kv > k) {
      n *= POW10[kv - k] as number;
      k = kv;
      if (!Number.isSafeInteger(n)) return SLOW;
    }
    // v = yv / 10^kv exactly (as fromDecimal reads it), brought to the common 10^k
    const yv = Math.round(v * (POW10[kv] as number)) * (POW10[k - kv] as number);
    const term = yv * w;
    n += term;
    d += w;
    if (
      !Number.isSafeInteger(yv) ||
      !Number.isSafeInteger(term) ||
      !Number.isSafeInteger(n) ||
      !Number.isSafeInteger(d)
    )
      return SLOW;
    reported = true;
  }
  if (!reported) {
    rWhy = reason.noFields;
    return NONE;
  }
  if (d === 0) {
    rWhy = reason.noParticipants;
    return NONE;
  }
  rNum = n;
  rNumD = POW10[k] as number;
  rDen = d;
  rDenD = 1;
  return RATIO;
}

// ---- storing --------------------------------------------------------------------------------

function isSafe(f: Fraction): boolean {
  return typeof f.n === 'number' && typeof f.d === 'number';
}

/** Stores a value of the exact path: as integers when its parts are safe, else as it is. */
function storeExact(col: MetricColumn, slot: number, v: MetricValue): void {
  if (v.kind === 'ratio' && isSafe(v.num) && isSafe(v.den)) {
    col.kind[slot] = RATIO;
    col.nn[slot] = v.num.n as number;
    col.nd[slot] = v.num.d as number;
    col.dn[slot] = v.den.n as number;
    col.dd[slot] = v.den.d as number;
  } else if (v.kind === 'amount' && isSafe(v.value)) {
    col.kind[slot] = AMOUNT;
    col.nn[slot] = v.value.n as number;
    col.nd[slot] = v.value.d as number;
  } else if (v.kind === 'none') {
    col.kind[slot] = NONE;
    col.reason.set(slot, v.reason);
  } else if (v.kind === 'bool') {
    col.kind[slot] = v.value ? YES : NO;
  } else {
    col.kind[slot] = EXACT;
    col.exact.set(slot, v);
  }
}

function evalSlot(ctx: Ctx, c: CompiledMetric, col: MetricColumn, slot: number): void {
  const y = col.rows;
  const base = rowBase(ctx, y, slot);
  const m = c.metric;
  if (m.kind === 'flag') {
    const k = base + c.index;
    const st = c.index >= 0 ? y.state[k] : -1;
    if (st === TRUE) col.kind[slot] = YES;
    else if (st === FALSE) col.kind[slot] = NO;
    else if (st === MISSING) {
      col.kind[slot] = NONE;
      col.reason.set(slot, fieldReason(ctx, 'missing', m.field));
    } else {
      const b = readBool(ctx, y, slot, c.index, m.field);
      storeExact(
        col,
        slot,
        typeof b === 'boolean'
          ? { kind: 'bool', value: b }
          : { kind: 'none', reason: fieldReason(ctx, b === null ? 'missing' : 'bad', m.field) },
      );
    }
    return;
  }
  let k = SLOW;
  if (c.fast)
    k = c.pairs
      ? fastMean(ctx, c.pairs, y, slot, base)
      : fastSums(ctx, c.sums as CSums, col, slot, base, m.kind === 'ratio');
  if (k === SLOW) {
    storeExact(col, slot, exactValue(ctx, c, y, slot));
    return;
  }
  if (k === NONE) {
    col.kind[slot] = NONE;
    col.reason.set(slot, rWhy);
    return;
  }
  if (m.kind === 'value') {
    col.kind[slot] = AMOUNT;
    col.nn[slot] = rNum;
    col.nd[slot] = rNumD;
    return;
  }
  if (rDen === 0) {
    col.kind[slot] = NONE;
    col.reason.set(slot, c.zeroReason);
    return;
  }
  col.kind[slot] = RATIO;
  col.nn[slot] = rNum;
  col.nd[slot] = rNumD;
  col.dn[slot] = rDen;
  col.dd[slot] = rDenD;
}

function exactValue(ctx: Ctx, c: CompiledMetric, y: YearRows, slot: number): MetricValue {
  if (c.pairs) return exactMean(ctx, c.pairs, y, slot);
  const s = c.sums as CSums;
  const r = exactSums(ctx, s.required, s.groups, y, slot, c.metric.kind === 'ratio');
  if (!r.ok) return { kind: 'none', reason: r.reason };
  if (c.metric.kind === 'value') return { kind: 'amount', value: r.num };
  if (r.den.n === 0 || r.den.n === 0n) return { kind: 'none', reason: c.zeroReason };
  return { kind: 'ratio', num: r.num, den: r.den };
}

// ---- reading --------------------------------------------------------------------------------

/** The column of a metric in a year (values computed per school on first read, see `kindAt`). */
export function metricColumn(ctx: Ctx, c: CompiledMetric, year: number): MetricColumn {
  return atYear(ctx, c.columns, c, year, newColumn);
}

/** The kind of the school's value, computing it on first read. */
export function kindAt(ctx: Ctx, c: CompiledMetric, col: MetricColumn, slot: number): number {
  let k = col.kind[slot] as number;
  if (k === PENDING) {
    evalSlot(ctx, c, col, slot);
    k = col.kind[slot] as number;
  }
  return k;
}

/** The school's value as an object (for wording and the rare exact comparisons). */
export function valueAt(col: MetricColumn, slot: number, kind: number): MetricValue {
  switch (kind) {
    case RATIO:
      return {
        kind: 'ratio',
        num: { n: col.nn[slot] as number, d: col.nd[slot] as number },
        den: { n: col.dn[slot] as number, d: col.dd[slot] as number },
      };
    case AMOUNT:
      return { kind: 'amount', value: { n: col.nn[slot] as number, d: col.nd[slot] as number } };
    case YES:
      return { kind: 'bool', value: true };
    case NO:
      return { kind: 'bool', value: false };
    case NONE:
      return { kind: 'none', reason: col.reason.get(slot) as string };
    default:
      return col.exact.get(slot) as MetricValue;
  }
}

/** The metric's value for one school in one year (memoised). `owner` names it in warnings. */
export function evaluateMetric(ctx: Ctx, metric: Metric, slot: number, year: number, owner: string): MetricValue {
  const c = compileOnce(ctx, metric, owner);
  const col = metricColumn(ctx, c, year);
  return valueAt(col, slot, kindAt(ctx, c, col, slot));
}
