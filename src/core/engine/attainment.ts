// This file decides target attainment for a year: achieved / not achieved / no data / no target.
// The comparison is the indicator's («не менее» ≥, «не более» ≤); where the seed gives none it
// follows the direction (higher is better → ≥). It is exact: 2 of 8 schools = 25 % does not meet
// 27 % (seed 004 L165, 7.2–7.7 for 2023), whatever the rounding of the display.
import { cmp, type Fraction, fromDecimal } from '../fraction';
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

/**
 * `exact` is the value in display units (percent for «%»); `bool` for yes/no values, where a target
 * of 1 means «да» and 0 means «нет».
 */
export function attainment(ind: Indicator, year: number, exact: Fraction | null, bool: boolean | null): Attainment {
  const t = targetOf(ind, year);
  if (!t) return 'noTarget';
  if (bool !== null) return bool === (t.value !== 0) ? 'achieved' : 'notAchieved';
  if (exact === null) return 'noData';
  const target = fromDecimal(t.value);
  if (target === null) return 'noTarget';
  const c = cmp(exact, target);
  return (targetOp(ind) === 'gte' ? c >= 0 : c <= 0) ? 'achieved' : 'notAchieved';
}
