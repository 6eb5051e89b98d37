// This file lists the editable numbers of a program's rules (thresholds, operators, counts) as flat
// parameters, and applies edited values back. The `Правила` tab shows one row per parameter, so a
// methodologist changes «30» to «25» in a cell and the next report uses it.
import type { Condition, Op, Program, Rule, RuleKind } from '../program';

export interface RuleParam {
  rule: string;
  /** Stable key within the rule: threshold, minPrevYear, minEachOfTwo, years, minChange, minCount, or a criterion code. */
  key: string;
  label: string;
  /** Operator for thresholds; null where the parameter is a plain number. */
  op: Op | null;
  /** Number, or for yes/no criteria the flag value that meets it. */
  value: number | boolean;
  unit: '%' | 'шт.' | 'лет' | 'п.п.' | 'да/нет' | '';
  source: string | null;
}

/** The editable parameters of every rule, in program order. */
export function ruleParams(program: Program): RuleParam[] {
  return program.rules.flatMap((r) => paramsOf(r));
}

function paramsOf(rule: Rule): RuleParam[] {
  const base = { rule: rule.code };
  const k = rule.kind;
  switch (k.type) {
    case 'assessmentThreshold':
      return [
        {
          ...base,
          key: 'threshold',
          label: rule.name,
          op: k.threshold.op,
          value: k.threshold.value,
          unit: '%',
          source: k.threshold.source,
        },
      ];
    case 'multiYear':
      return [
        {
          ...base,
          key: 'minPrevYear',
          label: 'процедур с низким результатом в предыдущем году',
          op: 'gte',
          value: k.minPrevYear.value,
          unit: 'шт.',
          source: k.minPrevYear.source,
        },
        {
          ...base,
          key: 'minEachOfTwo',
          label: 'процедур в каждом из двух предыдущих лет',
          op: 'gte',
          value: k.minEachOfTwo.value,
          unit: 'шт.',
          source: k.minEachOfTwo.source,
        },
      ];
    case 'consecutiveYears':
      return [
        ...conditionParam(base.rule, 'threshold', rule.name, k.condition, rule.source),
        { ...base, key: 'years', label: 'лет подряд', op: null, value: k.years, unit: 'лет', source: rule.source },
      ];
    case 'clusterRelative':
      return [];
    case 'dynamics':
      return [
        {
          ...base,
          key: 'minChange',
          label: 'минимальное изменение',
          op: 'gte',
          value: k.minChange.value,
          unit: 'п.п.',
          source: k.minChange.source,
        },
      ];
    case 'criteriaCount':
      return [
        {
          ...base,
          key: 'minCount',
          label: 'критериев достаточно для отнесения',
          op: 'gte',
          value: k.minCount.value,
          unit: 'шт.',
          source: k.minCount.source,
        },
        ...k.criteria.flatMap((c) => conditionParam(base.rule, c.code, `${c.code}. ${c.name}`, c.condition, c.source)),
      ];
  }
}

function conditionParam(rule: string, key: string, label: string, c: Condition, source: string | null): RuleParam[] {
  if (c.threshold) {
    const unit = c.metric.kind === 'ratio' ? '%' : 'шт.';
    return [{ rule, key, label, op: c.threshold.op, value: c.threshold.value, unit, source: c.threshold.source }];
  }
  if (c.equals !== undefined) return [{ rule, key, label, op: null, value: c.equals, unit: 'да/нет', source }];
  return [];
}

export interface ParamEdit {
  rule: string;
  key: string;
  op: Op | null;
  value: number | boolean;
}

/** Returns a copy of `program` with the edited parameters applied (unknown rule/key pairs are ignored by the caller's check). */
export function applyParams(program: Program, edits: ParamEdit[]): Program {
  const byRule = new Map<string, ParamEdit[]>();
  for (const e of edits) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  return {
    ...program,
    rules: program.rules.map((r) => {
      const es = byRule.get(r.code);
      return es ? { ...r, kind: es.reduce((kind, e) => applyEdit(kind, e), r.kind) } : r;
    }),
  };
}

const EDITED = 'изменено в таблице';

function applyEdit(kind: RuleKind, e: ParamEdit): RuleKind {
  const num = typeof e.value === 'number' ? e.value : null;
  switch (kind.type) {
    case 'assessmentThreshold':
      return e.key === 'threshold' && num !== null ? { ...kind, threshold: edited(kind.threshold, e.op, num) } : kind;
    case 'multiYear':
      if (num === null) return kind;
      if (e.key === 'minPrevYear')
        return kind.minPrevYear.value !== num ? { ...kind, minPrevYear: { value: num, source: EDITED } } : kind;
      if (e.key === 'minEachOfTwo')
        return kind.minEachOfTwo.value !== num ? { ...kind, minEachOfTwo: { value: num, source: EDITED } } : kind;
      return kind;
    case 'consecutiveYears':
      if (e.key === 'years' && num !== null) return { ...kind, years: num };
      return e.key === 'threshold' ? { ...kind, condition: editCondition(kind.condition, e) } : kind;
    case 'clusterRelative':
      return kind;
    case 'dynamics':
      return e.key === 'minChange' && num !== null && kind.minChange.value !== num
        ? { ...kind, minChange: { value: num, source: EDITED } }
        : kind;
    case 'criteriaCount':
      if (e.key === 'minCount' && num !== null)
        return kind.minCount.value !== num ? { ...kind, minCount: { value: num, source: EDITED } } : kind;
      return {
        ...kind,
        criteria: kind.criteria.map((c) => (c.code === e.key ? { ...c, condition: editCondition(c.condition, e) } : c)),
      };
  }
}

function editCondition(c: Condition, e: ParamEdit): Condition {
  if (c.threshold && typeof e.value === 'number') return { ...c, threshold: edited(c.threshold, e.op, e.value) };
  if (c.equals !== undefined && typeof e.value === 'boolean') return { ...c, equals: e.value };
  return c;
}

function edited(t: { op: Op; value: number; source: string | null }, op: Op | null, value: number) {
  const nextOp = op ?? t.op;
  return nextOp === t.op && t.value === value ? t : { op: nextOp, value, source: EDITED };
}
