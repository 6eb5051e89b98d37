// This file is the exact path of metric evaluation: sums and weighted means in rational arithmetic
// (fraction.ts), for the rare school-years the fast integer path of metric.ts hands over — decimal
// values in a sum, weights that do not scale to small integers, sums beyond the safe integers.
// Both paths follow the same missing-value rule (see metric.ts) and give the same values.
import { add, frac, type Fraction, fromDecimal, isZero, mul, ZERO } from '../fraction';
import { reason } from '../text/indicators';
import type { Ctx, YearRows } from './context';
import { BAD, fieldLabel, type NumRead, readNumber } from './reader';

export type MetricValue =
  | { kind: 'ratio'; num: Fraction; den: Fraction }
  | { kind: 'amount'; value: Fraction }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none'; reason: string };

export interface CTerm {
  code: string;
  /** Dictionary index, −1 for an undeclared code. */
  index: number;
  w: Fraction;
  /** The weight as a safe integer, for the integer path. */
  wInt: number | null;
  /** The weight times its side's scale (a safe integer) for a weight that is not an integer. */
  scaled: number;
}

export interface CGroup {
  num: CTerm[];
  den: CTerm[];
}

export interface CPair {
  value: CTerm;
  weight: CTerm;
  required: boolean;
}

type SumOutcome = { ok: true; num: Fraction; den: Fraction } | { ok: false; reason: string };

/** Integer part with an exact fallback for decimal values or weights. */
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

function read(ctx: Ctx, y: YearRows, slot: number, t: CTerm): NumRead {
  return readNumber(ctx, y, slot, t.index, t.code);
}

/** Σ of the required terms and of the taken assessment groups, exactly. */
export function exactSums(
  ctx: Ctx,
  required: CGroup,
  groups: readonly CGroup[],
  y: YearRows,
  slot: number,
  withDen: boolean,
): SumOutcome {
  const num: Acc = { i: 0, f: null };
  const den: Acc = { i: 0, f: null };
  let reported = required.num.length + required.den.length > 0;
  for (const [terms, acc] of [
    [required.num, num],
    [required.den, den],
  ] as const) {
    for (const t of terms) {
      const v = read(ctx, y, slot, t);
      if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
      if (v === null) return { ok: false, reason: reason.missing(fieldLabel(ctx, t.code)) };
      addTo(acc, v, t);
    }
  }
  for (const g of groups) {
    let missingTerm: CTerm | null = null;
    let present = 0;
    let denZero = g.den.length > 0;
    let denMissing = false;
    const nums: number[] = [];
    const dens: number[] = [];
    for (const t of g.num) {
      const v = read(ctx, y, slot, t);
      if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
      if (v === null) missingTerm ??= t;
      else present++;
      nums.push(v ?? 0);
    }
    for (const t of g.den) {
      const v = read(ctx, y, slot, t);
      if (v === BAD) return { ok: false, reason: reason.bad(fieldLabel(ctx, t.code)) };
      if (v === null) {
        missingTerm ??= t;
        denMissing = true;
      } else {
        present++;
        if (v !== 0) denZero = false;
      }
      dens.push(v ?? 0);
    }
    if (missingTerm !== null) {
      if (present === 0 || (withDen && !denMissing && denZero)) continue;
      return { ok: false, reason: reason.partial(fieldLabel(ctx, missingTerm.code)) };
    }
    g.num.forEach((t, i) => addTo(num, nums[i] as number, t));
    g.den.forEach((t, i) => addTo(den, dens[i] as number, t));
    reported = true;
  }
  if (!reported) return { ok: false, reason: reason.noFields };
  return { ok: true, num: total(num), den: total(den) };
}

/** Σ(value·weight) / Σweight, exactly. */
export function exactMean(ctx: Ctx, pairs: readonly CPair[], y: YearRows, slot: number): MetricValue {
  let num: Fraction = ZERO;
  let den: Fraction = ZERO;
  let reported = false;
  for (const p of pairs) {
    const v = read(ctx, y, slot, p.value);
    const w = read(ctx, y, slot, p.weight);
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
