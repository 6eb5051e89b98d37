import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  cmp,
  cmpRatio,
  div,
  frac,
  fromDecimal,
  gcdNum,
  isInteger,
  mul,
  reduce,
  roundedDigits,
  sign,
  sub,
  sum,
  toFixed,
  toNumber,
  toSafePair,
} from '../../src/core/fraction';

const big = (n: bigint | number): bigint => BigInt(n);
/** Exact value of a fraction as a BigInt pair reduced, for comparing results. */
const pair = (f: { n: number | bigint; d: number | bigint }): [bigint, bigint] => {
  const r = reduce(f);
  return [big(r.n), big(r.d)];
};

describe('fromDecimal', () => {
  it.each([
    ['33,3', 333n, 10n],
    ['0.64', 16n, 25n], // 64/100 = 16/25
    ['30', 30n, 1n],
    ['-2.5', -5n, 2n],
    ['1e-3', 1n, 1000n],
    ['2.50', 5n, 2n],
    [' 12 ', 12n, 1n],
  ])('reads the string %s exactly', (s, n, d) => {
    const f = fromDecimal(s);
    expect(f && pair(f)).toEqual([n, d]);
  });

  it('reads a JS number through its shortest decimal form: 0.1 is 1/10, 0.30000000000000004 is not 3/10', () => {
    expect(pair(fromDecimal(0.1) ?? frac(0))).toEqual([1n, 10n]);
    expect(pair(fromDecimal(27.5) ?? frac(0))).toEqual([55n, 2n]);
    const f = fromDecimal(0.1 + 0.2);
    expect(f && cmp(f, frac(3, 10))).toBe(1);
  });

  it.each([['abc'], [''], ['1.2.3'], ['--1']])('returns null for %j', (s) => {
    expect(fromDecimal(s)).toBeNull();
  });

  it('returns null for NaN and Infinity', () => {
    expect(fromDecimal(Number.NaN)).toBeNull();
    expect(fromDecimal(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('agrees with the string path for any double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (x) => {
        const a = fromDecimal(x);
        const b = fromDecimal(String(x));
        return a !== null && b !== null && cmp(a, b) === 0;
      }),
    );
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, multiplies and divides exactly', () => {
    // 1/3 + 1/6 = 2/6 + 1/6 = 1/2
    expect(pair(add(frac(1, 3), frac(1, 6)))).toEqual([1n, 2n]);
    // 1/2 − 3/4 = −1/4
    expect(pair(sub(frac(1, 2), frac(3, 4)))).toEqual([-1n, 4n]);
    // 2/3 × 9/4 = 18/12 = 3/2
    expect(pair(mul(frac(2, 3), frac(9, 4)))).toEqual([3n, 2n]);
    // (1/2) ÷ (−1/4) = −2
    expect(pair(div(frac(1, 2), frac(-1, 4)))).toEqual([-2n, 1n]);
  });

  it('throws on a zero denominator and on division by zero', () => {
    expect(() => frac(1, 0)).toThrow(RangeError);
    expect(() => div(frac(1), frac(0))).toThrow(RangeError);
  });

  it('stays exact beyond safe integers (switches to BigInt)', () => {
    const huge = frac(Number.MAX_SAFE_INTEGER);
    // (2^53 − 1) × (2^53 − 1) = 2^106 − 2^54 + 1
    const sq = mul(huge, huge);
    expect(big(sq.n)).toBe((2n ** 53n - 1n) ** 2n);
    expect(isInteger(sq)).toBe(true);
    // and comes back to numbers when the result fits: sq / huge = huge
    expect(div(sq, huge)).toEqual({ n: Number.MAX_SAFE_INTEGER, d: 1 });
    // 1/(2^53−1) + 1/(2^53−2): denominators multiply past 2^53, the sum is still exact
    const s = add(frac(1, Number.MAX_SAFE_INTEGER), frac(1, Number.MAX_SAFE_INTEGER - 1));
    const a = 2n ** 53n - 1n;
    const b = 2n ** 53n - 2n;
    expect(big(s.n) * (a * b)).toBe((a + b) * big(s.d));
  });

  it('sums many fractions to the same value as pairwise addition', () => {
    // 1/2 + 1/3 + 1/6 + 1/2 = 3/2
    expect(pair(sum([frac(1, 2), frac(1, 3), frac(1, 6), frac(1, 2)]))).toEqual([3n, 2n]);
    expect(pair(sum([]))).toEqual([0n, 1n]);
  });

  it('compares by cross-multiplication: 2/8 < 27/100, 3/10 = 30/100, 301/1000 > 30/100', () => {
    expect(cmp(frac(2, 8), frac(27, 100))).toBe(-1); // 200 < 216
    expect(cmp(frac(3, 10), frac(30, 100))).toBe(0); // 300 = 300
    expect(cmp(frac(301, 1000), frac(30, 100))).toBe(1); // 30100 > 30000
    expect(sign(frac(-1, 3))).toBe(-1);
  });

  it('compare agrees with BigInt cross-multiplication (property)', () => {
    const int = fc.integer({ min: -1_000_000, max: 1_000_000 });
    const pos = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(int, pos, int, pos, (a, b, c, d) => {
        const l = big(a) * big(d);
        const r = big(c) * big(b);
        return cmp(frac(a, b), frac(c, d)) === (l < r ? -1 : l > r ? 1 : 0);
      }),
    );
  });

  it('addition is commutative and associative (property)', () => {
    const f = fc
      .tuple(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }))
      .map(([n, d]) => frac(n, d));
    fc.assert(
      fc.property(
        f,
        f,
        f,
        (a, b, c) => cmp(add(a, b), add(b, a)) === 0 && cmp(add(add(a, b), c), add(a, add(b, c))) === 0,
      ),
    );
  });
});

