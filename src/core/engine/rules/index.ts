// This file dispatches a rule to its kind's module, applies the rule's scope (registry category) and
// memoises the verdict per rule and school-year row, so multi-year rules and the series reuse it.
import type { Rule } from '../../program';
import type { School } from '../../schools';
import { ruleText } from '../../text/rules';
import { compiled, type Ctx, slotOf } from '../context';
import { row } from '../reader';
import { inScope } from '../scope';
import type { RuleVerdict } from '../types';
import { evaluateAssessmentThreshold } from './assessmentThreshold';
import { evaluateClusterRelative } from './clusterRelative';
import { evaluateConsecutiveYears } from './consecutiveYears';
import { evaluateCriteriaCount } from './criteriaCount';
import { evaluateDynamics } from './dynamics';
import { evaluateMultiYear } from './multiYear';
import type { Verdict } from './verdict';

function evaluateKind(ctx: Ctx, rule: Rule, school: string, year: number, word: boolean): Verdict {
  const owner = ruleText.owner(rule.code);
  const k = rule.kind;
  switch (k.type) {
    case 'assessmentThreshold':
      return evaluateAssessmentThreshold(ctx, k, school, year, word);
    case 'multiYear':
      return evaluateMultiYear(ctx, k, school, year, rule.code, word);
    case 'consecutiveYears':
      return evaluateConsecutiveYears(ctx, k, school, year, rule.name, owner, word);
    case 'clusterRelative':
      return evaluateClusterRelative(ctx, k, school, year, owner, word);
    case 'dynamics':
      return evaluateDynamics(ctx, k, school, year, owner, word);
    case 'criteriaCount':
      return evaluateCriteriaCount(ctx, k, school, year, owner, word);
  }
}

function verdict(ctx: Ctx, rule: Rule, school: School, year: number, word: boolean): RuleVerdict {
  const v: Verdict = inScope(rule.scope, school)
    ? evaluateKind(ctx, rule, school.code, year, word)
    : { status: 'outOfScope', flagged: null, explanation: word ? ruleText.outOfScope(rule.scope) : '', details: null };
  return { code: rule.code, ...v };
}

/** The verdict of one rule for one school in one year, with its explanation and details. */
export function evaluateRule(ctx: Ctx, rule: Rule, school: School, year: number): RuleVerdict {
  const r = row(ctx, school.code, year);
  const slot = slotOf(ctx, rule);
  const hit = r.memo[slot] as RuleVerdict | undefined;
  if (hit !== undefined) return hit;
  const v = verdict(ctx, rule, school, year, true);
  r.memo[slot] = v;
  return v;
}

function statusOwner(_ctx: Ctx, rule: Rule): object {
  return { statusOf: rule.code };
}

/** The verdict alone (empty explanation, no details), for counting: identification, school shares. */
export function ruleStatus(
  ctx: Ctx,
  rule: Rule,
  school: School,
  year: number,
): Pick<RuleVerdict, 'status' | 'flagged'> {
  const r = row(ctx, school.code, year);
  const slot = slotOf(ctx, compiled(ctx, rule, statusOwner));
  const hit = r.memo[slot] as RuleVerdict | undefined;
  if (hit !== undefined) return hit;
  const v = verdict(ctx, rule, school, year, false);
  r.memo[slot] = v;
  return v;
}
