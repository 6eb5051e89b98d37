// This file evaluates the assessmentThreshold rule: for every assessment of the program matching the
// rule's patterns, the share Σnum measures / Σden measures against the threshold with the seed's
// operator kept exactly («не менее 30 %» is ≥, «более 30 %» is >). An assessment the school left blank
// is not taken; 0 participants is «нет данных», never a low result; more «2» than participants is a
// data problem and the assessment is left out. Checks are computed as numbers first and worded only
// when a verdict shows them, which keeps large municipalities fast.
import { assessmentLabel, type AssessmentMeasure, PROCEDURES, SUBJECTS } from '../../fields';
import { cmp, frac, type Fraction, fromDecimal, HUNDRED, mul } from '../../fraction';
import { formatInt, formatPercent, NO_DATA } from '../../format';
import type { RuleKind } from '../../program';
import { problem, reason } from '../../text/indicators';
import { MEASURE_SHORT, OP_NEGATED, OP_SYMBOL, ruleText } from '../../text/rules';
import { compare, displayThreshold } from '../compare';
import { addProblem, compiled, type Ctx, type Row, slotOf } from '../context';
import { matchesKey } from '../dictionary';
import { BAD, fieldLabel, indexOf, readNumber, row } from '../reader';
import type { AssessmentCheck, RuleDetails } from '../types';
import type { Verdict } from './verdict';

export type ThresholdKind = Extract<RuleKind, { type: 'assessmentThreshold' }>;

interface Field {
  code: string;
  index: number;
}

export interface Target {
  key: string;
  label: string;
  /** procedure × subject: `vpr.math`, «ВПР математика». */
  procedure: { key: string; label: string };
  num: Field[];
  den: Field[];
  measure: string;
  /** «30 %» */
  threshold: string;
}

interface Compiled {
  targets: Target[];
  threshold: Fraction | null;
}

/** A check before wording: the counts, the verdict, or why there is none. */
export interface CoreCheck {
  target: Target;
  year: number;
  num: number | null;
  den: number | null;
  low: boolean | null;
  why: string | null;
}

function compile(ctx: Ctx, kind: ThresholdKind): Compiled {
  const targets: Target[] = [];
  const field = (code: string): Field => ({ code, index: indexOf(ctx, code) });
  for (const a of ctx.program.assessments) {
    const key = `${a.procedure}.${a.subject}.${a.grade}`;
    if (!kind.assessments.some((p) => matchesKey(p, key))) continue;
    const has = (m: string): boolean => a.measures.includes(m as AssessmentMeasure);
    const num = kind.num.filter(has);
    const den = kind.den.filter(has);
    if (num.length === 0 || den.length === 0) continue;
    targets.push({
      key,
      label: assessmentLabel(a),
      procedure: { key: `${a.procedure}.${a.subject}`, label: `${PROCEDURES[a.procedure]} ${SUBJECTS[a.subject]}` },
      num: num.map((m) => field(`${key}.${m}`)),
      den: den.map((m) => field(`${key}.${m}`)),
      measure: ruleText.measures(num.map((m) => MEASURE_SHORT[m] ?? m)),
      threshold: displayThreshold(kind.threshold.value, true),
    });
  }
  return { targets, threshold: fromDecimal(kind.threshold.value) };
}

/** Σ of the fields; null when all are blank; a reason string when one is bad or some are blank. */
function sumOf(ctx: Ctx, r: Row, fields: Field[]): number | null | string {
  let s = 0;
  let missing: Field | null = null;
  let present = 0;
  for (const f of fields) {
    const v = readNumber(ctx, r, f.index, f.code);
    if (v === BAD) return reason.bad(fieldLabel(ctx, f.code));
    if (v === null) missing ??= f;
    else {
      s += v;
      present++;
    }
  }
  if (missing === null) return Number.isSafeInteger(s) ? s : reason.bad(fieldLabel(ctx, fields[0]?.code ?? ''));
  return present === 0 ? null : reason.partial(fieldLabel(ctx, missing.code));
}

