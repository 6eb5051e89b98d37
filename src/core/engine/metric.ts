// This file evaluates a Metric (ratio, value, weightedMean, flag) for one school in one year.
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
import { add, frac, type Fraction, fromDecimal, isZero, mul, ONE, ZERO } from '../fraction';
import type { Metric, Sum } from '../program';
import { reason, warning } from '../text/indicators';
import { addWarning, type Ctx, type Row, slotOf } from './context';
import { BAD, fieldLabel, indexOf, type NumRead, readBool, readNumber, row } from './reader';

export type MetricValue =
  | { kind: 'ratio'; num: Fraction; den: Fraction }
  | { kind: 'amount'; value: Fraction }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none'; reason: string };

interface CTerm {
  code: string;
  /** Dictionary index, −1 for an undeclared code. */
  index: number;
  w: Fraction;
  /** The weight as a safe integer, for the fast integer path. */
  wInt: number | null;
}

interface CGroup {
  num: CTerm[];
  den: CTerm[];
}

interface CSums {
  required: CGroup;
  groups: CGroup[];
}

interface CPair {
  value: CTerm;
  weight: CTerm;
  required: boolean;
}

function compileTerm(ctx: Ctx, code: string, weight: number): CTerm {
  const w = fromDecimal(weight) ?? ONE;
  return { code, index: indexOf(ctx, code), w, wInt: Number.isSafeInteger(weight) ? weight : null };
}

