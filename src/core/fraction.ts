// This file holds exact rational arithmetic. Every threshold comparison in the engine goes through
// it, so «2 из 8 = 25 %» versus «27 %» or «3 из 10» versus «30 %» is decided exactly, never by floats
// near the boundary. Numerator and denominator are safe integers (JS numbers) in the common case and
// switch to BigInt only when a result would not fit, so the arithmetic stays exact for any input and
// fast for counts. Values are plain immutable objects with d > 0.

export type Int = number | bigint;

export interface Fraction {
  readonly n: Int;
  readonly d: Int;
}

export const ZERO: Fraction = { n: 0, d: 1 };
export const ONE: Fraction = { n: 1, d: 1 };
export const HUNDRED: Fraction = { n: 100, d: 1 };

const safe = Number.isSafeInteger;

function big(x: Int): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcdBig(a: bigint, b: bigint): bigint {
  let x = absBig(a);
  let y = absBig(b);
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Greatest common divisor of two safe integers (non-negative). */
export function gcdNum(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Normalises a BigInt pair: sign on the numerator, reduced, back to numbers when they fit. */
function fromBig(n: bigint, d: bigint): Fraction {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  let nn = Number(n);
  let dd = Number(d);
  if (safe(nn) && safe(dd)) return { n: nn, d: dd };
  const g = gcdBig(n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  nn = Number(n);
  dd = Number(d);
  return safe(nn) && safe(dd) ? { n: nn, d: dd } : { n, d };
}

/** Keeps number denominators small by reducing once they grow. */
function tidy(n: number, d: number): Fraction {
  if (d > 1_000_000) {
    const g = gcdNum(n, d);
    if (g > 1) return { n: n / g, d: d / g };
  }
  return { n, d };
}

// Shared objects for small whole numbers (counts), so summing counts allocates nothing.
const SMALL: Fraction[] = Array.from({ length: 4096 }, (_, i) => ({ n: i, d: 1 }));

/** n/d; throws on a zero denominator (callers check the denominator first and report «нет данных»). */
export function frac(n: Int, d: Int = 1): Fraction {
  if (typeof n === 'number' && typeof d === 'number') {
    if (d === 1 && n >= 0 && n < 4096 && Number.isInteger(n)) return SMALL[n] as Fraction;
    if (!safe(n) || !safe(d)) throw new RangeError(`fraction: ${n}/${d} is not a ratio of safe integers`);
    if (d === 0) throw new RangeError('fraction: zero denominator');
    return d < 0 ? { n: -n, d: -d } : { n, d };
  }
  if (big(d) === 0n) throw new RangeError('fraction: zero denominator');
  return fromBig(big(n), big(d));
}

const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * The exact value of a decimal written as a string («33,3», "0.64", "1e-3") or of a JS number
 * (read through its shortest round-trip decimal form, so 0.1 is 1/10, not the binary double).
 * Returns null for anything that is not a finite decimal.
 */
export function fromDecimal(x: number | string): Fraction | null {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return null;
    if (safe(x)) return { n: x, d: 1 };
    // fast path: the fewest decimals k whose rounding round-trips to x is exactly the shortest
    // decimal form String(x) would give, so y / 10^k is that decimal
    for (let k = 1, p = 10; k <= 8; k++, p *= 10) {
      const y = Math.round(x * p);
      if (safe(y) && y / p === x) {
        const g = gcdNum(y, p);
        return { n: y / g, d: p / g };
      }
    }
  }
  const s = String(x).trim().replace(/\s/g, '');
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return null;
  const exp = Number(m[4] ?? '0') - fracPart.length;
  let n = BigInt(`${intPart}${fracPart}` || '0');
  if (m[1] === '-') n = -n;
  return exp >= 0 ? fromBig(n * 10n ** BigInt(exp), 1n) : fromBig(n, 10n ** BigInt(-exp));
}

export function add(a: Fraction, b: Fraction): Fraction {
  if (typeof a.n === 'number' && typeof a.d === 'number' && typeof b.n === 'number' && typeof b.d === 'number') {
    if (a.d === b.d) {
      const n = a.n + b.n;
      if (safe(n)) return { n, d: a.d };
    } else {
      // over the least common denominator, so sums of many fractions stay small
      const g = gcdNum(a.d, b.d);
      const l = a.n * (b.d / g);
      const r = b.n * (a.d / g);
      const n = l + r;
      const d = (a.d / g) * b.d;
      if (safe(l) && safe(r) && safe(n) && safe(d)) return tidy(n, d);
    }
  }
  const ad = big(a.d);
  const bd = big(b.d);
  const g = gcdBig(ad, bd);
  return fromBig(big(a.n) * (bd / g) + big(b.n) * (ad / g), (ad / g) * bd);
}

/** Σ of many fractions: numerators summed per denominator first, then the few distinct denominators. */
export function sum(items: readonly Fraction[]): Fraction {
  const byDen = new Map<Int, Fraction>();
  for (const f of items) {
    const prev = byDen.get(f.d);
    byDen.set(f.d, prev ? add(prev, f) : f);
  }
  let s: Fraction = ZERO;
  for (const f of byDen.values()) s = add(s, f);
  return s;
}

export function neg(a: Fraction): Fraction {
  return { n: -a.n, d: a.d };
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return add(a, neg(b));
}

export function mul(a: Fraction, b: Fraction): Fraction {
  if (typeof a.n === 'number' && typeof a.d === 'number' && typeof b.n === 'number' && typeof b.d === 'number') {
    const n = a.n * b.n;
    const d = a.d * b.d;
    if (safe(n) && safe(d)) return tidy(n, d);
  }
  return fromBig(big(a.n) * big(b.n), big(a.d) * big(b.d));
}

/** a / b; throws when b is zero. */
export function div(a: Fraction, b: Fraction): Fraction {
  if (isZero(b)) throw new RangeError('fraction: division by zero');
  if (typeof a.n === 'number' && typeof a.d === 'number' && typeof b.n === 'number' && typeof b.d === 'number') {
    let n = a.n * b.d;
    let d = a.d * b.n;
    if (safe(n) && safe(d)) {
      if (d < 0) {
        n = -n;
        d = -d;
      }
      return tidy(n, d);
    }
  }
  return fromBig(big(a.n) * big(b.d), big(a.d) * big(b.n));
}

/** -1, 0 or 1. */
export function cmp(a: Fraction, b: Fraction): -1 | 0 | 1 {
  if (typeof a.n === 'number' && typeof a.d === 'number' && typeof b.n === 'number' && typeof b.d === 'number') {
    const l = a.n * b.d;
    const r = b.n * a.d;
    if (safe(l) && safe(r)) return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = big(a.n) * big(b.d);
  const r = big(b.n) * big(a.d);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a/b against c/d for safe integers with b, d > 0, exactly (BigInt only when a product is not safe). */
export function cmpRatio(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
  const l = a * d;
  const r = c * b;
  if (safe(l) && safe(r)) return l < r ? -1 : l > r ? 1 : 0;
  const bl = BigInt(a) * BigInt(d);
  const br = BigInt(c) * BigInt(b);
  return bl < br ? -1 : bl > br ? 1 : 0;
}

export function isZero(a: Fraction): boolean {
  return a.n === 0 || a.n === 0n;
}

export function sign(a: Fraction): -1 | 0 | 1 {
  return a.n < 0 ? -1 : a.n > 0 ? 1 : 0;
}

export function isInteger(a: Fraction): boolean {
  return a.d === 1 || a.d === 1n;
}

export function reduce(a: Fraction): Fraction {
  if (typeof a.n === 'number' && typeof a.d === 'number') {
    const g = gcdNum(a.n, a.d);
    return g <= 1 ? a : { n: a.n / g, d: a.d / g };
  }
  return fromBig(big(a.n), big(a.d));
}

/** Nearest double; for display and for writing numbers to cells, never for comparisons. */
export function toNumber(a: Fraction): number {
  if (typeof a.n === 'number' && typeof a.d === 'number') return a.n / a.d;
  const r = reduce(a);
  return Number(r.n) / Number(r.d);
}

/**
 * |n/d| × 10^digits rounded half away from zero, for safe integers with d > 0; −1 when that does
 * not stay within the safe integers (callers then take the BigInt path).
 */
export function roundedDigits(n: number, d: number, digits: number): number {
  const scaled = Math.abs(n) * 10 ** digits;
  if (!safe(scaled) || !safe(scaled + d)) return -1;
  let q = Math.floor(scaled / d);
  let r = scaled - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return r * 2 >= d ? q + 1 : q;
}

/**
 * The value rounded half away from zero to `digits` decimals, as an exact digit string with a
 * dot ("33.3", "-0.5", "12.50"): the only place rounding happens.
 */
export function toFixed(a: Fraction, digits: number): string {
  const negative = a.n < 0;
  let q: Int | null = null;
  if (typeof a.n === 'number' && typeof a.d === 'number') {
    const r = roundedDigits(a.n, a.d, digits);
    if (r >= 0) q = r;
  }
  if (q === null) {
    const n = big(a.n);
    const d = big(a.d);
    const scaled = absBig(n) * 10n ** BigInt(digits);
    let qq = scaled / d;
    if ((scaled % d) * 2n >= d) qq += 1n;
    q = qq;
  }
  let s = q.toString();
  if (digits > 0) {
    if (s.length <= digits) s = '0'.repeat(digits + 1 - s.length) + s;
    s = `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  }
  return negative && q !== 0 && q !== 0n ? `-${s}` : s;
}

/** Safe-integer numerator and denominator of the reduced fraction, or null if either is too big. */
export function toSafePair(a: Fraction): { num: number; den: number } | null {
  const r = reduce(a);
  return typeof r.n === 'number' && typeof r.d === 'number' ? { num: r.n, den: r.d } : null;
}
