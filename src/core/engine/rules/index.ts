// This file dispatches a rule to its kind's module, applies the rule's scope (registry category) and
// memoises the verdict per rule, school and year, so multi-year rules and the series reuse it.
import type { Rule } from '../../program';
import type { School } from '../../schools';
import { ruleText } from '../../text/rules';
import type { Ctx } from '../context';
import { inScope } from '../scope';
import type { RuleVerdict } from '../types';
import { evaluateAssessmentThreshold } from './assessmentThreshold';
import { evaluateClusterRelative } from './clusterRelative';
import { evaluateConsecutiveYears } from './consecutiveYears';
import { evaluateCriteriaCount } from './criteriaCount';
import { evaluateDynamics } from './dynamics';
import { evaluateMultiYear } from './multiYear';
import type { Verdict } from './verdict';

function evaluateKind(ctx: Ctx, rule: Rule, school: string, year: number): Verdict {
  const owner = `Правило ${rule.code}`;
  const k = rule.kind;
  switch (k.type) {
    case 'assessmentThreshold':
      return evaluateAssessmentThreshold(ctx, k, school, year);
    case 'multiYear':
      return evaluateMultiYear(ctx, k, school, year, rule.code);
    case 'consecutiveYears':
      return evaluateConsecutiveYears(ctx, k, school, year, rule.name, owner);
    case 'clusterRelative':
      return evaluateClusterRelative(ctx, k, school, year, owner);
    case 'dynamics':
      return evaluateDynamics(ctx, k, school, year, owner);
    case 'criteriaCount':
      return evaluateCriteriaCount(ctx, k, school, year, owner);
  }
}

/** The verdict of one rule for one school in one year. */
export function evaluateRule(ctx: Ctx, rule: Rule, school: School, year: number): RuleVerdict {
  const key = `${rule.code}|${school.code}|${year}`;
  const hit = ctx.ruleCache.get(key);
  if (hit) return hit;
  const v: Verdict = inScope(rule.scope, school)
    ? evaluateKind(ctx, rule, school.code, year)
    : { status: 'outOfScope', flagged: null, explanation: ruleText.outOfScope(rule.scope), details: null };
  const verdict: RuleVerdict = { code: rule.code, ...v };
  ctx.ruleCache.set(key, verdict);
  return verdict;
}
