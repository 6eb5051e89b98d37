// This file turns a school's rule verdicts into what the report and roadmaps need: the flag states
// (ШНОР, ШНСУ, low result, risk, info), the codes of flagged rules and met criteria, and the risk
// factors those codes trigger (RiskFactor.triggers lists rule, criterion or indicator codes).
import type { Program } from '../program';
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

export function metCriteria(verdicts: Record<string, RuleVerdict>): string[] {
  const out: string[] = [];
  for (const v of Object.values(verdicts)) {
    if (v.details?.type !== 'criteriaCount') continue;
    for (const c of v.details.criteria) if (c.met === true && !out.includes(c.code)) out.push(c.code);
  }
  return out;
}

export function triggeredRiskFactors(program: Program, codes: ReadonlySet<string>): string[] {
  return program.riskFactors.filter((f) => f.triggers.some((t) => codes.has(t))).map((f) => f.code);
}
