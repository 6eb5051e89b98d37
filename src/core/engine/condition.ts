// This file evaluates a Condition (a metric against a threshold, or a yes/no field being «да»/«нет»)
// for one school in one year, and words the result when a verdict shows it:
// «С1 Из неполных семей: 35 из 100 (35,0 %) > 30 %». Checking and wording are separate so that
// verdicts needed only for counting (identification, school shares) cost no text: the check is
// read from the metric column with integer cross-multiplication and memoised per condition and year.
import { cmpRatio, type Fraction, fromDecimal, toNumber } from '../fraction';
import { formatBool } from '../format';
import type { Condition } from '../program';
import { warning } from '../text/indicators';
import { OP_NEGATED, OP_SYMBOL, ruleText } from '../text/rules';
import { compare, describeValue, displayThreshold, displayValue, holds, inUnits, isPercent } from './compare';
import { addWarning, atYear, compiled, type Ctx, slotBytes, type Yearly, yearly } from './context';
import {
  AMOUNT,
  type CompiledMetric,
  compileOnce,
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
import { fieldLabel } from './reader';

export interface ConditionCheck {
  met: boolean | null;
  value: MetricValue;
  /** The value in condition units (percent for ratios), null for no data / yes-no. */
  x: Fraction | null;
}

export interface ConditionWords {
  display: string;
  number: number | null;
  /** «<label>: 9 из 27 (33,3 %) ≥ 30 %» */
  text: string;
}

interface CompiledThreshold {
  value: Fraction | null;
  text: string;
}

function compileThreshold(_ctx: Ctx, cond: Condition): CompiledThreshold | null {
  const t = cond.threshold;
  return t ? { value: fromDecimal(t.value), text: displayThreshold(t.value, isPercent(cond.metric)) } : null;
}

function threshold(ctx: Ctx, cond: Condition): CompiledThreshold | null {
  const cc = ctx.compiled.get(cond) as CompiledCondition | undefined;
  return cc ? cc.threshold : compileThreshold(ctx, cond);
}

const MET = 1;
const NOT_MET = 2;
const UNKNOWN = 3;

/** value (units: ×100 for a percent ratio) against the threshold, exactly; null: unknown. */
function decide(cond: Condition, t: CompiledThreshold, col: MetricColumn, slot: number, kind: number): boolean | null {
  const tv = t.value;
  if (tv === null) return null;
  const op = cond.threshold?.op ?? 'gte';
  if ((kind === RATIO || kind === AMOUNT) && typeof tv.n === 'number' && typeof tv.d === 'number') {
    let fn = col.nn[slot] as number;
    let fd = col.nd[slot] as number;
    if (kind === RATIO) {
      fn *= col.dd[slot] as number;
      fd *= col.dn[slot] as number;
    }
    if (fd < 0) {
      fn = -fn;
      fd = -fd;
    }
    if (kind === RATIO && isPercent(cond.metric)) fn *= 100;
    if (Number.isSafeInteger(fn) && Number.isSafeInteger(fd)) return holds(op, cmpRatio(fn, fd, tv.n, tv.d));
  }
  const x = inUnits(valueAt(col, slot, kind), isPercent(cond.metric));
  return x === null ? null : compare(x, op, tv);
}

function check(
  ctx: Ctx,
  cond: Condition,
  col: MetricColumn,
  slot: number,
  kind: number,
  owner: string,
): boolean | null {
  if (cond.metric.kind === 'flag') {
    const equals = cond.equals ?? true;
    return kind === YES ? equals : kind === NO ? !equals : null;
  }
  const t = threshold(ctx, cond);
  if (!t) {
    addWarning(ctx, { code: 'badCondition', message: warning.badCondition(owner) });
    return null;
  }
  return kind === NONE ? null : decide(cond, t, col, slot, kind);
}

/** A condition's metric and threshold, and whether it holds per year and slot (0: not yet). */
interface CompiledCondition {
  metric: CompiledMetric;
  threshold: CompiledThreshold | null;
  met: Yearly<Uint8Array>;
}

function compileCondition(ctx: Ctx, cond: Condition, owner: string): CompiledCondition {
  return { metric: compileOnce(ctx, cond.metric, owner), threshold: compileThreshold(ctx, cond), met: yearly() };
}

/** Whether the condition holds for the school in the year (memoised per condition and year). */
export function conditionMet(ctx: Ctx, cond: Condition, slot: number, year: number, owner: string): boolean | null {
  const cc = compiled(ctx, cond, compileCondition, owner);
  const memo = atYear(ctx, cc.met, cond, year, slotBytes);
  let m = memo[slot] as number;
  if (m === 0) {
    const c = cc.metric;
    const col = metricColumn(ctx, c, year);
    const met = check(ctx, cond, col, slot, kindAt(ctx, c, col, slot), owner);
    m = met === null ? UNKNOWN : met ? MET : NOT_MET;
    memo[slot] = m;
  }
  return m === UNKNOWN ? null : m === MET;
}

/** The check with its value, for wording. */
export function checkCondition(ctx: Ctx, cond: Condition, slot: number, year: number, owner: string): ConditionCheck {
  const met = conditionMet(ctx, cond, slot, year, owner);
  const c = compileOnce(ctx, cond.metric, owner);
  const col = metricColumn(ctx, c, year);
  const value = valueAt(col, slot, kindAt(ctx, c, col, slot));
  return { met, value, x: cond.metric.kind === 'flag' ? null : inUnits(value, isPercent(cond.metric)) };
}

export function wordCondition(ctx: Ctx, cond: Condition, c: ConditionCheck, label: string): ConditionWords {
  const percent = isPercent(cond.metric);
  const display = displayValue(c.value, percent);
  const number = c.x === null ? null : toNumber(c.x);
  if (cond.metric.kind === 'flag') {
    const shown = c.value.kind === 'bool' ? formatBool(c.value.value) : describeValue(c.value, false);
    return {
      display,
      number,
      text: ruleText.condition(label, ruleText.flagValue(fieldLabel(ctx, cond.metric.field), shown)),
    };
  }
  const t = threshold(ctx, cond);
  if (c.met === null || !t || !cond.threshold)
    return { display, number, text: ruleText.condition(label, describeValue(c.value, percent)) };
  const symbol = c.met ? OP_SYMBOL[cond.threshold.op] : OP_NEGATED[cond.threshold.op];
  return {
    display,
    number,
    text: ruleText.condition(label, ruleText.relation(describeValue(c.value, percent), symbol, t.text)),
  };
}
