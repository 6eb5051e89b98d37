// This file computes one indicator for one year: every school's value and the municipal value per
// aggregation — pooled Σnum/Σden (never the mean of school percentages unless meanOfSchools is
// chosen), meanOfSchools, sum, schoolShare (schools meeting a condition or flagged by a rule, over
// the schools in scope or those identified this year), and the yes/no roll-ups all/count/share.
// Schools without data are left out of both sides and the coverage is reported as a warning.
// Over 100 %: allowed with a warning when mayExceed100 (numerator and denominator count different
// people, seed 000 2.1–2.2); otherwise a data problem and the school's value is not used.
import { cmp, div, frac, type Fraction, HUNDRED, isInteger, mul, ONE, toNumber, toSafePair } from '../fraction';
import { formatBool, formatCompact, formatInt, formatPercent, NO_DATA } from '../format';
import type { Indicator, Metric, Rule } from '../program';
import type { School } from '../schools';
import { indicatorText, problem, reason, warning } from '../text/indicators';
import { meanOf, pool, total } from './aggregate';
import { attainment, targetOf } from './attainment';
import { displayValue } from './compare';
import { checkCondition } from './condition';
import { addProblem, addWarning, type Ctx, sharedMemo } from './context';
import { evaluateMetric, type MetricValue } from './metric';
import { ruleStatus } from './rules';
import { identifyingFlags, inScope } from './scope';
import type { IndicatorValue } from './types';

export type SchoolIndicatorValue = IndicatorValue & { inScope: boolean };

export interface IndicatorYear {
  /** By school code (built once; the same object goes into the report and the series). */
  schools: Record<string, SchoolIndicatorValue>;
  municipal: IndicatorValue;
}

const FITS: Record<Indicator['aggregation'], ReadonlyArray<Metric['kind']>> = {
  pooled: ['ratio', 'weightedMean'],
  meanOfSchools: ['ratio', 'weightedMean', 'value'],
  sum: ['value'],
  schoolShare: ['ratio', 'weightedMean', 'value', 'flag'],
  all: ['flag'],
  count: ['flag'],
  share: ['flag'],
};

const MAX_NAMES = 5;

function names(ctx: Ctx, codes: string[]): string {
  const shown = codes.slice(0, MAX_NAMES).map((c) => ctx.schoolByCode.get(c)?.name ?? c);
  return indicatorText.schoolList(shown, Math.max(0, codes.length - MAX_NAMES));
}

function schoolLabel(s: School): string {
  return `${s.name} (${s.code})`;
}

const EMPTY: Omit<IndicatorValue, 'attainment'> = { value: null, num: null, den: null, bool: null, display: NO_DATA };

/** No value: «нет данных» against a target, 'noTarget' when the year has none. */
function missingAttainment(ind: Indicator, year: number): IndicatorValue['attainment'] {
  return targetOf(ind, year) ? 'noData' : 'noTarget';
}

function noData(why: string, att: IndicatorValue['attainment']): IndicatorValue {
  return { ...EMPTY, attainment: att, reason: why };
}

/** A fraction shown in the indicator's unit: ×100 for «%». */
function inUnit(f: Fraction, percent: boolean): Fraction {
  return percent ? mul(f, HUNDRED) : f;
}

function showFraction(f: Fraction, unit: Indicator['unit']): string {
  return unit === '%' ? formatPercent(f) : formatCompact(f, 2);
}

/** Exact parts for JSON: raw integer sums when they are integers, else the reduced value. */
function parts(num: Fraction, den: Fraction): { num: number | null; den: number | null } {
  if (isInteger(num) && isInteger(den) && typeof num.n === 'number' && typeof den.n === 'number')
    return { num: num.n, den: den.n };
  const p = toSafePair(div(num, den));
  return p ?? { num: null, den: null };
}

/** `judge`: compare with the year's target (else attainment is 'noTarget'). */
function fromFraction(
  ind: Indicator,
  year: number,
  f: Fraction,
  num: Fraction,
  den: Fraction,
  judge = true,
): IndicatorValue {
  const percent = ind.unit === '%';
  const u = inUnit(f, percent);
  const p = parts(num, den);
  return {
    value: toNumber(u),
    num: p.num,
    den: p.den,
    bool: null,
    display: showFraction(f, ind.unit),
    attainment: judge ? attainment(ind, year, u, null) : 'noTarget',
  };
}

