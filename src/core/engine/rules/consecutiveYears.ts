// This file evaluates the consecutiveYears rule (seed 004 «на протяжении 2-х лет»): the condition
// holds in each of the last `years` years, the reporting year included (Y-years+1 … Y). Flagged when
// it holds in all of them, clear when any year clearly fails, otherwise «нет данных».
import type { RuleKind } from '../../program';
import { ruleText } from '../../text/rules';
import { checkCondition, conditionMet, wordCondition } from '../condition';
import type { Ctx } from '../context';
import type { RuleStatus, YearValue } from '../types';
import type { Verdict } from './verdict';

export type ConsecutiveKind = Extract<RuleKind, { type: 'consecutiveYears' }>;

export function evaluateConsecutiveYears(
  ctx: Ctx,
  kind: ConsecutiveKind,
  slot: number,
  year: number,
  name: string,
  owner: string,
  word: boolean,
): Verdict {
  const years: number[] = [];
  for (let y = year - kind.years + 1; y <= year; y++) years.push(y);
  const met = years.map((y) => conditionMet(ctx, kind.condition, slot, y, owner));
  const status: RuleStatus = met.every((m) => m === true)
    ? 'flagged'
    : met.some((m) => m === false)
      ? 'clear'
      : 'noData';
  const flagged = status === 'flagged' ? true : status === 'clear' ? false : null;
  if (!word) return { status, flagged, explanation: '', details: null };
  const checks = years.map((y) => checkCondition(ctx, kind.condition, slot, y, owner));
  const values: YearValue[] = [];
  const items: string[] = [];
  checks.forEach((c, i) => {
    const y = years[i] as number;
    const w = wordCondition(ctx, kind.condition, c, name);
    values.push({ year: y, value: w.number, display: w.display, met: c.met });
    items.push(ruleText.yearItem(y, w.text));
  });
  const explanation =
    status === 'flagged'
      ? ruleText.consecutiveFlagged(kind.years, items)
      : status === 'clear'
        ? ruleText.consecutiveClear(kind.years, items)
        : ruleText.consecutiveNoData(items);
  return { status, flagged, explanation, details: { type: 'consecutiveYears', years: values } };
}