function check(ctx: Ctx, kind: ThresholdKind, c: Compiled, t: Target, r: Row): CoreCheck | null {
  const num = sumOf(ctx, r, t.num);
  const den = sumOf(ctx, r, t.den);
  if (num === null && den === null) return null; // not taken
  const out = (low: boolean | null, why: string | null): CoreCheck => ({
    target: t,
    year: r.year,
    num: typeof num === 'number' ? num : null,
    den: typeof den === 'number' ? den : null,
    low,
    why,
  });
  if (typeof den === 'string') return out(null, den);
  if (den === 0 && (num === null || num === 0)) return out(null, reason.noParticipants);
  if (typeof num === 'string') return out(null, num);
  if (num === null) return out(null, reason.missing(fieldLabel(ctx, t.num[0]?.code ?? '')));
  if (den === null) return out(null, reason.missing(fieldLabel(ctx, t.den[0]?.code ?? '')));
  if (num > den) {
    const s = ctx.schoolByCode.get(r.school);
    addProblem(ctx, {
      school: r.school,
      year: r.year,
      field: t.num[0]?.code ?? null,
      message: problem.numOverDen(`${s?.name ?? r.school} (${r.school})`, r.year, t.label, num, den),
    });
    return out(null, reason.over100);
  }
  if (c.threshold === null) return out(null, null);
  return out(compare(mul(frac(num, den), HUNDRED), kind.threshold.op, c.threshold), null);
}

/** Every taken assessment matching the rule, with counts and verdicts (memoised per school-year). */
export function coreChecks(ctx: Ctx, kind: ThresholdKind, school: string, year: number): CoreCheck[] {
  const r = row(ctx, school, year);
  const slot = slotOf(ctx, kind);
  const hit = r.memo[slot] as CoreCheck[] | undefined;
  if (hit !== undefined) return hit;
  const c = compiled(ctx, kind, compile);
  const out: CoreCheck[] = [];
  for (const t of c.targets) {
    const ch = check(ctx, kind, c, t, r);
    if (ch) out.push(ch);
  }
  r.memo[slot] = out;
  return out;
}

/** The worded check: «ВПР математика 5 кл.: «2» у 9 из 27 (33,3 %) ≥ 30 %». */
export function wordCheck(kind: ThresholdKind, ch: CoreCheck): AssessmentCheck {
  const t = ch.target;
  const base = { key: t.key, label: t.label, year: ch.year, num: ch.num, den: ch.den, low: ch.low };
  if (ch.num === null || ch.den === null || ch.den === 0 || ch.why !== null) {
    return { ...base, display: NO_DATA, text: ruleText.checkNoData(t.label, ch.why ?? NO_DATA) };
  }
  const display = formatPercent(frac(ch.num, ch.den));
  if (ch.low === null) return { ...base, display, text: ruleText.checkNoData(t.label, display) };
  const symbol = ch.low ? OP_SYMBOL[kind.threshold.op] : OP_NEGATED[kind.threshold.op];
  const countOf = ruleText.countOf(formatInt(ch.num), formatInt(ch.den), display);
  return { ...base, display, text: ruleText.check(t.label, t.measure, countOf, symbol, t.threshold) };
}

function share(ch: CoreCheck): Fraction | null {
  return ch.num !== null && ch.den !== null && ch.den > 0 ? frac(ch.num, ch.den) : null;
}

export function evaluateAssessmentThreshold(
  ctx: Ctx,
  kind: ThresholdKind,
  school: string,
  year: number,
  word: boolean,
): Verdict {
  const cores = coreChecks(ctx, kind, school, year);
  if (!word) {
    if (cores.some((ch) => ch.low === true))
      return { status: 'flagged', flagged: true, explanation: '', details: null };
    if (cores.some((ch) => ch.low === false))
      return { status: 'clear', flagged: false, explanation: '', details: null };
    return { status: 'noData', flagged: null, explanation: '', details: null };
  }
  const checks = cores.filter((ch) => ch.low !== false).map((ch) => wordCheck(kind, ch));
  const low = checks.filter((ch) => ch.low === true);
  if (low.length > 0) {
    const details: RuleDetails = { type: 'assessmentThreshold', year, evaluated: cores.length, checks, nearest: null };
    return {
      status: 'flagged',
      flagged: true,
      explanation: ruleText.thresholdFlagged(
        year,
        low.map((ch) => ch.text),
      ),
      details,
    };
  }
  const known = cores.filter((ch) => ch.low === false);
  let worst = known[0];
  if (worst === undefined) {
    const details: RuleDetails = { type: 'assessmentThreshold', year, evaluated: cores.length, checks, nearest: null };
    return { status: 'noData', flagged: null, explanation: ruleText.thresholdNoData(year), details };
  }
  // the check nearest to breaching: the largest share for ≥ / >, the smallest for ≤ / <
  const higherWorse = kind.threshold.op !== 'lte' && kind.threshold.op !== 'lt';
  for (const ch of known) {
    const a = share(ch);
    const b = share(worst);
    if (a && b && cmp(a, b) === (higherWorse ? 1 : -1)) worst = ch;
  }
  const nearest = wordCheck(kind, worst);
  const details: RuleDetails = { type: 'assessmentThreshold', year, evaluated: cores.length, checks, nearest };
  return {
    status: 'clear',
    flagged: false,
    explanation: ruleText.thresholdClear(year, known.length, nearest.text),
    details,
  };
}
