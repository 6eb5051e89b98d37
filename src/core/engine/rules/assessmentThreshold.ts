// This file evaluates the assessmentThreshold rule: for every assessment of the program matching the
// rule's patterns, the share Σnum measures / Σden measures against the threshold with the seed's
// operator kept exactly («не менее 30 %» is ≥, «более 30 %» is >). An assessment the school left blank
// is not taken; 0 participants is «нет данных», never a low result; more «2» than participants is a
// data problem and the assessment is left out.
import { assessmentLabel, type Assessment } from '../../fields';
import { cmp, frac, type Fraction, fromDecimal } from '../../fraction';
import { formatInt, formatPercent, NO_DATA } from '../../format';
import type { RuleKind } from '../../program';
import { problem, reason } from '../../text/indicators';
import { MEASURE_SHORT, OP_NEGATED, OP_SYMBOL, ruleText } from '../../text/rules';
import { compare, displayThreshold } from '../compare';
import { addProblem, compiled, type Ctx, memo } from '../context';
import { matchesKey } from '../dictionary';
import { BAD, fieldLabel, readNumber } from '../reader';
import type { AssessmentCheck, RuleDetails } from '../types';
import type { Verdict } from './verdict';

export type ThresholdKind = Extract<RuleKind, { type: 'assessmentThreshold' }>;

interface Target {
  key: string;
  label: string;
  num: string[];
  den: string[];
  measure: string;
}

interface Compiled {
  targets: Target[];
  threshold: Fraction | null;
}

function compile(ctx: Ctx, kind: ThresholdKind): Compiled {
  const targets: Target[] = [];
  for (const a of ctx.program.assessments) {
    const key = `${a.procedure}.${a.subject}.${a.grade}`;
    if (!kind.assessments.some((p) => matchesKey(p, key))) continue;
    const num = kind.num.filter((m) => a.measures.includes(m as Assessment['measures'][number]));
    const den = kind.den.filter((m) => a.measures.includes(m as Assessment['measures'][number]));
    if (num.length === 0 || den.length === 0) continue;
    targets.push({
      key,
      label: assessmentLabel(a),
      num: num.map((m) => `${key}.${m}`),
      den: den.map((m) => `${key}.${m}`),
      measure: num.map((m) => MEASURE_SHORT[m] ?? m).join(' и '),
    });
  }
  return { targets, threshold: fromDecimal(kind.threshold.value) };
}

function sumOf(ctx: Ctx, school: string, year: number, codes: string[]): number | null | string {
  let s = 0;
  let missing = 0;
  for (const c of codes) {
    const v = readNumber(ctx, school, year, c);
    if (v === BAD) return reason.bad(fieldLabel(ctx, c));
    if (v === null) missing++;
    else s += v;
  }
  if (missing === codes.length) return null;
  if (missing > 0) return reason.partial(fieldLabel(ctx, codes.find((c) => readNumber(ctx, school, year, c) === null) ?? ''));
  return s;
}

function check(ctx: Ctx, kind: ThresholdKind, c: Compiled, t: Target, school: string, year: number): AssessmentCheck | null {
  const num = sumOf(ctx, school, year, t.num);
  const den = sumOf(ctx, school, year, t.den);
  if (num === null && den === null) return null; // not taken
  const base = { key: t.key, label: t.label, year };
  const noData = (why: string): AssessmentCheck => ({
    ...base,
    num: typeof num === 'number' ? num : null,
    den: typeof den === 'number' ? den : null,
    display: NO_DATA,
    low: null,
    text: ruleText.checkNoData(t.label, why),
  });
  if (typeof den === 'string') return noData(den);
  if (den === 0 && (num === null || num === 0)) return noData(reason.noParticipants);
  if (typeof num === 'string') return noData(num);
  if (num === null) return noData(reason.missing(fieldLabel(ctx, t.num[0] ?? '')));
  if (den === null) return noData(reason.missing(fieldLabel(ctx, t.den[0] ?? '')));
  if (num > den) {
    const s = ctx.schoolByCode.get(school);
    addProblem(ctx, { school, year, field: t.num[0] ?? null, message: problem.numOverDen(`${s?.name ?? school} (${school})`, year, t.label, num, den) });
    return noData(reason.over100);
  }
  const ratio = frac(num, den);
  const display = formatPercent(ratio);
  if (c.threshold === null) return { ...base, num, den, display, low: null, text: ruleText.checkNoData(t.label, display) };
  const low = compare(frac(num * 100, den), kind.threshold.op, c.threshold);
  const symbol = low ? OP_SYMBOL[kind.threshold.op] : OP_NEGATED[kind.threshold.op];
  const text = ruleText.check(
    t.label,
    t.measure,
    ruleText.countOf(formatInt(num), formatInt(den), display),
    symbol,
    displayThreshold(kind.threshold.value, true),
  );
  return { ...base, num, den, display, low, text };
}

/** Every taken assessment matching the rule, checked against its threshold (memoised). */
export function assessmentChecks(ctx: Ctx, kind: ThresholdKind, school: string, year: number): AssessmentCheck[] {
  return memo(ctx, kind, school, year, () => {
    const c = compiled(ctx, kind, () => compile(ctx, kind));
    const out: AssessmentCheck[] = [];
    for (const t of c.targets) {
      const r = check(ctx, kind, c, t, school, year);
      if (r) out.push(r);
    }
    return out;
  });
}

/** Share of the check as a fraction for ranking the "worst" one in explanations. */
function share(ch: AssessmentCheck): Fraction | null {
  return ch.num !== null && ch.den !== null && ch.den > 0 ? frac(ch.num, ch.den) : null;
}

export function evaluateAssessmentThreshold(ctx: Ctx, kind: ThresholdKind, school: string, year: number): Verdict {
  const checks = assessmentChecks(ctx, kind, school, year);
  const details: RuleDetails = { type: 'assessmentThreshold', year, checks };
  const low = checks.filter((ch) => ch.low === true);
  if (low.length > 0) {
    return { status: 'flagged', flagged: true, explanation: ruleText.thresholdFlagged(year, low.map((ch) => ch.text)), details };
  }
  const known = checks.filter((ch) => ch.low === false);
  if (known.length === 0) return { status: 'noData', flagged: null, explanation: ruleText.thresholdNoData(year), details };
  // the check nearest to breaching: the largest share for ≥ / >, the smallest for ≤ / <
  const higherWorse = kind.threshold.op !== 'lte' && kind.threshold.op !== 'lt';
  let worst = known[0] as AssessmentCheck;
  for (const ch of known) {
    const a = share(ch);
    const b = share(worst);
    if (a && b && cmp(a, b) === (higherWorse ? 1 : -1)) worst = ch;
  }
  return { status: 'clear', flagged: false, explanation: ruleText.thresholdClear(year, known.length, worst.text), details };
}
