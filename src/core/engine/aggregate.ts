// This file combines school values into one value: pooled (Σnum / Σden — never the mean of school
// percentages), the mean of school values, and the sum. Schools without data are left out by the
// caller, which reports the coverage.
import { div, frac, type Fraction, isZero, reduce, sum } from '../fraction';
import { reason } from '../text/indicators';
import type { MetricValue } from './metric';

type Ratio = Extract<MetricValue, { kind: 'ratio' }>;

/** Σnum / Σden over ratio values; «нет данных» when there are none or Σden is 0. */
export function pool(values: readonly MetricValue[]): MetricValue {
  const nums: Fraction[] = [];
  const dens: Fraction[] = [];
  for (const v of values) {
    if (v.kind !== 'ratio') continue;
    nums.push(v.num);
    dens.push(v.den);
  }
  if (nums.length === 0) return { kind: 'none', reason: reason.noFields };
  const num = sum(nums);
  const den = sum(dens);
  if (isZero(den)) return { kind: 'none', reason: reason.zeroDenominator };
  return { kind: 'ratio', num, den } satisfies Ratio;
}

/** Σ of amounts. */
export function total(values: readonly MetricValue[]): MetricValue {
  const items: Fraction[] = [];
  for (const v of values) if (v.kind === 'amount') items.push(v.value);
  return items.length === 0 ? { kind: 'none', reason: reason.noFields } : { kind: 'amount', value: sum(items) };
}

/** The value of one school as a single fraction: ratio num/den or the amount. */
export function single(v: MetricValue): Fraction | null {
  if (v.kind === 'ratio') return div(v.num, v.den);
  if (v.kind === 'amount') return v.value;
  return null;
}

/** Mean of school values (each ratio taken as its own value), as an exact fraction. */
export function meanOf(values: readonly MetricValue[]): Fraction | null {
  const items: Fraction[] = [];
  for (const v of values) {
    const f = single(v);
    if (f !== null) items.push(reduce(f));
  }
  return items.length === 0 ? null : div(sum(items), frac(items.length));
}
