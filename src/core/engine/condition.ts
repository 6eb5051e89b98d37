// This file evaluates a Condition (a metric against a threshold, or a yes/no field being «да»/«нет»)
// for one school in one year, and words the result when a verdict shows it:
// «С1 Из неполных семей: 35 из 100 (35,0 %) > 30 %». Checking and wording are separate so that
// verdicts needed only for counting (identification, school shares) cost no text.
import { type Fraction, fromDecimal, toNumber } from '../fraction';
import { formatBool } from '../format';
import type { Condition } from '../program';
import { warning } from '../text/indicators';
import { OP_NEGATED, OP_SYMBOL, ruleText } from '../text/rules';
import { compare, describeValue, displayThreshold, displayValue, inUnits, isPercent } from './compare';
import { addWarning, compiled, type Ctx, slotOf } from './context';
import { evaluateMetric, type MetricValue } from './metric';
import { fieldLabel, row } from './reader';

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
  return compiled(ctx, cond, compileThreshold);
}

function check(ctx: Ctx, cond: Condition, school: string, year: number, owner: string): ConditionCheck {
  const v = evaluateMetric(ctx, cond.metric, school, year, owner);
  if (cond.metric.kind === 'flag') {
    const equals = cond.equals ?? true;
    return { met: v.kind === 'bool' ? v.value === equals : null, value: v, x: null };
  }
  const x = inUnits(v, isPercent(cond.metric));
  const t = threshold(ctx, cond);
  if (!t) {
    addWarning(ctx, { code: 'badCondition', message: warning.badCondition(owner) });
    return { met: null, value: v, x };
  }
  const op = cond.threshold?.op ?? 'gte';
  return { met: x === null || t.value === null ? null : compare(x, op, t.value), value: v, x };
}

/** Whether the condition holds (memoised per school-year). */
export function checkCondition(ctx: Ctx, cond: Condition, school: string, year: number, owner: string): ConditionCheck {
  const r = row(ctx, school, year);
  const slot = slotOf(ctx, cond);
  const hit = r.memo[slot] as ConditionCheck | undefined;
  if (hit !== undefined) return hit;
  const v = check(ctx, cond, school, year, owner);
  r.memo[slot] = v;
  return v;
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
