// This file assembles the report of one year: rules first (flags feed «идентифицированных в текущем
// году» and rule-based school shares), then indicators per school and for the municipality, then
// roadmap codes, counts and warnings; optionally the `Динамика` series over several years. Two
// parts are made on first read from the values computed here: each school's worded verdicts and
// each series point's table of school values by code (see schoolReport and seriesOf).
import { fromDecimal } from '../fraction';
import { formatBool, formatPercentValue, formatPlain, schoolYearLabel } from '../format';
import type { Indicator } from '../program';
import type { School } from '../schools';
import { warning } from '../text/indicators';
import { targetOf } from './attainment';
import { addWarning, compiled, createContext, type Ctx } from './context';
import { FLAG_KINDS, flaggedRules, flagStates, metCriteria, triggeredRiskFactors } from './flags';
import { computeIndicator, type IndicatorYear, schoolValues } from './indicators';
import { evaluateRule, ruleStatus, type Status } from './rules';
import type {
  FlagKind,
  IndicatorMeta,
  IndicatorValue,
  IndicatorSeries,
  MunicipalReport,
  ReportInput,
  ReportResult,
  RuleMeta,
  RuleVerdict,
  SchoolReport,
} from './types';

function targetDisplay(ind: Indicator, value: number): string {
  if (ind.unit === '%') return formatPercentValue(value);
  if (ind.unit === 'да/нет') return formatBool(value !== 0);
  return formatPlain(value);
}

function indicatorMeta(ind: Indicator, year: number): IndicatorMeta {
  const t = targetOf(ind, year);
  return {
    code: ind.code,
    group: ind.group,
    name: ind.name,
    unit: ind.unit,
    aggregation: ind.aggregation,
    direction: ind.direction,
    comparison: ind.comparison,
    key: ind.key,
    target: t && fromDecimal(t.value) ? t.value : null,
    targetDisplay: t ? targetDisplay(ind, t.value) : null,
    targetSource: t?.source ?? null,
  };
}

function checkData(ctx: Ctx): void {
  const seen = new Set<string>();
  for (const s of ctx.schools) {
    if (seen.has(s.code))
      addWarning(ctx, { code: 'duplicateSchool', school: s.code, message: warning.duplicateSchool(s.code) });
    seen.add(s.code);
  }
  for (const code of Object.keys(ctx.data)) {
    if (!ctx.schoolByCode.has(code))
      addWarning(ctx, { code: 'unknownSchool', school: code, message: warning.unknownSchool(code) });
  }
}

function indicatorKeys(_ctx: Ctx, indicators: readonly Indicator[]): SchoolReport['indicators'] {
  const out: Record<string, null> = {};
  for (const ind of indicators) out[ind.code] = null;
  return out as unknown as SchoolReport['indicators'];
}

/**
 * One school's report. Flags, codes and counts come from the rules' memoised statuses; the verdicts
 * with their Russian explanations and details (`rules`) are worded when first read and then kept —
 * most of a report's text, which consumers that need only flags (the previous year's ШНОР list,
 * roadmaps) never read. `byRule` counts the school's flagged rules for the municipality.
 */
