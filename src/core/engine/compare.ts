// This file compares exact values with thresholds and describes metric values in Russian for
// explanations. For ratios a threshold is in percent (30 = 30 %), so the comparison is
// num/den × 100 against the threshold, cross-multiplied exactly; other metrics compare as measured.
import { cmp, div, type Fraction, HUNDRED, isInteger, mul, toNumber } from '../fraction';
import { formatBool, formatCompact, formatInt, formatPercent, formatPlain, NO_DATA } from '../format';
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

/** «33,3 %», «3,45», «12», «да», «нет данных». */
export function displayValue(v: MetricValue, percent: boolean): string {
  switch (v.kind) {
    case 'ratio':
      return percent ? formatPercent(div(v.num, v.den)) : formatCompact(div(v.num, v.den), 2);
    case 'amount':
      return formatCompact(v.value, 2);
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
