// This file combines school values into one value: pooled (Σnum / Σden — never the mean of school
// percentages), the mean of school values, and the sum. Schools without data are left out by the
// caller, which reports the coverage.
import { add, div, frac, type Fraction, isZero } from '../fraction';
import { reason } from '../text/indicators';
import type { MetricValue } from './metric';

type Ratio = Extract<MetricValue, { kind: 'ratio' }>;

/** Σnum / Σden over ratio values; «нет данных» when there are none or Σden is 0. */
export function pool(values: readonly MetricValue[]): MetricValue {
  let num: Fraction | null = null;
  let den: Fraction | null = null;
  for (const v of values) {
    if (v.kind !== 'ratio') continue;
    num = num ? add(num, v.num) : v.num;
    den = den ? add(den, v.den) : v.den;
  }
  if (num === null || den === null) return { kind: 'none', reason: reason.noFields };
  if (isZero(den)) return { kind: 'none', reason: reason.zeroDenominator };
  return { kind: 'ratio', num, den } satisfies Ratio;
}

/** Σ of amounts. */
export function total(values: readonly MetricValue[]): MetricValue {
  let s: Fraction | null = null;
  for (const v of values) if (v.kind === 'amount') s = s ? add(s, v.value) : v.value;
  return s === null ? { kind: 'none', reason: reason.noFields } : { kind: 'amount', value: s };
}

/** The value of one school as a single fraction: ratio num/den or the amount. */
export function single(v: MetricValue): Fraction | null {
  if (v.kind === 'ratio') return div(v.num, v.den);
  if (v.kind === 'amount') return v.value;
  return null;
}

/** Mean of school values (each ratio taken as its own value), as an exact fraction. */
export function meanOf(values: readonly MetricValue[]): Fraction | null {
  let s: Fraction | null = null;
  let n = 0;
  for (const v of values) {
    const f = single(v);
    if (f === null) continue;
    s = s ? add(s, f) : f;
    n++;
  }
  return s === null ? null : div(s, frac(n));
}