function compileSums(ctx: Ctx, num: Sum, den: Sum, owner: string): CSums {
  const required: CGroup = { num: [], den: [] };
  const groups = new Map<string, CGroup>();
  const side = (terms: Sum, which: 'num' | 'den'): void => {
    for (const t of terms) {
      if (!t.field.includes('*')) {
        if (!ctx.dict.entries.has(t.field))
          addWarning(ctx, { code: 'unknownField', message: warning.unknownField(t.field, owner) });
        required[which].push(compileTerm(ctx, t.field, t.weight));
        continue;
      }
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
  return { required, groups: [...groups.values()] };
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

/** Integer fast path with an exact fallback for decimal values or weights. */
interface Acc {
  i: number;
  f: Fraction | null;
}

function addTo(acc: Acc, v: number, t: CTerm): void {
  if (t.wInt !== null && Number.isInteger(v)) {
    const p = v * t.wInt;
    const s = acc.i + p;
    if (Number.isSafeInteger(p) && Number.isSafeInteger(s)) {
      acc.i = s;
      return;
    }
  }
  const prod = mul(fromDecimal(v) ?? ZERO, t.w);
  acc.f = acc.f ? add(acc.f, prod) : prod;
}

function total(acc: Acc): Fraction {
  const base = frac(acc.i);
  return acc.f ? add(base, acc.f) : base;
}

type SumOutcome = { ok: true; num: Fraction; den: Fraction } | { ok: false; reason: string };

function read(ctx: Ctx, r: Row, t: CTerm): NumRead {
  return readNumber(ctx, r, t.index, t.code);
}

// Reused buffers for one assessment group's values (evalSums does not re-enter itself).
const numScratch: Array<number | null> = [];
const denScratch: Array<number | null> = [];

function evalSums(ctx: Ctx, c: CSums, r: Row, withDen: boolean): SumOutcome {
  const num: Acc = { i: 0, f: null };
  const den: Acc = { i: 0, f: null };
  let reported = c.required.num.length + c.required.den.length > 0;
  for (const t of c.required.num) {
    const v = read(ctx, r, t);
    if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
    if (v === null) return { ok: false, reason: reason.missing(fieldLabel(ctx, t.code)) };
    addTo(num, v, t);
  }
  for (const t of c.required.den) {
    const v = read(ctx, r, t);
    if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
    if (v === null) return { ok: false, reason: reason.missing(fieldLabel(ctx, t.code)) };
    addTo(den, v, t);
  }
  for (const g of c.groups) {
    // first pass: validate and classify into the scratch arrays; second pass: add
    let missingTerm: CTerm | null = null;
    let present = 0;
    let denZero = g.den.length > 0;
    let denMissing = false;
    for (let i = 0; i < g.num.length; i++) {
      const t = g.num[i] as CTerm;
      const v = read(ctx, r, t);
      if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
      if (v === null) missingTerm ??= t;
      else present++;
      numScratch[i] = v;
    }
    for (let i = 0; i < g.den.length; i++) {
      const t = g.den[i] as CTerm;
      const v = read(ctx, r, t);
      if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
      if (v === null) {
        missingTerm ??= t;
        denMissing = true;
      } else {
        present++;
        if (v !== 0) denZero = false;
      }
      denScratch[i] = v;
    }
    if (missingTerm !== null) {
      // not taken (all blank) or nobody took it (0 participants, blank counts): skip the assessment
      if (present === 0 || (withDen && !denMissing && denZero)) continue;
      return { ok: false, reason: reason.partial(fieldLabel(ctx, missingTerm.code)) };
    }
    for (let i = 0; i < g.num.length; i++) addTo(num, numScratch[i] as number, g.num[i] as CTerm);
    for (let i = 0; i < g.den.length; i++) addTo(den, denScratch[i] as number, g.den[i] as CTerm);
    reported = true;
  }
  if (!reported) return { ok: false, reason: reason.noFields };
  return { ok: true, num: total(num), den: total(den) };
}

function zeroReason(den: Sum): string {
  return den.every((t) => t.field.endsWith('.n')) ? reason.noParticipants : reason.zeroDenominator;
}

function evalMean(ctx: Ctx, pairs: CPair[], r: Row): MetricValue {
  let num: Fraction = ZERO;
  let den: Fraction = ZERO;
  let reported = false;
  for (const p of pairs) {
    const v = read(ctx, r, p.value);
    const w = read(ctx, r, p.weight);
    if (v === BAD) return { kind: 'none', reason: reason.bad(fieldLabel(ctx, p.value.code)) };
    if (w === BAD) return { kind: 'none', reason: reason.bad(fieldLabel(ctx, p.weight.code)) };
    if (v === null || w === null) {
      const missing = v === null ? p.value.code : p.weight.code;
      if (p.required) return { kind: 'none', reason: reason.missing(fieldLabel(ctx, missing)) };
      if ((v === null && w === null) || w === 0) continue;
      return { kind: 'none', reason: reason.partial(fieldLabel(ctx, missing)) };
    }
    const wf = fromDecimal(w) ?? ZERO;
    num = add(num, mul(fromDecimal(v) ?? ZERO, wf));
    den = add(den, wf);
    reported = true;
  }
  if (!reported) return { kind: 'none', reason: reason.noFields };
  if (isZero(den)) return { kind: 'none', reason: reason.noParticipants };
  return { kind: 'ratio', num, den };
}

interface CompiledMetric {
  sums: CSums | null;
  pairs: CPair[] | null;
  /** Dictionary index of a flag's field. */
  index: number;
}

function compileMetric(ctx: Ctx, metric: Metric, owner: string): CompiledMetric {
  switch (metric.kind) {
    case 'ratio':
      return { sums: compileSums(ctx, metric.num, metric.den, owner), pairs: null, index: -1 };
    case 'value':
      return { sums: compileSums(ctx, metric.sum, [], owner), pairs: null, index: -1 };
    case 'weightedMean':
      return { sums: null, pairs: compilePairs(ctx, metric.value, metric.weight, owner), index: -1 };
    case 'flag':
      if (!ctx.dict.entries.has(metric.field))
        addWarning(ctx, { code: 'unknownField', message: warning.unknownField(metric.field, owner) });
      return { sums: null, pairs: null, index: indexOf(ctx, metric.field) };
  }
}

function computeMetric(ctx: Ctx, metric: Metric, r: Row, owner: string): MetricValue {
  let c = ctx.compiled.get(metric) as CompiledMetric | undefined;
  if (c === undefined) {
    c = compileMetric(ctx, metric, owner);
    ctx.compiled.set(metric, c);
  }
  switch (metric.kind) {
    case 'ratio': {
      const s = evalSums(ctx, c.sums as CSums, r, true);
      if (!s.ok) return { kind: 'none', reason: s.reason };
      if (isZero(s.den)) return { kind: 'none', reason: zeroReason(metric.den) };
      return { kind: 'ratio', num: s.num, den: s.den };
    }
    case 'value': {
      const s = evalSums(ctx, c.sums as CSums, r, false);
      return s.ok ? { kind: 'amount', value: s.num } : { kind: 'none', reason: s.reason };
    }
    case 'weightedMean':
      return evalMean(ctx, c.pairs as CPair[], r);
    case 'flag': {
      const v = readBool(ctx, r, c.index, metric.field);
      if (v === BAD) return { kind: 'none', reason: reason.bad(fieldLabel(ctx, metric.field)) };
      if (v === null) return { kind: 'none', reason: reason.missing(fieldLabel(ctx, metric.field)) };
      return { kind: 'bool', value: v };
    }
  }
}

/** The metric's value for one school in one year (memoised). `owner` names it in warnings. */
export function evaluateMetric(ctx: Ctx, metric: Metric, school: string, year: number, owner: string): MetricValue {
  const r = row(ctx, school, year);
  const slot = slotOf(ctx, metric);
  const hit = r.memo[slot] as MetricValue | undefined;
  if (hit !== undefined) return hit;
  const v = computeMetric(ctx, metric, r, owner);
  r.memo[slot] = v;
  return v;
}
