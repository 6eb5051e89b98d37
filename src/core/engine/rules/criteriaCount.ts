// This file evaluates the criteriaCount rule (seed 004 ШНСУ С1–С10): each criterion is a condition
// with its exact operator (С1 «более 30%» is >, С4 «2% и более» is ≥); the school is flagged when at
// least `minCount` criteria are met. With missing data the verdict is three-valued: flagged if the
// met ones already reach the count, clear if even all unknown ones could not, else «нет данных».
import type { RuleKind } from '../../program';
import { ruleText } from '../../text/rules';
import { evaluateCondition } from '../condition';
import type { Ctx } from '../context';
import type { CriterionResult } from '../types';
import type { Verdict } from './verdict';

export type CriteriaKind = Extract<RuleKind, { type: 'criteriaCount' }>;

export function evaluateCriteriaCount(ctx: Ctx, kind: CriteriaKind, school: string, year: number, owner: string): Verdict {
  const criteria: CriterionResult[] = kind.criteria.map((c) => {
    const label = `${c.code} ${c.name}`;
    const o = evaluateCondition(ctx, c.condition, school, year, label, `${owner} ${c.code}`);
    return { code: c.code, name: c.name, met: o.met, display: o.display, text: o.text };
  });
  const met = criteria.filter((c) => c.met === true);
  const unknown = criteria.filter((c) => c.met === null);
  const min = kind.minCount.value;
  const details = { type: 'criteriaCount' as const, criteria, metCount: met.length, noDataCount: unknown.length, minCount: min };
  const total = criteria.length;
  const tail = unknown.length > 0 ? ruleText.criteriaMissingTail(unknown.map((c) => c.code)) : '';
  if (met.length >= min) {
    return { status: 'flagged', flagged: true, explanation: ruleText.criteriaFlagged(met.length, total, min, met.map((c) => c.text)) + tail, details };
  }
  if (met.length + unknown.length < min) {
    return { status: 'clear', flagged: false, explanation: ruleText.criteriaClear(met.length, total, min, met.map((c) => c.text)) + tail, details };
  }
  return { status: 'noData', flagged: null, explanation: ruleText.criteriaNoData(met.length, total, min, unknown.map((c) => c.code)), details };
}
