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
import { add, frac, type Fraction, fromDecimal, isZero, mul } from '../fraction';
import type { Metric, Sum } from '../program';
import { reason, warning } from '../text/indicators';
import { addWarning, compiled, type Ctx, memo } from './context';
import { BAD, fieldLabel, readBool, readNumber } from './reader';

export type MetricValue =
  | { kind: 'ratio'; num: Fraction; den: Fraction }
  | { kind: 'amount'; value: Fraction }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none'; reason: string };

interface CTerm {
  code: string;
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
  value: string;
  weight: string;
  required: boolean;
}

function compileTerm(code: string, weight: number): CTerm {
  const w = fromDecimal(weight) ?? frac(1);
  return { code, w, wInt: Number.isSafeInteger(weight) ? weight : null };
}

function compileSums(ctx: Ctx, num: Sum, den: Sum, owner: string): CSums {
  const required: CGroup = { num: [], den: [] };
  const groups = new Map<string, CGroup>();
  const side = (terms: Sum, which: 'num' | 'den'): void => {
    for (const t of terms) {
      if (!t.field.includes('*')) {
        if (!ctx.dict.entries.has(t.field)) addWarning(ctx, { code: 'unknownField', message: warning.unknownField(t.field, owner) });
        required[which].push(compileTerm(t.field, t.weight));
        continue;
      }
      const codes = ctx.dict.expand(t.field);
      if (codes.length === 0) addWarning(ctx, { code: 'unknownField', message: warning.patternEmpty(t.field, owner) });
      for (const code of codes) {
        const key = ctx.dict.entries.get(code)?.assessmentKey ?? null;
        if (key === null) {
          required[which].push(compileTerm(code, t.weight));
          continue;
        }
        let g = groups.get(key);
        if (!g) {
          g = { num: [], den: [] };
          groups.set(key, g);
        }
        g[which].push(compileTerm(code, t.weight));
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
  const pairs: CPair[] = [];
  for (const v of expand(value)) {
    const w = weights.get(keyOf(v));
    if (w !== undefined) pairs.push({ value: v, weight: w, required: !value.includes('*') && !weight.includes('*') });
  }
  if (pairs.length === 0 && value.includes('*')) addWarning(ctx, { code: 'unknownField', message: warning.patternEmpty(value, owner) });
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
  const prod = mul(fromDecimal(v) ?? frac(0), t.w);
  acc.f = acc.f ? add(acc.f, prod) : prod;
}

function total(acc: Acc): Fraction {
  const base = frac(acc.i);
  return acc.f ? add(base, acc.f) : base;
}

type SumOutcome = { ok: true; num: Fraction; den: Fraction } | { ok: false; reason: string };

function evalSums(ctx: Ctx, c: CSums, school: string, year: number, withDen: boolean): SumOutcome {
  const num: Acc = { i: 0, f: null };
  const den: Acc = { i: 0, f: null };
  let reported = c.required.num.length + c.required.den.length > 0;
  for (const [terms, acc] of [
    [c.required.num, num],
    [c.required.den, den],
  ] as const) {
    for (const t of terms) {
      const v = readNumber(ctx, school, year, t.code);
      if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
      if (v === null) return { ok: false, reason: reason.missing(fieldLabel(ctx, t.code)) };
      addTo(acc, v, t);
    }
  }
  for (const g of c.groups) {
    const nv = g.num.map((t) => readNumber(ctx, school, year, t.code));
    const dv = g.den.map((t) => readNumber(ctx, school, year, t.code));
    const badAt = [...nv, ...dv].indexOf(BAD);
    if (badAt >= 0) {
      const t = [...g.num, ...g.den][badAt] as CTerm;
      return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
    }
    const missingNum = nv.findIndex((v) => v === null);
    const missingDen = dv.findIndex((v) => v === null);
    if (missingNum >= 0 || missingDen >= 0) {
      const allMissing = nv.every((v) => v === null) && dv.every((v) => v === null);
      // nobody took it: 0 participants and blank counts
      const noParticipants = withDen && missingDen < 0 && dv.length > 0 && dv.every((v) => v === 0);
      if (allMissing || noParticipants) continue;
      const t = (missingNum >= 0 ? g.num[missingNum] : g.den[missingDen]) as CTerm;
      return { ok: false, reason: reason.partial(fieldLabel(ctx, t.code)) };
    }
    g.num.forEach((t, i) => addTo(num, nv[i] as number, t));
    g.den.forEach((t, i) => addTo(den, dv[i] as number, t));
    reported = true;
  }
  if (!reported) return { ok: false, reason: reason.noFields };
  return { ok: true, num: total(num), den: total(den) };
}

function zeroReason(den: Sum): string {
  return den.every((t) => t.field.endsWith('.n')) ? reason.noParticipants : reason.zeroDenominator;
}

function evalMean(ctx: Ctx, pairs: CPair[], school: string, year: number): MetricValue {
  let num: Fraction = frac(0);
  let den: Fraction = frac(0);
  let reported = false;
  for (const p of pairs) {
    const v = readNumber(ctx, school, year, p.value);
    const w = readNumber(ctx, school, year, p.weight);
    if (v === BAD) return { kind: 'none', reason: reason.bad(fieldLabel(ctx, p.value)) };
    if (w === BAD) return { kind: 'none', reason: reason.bad(fieldLabel(ctx, p.weight)) };
    if (v === null || w === null) {
      if (p.required) return { kind: 'none', reason: reason.missing(fieldLabel(ctx, v === null ? p.value : p.weight)) };
      if ((v === null && w === null) || w === 0) continue;
      return { kind: 'none', reason: reason.partial(fieldLabel(ctx, v === null ? p.value : p.weight)) };
    }
    const wf = fromDecimal(w) ?? frac(0);
    num = add(num, mul(fromDecimal(v) ?? frac(0), wf));
    den = add(den, wf);
    reported = true;
  }
  if (!reported) return { kind: 'none', reason: reason.noFields };
  if (isZero(den)) return { kind: 'none', reason: reason.noParticipants };
  return { kind: 'ratio', num, den };
}

/** The metric's value for one school in one year (memoised). `owner` names it in warnings. */
export function evaluateMetric(ctx: Ctx, metric: Metric, school: string, year: number, owner: string): MetricValue {
  return memo(ctx, metric, school, year, (): MetricValue => {
    switch (metric.kind) {
      case 'ratio': {
        const c = compiled(ctx, metric, () => compileSums(ctx, metric.num, metric.den, owner));
        const r = evalSums(ctx, c, school, year, true);
        if (!r.ok) return { kind: 'none', reason: r.reason };
        if (isZero(r.den)) return { kind: 'none', reason: zeroReason(metric.den) };
        return { kind: 'ratio', num: r.num, den: r.den };
      }
      case 'value': {
        const c = compiled(ctx, metric, () => compileSums(ctx, metric.sum, [], owner));
        const r = evalSums(ctx, c, school, year, false);
        return r.ok ? { kind: 'amount', value: r.num } : { kind: 'none', reason: r.reason };
      }
      case 'weightedMean': {
        const pairs = compiled(ctx, metric, () => compilePairs(ctx, metric.value, metric.weight, owner));
        return evalMean(ctx, pairs, school, year);
      }
      case 'flag': {
        if (!ctx.dict.entries.has(metric.field)) addWarning(ctx, { code: 'unknownField', message: warning.unknownField(metric.field, owner) });
        const v = readBool(ctx, school, year, metric.field);
        if (v === BAD) return { kind: 'none', reason: reason.bad(fieldLabel(ctx, metric.field)) };
        if (v === null) return { kind: 'none', reason: reason.missing(fieldLabel(ctx, metric.field)) };
        return { kind: 'bool', value: v };
      }
    }
  });
}
