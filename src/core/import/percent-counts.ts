// This file turns a row's percentages of «2»..«5» back into counts: count = round(p × N / 100), halves up,
// on exact decimals. With 2-decimal percentages each p is within ±0.005 of the truth, so the count is off
// by at most N/20000 < 0.5 and the recovery is exact for N < 10 000 (note §6.3). Larger rows may not sum
// to N (the real region row gives 30218 for 30216); they are repaired by the largest-remainder method.
import { divRoundHalfUp, pow10, rescale, type Decimal } from './decimal';

export interface PercentCounts {
  counts: number[];
  /** Sum of the plainly rounded counts (differs from N when repaired). */
  roundedSum: number;
  repaired: boolean;
}

function commonScale(ps: readonly Decimal[]): number {
  return ps.reduce((s, p) => Math.max(s, p.scale), 0);
}

export function countFromPercent(p: Decimal, n: number): number {
  return Number(divRoundHalfUp(p.units * BigInt(n), 100n * pow10(p.scale)));
}

/**
 * Counts for percentages that should cover all `n` participants. When the rounded counts miss n, the
 * seats are re-apportioned (Hamilton): quota_k = n × p_k / Σp, floors first, then one more to the largest
 * remainders (ties: the earlier column). Returns null when every p is 0 but n > 0 (nothing to apportion).
 */
export function countsFromPercents(percents: readonly Decimal[], n: number): PercentCounts | null {
  const rounded = percents.map((p) => countFromPercent(p, n));
  const roundedSum = rounded.reduce((a, b) => a + b, 0);
  if (roundedSum === n) return { counts: rounded, roundedSum, repaired: false };
  const scale = commonScale(percents);
  const weights = percents.map((p) => rescale(p, scale));
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) return null;
  const N = BigInt(n);
  const floors = weights.map((w) => (w * N) / total);
  const remainders = weights.map((w) => (w * N) % total);
  let left = N - floors.reduce((a, b) => a + b, 0n);
  const order = remainders.map((r, i) => ({ r, i })).sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return { counts: floors.map(Number), roundedSum, repaired: true };
}

/**
 * Whether the percentages of one row miss 100 by more than rounding can explain: four values rounded
 * to one decimal are off by at most 4 × 0.05 = 0.2 (two decimals: 0.02; the real ОО row sums to 100.01).
 */
export function percentSumBroken(percents: readonly Decimal[]): boolean {
  const scale = Math.max(1, commonScale(percents));
  const sum = percents.reduce((a, p) => a + rescale(p, scale), 0n);
  const diff = sum > 100n * pow10(scale) ? sum - 100n * pow10(scale) : 100n * pow10(scale) - sum;
  return diff * 10n > 2n * pow10(scale);
}

export function percentSum(percents: readonly Decimal[]): Decimal {
  const scale = commonScale(percents);
  return { units: percents.reduce((a, p) => a + rescale(p, scale), 0n), scale };
}

/**
 * Whether a given percentage matches count / of × 100 within the files' 2-decimal rounding:
 * |p − 100c/of| ≤ 0.005 ⇔ |200·U·of − 20000·c·10^d| ≤ of·10^d for p = U × 10^-d, all in integers.
 */
export function percentMatches(p: Decimal, count: number, of: number): boolean {
  const scale = Math.max(2, p.scale);
  const u = rescale(p, scale);
  const lhs = 200n * u * BigInt(of) - 20000n * BigInt(count) * pow10(scale);
  return (lhs < 0n ? -lhs : lhs) <= BigInt(of) * pow10(scale);
}
