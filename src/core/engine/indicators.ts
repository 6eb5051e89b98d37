// This file computes one indicator for one year: every school's value and the municipal value per
// aggregation — pooled Σnum/Σden (never the mean of school percentages unless meanOfSchools is
// chosen), meanOfSchools, sum, schoolShare (schools meeting a condition or flagged by a rule, over
// the schools in scope or those identified this year), and the yes/no roll-ups all/count/share.
// Schools without data are left out of both sides and the coverage is reported as a warning.
// Over 100 %: allowed with a warning when mayExceed100 (numerator and denominator count different
// people, seed 000 2.1–2.2); otherwise a data problem and the school's value is not used.
import { cmp, cmpRatio, ONE } from '../fraction';
import { formatInt, NO_DATA } from '../format';
import type { Indicator, Metric, Rule } from '../program';
import type { School } from '../schools';
import { indicatorText, problem, reason, warning } from '../text/indicators';
import { meanOfColumn, pool, poolInts, total } from './aggregate';
import { displayValue } from './compare';
import { conditionMet } from './condition';
import { addProblem, addWarning, type Ctx, sharedMemo } from './context';
import { attainmentOfInts, type Judge, judgeOf, missingAttainment } from './attainment';
import {
  boolValue,
  fromFraction,
  fromMetric,
  noData,
  ratioValue,
  type SchoolIndicatorValue,
  schoolValue,
} from './indicator-value';
import {
  compileOnce,
  EXACT,
  kindAt,
  type MetricColumn,
  metricColumn,
  type MetricValue,
  NO,
  NONE,
  RATIO,
  valueAt,
  YES,
} from './metric';
import { ruleStatus } from './rules';
import { identifyingFlags, inScope, scopeMask } from './scope';
import type { IndicatorValue } from './types';

export type { SchoolIndicatorValue } from './indicator-value';

export interface IndicatorYear {
  /** Every school's value by slot (the same objects go into the school reports and the series). */
  bySlot: Array<SchoolIndicatorValue | undefined>;
  municipal: IndicatorValue;
  /** The values by school code, made on first use (see `schoolValues`). */
  byCode: Record<string, SchoolIndicatorValue> | null;
}

