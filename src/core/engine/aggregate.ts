// This file combines school values into one value: pooled (Σnum / Σden — never the mean of school
// percentages), the mean of school values, and the sum. Schools without data are left out by the
// caller, which reports the coverage. Sums of safe integers are added in place (poolInts); values
// with BigInt parts or sums beyond 2^53 go through the exact rational functions.
import { div, frac, type Fraction, gcdNum, isZero, reduce, sum } from '../fraction';
import { reason } from '../text/indicators';
import { AMOUNT, EXACT, type MetricColumn, type MetricValue, RATIO, valueAt } from './metric';

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

/**
 * `meanOf` of the slots' values in a column: numerators are summed per denominator as safe
 * integers, then the few hundred distinct denominators are brought to their least common multiple
 * in BigInt once (summing fraction by fraction would redo that for every school). The same value.
 */
export function meanOfColumn(col: MetricColumn, kinds: Uint8Array, slots: readonly number[]): Fraction | null {
  const byDen = new Map<number, number>();
  let count = 0;
  for (const slot of slots) {
    const k = kinds[slot];
    if (k !== RATIO && k !== AMOUNT) {
      if (k === EXACT) return meanOf(slots.map((s) => valueAt(col, s, kinds[s] as number)));
      continue;
    }
    let n = col.nn[slot] as number;
    let d = col.nd[slot] as number;
    if (k === RATIO) {
      n *= col.dd[slot] as number;
      d *= col.dn[slot] as number;
    }
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d))
      return meanOf(slots.map((s) => valueAt(col, s, kinds[s] as number)));
    if (d < 0) {
      n = -n;
      d = -d;
    }
    const g = gcdNum(n, d);
    const prev = byDen.get(d / g) ?? 0;
    const next = prev + n / g;
    if (!Number.isSafeInteger(next)) return meanOf(slots.map((s) => valueAt(col, s, kinds[s] as number)));
    byDen.set(d / g, next);
    count++;
  }
  if (count === 0) return null;
  let lcm = 1n;
  for (const d of byDen.keys()) {
    const bd = BigInt(d);
    lcm = (lcm / BigInt(gcdNum(Number(lcm % bd), d))) * bd;
  }
  let total = 0n;
  for (const [d, n] of byDen) total += BigInt(n) * (lcm / BigInt(d));
  return frac(total, lcm * BigInt(count));
}

/** Σ of ratios' parts (n/nd over d/dd) or of amounts (n/nd), all safe integers. */
export interface IntSum {
  n: number;
  nd: number;
  d: number;
  dd: number;
}

/** Common denominators stay at most this, so the sum keeps the form the exact `sum` gives it. */
const MAX_DEN = 1_000_000;
let accN = 0;
let accD = 1;

/** acc += x/xd; false when the result leaves the safe integers or its denominator grows too large. */
function addTo(x: number, xd: number): boolean {
  if (xd === accD) {
    accN += x;
    return Number.isSafeInteger(accN);
  }
  const l = (accD / gcdNum(accD, xd)) * xd;
  if (l > MAX_DEN) return false;
  accN = accN * (l / accD) + x * (l / xd);
  accD = l;
  return Number.isSafeInteger(accN);
}

/**
 * `pool` (ratio = true) or `total` of the slots' values in a column without allocating: the same
 * sums in the same form (whole sums keep denominator 1). null when a value has BigInt parts or a
 * sum does not stay within the safe integers; the caller then takes the exact path.
 */
export function poolInts(
  col: MetricColumn,
  kinds: Uint8Array,
  slots: readonly number[],
  ratio: boolean,
): IntSum | null {
  const want = ratio ? RATIO : AMOUNT;
  for (const slot of slots) if (kinds[slot] !== want) return null;
  const out: IntSum = { n: 0, nd: 1, d: 1, dd: 1 };
  accN = 0;
  accD = 1;
  for (const slot of slots) if (!addTo(col.nn[slot] as number, col.nd[slot] as number)) return null;
  out.n = accN;
  out.nd = accD;
  if (!ratio) return out;
  accN = 0;
  accD = 1;
  for (const slot of slots) if (!addTo(col.dn[slot] as number, col.dd[slot] as number)) return null;
  out.d = accN;
  out.dd = accD;
  return out;
}
