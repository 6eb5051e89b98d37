// This file evaluates the dynamics rule: the change of a metric from the previous year (Y-1) or from
// the base year (default: the year before the program starts, years.from − 1) to the reporting year.
// Dynamics is positive when the change is in the better direction, strictly greater than 0 and at
// least `minChange` (percentage points for ratios). The rule flags when dynamics is not positive
// (flagWhen 'notPositive', the usual reading) or when it is (flagWhen 'positive', for shares of
// schools «достигших положительной динамики»).
import { cmp, type Fraction, fromDecimal, neg, sign, sub, toNumber } from '../../fraction';
import { formatCompact, formatPlain } from '../../format';
import type { Program, RuleKind } from '../../program';
import { ruleText } from '../../text/rules';
import { displayValue, inUnits, isPercent } from '../compare';
import { compiled, type Ctx } from '../context';
import { evaluateMetric } from '../metric';
import type { YearValue } from '../types';
import type { Verdict } from './verdict';

export type DynamicsKind = Extract<RuleKind, { type: 'dynamics' }>;

function minChangeOf(_ctx: Ctx, m: DynamicsKind['minChange']): Fraction | null {
  return fromDecimal(m.value);
}

export function fromYearOf(kind: DynamicsKind, program: Program, year: number): number {
  return kind.compareTo === 'previousYear' ? year - 1 : (kind.baselineYear ?? program.years.from - 1);
}

/** Positive dynamics from `a` to `b`: strictly better in `direction` and by at least `min`. */
export function isPositive(a: Fraction, b: Fraction, direction: 'up' | 'down', min: Fraction): boolean {
  const gain = direction === 'up' ? sub(b, a) : neg(sub(b, a));
  return sign(gain) > 0 && cmp(gain, min) >= 0;
}

function numberOf(f: Fraction | null): number | null {
  return f === null ? null : toNumber(f);
}

function signed(change: Fraction, percent: boolean): string {
  const s = formatCompact(change, percent ? 1 : 2);
  const text = sign(change) > 0 ? `+${s}` : s.replace('-', '−');
  return ruleText.change(text, percent ? ruleText.percentPoints : '');
}

export function evaluateDynamics(
  ctx: Ctx,
  kind: DynamicsKind,
  slot: number,
  year: number,
  owner: string,
  word: boolean,
): Verdict {
  const fromYear = fromYearOf(kind, ctx.program, year);
  const percent = isPercent(kind.metric);
  const a = evaluateMetric(ctx, kind.metric, slot, fromYear, owner);
  const b = evaluateMetric(ctx, kind.metric, slot, year, owner);
  const fa = inUnits(a, percent);
  const fb = inUnits(b, percent);
  const min = compiled(ctx, kind.minChange, minChangeOf);
  if (!word) {
    if (fa === null || fb === null || min === null)
      return { status: 'noData', flagged: null, explanation: '', details: null };
    const positive = isPositive(fa, fb, kind.direction, min);
    const flagged = kind.flagWhen === 'positive' ? positive : !positive;
    return { status: flagged ? 'flagged' : 'clear', flagged, explanation: '', details: null };
  }
  const from: YearValue = { year: fromYear, value: numberOf(fa), display: displayValue(a, percent), met: null };
  const to: YearValue = { year, value: numberOf(fb), display: displayValue(b, percent), met: null };
  if (fa === null || fb === null || min === null) {
    return {
      status: 'noData',
      flagged: null,
      explanation: ruleText.dynamicsNoData(fromYear, year, from.display, to.display),
      details: { type: 'dynamics', fromYear, toYear: year, from, to, change: null, positive: null },
    };
  }
  const positive = isPositive(fa, fb, kind.direction, min);
  const change = signed(sub(fb, fa), percent);
  const flagged = kind.flagWhen === 'positive' ? positive : !positive;
  const minText =
    kind.minChange.value > 0 ? `${formatPlain(kind.minChange.value)}${percent ? ruleText.percentPoints : ''}` : null;
  return {
    status: flagged ? 'flagged' : 'clear',
    flagged,
    explanation: ruleText.dynamicsText(fromYear, year, from.display, to.display, change, positive, minText),
    details: { type: 'dynamics', fromYear, toYear: year, from, to, change, positive },
  };
}
