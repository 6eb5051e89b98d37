// This file is the engine's public API: computeReport for a reporting year (optionally with the
// `Динамика` series), computeIndicatorSeries, and helpers that compute one indicator or one rule
// alone (for tests and for previews in the sidebar). Results are plain JSON.
import type { ReportInput, RuleVerdict, Warning, Problem } from './types';
import { createContext } from './context';
import { computeIndicator, type SchoolIndicatorValue, schoolValues } from './indicators';
import { evaluateRule } from './rules';
import type { IndicatorValue } from './types';

export { computeReport, computeIndicatorSeries } from './report';
export type * from './types';

type OneInput = Omit<ReportInput, 'seriesYears'>;

export interface IndicatorOutcome {
  schools: Record<string, SchoolIndicatorValue>;
  municipal: IndicatorValue;
  warnings: Warning[];
  problems: Problem[];
}

/** One indicator in one year. Throws if the program has no indicator with this code. */
export function computeOneIndicator(input: OneInput, code: string): IndicatorOutcome {
  const ind = input.program.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(`no indicator ${code}`);
  const ctx = createContext(input.program, input.schools, input.data);
  const r = computeIndicator(ctx, ind, input.year);
  return {
    schools: schoolValues(ctx, r),
    municipal: r.municipal,
    warnings: [...ctx.warnings.values()],
    problems: [...ctx.problems.values()],
  };
}

export interface RuleOutcome {
  verdict: RuleVerdict;
  warnings: Warning[];
  problems: Problem[];
}

/** One rule for one school in one year. Throws if the rule or the school is unknown. */
export function computeOneRule(input: OneInput, ruleCode: string, schoolCode: string): RuleOutcome {
  const rule = input.program.rules.find((r) => r.code === ruleCode);
  const school = input.schools.find((s) => s.code === schoolCode);
  if (!rule) throw new Error(`no rule ${ruleCode}`);
  if (!school) throw new Error(`no school ${schoolCode}`);
  const ctx = createContext(input.program, input.schools, input.data);
  const verdict = evaluateRule(ctx, rule, school, input.year);
  return { verdict, warnings: [...ctx.warnings.values()], problems: [...ctx.problems.values()] };
}
