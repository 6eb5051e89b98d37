// This file turns a school's rule verdicts (their statuses) into what the report and roadmaps need: the flag states
// (ШНОР, ШНСУ, low result, risk, info), the codes of flagged rules and met criteria, and the risk
// factors those codes trigger (RiskFactor.triggers lists rule, criterion or indicator codes). Met
// criteria are read from the memoised conditions, so the verdicts need not be worded for them.
import type { Program, Rule } from '../program';
import { compiled, type Ctx } from './context';
import { ruleOwner } from './rules';
import { metCriteriaOf } from './rules/criteriaCount';
import type { FlagKind, FlagState, RuleVerdict } from './types';

/** What the flags need of a verdict. */
type Verdict = Pick<RuleVerdict, 'status' | 'flagged'>;

export const FLAG_KINDS: readonly FlagKind[] = ['shnor', 'shnsu', 'lowResult', 'risk', 'info'];

function byKind(ctx: Ctx, rules: readonly Rule[]): Rule[][] {
  return FLAG_KINDS.map((k) => rules.filter((r) => r.flags === k));
}

/** yes if any rule flags; else noData if any has no data; no; none if there is no such rule. */
function state(rules: readonly Rule[], verdicts: Record<string, Verdict>): FlagState {
  if (rules.length === 0) return 'none';
  let noData = false;
  for (const r of rules) {
    const v = verdicts[r.code];
    if (v?.flagged === true) return 'yes';
    if (v?.status === 'noData') noData = true;
  }
  return noData ? 'noData' : 'no';
}

/** The state of each flag kind (the program's rules of each kind are found once per report). */
export function flagStates(ctx: Ctx, verdicts: Record<string, Verdict>): Record<FlagKind, FlagState> {
  const [shnor, shnsu, lowResult, risk, info] = compiled(ctx, ctx.program.rules, byKind) as [
    Rule[],
    Rule[],
    Rule[],
    Rule[],
    Rule[],
  ];
  return {
    shnor: state(shnor, verdicts),
    shnsu: state(shnsu, verdicts),
    lowResult: state(lowResult, verdicts),
    risk: state(risk, verdicts),
    info: state(info, verdicts),
  };
}

export function flaggedRules(program: Program, verdicts: Record<string, Verdict>): string[] {
  const out: string[] = [];
  for (const r of program.rules) if (verdicts[r.code]?.flagged === true) out.push(r.code);
  return out;
}

/** Criterion codes met by the school, from every criteriaCount rule in scope, in record order. */
export function metCriteria(ctx: Ctx, verdicts: Record<string, Verdict>, slot: number, year: number): string[] {
  const out: string[] = [];
  for (const [code, v] of Object.entries(verdicts)) {
    const rule = ctx.rules.get(code);
    if (rule?.kind.type !== 'criteriaCount' || v.status === 'outOfScope') continue;
    for (const code of metCriteriaOf(ctx, rule.kind, slot, year, ruleOwner(ctx, rule)))
      if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** Risk factors with a trigger among the given codes (flagged rules, met criteria, missed indicators). */
export function triggeredRiskFactors(program: Program, ...codes: ReadonlyArray<readonly string[]>): string[] {
  const out: string[] = [];
  for (const f of program.riskFactors)
    if (f.triggers.some((t) => codes.some((list) => list.includes(t)))) out.push(f.code);
  return out;
}
