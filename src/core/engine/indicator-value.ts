// This file turns a metric value into the IndicatorValue the report shows: the value in display units
// (percent for «%»), its exact parts, the Russian display and the attainment of the year's target.
// Values whose parts are safe integers are built from the numbers directly (the common case, and
// the same result as the exact path); the rest go through fraction.ts. Attainment: attainment.ts.
import { div, type Fraction, gcdNum, HUNDRED, isInteger, mul, ONE, toNumber, toSafePair } from '../fraction';
import { formatBool, formatCompact, formatCompactOf, formatPercent, formatPercentOf, NO_DATA } from '../format';
import { attainmentOf, attainmentOfInts, boolAttainment, type Judge, missingAttainment } from './attainment';
import { AMOUNT, type MetricColumn, type MetricValue, NO, NONE, RATIO, valueAt, YES } from './metric';
import type { Attainment, IndicatorValue } from './types';

export function noData(why: string, att: Attainment): IndicatorValue {
  return { value: null, num: null, den: null, bool: null, display: NO_DATA, attainment: att, reason: why };
}

// ---- the exact path -----------------------------------------------------------------------------

/** Exact parts for JSON: raw integer sums when they are integers, else the reduced value. */
function parts(num: Fraction, den: Fraction): { num: number | null; den: number | null } {
  if (isInteger(num) && isInteger(den) && typeof num.n === 'number' && typeof den.n === 'number')
    return { num: num.n, den: den.n };
  const p = toSafePair(div(num, den));
  return p ?? { num: null, den: null };
}

/** `judge`: compare with the year's target (else attainment is 'noTarget'). */
export function fromFraction(j: Judge, f: Fraction, num: Fraction, den: Fraction, judge = true): IndicatorValue {
  const u = j.percent ? mul(f, HUNDRED) : f;
  const p = parts(num, den);
  return {
    value: toNumber(u),
    num: p.num,
    den: p.den,
    bool: null,
    display: j.percent ? formatPercent(f) : formatCompact(f, 2),
    attainment: judge ? attainmentOf(j, u) : 'noTarget',
  };
}

export function fromMetric(j: Judge, v: MetricValue, judge = true): IndicatorValue {
  switch (v.kind) {
    case 'ratio':
      return fromFraction(j, div(v.num, v.den), v.num, v.den, judge);
    case 'amount':
      return fromFraction(j, v.value, v.value, ONE, judge);
    case 'bool':
      return boolValue(j, v.value, judge);
    case 'none':
      return noData(v.reason, judge ? missingAttainment(j) : 'noTarget');
  }
}

export function boolValue(j: Judge, b: boolean, judge: boolean): IndicatorValue {
  return {
    value: null,
    num: null,
    den: null,
    bool: b,
    display: formatBool(b),
    attainment: judge ? boolAttainment(j, b) : 'noTarget',
  };
}

// ---- the integer path ---------------------------------------------------------------------------

/** The fields of the value being built (filled by `ratioFields`, which does not re-enter itself). */
const F = {
  value: null as number | null,
  num: null as number | null,
  den: null as number | null,
  bool: null as boolean | null,
  display: NO_DATA,
  attainment: 'noTarget' as Attainment,
  reason: undefined as string | undefined,
};

/**
 * Fills F with (nn/nd) / (dn/dd) as an indicator value; false when a product leaves the safe
 * integers (the caller then takes the exact path). Whole sums are shown as they are (9 из 27),
 * other values as the reduced fraction.
 */
function ratioFields(j: Judge, nn: number, nd: number, dn: number, dd: number, judge: boolean): boolean {
  let fn = nn * dd;
  let fd = nd * dn;
  if (!Number.isSafeInteger(fn) || !Number.isSafeInteger(fd)) return false;
  if (fd < 0) {
    fn = -fn;
    fd = -fd;
  }
  const un = j.percent ? fn * 100 : fn;
  if (!Number.isSafeInteger(un)) return false;
  if (nd !== 1 || dd !== 1) {
    const g = gcdNum(fn, fd);
    F.num = fn / g;
    F.den = fd / g;
  } else {
    F.num = nn;
    F.den = dn;
  }
  F.value = un / fd;
  F.bool = null;
  F.display = j.percent ? formatPercentOf(fn, fd) : formatCompactOf(fn, fd);
  F.attainment = judge ? attainmentOfInts(j, un, fd) : 'noTarget';
  F.reason = undefined;
  return true;
}

/** (nn/nd) / (dn/dd) as a municipal value, or null when not within the safe integers. */
export function ratioValue(
  j: Judge,
  nn: number,
  nd: number,
  dn: number,
  dd: number,
  judge: boolean,
): IndicatorValue | null {
  if (!ratioFields(j, nn, nd, dn, dd, judge)) return null;
  return { value: F.value, num: F.num, den: F.den, bool: null, display: F.display, attainment: F.attainment };
}

function fromValue(v: IndicatorValue): void {
  F.value = v.value;
  F.num = v.num;
  F.den = v.den;
  F.bool = v.bool;
  F.display = v.display;
  F.attainment = v.attainment;
  F.reason = v.reason;
}

/** A school's value with its scope (and, for school shares, whether it meets the condition). */
function schoolLiteral(inScope: boolean, meets: boolean | null | undefined): SchoolIndicatorValue {
  const { value, num, den, bool, display, attainment, reason } = F;
  if (reason === undefined) {
    return meets === undefined
      ? { value, num, den, bool, display, attainment, inScope }
      : { value, num, den, bool, display, attainment, inScope, meets };
  }
  return meets === undefined
    ? { value, num, den, bool, display, attainment, reason, inScope }
    : { value, num, den, bool, display, attainment, reason, inScope, meets };
}

export type SchoolIndicatorValue = IndicatorValue & { inScope: boolean };

/**
 * The school's value in a metric column (`kind` as read, NONE with `why` for a value not used).
 * `meets`: undefined unless the indicator is a share of schools.
 */
export function schoolValue(
  j: Judge,
  col: MetricColumn,
  slot: number,
  kind: number,
  why: string | null,
  judge: boolean,
  inScope: boolean,
  over100: boolean,
  meets: boolean | null | undefined,
): SchoolIndicatorValue {
  let done = false;
  if (why !== null) {
    fromValue(noData(why, judge ? missingAttainment(j) : 'noTarget'));
    done = true;
  } else if (kind === RATIO || kind === AMOUNT) {
    const amount = kind === AMOUNT;
    const nn = col.nn[slot] as number;
    const nd = col.nd[slot] as number;
    done = ratioFields(j, nn, nd, amount ? 1 : (col.dn[slot] as number), amount ? 1 : (col.dd[slot] as number), judge);
  } else if (kind === YES || kind === NO) {
    fromValue(boolValue(j, kind === YES, judge));
    done = true;
  } else if (kind === NONE) {
    fromValue(noData(col.reason.get(slot) as string, judge ? missingAttainment(j) : 'noTarget'));
    done = true;
  }
  if (!done) fromValue(fromMetric(j, valueAt(col, slot, kind), judge));
  if (!over100) return schoolLiteral(inScope, meets);
  const sv = schoolLiteral(inScope, undefined);
  sv.over100 = true;
  if (meets !== undefined) sv.meets = meets;
  return sv;
}
