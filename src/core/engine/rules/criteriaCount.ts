// This file evaluates the criteriaCount rule (seed 004 ШНСУ С1–С10): each criterion is a condition
// with its exact operator (С1 «более 30%» is >, С4 «2% и более» is ≥); the school is flagged when at
// least `minCount` criteria are met. With missing data the verdict is three-valued: flagged if the
// met ones already reach the count, clear if even all unknown ones could not, else «нет данных».
import type { RuleKind } from '../../program';
import { ruleText } from '../../text/rules';
import { checkCondition, conditionMet, wordCondition } from '../condition';
import { type Ctx, sharedMemo } from '../context';
import type { CriterionResult, RuleStatus } from '../types';
import type { Verdict } from './verdict';

export type CriteriaKind = Extract<RuleKind, { type: 'criteriaCount' }>;

/** The warning owners of the criteria («Правило S1 С1»), made once per rule. */
function ownersOf(ctx: Ctx, kind: CriteriaKind, owner: string): string[] {
  const memo = sharedMemo(ctx, kind) as Map<string, string[]>;
  let owners = memo.get(owner);
  if (!owners) {
    owners = kind.criteria.map((c) => `${owner} ${c.code}`);
    memo.set(owner, owners);
  }
  return owners;
}

/** Codes of the criteria the school meets in the year (С1…), in the rule's order. */
export function metCriteriaOf(ctx: Ctx, kind: CriteriaKind, slot: number, year: number, owner: string): string[] {
  const owners = ownersOf(ctx, kind, owner);
  const out: string[] = [];
  kind.criteria.forEach((c, i) => {
    if (conditionMet(ctx, c.condition, slot, year, owners[i] as string) === true) out.push(c.code);
  });
  return out;
}

export function evaluateCriteriaCount(
  ctx: Ctx,
  kind: CriteriaKind,
  slot: number,
  year: number,
  owner: string,
  word: boolean,
): Verdict {
  const owners = ownersOf(ctx, kind, owner);
  let metCount = 0;
  let noDataCount = 0;
  kind.criteria.forEach((c, i) => {
    const m = conditionMet(ctx, c.condition, slot, year, owners[i] as string);
    if (m === true) metCount++;
    else if (m === null) noDataCount++;
  });
  const min = kind.minCount.value;
  const status: RuleStatus = metCount >= min ? 'flagged' : metCount + noDataCount < min ? 'clear' : 'noData';
  const flagged = status === 'flagged' ? true : status === 'clear' ? false : null;
  if (!word) return { status, flagged, explanation: '', details: null };
  const checks = kind.criteria.map((c, i) => checkCondition(ctx, c.condition, slot, year, owners[i] as string));
  const criteria: CriterionResult[] = kind.criteria.map((c, i) => {
    const check = checks[i] as (typeof checks)[number];
    const w = wordCondition(ctx, c.condition, check, `${c.code} ${c.name}`);
    return { code: c.code, name: c.name, met: check.met, display: w.display, text: w.text };
  });
  const met = criteria.filter((c) => c.met === true).map((c) => c.text);
  const unknown = criteria.filter((c) => c.met === null).map((c) => c.code);
  const total = criteria.length;
  const tail = unknown.length > 0 ? ruleText.criteriaMissingTail(unknown) : '';
  const explanation =
    status === 'flagged'
      ? ruleText.criteriaFlagged(metCount, total, min, met) + tail
      : status === 'clear'
        ? ruleText.criteriaClear(metCount, total, min, met) + tail
        : ruleText.criteriaNoData(metCount, total, min, unknown);
  return {
    status,
    flagged,
    explanation,
    details: { type: 'criteriaCount', criteria, metCount, noDataCount, minCount: min },
  };
}