describe('toFixed (the only rounding)', () => {
  it.each([
    [1, 3, 1, '0.3'],
    [2, 3, 1, '0.7'],
    [1, 8, 2, '0.13'], // 0.125 → half away from zero
    [-1, 8, 2, '-0.13'],
    [1, 20, 1, '0.1'], // 0.05
    [25, 2, 2, '12.50'],
    [-1, 100, 1, '0.0'], // −0.01 rounds to zero without a sign
    [1234567, 1, 0, '1234567'],
  ])('%i/%i to %i decimals is %s', (n, d, digits, out) => {
    expect(toFixed(frac(n, d), digits)).toBe(out);
  });

  it('rounds the exact value, not the double: 0.285 (= 57/200) to 2 decimals is 0.29', () => {
    // the double 0.285 is 0.28499999999999998…, Math.round(0.285 * 100) / 100 gives 0.28
    expect(toFixed(fromDecimal('0.285') ?? frac(0), 2)).toBe('0.29');
  });

  it('agrees with BigInt rounding for big numerators', () => {
    const f = frac(2n ** 80n + 1n, 3n);
    // (2^80 + 1) / 3 = 402975273216291708382549.666… → …549.7
    expect(toFixed(f, 1)).toBe(`${(2n ** 80n + 1n) / 3n}.7`);
  });
});

describe('conversions', () => {
  it('toNumber and toSafePair', () => {
    expect(toNumber(frac(1, 4))).toBe(0.25);
    expect(toSafePair(frac(9, 27))).toEqual({ num: 1, den: 3 });
    expect(toSafePair(frac(2n ** 80n, 3n))).toBeNull();
  });
});

describe('integer helpers of the engine', () => {
  it('cmpRatio compares a/b with c/d exactly: 2/8 < 27/100, 3/10 = 30/100, and past 2^53', () => {
    // 2·100 = 200 < 27·8 = 216; 3·100 = 300 = 30·10
    expect(cmpRatio(2, 8, 27, 100)).toBe(-1);
    expect(cmpRatio(3, 10, 30, 100)).toBe(0);
    // (2^53 − 1)/3 > (2^53 − 2)/3: the products pass 2^53 and BigInt decides
    expect(cmpRatio(2 ** 53 - 1, 3, 2 ** 53 - 2, 3)).toBe(1);
  });

  it('cmpRatio agrees with cmp (property)', () => {
    const int = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    const pos = fc.integer({ min: 1, max: 2 ** 40 });
    fc.assert(
      fc.property(int, pos, int, pos, (a, b, c, d) => {
        expect(cmpRatio(a, b, c, d)).toBe(cmp(frac(a, b), frac(c, d)));
      }),
    );
  });

  it('roundedDigits rounds |n/d|·10^k half away from zero', () => {
    // 1/3·1000 = 333,3 → 333; 1/8·100 = 12,5 → 13; |−5/8|·100 = 62,5 → 63
    expect(roundedDigits(1, 3, 3)).toBe(333);
    expect(roundedDigits(1, 8, 2)).toBe(13);
    expect(roundedDigits(-5, 8, 2)).toBe(63);
    // 2^52·100 passes 2^53: −1, the caller takes the BigInt path
    expect(roundedDigits(2 ** 52, 3, 2)).toBe(-1);
  });

  it('gcdNum', () => {
    expect(gcdNum(12, 18)).toBe(6);
    expect(gcdNum(-12, 18)).toBe(6);
    expect(gcdNum(0, 5)).toBe(5);
  });
});
