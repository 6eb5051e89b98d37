// Tests the percent → count recovery: exact for every N < 10 000 (property), the worked checks of
// note §7.1 on the real rows, and the largest-remainder repair on large rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalFromNumber, decimalFromText } from '../../../src/core/import/decimal';
import { countsFromPercents, percentMatches, percentSumBroken } from '../../../src/core/import/percent-counts';

const pct = (x: number) => decimalFromNumber(x);

describe('countsFromPercents', () => {
  it('recovers the exact counts for every N < 10 000 from 2-decimal percentages', () => {
    // The file stores p = c × 100 / N rounded half-up to 2 decimals, as a float (12.36, 40, 46.9).
    // Then |p·N/100 − c| ≤ 0.005·N/100 = N/20000 < 0.5, so round(p·N/100) = c.
    const row = fc.integer({ min: 1, max: 9999 }).chain((n) =>
      fc
        .tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }))
        .map(([a, b, c]) => {
          const [x, y, z] = [a, b, c].sort((u, v) => u - v) as [number, number, number];
          return { n, counts: [x, y - x, z - y, n - z] };
        }),
    );
    fc.assert(
      fc.property(row, ({ n, counts }) => {
        // hundredths of a percent, half-up: floor((2·c·10000 + N) / (2N)), stored as the float units/100
        const file = counts.map((c) => Math.floor((2 * c * 10000 + n) / (2 * n)) / 100);
        const got = countsFromPercents(file.map(pct), n);
        expect(got?.counts).toEqual(counts);
        expect(got?.repaired).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('reproduces note §7.1 for the ОО row (N = 89) and the municipality row (N = 3162)', () => {
    // 12.36·0.89 = 11.0004 → 11; 52.81·0.89 = 47.0009 → 47; 26.97·0.89 = 24.0033 → 24; 7.87·0.89 = 7.0043 → 7
    expect(countsFromPercents([12.36, 52.81, 26.97, 7.87].map(pct), 89)).toEqual({
      counts: [11, 47, 24, 7],
      roundedSum: 89,
      repaired: false,
    });
    // 13.57·31.62 = 429.08 → 429; 46.9·31.62 = 1482.98 → 1483; 33.65·31.62 = 1064.01 → 1064; 5.88·31.62 = 185.93 → 186
    expect(countsFromPercents([13.57, 46.9, 33.65, 5.88].map(pct), 3162)?.counts).toEqual([429, 1483, 1064, 186]);
  });

  it('repairs the real region row (N = 30216, rounded sum 30218) by largest remainders', () => {
    // Plain rounding: 13.44·302.16 = 4061.03 → 4061; 44.15·302.16 = 13340.36 → 13340;
    // 36.28·302.16 = 10962.36 → 10962; 6.14·302.16 = 1855.26 → 1855; sum 30218 (+2, note §7.1).
    // Hamilton over Σp = 100.01: quotas 30216·p/100.01 = 4060.62, 13339.03, 10961.27, 1855.08;
    // floors sum 4060 + 13339 + 10961 + 1855 = 30215; the one seat left goes to the largest remainder (.62, «2»).
    expect(countsFromPercents([13.44, 44.15, 36.28, 6.14].map(pct), 30216)).toEqual({
      counts: [4061, 13339, 10961, 1855],
      roundedSum: 30218,
      repaired: true,
    });
  });

  it('repairs a large row where plain rounding gives one too many in a small column', () => {
    // N = 25001, p = 33.33 / 33.33 / 33.33 / 0.01 (Σ 100): rounding gives 8332.83 → 8333 (×3) and
    // 2.5001 → 3, sum 25002. Quotas 8332.8333 (×3) and 2.5001: floors 8332·3 + 2 = 24998, three seats
    // left go to the three remainders .8333 (larger than .5001): 8333, 8333, 8333, 2 = 25001.
    expect(countsFromPercents([33.33, 33.33, 33.33, 0.01].map(pct), 25001)).toEqual({
      counts: [8333, 8333, 8333, 2],
      roundedSum: 25002,
      repaired: true,
    });
  });

  it('returns null when all percentages are 0 but there are participants', () => {
    expect(countsFromPercents([0, 0, 0, 0].map(pct), 5)).toBeNull();
  });
});

describe('percentSumBroken', () => {
  it('accepts rounding (100.01, 99.99) and refuses a damaged row (99.5)', () => {
    expect(percentSumBroken([12.36, 52.81, 26.97, 7.87].map(pct))).toBe(false); // Σ = 100.01
    expect(percentSumBroken([25, 25, 25, 24.99].map(pct))).toBe(false); // Σ = 99.99
    expect(percentSumBroken([25, 25, 25, 24.5].map(pct))).toBe(true); // Σ = 99.5
  });
});

describe('percentMatches (note §7.2)', () => {
  it('checks «Сравнение…» % over the compared pupils, not over «всего»', () => {
    // 11011 / 29586 = 37.2169 % → 37.22 ✓; 11011 / 29589 = 37.2131 % → 37.21, so 37.22 is off by 0.0069 ✗
    expect(percentMatches(pct(37.22), 11011, 29586)).toBe(true);
    expect(percentMatches(pct(37.22), 11011, 29589)).toBe(false);
    // 17951 / 29586 = 60.674 % → 60.67; 624 / 29586 = 2.109 % → 2.11
    expect(percentMatches(pct(60.67), 17951, 29586)).toBe(true);
    expect(percentMatches(pct(2.11), 624, 29586)).toBe(true);
  });
});

describe('decimals', () => {
  it('reads floats and both decimal separators exactly', () => {
    expect(decimalFromNumber(12.36)).toEqual({ units: 1236n, scale: 2 });
    expect(decimalFromNumber(40)).toEqual({ units: 40n, scale: 0 });
    expect(decimalFromText('12,36')).toEqual({ units: 1236n, scale: 2 });
    expect(decimalFromText('1 234')).toEqual({ units: 1234n, scale: 0 });
    expect(decimalFromText('12.3.4')).toBeNull();
  });
});
