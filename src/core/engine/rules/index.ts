// This file dispatches a rule to its kind's module and applies the rule's scope (registry category).
// Statuses are memoised as codes per rule and year (identification, school shares, flags and the
// series reuse them); a worded verdict is made from the same memoised values when it is read.
import type { Rule } from '../../program';
import type { School } from '../../schools';
import { ruleText } from '../../text/rules';
import { column, compiled, type Ctx, slotBytes } from '../context';
import { touch } from '../reader';
import { inScope } from '../scope';
import type { RuleStatus, RuleVerdict } from '../types';
import { evaluateAssessmentThreshold } from './assessmentThreshold';
import { evaluateClusterRelative } from './clusterRelative';
import { evaluateConsecutiveYears } from './consecutiveYears';
import { evaluateCriteriaCount } from './criteriaCount';
import { evaluateDynamics } from './dynamics';
import { evaluateMultiYear } from './multiYear';
import type { Verdict } from './verdict';

/** «Правило R1», who warnings name (made once per rule: this runs for every school and year). */
export function ruleOwner(ctx: Ctx, rule: Rule): string {
  return compiled(ctx, rule, ownerOf);
}

function ownerOf(_ctx: Ctx, rule: Rule): string {
  return ruleText.owner(rule.code);
}

function evaluateKind(ctx: Ctx, rule: Rule, slot: number, year: number, word: boolean): Verdict {
  const owner = ruleOwner(ctx, rule);
  const k = rule.kind;
  switch (k.type) {
    case 'assessmentThreshold':
      return evaluateAssessmentThreshold(ctx, k, slot, year, word);
    case 'multiYear':
      return evaluateMultiYear(ctx, k, slot, year, rule.code, word);
    case 'consecutiveYears':
      return evaluateConsecutiveYears(ctx, k, slot, year, rule.name, owner, word);
    case 'clusterRelative':
      return evaluateClusterRelative(ctx, k, slot, year, owner, word);
    case 'dynamics':
      return evaluateDynamics(ctx, k, slot, year, owner, word);
    case 'criteriaCount':
      return evaluateCriteriaCount(ctx, k, slot, year, owner, word);
  }
}

function verdict(ctx: Ctx, rule: Rule, school: School, slot: number, year: number, word: boolean): Verdict {
  touch(ctx, slot, year);
  return inScope(rule.scope, school)
    ? evaluateKind(ctx, rule, slot, year, word)
    : { status: 'outOfScope', flagged: null, explanation: word ? ruleText.outOfScope(rule.scope) : '', details: null };
}

export type Status = Pick<RuleVerdict, 'status' | 'flagged'>;

const STATUSES: readonly Status[] = [
  { status: 'flagged', flagged: true },
  { status: 'clear', flagged: false },
  { status: 'noData', flagged: null },
  { status: 'outOfScope', flagged: null },
];
const CODE: Record<RuleStatus, number> = { flagged: 1, clear: 2, noData: 3, outOfScope: 4 };

/** The verdict alone (no explanation, no details), for counting: identification, school shares. */
export function ruleStatus(ctx: Ctx, rule: Rule, school: School, year: number): Status {
  const slot = ctx.slotOf.get(school.code) as number;
  const memo = column(ctx, rule, year, slotBytes);
  let c = memo[slot] as number;
  if (c === 0) {
    c = CODE[verdict(ctx, rule, school, slot, year, false).status];
    memo[slot] = c;
  }
  return STATUSES[c - 1] as Status;
}

/** The verdict of one rule for one school in one year, with its explanation and details. */
export function evaluateRule(ctx: Ctx, rule: Rule, school: School, year: number): RuleVerdict {
  const { status, flagged } = ruleStatus(ctx, rule, school, year);
  const code = rule.code;
  if (status === 'outOfScope')
    return { code, status, flagged, explanation: ruleText.outOfScope(rule.scope), details: null };
  const slot = ctx.slotOf.get(school.code) as number;
  const { explanation, details } = verdict(ctx, rule, school, slot, year, true);
  return { code, status, flagged, explanation, details };
}
