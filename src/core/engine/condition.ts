// This file evaluates a Condition (a metric against a threshold, or a yes/no field being «да»/«нет»)
// for one school in one year and words the result: «С1 Из неполных семей: 35 из 100 (35,0 %) > 30 %».
import { fromDecimal } from '../fraction';
import type { Condition } from '../program';
import { OP_NEGATED, OP_SYMBOL, ruleText } from '../text/rules';
import { warning } from '../text/indicators';
import { compare, describeValue, displayThreshold, displayValue, inUnits, isPercent } from './compare';
import { addWarning, type Ctx } from './context';
import { evaluateMetric, type MetricValue } from './metric';
import { fieldLabel } from './reader';
import { formatBool } from '../format';

export interface ConditionOutcome {
  met: boolean | null;
  value: MetricValue;
  /** Value in units as a number (for YearValue), null for no data / yes-no. */
  number: number | null;
  display: string;
  /** «<label>: 9 из 27 (33,3 %) ≥ 30 %» */
  text: string;
}

export function evaluateCondition(ctx: Ctx, cond: Condition, school: string, year: number, label: string, owner: string): ConditionOutcome {
  const v = evaluateMetric(ctx, cond.metric, school, year, owner);
  const percent = isPercent(cond.metric);
  const display = displayValue(v, percent);
  if (cond.metric.kind === 'flag') {
    const equals = cond.equals ?? true;
    const met = v.kind === 'bool' ? v.value === equals : null;
    const shown = v.kind === 'bool' ? formatBool(v.value) : describeValue(v, false);
    return { met, value: v, number: null, display, text: ruleText.condition(label, ruleText.flagValue(fieldLabel(ctx, cond.metric.field), shown)) };
  }
  const t = cond.threshold;
  const x = inUnits(v, percent);
  if (!t) {
    addWarning(ctx, { code: 'badCondition', message: warning.badCondition(owner) });
    return { met: null, value: v, number: null, display, text: ruleText.condition(label, describeValue(v, percent)) };
  }
  const tf = fromDecimal(t.value);
  if (x === null || tf === null) {
    return { met: null, value: v, number: null, display, text: ruleText.condition(label, describeValue(v, percent)) };
  }
  const met = compare(x, t.op, tf);
  const symbol = met ? OP_SYMBOL[t.op] : OP_NEGATED[t.op];
  const text = ruleText.condition(label, ruleText.relation(describeValue(v, percent), symbol, displayThreshold(t.value, percent)));
  return { met, value: v, number: Number(x.n) / Number(x.d), display, text };
}