function schoolReport(ctx: Ctx, school: School, year: number, byRule: Record<string, number>): SchoolReport {
  const { program } = ctx;
  const slot = ctx.slotOf.get(school.code) as number;
  const statuses: Record<string, Status> = {};
  for (const r of program.rules) statuses[r.code] = ruleStatus(ctx, r, school, year);
  for (const code of Object.keys(byRule))
    if (statuses[code]?.flagged === true) byRule[code] = (byRule[code] as number) + 1;
  // a copy of a table with every indicator's key allocates once (every school has a value for each)
  const indicators: SchoolReport['indicators'] = { ...compiled(ctx, program.indicators, indicatorKeys) };
  const missed: string[] = [];
  for (const ind of program.indicators) {
    const v = computeIndicator(ctx, ind, year).bySlot[slot] as SchoolReport['indicators'][string];
    indicators[ind.code] = v;
    if (v.inScope && (v.attainment === 'notAchieved' || v.meets === false)) missed.push(ind.code);
  }
  const breached = flaggedRules(program, statuses);
  const criteria = metCriteria(ctx, statuses, slot, year);
  let rules: Record<string, RuleVerdict> | null = null;
  return {
    code: school.code,
    name: school.name,
    category: school.category,
    cluster: school.cluster ?? null,
    indicators,
    get rules(): Record<string, RuleVerdict> {
      if (!rules) {
        rules = {};
        for (const r of program.rules) rules[r.code] = evaluateRule(ctx, r, school, year);
      }
      return rules;
    },
    // assignable like the data property it stands for
    set rules(v: Record<string, RuleVerdict>) {
      rules = v;
    },
    flags: flagStates(ctx, statuses),
    breachedRules: breached,
    metCriteria: criteria,
    riskFactors: triggeredRiskFactors(program, breached, criteria, missed),
    missedIndicators: missed,
    problems: [],
  };
}

function municipal(ctx: Ctx, reports: SchoolReport[], year: number, byRule: Record<string, number>): MunicipalReport {
  const flagged = { shnor: 0, shnsu: 0, lowResult: 0, risk: 0, info: 0 } satisfies Record<FlagKind, number>;
  let withProblems = 0;
  for (const s of reports) {
    for (const k of FLAG_KINDS) if (s.flags[k] === 'yes') flagged[k]++;
    if (s.problems.length > 0) withProblems++;
  }
  const indicators: Record<string, IndicatorValue> = {};
  for (const ind of ctx.program.indicators) indicators[ind.code] = computeIndicator(ctx, ind, year).municipal;
  return { indicators, flagged, byRule, schools: reports.length, schoolsWithProblems: withProblems };
}

/**
 * The `Динамика` series: every indicator's values for each year, computed now; each point's
 * by-code table of school values (a 2,000-key object per indicator and year) is made when read.
 */
function seriesOf(ctx: Ctx, years: readonly number[]): IndicatorSeries[] {
  return ctx.program.indicators.map((ind) => ({
    code: ind.code,
    points: years.map((y) => {
      const iy = computeIndicator(ctx, ind, y);
      return {
        year: y,
        municipal: iy.municipal,
        get schools(): Record<string, IndicatorValue> {
          return schoolValues(ctx, iy);
        },
        // assignable like the data property it stands for
        set schools(v: Record<string, IndicatorValue>) {
          iy.byCode = v as IndicatorYear['byCode'];
        },
      };
    }),
  }));
}

/** Everything the report tabs need for one reporting year. Does not mutate its input. */
export function computeReport(input: ReportInput): ReportResult {
  const ctx = createContext(input.program, input.schools, input.data);
  checkData(ctx);
  const { program, year } = input;
  const byRule: Record<string, number> = {};
  for (const r of program.rules) byRule[r.code] = 0;
  const schools = ctx.schools.map((s) => schoolReport(ctx, s, year, byRule));
  const series = input.seriesYears ? seriesOf(ctx, input.seriesYears) : undefined;
  const byCode = new Map(schools.map((s) => [s.code, s]));
  for (const p of ctx.problems.values()) if (p.school !== null) byCode.get(p.school)?.problems.push(p);
  const rules: RuleMeta[] = program.rules.map((r) => ({
    code: r.code,
    name: r.name,
    type: r.kind.type,
    flags: r.flags,
  }));
  return {
    programId: program.id,
    year,
    yearLabel: schoolYearLabel(year),
    indicators: program.indicators.map((ind) => indicatorMeta(ind, year)),
    rules,
    schools,
    municipal: municipal(ctx, schools, year, byRule),
    warnings: [...ctx.warnings.values()],
    ...(series ? { series } : {}),
  };
}

/** The `Динамика` series alone: every indicator for each year. */
export function computeIndicatorSeries(
  input: Omit<ReportInput, 'year' | 'seriesYears'> & { years: number[] },
): IndicatorSeries[] {
  const ctx = createContext(input.program, input.schools, input.data);
  return seriesOf(ctx, input.years);
}
