// This file holds exact rational arithmetic on BigInt integers. Every threshold comparison in the
// engine goes through it, so «2 из 8 = 25 %» versus «27 %» or «3 из 10» versus «30 %» is decided
// exactly, never by floats near the boundary. Values are plain immutable objects (n/d, d > 0);
// results are not reduced unless `reduce` is called, because comparisons do not need it.

export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Fraction = { n: 0n, d: 1n };
export const ONE: Fraction = { n: 1n, d: 1n };
export const HUNDRED: Fraction = { n: 100n, d: 1n };

/** n/d; throws on a zero denominator (callers check `den === 0` first and report «нет данных»). */
export function frac(n: bigint | number, d: bigint | number = 1n): Fraction {
  const nn = toBig(n);
  const dd = toBig(d);
  if (dd === 0n) throw new RangeError('fraction: zero denominator');
  return dd < 0n ? { n: -nn, d: -dd } : { n: nn, d: dd };
}

function toBig(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`fraction: ${x} is not a safe integer`);
  return BigInt(x);
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
    if (Number.isSafeInteger(x)) return { n: BigInt(x), d: 1n };
  }
  const s = String(x).trim().replace(/\s/g, '');
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return null;
  const exp = Number(m[4] ?? '0') - fracPart.length;
  let n = BigInt((intPart + fracPart).replace(/^0+(?=\d)/, '') || '0');
  if (m[1] === '-') n = -n;
  return exp >= 0 ? { n: n * 10n ** BigInt(exp), d: 1n } : reduce({ n, d: 10n ** BigInt(-exp) });
}

export function add(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return add(a, neg(b));
}

export function neg(a: Fraction): Fraction {
  return { n: -a.n, d: a.d };
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** a / b; throws when b is zero. */
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('fraction: division by zero');
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

/** -1, 0 or 1. */
export function cmp(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function isZero(a: Fraction): boolean {
  return a.n === 0n;
}

export function sign(a: Fraction): -1 | 0 | 1 {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function reduce(a: Fraction): Fraction {
  const g = gcd(a.n, a.d);
  return g <= 1n ? a : { n: a.n / g, d: a.d / g };
}

/** Nearest double; for display and for writing numbers to cells, never for comparisons. */
export function toNumber(a: Fraction): number {
  const r = reduce(a);
  return Number(r.n) / Number(r.d);
}

/**
 * The value rounded half away from zero to `digits` decimals, as an exact digit string with a
 * dot ("33.3", "-0.5", "12.50"): the only place rounding happens.
 */
export function toFixed(a: Fraction, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const negative = a.n < 0n;
  const absN = negative ? -a.n : a.n;
  const scaled = absN * scale;
  let q = scaled / a.d;
  if ((scaled % a.d) * 2n >= a.d) q += 1n;
  let s = q.toString();
  if (digits > 0) {
    s = s.padStart(digits + 1, '0');
    s = `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  }
  return negative && q !== 0n ? `-${s}` : s;
}

/** Safe-integer numerator and denominator of the reduced fraction, or null if either is too big. */
export function toSafePair(a: Fraction): { num: number; den: number } | null {
  const r = reduce(a);
  const num = Number(r.n);
  const den = Number(r.d);
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) ? { num, den } : null;
}