function fromMetric(ind: Indicator, year: number, v: MetricValue, judge = true): IndicatorValue {
  switch (v.kind) {
    case 'ratio':
      return fromFraction(ind, year, div(v.num, v.den), v.num, v.den, judge);
    case 'amount':
      return fromFraction(ind, year, v.value, v.value, ONE, judge);
    case 'bool':
      return {
        ...EMPTY,
        bool: v.value,
        display: formatBool(v.value),
        attainment: judge ? attainment(ind, year, null, v.value) : 'noTarget',
      };
    case 'none':
      return noData(v.reason, judge ? missingAttainment(ind, year) : 'noTarget');
  }
}

function boolOf(v: MetricValue | undefined): boolean | null {
  return v?.kind === 'bool' ? v.value : null;
}

function isOver100(v: MetricValue): boolean {
  return v.kind === 'ratio' && cmp(v.num, v.den) > 0;
}

/** Whether a school is identified this year by the rules that set the scope's flags. */
function identified(ctx: Ctx, ind: Indicator, rules: readonly Rule[], school: School, year: number): boolean | null {
  if (rules.length === 0) return inScope(ind.scope, school);
  let unknown = false;
  for (const r of rules) {
    const v = ruleStatus(ctx, r, school, year);
    if (v.flagged === true) return true;
    if (v.status === 'noData') unknown = true;
  }
  return unknown ? null : false;
}

function meetsOf(ctx: Ctx, ind: Indicator, school: School, year: number, owner: string): boolean | null {
  if (ind.conditionRule !== undefined) {
    const rule = ctx.rules.get(ind.conditionRule);
    if (!rule) {
      addWarning(ctx, {
        code: 'unknownRule',
        indicator: ind.code,
        message: warning.unknownRule(owner, ind.conditionRule),
      });
      return null;
    }
    return ruleStatus(ctx, rule, school, year).flagged;
  }
  if (ind.condition) return checkCondition(ctx, ind.condition, school.code, year, owner).met;
  addWarning(ctx, { code: 'badCondition', indicator: ind.code, message: warning.noCondition(ind.code) });
  return null;
}

function municipalOf(
  ctx: Ctx,
  ind: Indicator,
  year: number,
  members: School[],
  values: Map<string, MetricValue>,
  meets: Map<string, boolean | null>,
): IndicatorValue {
  const withData: School[] = [];
  const missing: string[] = [];
  for (const s of members) {
    const has = ind.aggregation === 'schoolShare' ? meets.get(s.code) != null : values.get(s.code)?.kind !== 'none';
    if (has) withData.push(s);
    else missing.push(s.code);
  }
  const coverage = { withData: withData.length, total: members.length };
  if (missing.length > 0 && withData.length > 0) {
    addWarning(ctx, {
      code: 'partialCoverage',
      indicator: ind.code,
      message: warning.partialCoverage(ind.code, year, missing.length, members.length, names(ctx, missing)),
    });
  }
  if (withData.length === 0) return { ...noData(NO_DATA, missingAttainment(ind, year)), coverage };
  const vals = withData.map((s) => values.get(s.code) as MetricValue);
  const percent = ind.unit === '%';
  let out: IndicatorValue;
  switch (ind.aggregation) {
    case 'pooled': {
      const p = pool(vals);
      out = fromMetric(ind, year, p);
      if (ind.mayExceed100 && percent && isOver100(p)) out.over100 = true;
      break;
    }
    case 'sum':
      out = fromMetric(ind, year, total(vals));
      break;
    case 'meanOfSchools': {
      const m = meanOf(vals);
      out = m ? fromFraction(ind, year, m, m, ONE) : noData(NO_DATA, missingAttainment(ind, year));
      break;
    }
    case 'schoolShare':
    case 'share':
    case 'count': {
      const yes = withData.filter(
        (s) => (ind.aggregation === 'schoolShare' ? meets.get(s.code) : boolOf(values.get(s.code))) === true,
      ).length;
      const share = frac(yes, withData.length);
      const count = ind.aggregation === 'count' || (ind.aggregation === 'schoolShare' && !percent);
      out = count
        ? {
            value: yes,
            num: yes,
            den: withData.length,
            bool: null,
            display: formatInt(yes),
            attainment: attainment(ind, year, frac(yes), null),
          }
        : fromFraction(ind, year, share, frac(yes), frac(withData.length));
      break;
    }
    case 'all': {
      const bools = vals.map(boolOf);
      const all = bools.some((b) => b === false) ? false : missing.length > 0 ? null : true;
      out =
        all === null
          ? noData(NO_DATA, missingAttainment(ind, year))
          : { ...EMPTY, bool: all, display: formatBool(all), attainment: attainment(ind, year, null, all) };
      break;
    }
  }
  return { ...out, coverage };
}

