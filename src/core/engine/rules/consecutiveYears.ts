// This file evaluates the consecutiveYears rule (seed 004 «на протяжении 2-х лет»): the condition
// holds in each of the last `years` years, the reporting year included (Y-years+1 … Y). Flagged when
// it holds in all of them, clear when any year clearly fails, otherwise «нет данных».
import type { RuleKind } from '../../program';
import { ruleText } from '../../text/rules';
import { evaluateCondition } from '../condition';
import type { Ctx } from '../context';
import type { YearValue } from '../types';
import type { Verdict } from './verdict';

export type ConsecutiveKind = Extract<RuleKind, { type: 'consecutiveYears' }>;

export function evaluateConsecutiveYears(ctx: Ctx, kind: ConsecutiveKind, school: string, year: number, name: string, owner: string): Verdict {
  const years: YearValue[] = [];
  const items: string[] = [];
  for (let y = year - kind.years + 1; y <= year; y++) {
    const c = evaluateCondition(ctx, kind.condition, school, y, name, owner);
    years.push({ year: y, value: c.number, display: c.display, met: c.met });
    items.push(ruleText.yearItem(y, c.text));
  }
  const details = { type: 'consecutiveYears' as const, years };
  if (years.every((y) => y.met === true)) {
    return { status: 'flagged', flagged: true, explanation: ruleText.consecutiveFlagged(kind.years, items), details };
  }
  if (years.some((y) => y.met === false)) {
    return { status: 'clear', flagged: false, explanation: ruleText.consecutiveClear(kind.years, items), details };
  }
  return { status: 'noData', flagged: null, explanation: ruleText.consecutiveNoData(items), details };
}
