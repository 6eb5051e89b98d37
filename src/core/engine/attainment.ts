// This file decides target attainment for a year: achieved / not achieved / no data / no target.
// The comparison is the indicator's («не менее» ≥, «не более» ≤); where the seed gives none it
// follows the direction (higher is better → ≥). It is exact: 2 of 8 schools = 25 % does not meet
// 27 % (seed 004 L165, 7.2–7.7 for 2023), whatever the rounding of the display: integers are
// cross-multiplied, anything larger goes through fraction.ts.
import { cmp, cmpRatio, type Fraction, fromDecimal } from '../fraction';
import type { Indicator } from '../program';
import type { Attainment } from './types';

export function targetOf(ind: Indicator, year: number): Indicator['targets'][number] | null {
  return ind.targets.find((t) => t.year === year) ?? null;
}

/** The operator a target is read with. */
export function targetOp(ind: Indicator): 'gte' | 'lte' {
  if (ind.comparison !== 'none') return ind.comparison;
  return ind.direction === 'up' ? 'gte' : 'lte';
}

/** An indicator's unit and its target of one year, read once per indicator and year. */
export interface Judge {
  ind: Indicator;
  year: number;
  percent: boolean;
  /** The year's target, null when there is none. */
  target: Indicator['targets'][number] | null;
  /** The target as a fraction (null: not comparable, treated as no target). */
  exact: Fraction | null;
  gte: boolean;
}

export function judgeOf(ind: Indicator, year: number): Judge {
  const target = targetOf(ind, year);
  return {
    ind,
    year,
    percent: ind.unit === '%',
    target,
    exact: target ? fromDecimal(target.value) : null,
    gte: targetOp(ind) === 'gte',
  };
}

/** No value: «нет данных» against a target, 'noTarget' when the year has none. */
export function missingAttainment(j: Judge): Attainment {
  return j.target ? 'noData' : 'noTarget';
}

function attained(j: Judge, c: -1 | 0 | 1): Attainment {
  return (j.gte ? c >= 0 : c <= 0) ? 'achieved' : 'notAchieved';
}

/** Attainment of an exact value in display units. */
export function attainmentOf(j: Judge, u: Fraction): Attainment {
  if (!j.target || !j.exact) return 'noTarget';
  return attained(j, cmp(u, j.exact));
}

export function boolAttainment(j: Judge, b: boolean): Attainment {
  if (!j.target) return 'noTarget';
  return b === (j.target.value !== 0) ? 'achieved' : 'notAchieved';
}

/** Attainment of un/ud (display units, safe integers, ud > 0). */
export function attainmentOfInts(j: Judge, un: number, ud: number): Attainment {
  const t = j.exact;
  if (!j.target || !t) return 'noTarget';
  if (typeof t.n === 'number' && typeof t.d === 'number') return attained(j, cmpRatio(un, ud, t.n, t.d));
  return attained(j, cmp({ n: un, d: ud }, t));
}