/** The school values of an indicator year by code, in registry order (built once). */
export function schoolValues(ctx: Ctx, iy: IndicatorYear): Record<string, SchoolIndicatorValue> {
  if (!iy.byCode) {
    const out: Record<string, SchoolIndicatorValue> = {};
    ctx.schools.forEach((s, i) => {
      out[s.code] = iy.bySlot[ctx.slots[i] as number] as SchoolIndicatorValue;
    });
    iy.byCode = out;
  }
  return iy.byCode;
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

/** A ratio above 100 %: num > den, exactly. */
function isOver100(col: MetricColumn, slot: number, kind: number): boolean {
  if (kind === RATIO)
    return cmpRatio(col.nn[slot] as number, col.nd[slot] as number, col.dn[slot] as number, col.dd[slot] as number) > 0;
  return kind === EXACT && overExact(valueAt(col, slot, kind));
}

function overExact(v: MetricValue): boolean {
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

function meetsOf(ctx: Ctx, ind: Indicator, school: School, slot: number, year: number, owner: string): boolean | null {
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
  if (ind.condition) return conditionMet(ctx, ind.condition, slot, year, owner);
  addWarning(ctx, { code: 'badCondition', indicator: ind.code, message: warning.noCondition(ind.code) });
  return null;
}

/** What the municipal value is formed from: the column, the school values' kinds, the meets. */
interface Values {
  col: MetricColumn;
  /** Kind by slot after the over-100 check (NONE for a value not used). */
  kinds: Uint8Array;
  /** schoolShare: 1 meets, 0 does not, −1 no data. */
  meets: Int8Array;
}

/** A value with data (never called for a slot whose value is not used). */
function valueOf(v: Values, slot: number): MetricValue {
  return valueAt(v.col, slot, v.kinds[slot] as number);
}

/** `members`: registry positions of the schools the municipal value is over. */
function municipalOf(ctx: Ctx, j: Judge, members: readonly number[], v: Values): IndicatorValue {
  const ind = j.ind;
  const withData: number[] = [];
  const missing: string[] = [];
  for (const i of members) {
    const slot = ctx.slots[i] as number;
    const has = ind.aggregation === 'schoolShare' ? (v.meets[slot] as number) >= 0 : v.kinds[slot] !== NONE;
    if (has) withData.push(slot);
    else missing.push((ctx.schools[i] as School).code);
  }
  const coverage = { withData: withData.length, total: members.length };
  if (missing.length > 0 && withData.length > 0) {
    addWarning(ctx, {
      code: 'partialCoverage',
      indicator: ind.code,
      message: warning.partialCoverage(ind.code, j.year, missing.length, members.length, names(ctx, missing)),
    });
  }
  if (withData.length === 0) return { ...noData(NO_DATA, missingAttainment(j)), coverage };
  let out: IndicatorValue;
  switch (ind.aggregation) {
    case 'pooled':
    case 'sum': {
      const pooled = ind.aggregation === 'pooled';
      const p = poolInts(v.col, v.kinds, withData, pooled);
      const fast = p && p.d !== 0 ? ratioValue(j, p.n, p.nd, p.d, p.dd, true) : null;
      if (p && fast) {
        out = fast;
        if (pooled && ind.mayExceed100 && j.percent && cmpRatio(p.n, p.nd, p.d, p.dd) > 0) out.over100 = true;
        break;
      }
      const vals = withData.map((slot) => valueOf(v, slot));
      const agg = pooled ? pool(vals) : total(vals);
      out = fromMetric(j, agg);
      if (pooled && ind.mayExceed100 && j.percent && overExact(agg)) out.over100 = true;
      break;
    }
    case 'meanOfSchools': {
      const m = meanOfColumn(v.col, v.kinds, withData);
      out = m ? fromFraction(j, m, m, ONE) : noData(NO_DATA, missingAttainment(j));
      break;
    }
    case 'schoolShare':
    case 'share':
    case 'count': {
      let yes = 0;
      for (const slot of withData)
        if (ind.aggregation === 'schoolShare' ? v.meets[slot] === 1 : v.kinds[slot] === YES) yes++;
      const n = withData.length;
      const count = ind.aggregation === 'count' || (ind.aggregation === 'schoolShare' && !j.percent);
      if (count) {
        const attainment = attainmentOfInts(j, yes, 1);
        out = { value: yes, num: yes, den: n, bool: null, display: formatInt(yes), attainment };
      } else out = ratioValue(j, yes, 1, n, 1, true) as IndicatorValue;
      break;
    }
    case 'all': {
      let all: boolean | null = true;
      for (const slot of withData) if (v.kinds[slot] === NO) all = false;
      if (all === true && missing.length > 0) all = null;
      out = all === null ? noData(NO_DATA, missingAttainment(j)) : boolValue(j, all, true);
      break;
    }
  }
  return { ...out, coverage };
}

function compute(ctx: Ctx, ind: Indicator, year: number): IndicatorYear {
  const owner = indicatorText.owner(ind.code);
  const j = judgeOf(ind, year);
  const bySlot: Array<SchoolIndicatorValue | undefined> = new Array<undefined>(ctx.codes.length);
  if (!FITS[ind.aggregation].includes(ind.metric.kind)) {
    addWarning(ctx, {
      code: 'badAggregation',
      indicator: ind.code,
      message: warning.badAggregation(ind.code, ind.aggregation, ind.metric.kind),
    });
    ctx.schools.forEach((s, i) => {
      const sv = { ...noData(reason.badAggregation, 'noTarget'), inScope: inScope(ind.scope, s) };
      bySlot[ctx.slots[i] as number] = sv;
    });
    return { bySlot, municipal: noData(reason.badAggregation, missingAttainment(j)), byCode: null };
  }
  const percent = j.percent;
  // a school's own value is judged against the target only for shares pooled or averaged over schools
  const judged = ind.aggregation === 'pooled' || ind.aggregation === 'meanOfSchools';
  const share = ind.aggregation === 'schoolShare';
  const c = compileOnce(ctx, ind.metric, owner);
  const col = metricColumn(ctx, c, year);
  const v: Values = { col, kinds: new Uint8Array(ctx.codes.length), meets: new Int8Array(ctx.codes.length) };
  const over: string[] = [];
  const mask = scopeMask(ctx, ind.scope);
  ctx.schools.forEach((s, i) => {
    const slot = ctx.slots[i] as number;
    let k = kindAt(ctx, c, col, slot);
    let why: string | null = null;
    const over100 = percent && isOver100(col, slot, k);
    if (over100 && !ind.mayExceed100) {
      addProblem(ctx, {
        school: s.code,
        year,
        field: null,
        message: problem.over100(
          schoolLabel(s),
          year,
          `${ind.code} ${ind.name}`,
          displayValue(valueAt(col, slot, k), percent),
        ),
      });
      k = NONE;
      why = reason.over100;
    } else if (over100) over.push(s.code);
    v.kinds[slot] = k;
    let m: boolean | null | undefined;
    if (share) {
      m = meetsOf(ctx, ind, s, slot, year, owner);
      v.meets[slot] = m === null ? -1 : m ? 1 : 0;
    }
    const sv = schoolValue(j, col, slot, k, why, judged, mask[i] === 1, over100 && ind.mayExceed100, m);
    bySlot[slot] = sv;
  });
  if (over.length > 0)
    addWarning(ctx, {
      code: 'over100',
      indicator: ind.code,
      message: warning.over100(ind.code, year, names(ctx, over)),
    });

  let members: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) members.push(i);
  if (share && ind.denominator === 'identifiedThisYear') {
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
    members = [];
    ctx.schools.forEach((s, i) => {
      const id = identified(ctx, ind, rules, s, year);
      if (id === null) unknown.push(s.code);
      if (id === true) members.push(i);
    });
    if (unknown.length > 0) {
      addWarning(ctx, {
        code: 'identificationNoData',
        indicator: ind.code,
        message: warning.identificationNoData(ind.code, year, names(ctx, unknown)),
      });
    }
  }
  return { bySlot, municipal: municipalOf(ctx, j, members, v), byCode: null };
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
