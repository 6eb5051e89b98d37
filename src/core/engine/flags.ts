// This file turns a school's rule verdicts into what the report and roadmaps need: the flag states
// (ШНОР, ШНСУ, low result, risk, info), the codes of flagged rules and met criteria, and the risk
// factors those codes trigger (RiskFactor.triggers lists rule, criterion or indicator codes). Met
// criteria are read from the memoised conditions, so the verdicts need not be worded for them.
import type { Program } from '../program';
import { ruleText } from '../text/rules';
import type { Ctx } from './context';
import { metCriteriaOf } from './rules/criteriaCount';
import type { FlagKind, FlagState, RuleVerdict } from './types';

export const FLAG_KINDS: readonly FlagKind[] = ['shnor', 'shnsu', 'lowResult', 'risk', 'info'];

/** yes if any rule of the kind flags; else noData if any has no data; no; none if the program has no such rule. */
export function flagStates(program: Program, verdicts: Record<string, RuleVerdict>): Record<FlagKind, FlagState> {
  const out = {} as Record<FlagKind, FlagState>;
  for (const kind of FLAG_KINDS) {
    const rules = program.rules.filter((r) => r.flags === kind);
    if (rules.length === 0) {
      out[kind] = 'none';
      continue;
    }
    const vs = rules.map((r) => verdicts[r.code]);
    out[kind] = vs.some((v) => v?.flagged === true) ? 'yes' : vs.some((v) => v?.status === 'noData') ? 'noData' : 'no';
  }
  return out;
}

export function flaggedRules(program: Program, verdicts: Record<string, RuleVerdict>): string[] {
  return program.rules.filter((r) => verdicts[r.code]?.flagged === true).map((r) => r.code);
}

/** Criterion codes met by the school, from every criteriaCount verdict (in scope) in record order. */
export function metCriteria(ctx: Ctx, verdicts: Record<string, RuleVerdict>, slot: number, year: number): string[] {
  const out: string[] = [];
  for (const v of Object.values(verdicts)) {
    const rule = ctx.rules.get(v.code);
    if (rule?.kind.type !== 'criteriaCount' || v.status === 'outOfScope') continue;
    for (const code of metCriteriaOf(ctx, rule.kind, slot, year, ruleText.owner(rule.code)))
      if (!out.includes(code)) out.push(code);
  }
  return out;
}

export function triggeredRiskFactors(program: Program, codes: ReadonlySet<string>): string[] {
  return program.riskFactors.filter((f) => f.triggers.some((t) => codes.has(t))).map((f) => f.code);
}
