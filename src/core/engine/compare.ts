// This file compares exact values with thresholds and describes metric values in Russian for
// explanations. For ratios a threshold is in percent (30 = 30 %), so the comparison is
// num/den × 100 against the threshold, cross-multiplied exactly; other metrics compare as measured.
import { cmp, div, type Fraction, HUNDRED, isInteger, mul, ONE, toNumber } from '../fraction';
import {
  formatBool,
  formatCompact,
  formatCompactOf,
  formatInt,
  formatPercent,
  formatPercentOf,
  formatPlain,
  NO_DATA,
} from '../format';
import type { Metric, Op } from '../program';
import { ruleText } from '../text/rules';
import type { MetricValue } from './metric';

export function holds(op: Op, c: -1 | 0 | 1): boolean {
  switch (op) {
    case 'gte':
      return c >= 0;
    case 'gt':
      return c > 0;
    case 'lte':
      return c <= 0;
    case 'lt':
      return c < 0;
    case 'eq':
      return c === 0;
  }
}

export function compare(a: Fraction, op: Op, b: Fraction): boolean {
  return holds(op, cmp(a, b));
}

/** Whether a metric is read in percent in rules (ratio) or as measured (value, weightedMean). */
export function isPercent(metric: Metric): boolean {
  return metric.kind === 'ratio';
}

/** The value in rule/display units (×100 for percent), or null for no data / yes-no. */
export function inUnits(v: MetricValue, percent: boolean): Fraction | null {
  if (v.kind === 'ratio') {
    const r = div(v.num, v.den);
    return percent ? mul(r, HUNDRED) : r;
  }
  if (v.kind === 'amount') return v.value;
  return null;
}

/** num/den shown as a percent or a compact number (the cached formats when the parts are safe). */
function showRatio(num: Fraction, den: Fraction, percent: boolean): string {
  if (
    typeof num.n === 'number' &&
    typeof num.d === 'number' &&
    typeof den.n === 'number' &&
    typeof den.d === 'number'
  ) {
    let n = num.n * den.d;
    let d = num.d * den.n;
    if (d < 0) {
      n = -n;
      d = -d;
    }
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d))
      return percent ? formatPercentOf(n, d) : formatCompactOf(n, d);
  }
  const f = div(num, den);
  return percent ? formatPercent(f) : formatCompact(f, 2);
}

/** «33,3 %», «3,45», «12», «да», «нет данных». */
export function displayValue(v: MetricValue, percent: boolean): string {
  switch (v.kind) {
    case 'ratio':
      return showRatio(v.num, v.den, percent);
    case 'amount':
      return showRatio(v.value, ONE, false);
    case 'bool':
      return formatBool(v.value);
    case 'none':
      return NO_DATA;
  }
}

/** «9 из 27 (33,3 %)» for counted percent ratios, else the plain display. */
export function describeValue(v: MetricValue, percent: boolean): string {
  if (v.kind === 'ratio' && percent && isInteger(v.num) && isInteger(v.den)) {
    return ruleText.countOf(formatInt(toNumber(v.num)), formatInt(toNumber(v.den)), displayValue(v, true));
  }
  return v.kind === 'none' ? `${NO_DATA} (${v.reason})` : displayValue(v, percent);
}

/** A threshold as the user wrote it: «30 %», «3,5». */
export function displayThreshold(value: number, percent: boolean): string {
  return percent ? `${formatPlain(value)} %` : formatPlain(value);
}
