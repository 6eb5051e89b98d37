// This file evaluates the clusterRelative rule (seed 002 L48, L119): the school's value against its
// cluster's value for the same year — pooled Σnum/Σden over the cluster's schools with data, the
// school itself included (for counts: the mean of the schools' values) — with the rule's operator
// (`lt`: below the cluster flags). With noPositiveDynamicsYears = N it also requires no positive
// dynamics over N years: the value in Y is not strictly better than in Y-N+1.
import { cmp, toNumber, ZERO } from '../../fraction';
import type { RuleKind } from '../../program';
import { reason } from '../../text/indicators';
import { OP_NEGATED, OP_SYMBOL, ruleText } from '../../text/rules';
import { meanOf, pool } from '../aggregate';
import { describeValue, displayValue, holds, inUnits, isPercent } from '../compare';
import { type Ctx, sharedMemo } from '../context';
import { evaluateMetric, type MetricValue } from '../metric';
import type { YearValue } from '../types';
import { isPositive } from './dynamics';
import type { Verdict } from './verdict';

export type ClusterKind = Extract<RuleKind, { type: 'clusterRelative' }>;

interface ClusterValue {
  value: MetricValue;
  schools: number;
}

function clusterValue(ctx: Ctx, kind: ClusterKind, cluster: string, year: number, owner: string): ClusterValue {
  const m = sharedMemo(ctx, kind);
  const key = `${cluster}|${year}`;
  const hit = m.get(key) as ClusterValue | undefined;
  if (hit !== undefined) return hit;
  const values = ctx.schools
    .filter((s) => s.cluster === cluster)
    .map((s) => evaluateMetric(ctx, kind.metric, ctx.slotOf.get(s.code) as number, year, owner))
    .filter((v) => v.kind === 'ratio' || v.kind === 'amount');
  let v: ClusterValue;
  if (kind.metric.kind === 'value') {
    const mean = meanOf(values);
    v = {
      value: mean ? { kind: 'amount', value: mean } : { kind: 'none', reason: reason.noFields },
      schools: values.length,
    };
  } else {
    v = { value: pool(values), schools: values.length };
  }
  m.set(key, v);
  return v;
}

function yearValue(year: number, v: MetricValue, percent: boolean): YearValue {
  const f = inUnits(v, percent);
  return { year, value: f === null ? null : toNumber(f), display: displayValue(v, percent), met: null };
}

export function evaluateClusterRelative(
  ctx: Ctx,
  kind: ClusterKind,
  slot: number,
  year: number,
  owner: string,
  word: boolean,
): Verdict {
  const percent = isPercent(kind.metric);
  const cluster = ctx.schoolByCode.get(ctx.codes[slot] as string)?.cluster ?? null;
  const v = evaluateMetric(ctx, kind.metric, slot, year, owner);
  const schoolValue = yearValue(year, v, percent);
  if (cluster === null) {
    const details = {
      type: 'clusterRelative' as const,
      cluster,
      school: schoolValue,
      clusterValue: yearValue(year, { kind: 'none', reason: reason.noCluster }, percent),
      below: null,
    };
    return { status: 'noData', flagged: null, explanation: ruleText.clusterNoCluster, details };
  }
  const cv = clusterValue(ctx, kind, cluster, year, owner);
  const clusterYear = yearValue(year, cv.value, percent);
  const fs = inUnits(v, percent);
  const fc = inUnits(cv.value, percent);
  const below = fs !== null && fc !== null ? holds(kind.op, cmp(fs, fc)) : null;
  const n = kind.noPositiveDynamicsYears;
  if (!word) {
    let positive: boolean | null = null;
    if (n !== undefined) {
      const fa = inUnits(evaluateMetric(ctx, kind.metric, slot, year - n + 1, owner), percent);
      positive = fa !== null && fs !== null ? isPositive(fa, fs, kind.direction, ZERO) : null;
    }
    if (below === false || positive === true)
      return { status: 'clear', flagged: false, explanation: '', details: null };
    if (below === true && (n === undefined || positive === false))
      return { status: 'flagged', flagged: true, explanation: '', details: null };
    return { status: 'noData', flagged: null, explanation: '', details: null };
  }
  const parts: string[] = [];
  if (below === null) {
    parts.push(ruleText.clusterNoData(fs === null ? describeValue(v, percent) : describeValue(cv.value, percent)));
  } else {
    parts.push(
      ruleText.clusterCompare(
        cluster,
        describeValue(v, percent),
        below ? OP_SYMBOL[kind.op] : OP_NEGATED[kind.op],
        clusterYear.display,
        cv.schools,
      ),
    );
  }
  let positive: boolean | null = null;
  let dynamics;
  if (n !== undefined) {
    const fromYear = year - n + 1;
    const a = evaluateMetric(ctx, kind.metric, slot, fromYear, owner);
    const fa = inUnits(a, percent);
    positive = fa !== null && fs !== null ? isPositive(fa, fs, kind.direction, ZERO) : null;
    dynamics = { fromYear, toYear: year, from: yearValue(fromYear, a, percent), to: schoolValue, positive };
    parts.push(ruleText.clusterDynamics(fromYear, year, dynamics.from.display, schoolValue.display, positive));
  }
  const details = {
    type: 'clusterRelative' as const,
    cluster,
    school: schoolValue,
    clusterValue: clusterYear,
    below,
    ...(dynamics ? { dynamics } : {}),
  };
  const explanation = ruleText.sentence(parts);
  if (below === false || positive === true) return { status: 'clear', flagged: false, explanation, details };
  if (below === true && (n === undefined || positive === false))
    return { status: 'flagged', flagged: true, explanation, details };
  return { status: 'noData', flagged: null, explanation, details };
}