function compute(ctx: Ctx, ind: Indicator, year: number): IndicatorYear {
  const owner = indicatorText.owner(ind.code);
  const schools: Record<string, SchoolIndicatorValue> = {};
  if (!FITS[ind.aggregation].includes(ind.metric.kind)) {
    addWarning(ctx, {
      code: 'badAggregation',
      indicator: ind.code,
      message: warning.badAggregation(ind.code, ind.aggregation, ind.metric.kind),
    });
    for (const s of ctx.schools)
      schools[s.code] = { ...noData(reason.badAggregation, 'noTarget'), inScope: inScope(ind.scope, s) };
    return { schools, municipal: noData(reason.badAggregation, missingAttainment(ind, year)) };
  }
  const percent = ind.unit === '%';
  // a school's own value is judged against the target only for shares pooled or averaged over schools
  const judged = ind.aggregation === 'pooled' || ind.aggregation === 'meanOfSchools';
  const values = new Map<string, MetricValue>();
  const meets = new Map<string, boolean | null>();
  const over: string[] = [];
  for (const s of ctx.schools) {
    let v = evaluateMetric(ctx, ind.metric, s.code, year, owner);
    if (percent && isOver100(v)) {
      if (ind.mayExceed100) over.push(s.code);
      else {
        addProblem(ctx, {
          school: s.code,
          year,
          field: null,
          message: problem.over100(schoolLabel(s), year, `${ind.code} ${ind.name}`, displayValue(v, percent)),
        });
        v = { kind: 'none', reason: reason.over100 };
      }
    }
    values.set(s.code, v);
    const sv = fromMetric(ind, year, v, judged) as SchoolIndicatorValue;
    sv.inScope = inScope(ind.scope, s);
    if (ind.mayExceed100 && percent && isOver100(v)) sv.over100 = true;
    if (ind.aggregation === 'schoolShare') {
      const m = meetsOf(ctx, ind, s, year, owner);
      meets.set(s.code, m);
      sv.meets = m;
    }
    schools[s.code] = sv;
  }
  if (over.length > 0)
    addWarning(ctx, {
      code: 'over100',
      indicator: ind.code,
      message: warning.over100(ind.code, year, names(ctx, over)),
    });

  let members = ctx.schools.filter((s) => inScope(ind.scope, s));
  if (ind.aggregation === 'schoolShare' && ind.denominator === 'identifiedThisYear') {
    const flags = identifyingFlags(ind.scope);
    const rules = ctx.program.rules.filter((r) => flags.has(r.flags));
    if (rules.length === 0) {
      addWarning(ctx, {
        code: 'noIdentificationRule',
        indicator: ind.code,
        message: warning.noIdentificationRule(ind.code),
      });
    }
    const unknown: string[] = [];
    members = ctx.schools.filter((s) => {
      const id = identified(ctx, ind, rules, s, year);
      if (id === null) unknown.push(s.code);
      return id === true;
    });
    if (unknown.length > 0) {
      addWarning(ctx, {
        code: 'identificationNoData',
        indicator: ind.code,
        message: warning.identificationNoData(ind.code, year, names(ctx, unknown)),
      });
    }
  }
  return { schools, municipal: municipalOf(ctx, ind, year, members, values, meets) };
}

/** One indicator in one year: every school's value and the municipal value (memoised). */
export function computeIndicator(ctx: Ctx, ind: Indicator, year: number): IndicatorYear {
  const m = sharedMemo(ctx, ind);
  const hit = m.get(year) as IndicatorYear | undefined;
  if (hit !== undefined) return hit;
  const v = compute(ctx, ind, year);
  m.set(year, v);
  return v;
}
