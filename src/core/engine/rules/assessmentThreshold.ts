// This file evaluates the assessmentThreshold rule: for every assessment of the program matching the
// rule's patterns, the share Σnum measures / Σden measures against the threshold with the seed's
// operator kept exactly («не менее 30 %» is ≥, «более 30 %» is >). An assessment the school left blank
// is not taken; 0 participants is «нет данных», never a low result; more «2» than participants is a
// data problem and the assessment is left out. Checks are computed as numbers into a per-year column
// (counts and verdicts by school and assessment) and worded only when a verdict shows them, which
// keeps large municipalities fast.
import { assessmentLabel, type AssessmentMeasure, PROCEDURES, SUBJECTS } from '../../fields';
import { cmpRatio, frac, type Fraction, fromDecimal, HUNDRED, mul } from '../../fraction';
import { formatInt, formatPercentOf, NO_DATA } from '../../format';
import type { RuleKind } from '../../program';
import { problem, reason } from '../../text/indicators';
import { MEASURE_SHORT, OP_NEGATED, OP_SYMBOL, ruleText } from '../../text/rules';
import { compare, displayThreshold, holds } from '../compare';
import { addProblem, column, compiled, type Ctx, type YearRows } from '../context';
import { matchesKey } from '../dictionary';
import {
  BLANK,
  fieldReason,
  FILLED,
  indexOf,
  INVALID,
  MISSING,
  MIXED,
  NUMBER,
  readNumber,
  rowBase,
  yearRows,
} from '../reader';
import type { AssessmentCheck, RuleDetails } from '../types';
import type { Verdict } from './verdict';

export type ThresholdKind = Extract<RuleKind, { type: 'assessmentThreshold' }>;

interface Field {
  code: string;
  index: number;
}

export interface Target {
  key: string;
  /** The assessment's id in the dictionary (−1 when undeclared). */
  group: number;
  label: string;
  /** procedure × subject: `vpr.math`, «ВПР математика». */
  procedure: { key: string; label: string };
  num: Field[];
  den: Field[];
  /** One count field on each side (the usual «2» / участников): read directly when the assessment is filled. */
  single: boolean;
  measure: string;
  /** «30 %» */
  threshold: string;
}

export interface Compiled {
  targets: Target[];
  threshold: Fraction | null;
}

/** Check states in a column. */
const PENDING = 0;
const NOT_TAKEN = 1;
export const LOW = 2;
export const NOT_LOW = 3;
const NO_VERDICT = 4;

/**
 * The checks of one rule kind in one year: per school slot and target (slot × targets + target),
 * the state, the counts (NaN: none) and why there is no verdict.
 */
export interface ChecksColumn {
  year: number;
  done: Uint8Array;
  state: Uint8Array;
  num: Float64Array;
  den: Float64Array;
  /** Why a check has no verdict, by index (sparse). */
  why: Map<number, string | null>;
}

function compileKind(ctx: Ctx, kind: ThresholdKind): Compiled {
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
      group: ctx.dict.entries.get(`${key}.${num[0]}`)?.group ?? -1,
      label: assessmentLabel(a),
      procedure: { key: `${a.procedure}.${a.subject}`, label: `${PROCEDURES[a.procedure]} ${SUBJECTS[a.subject]}` },
      num: num.map((m) => field(`${key}.${m}`)),
      den: den.map((m) => field(`${key}.${m}`)),
      single: num.length === 1 && den.length === 1 && num[0] !== 'mean' && den[0] !== 'mean',
      measure: ruleText.measures(num.map((m) => MEASURE_SHORT[m] ?? m)),
      threshold: displayThreshold(kind.threshold.value, true),
    });
  }
  return { targets, threshold: fromDecimal(kind.threshold.value) };
}

export function compiledKind(ctx: Ctx, kind: ThresholdKind): Compiled {
  return compiled(ctx, kind, compileKind);
}

// Result of `sumOf` (it does not re-enter itself): the sum, NaN when all blank, or a reason.
let sumWhy: string | null = null;

/** Σ of the fields; NaN when all are blank; sets sumWhy when one is bad or some are blank. */
function sumOf(ctx: Ctx, y: YearRows, slot: number, base: number, fields: Field[], filled: boolean): number {
  sumWhy = null;
  if (filled) {
    let t = 0;
    for (const f of fields) t += y.nums[base + f.index] as number;
    if (Number.isSafeInteger(t)) return t;
    sumWhy = fieldReason(ctx, 'bad', fields[0]?.code ?? '');
    return Number.NaN;
  }
  let s = 0;
  let missing: Field | null = null;
  let present = 0;
  for (const f of fields) {
    let st = f.index >= 0 ? y.state[base + f.index] : -1;
    let v = st === NUMBER ? (y.nums[base + f.index] as number) : 0;
    if (st !== NUMBER && st !== MISSING && st !== INVALID) {
      const r = readNumber(ctx, y, slot, f.index, f.code);
      st = typeof r === 'number' ? NUMBER : r === null ? MISSING : INVALID;
      v = typeof r === 'number' ? r : 0;
    }
    if (st === INVALID) {
      sumWhy = fieldReason(ctx, 'bad', f.code);
      return Number.NaN;
    }
    if (st === MISSING) missing ??= f;
    else {
      s += v;
      present++;
    }
  }
  if (missing === null) {
    if (Number.isSafeInteger(s)) return s;
    sumWhy = fieldReason(ctx, 'bad', fields[0]?.code ?? '');
    return Number.NaN;
  }
  if (present > 0) sumWhy = fieldReason(ctx, 'partial', missing.code);
  return Number.NaN;
}

function low(kind: ThresholdKind, c: Compiled, num: number, den: number): boolean {
  const t = c.threshold as Fraction;
  const n100 = num * 100;
  if (Number.isSafeInteger(n100) && typeof t.n === 'number' && typeof t.d === 'number')
    return holds(kind.threshold.op, cmpRatio(n100, den, t.n, t.d));
  return compare(mul(frac(num, den), HUNDRED), kind.threshold.op, t);
}

/** More «2» than participants: a data problem, the assessment is left out. */
function numOverDen(ctx: Ctx, year: number, slot: number, t: Target, num: number, den: number): void {
  const code = ctx.codes[slot] as string;
  const s = ctx.schoolByCode.get(code);
  addProblem(ctx, {
    school: code,
    year,
    field: t.num[0]?.code ?? null,
    message: problem.numOverDen(`${s?.name ?? code} (${code})`, year, t.label, num, den),
  });
}

function fill(ctx: Ctx, kind: ThresholdKind, c: Compiled, col: ChecksColumn, slot: number): void {
  const y = yearRows(ctx, col.year);
  const base = rowBase(ctx, y, slot);
  const nt = c.targets.length;
  const gBase = slot * ctx.dict.assessments.length;
  for (let ti = 0; ti < nt; ti++) {
    const t = c.targets[ti] as Target;
    const k = slot * nt + ti;
    const gs = t.group >= 0 ? (y.groups[gBase + t.group] as number) : MIXED;
    if (gs === BLANK) {
      col.state[k] = NOT_TAKEN;
      continue;
    }
    if (gs === FILLED && t.single && c.threshold !== null) {
      const num = y.nums[base + (t.num[0] as Field).index] as number;
      const den = y.nums[base + (t.den[0] as Field).index] as number;
      col.num[k] = num;
      col.den[k] = den;
      if (den === 0 && num === 0) {
        col.state[k] = NO_VERDICT;
        col.why.set(k, reason.noParticipants);
      } else if (num > den) {
        numOverDen(ctx, col.year, slot, t, num, den);
        col.state[k] = NO_VERDICT;
        col.why.set(k, reason.over100);
      } else col.state[k] = low(kind, c, num, den) ? LOW : NOT_LOW;
      continue;
    }
    const num = sumOf(ctx, y, slot, base, t.num, gs === FILLED);
    const numWhy = sumWhy;
    const den = sumOf(ctx, y, slot, base, t.den, gs === FILLED);
    const denWhy = sumWhy;
    if (num !== num && numWhy === null && den !== den && denWhy === null) {
      col.state[k] = NOT_TAKEN;
      continue;
    }
    col.num[k] = num;
    col.den[k] = den;
    let why: string | null = null;
    if (denWhy !== null) why = denWhy;
    else if (den === 0 && (num !== num ? numWhy === null : num === 0)) why = reason.noParticipants;
    else if (numWhy !== null) why = numWhy;
    else if (num !== num) why = fieldReason(ctx, 'missing', t.num[0]?.code ?? '');
    else if (den !== den) why = fieldReason(ctx, 'missing', t.den[0]?.code ?? '');
    else if (num > den) {
      numOverDen(ctx, col.year, slot, t, num, den);
      why = reason.over100;
    }
    if (why !== null || c.threshold === null) {
      col.state[k] = NO_VERDICT;
      col.why.set(k, why);
      continue;
    }
    col.state[k] = low(kind, c, num, den) ? LOW : NOT_LOW;
  }
}

function newChecks(ctx: Ctx, kind: ThresholdKind, year: number): ChecksColumn {
  const n = ctx.codes.length * compiledKind(ctx, kind).targets.length;
  return {
    year,
    done: new Uint8Array(ctx.codes.length),
    state: new Uint8Array(n),
    num: new Float64Array(n),
    den: new Float64Array(n),
    why: new Map(),
  };
}

/** Every assessment matching the rule, with counts and verdicts, for the school in the year (memoised). */
export function checksOf(ctx: Ctx, kind: ThresholdKind, slot: number, year: number): ChecksColumn {
  const c = compiledKind(ctx, kind);
  const col = column(ctx, kind, year, newChecks);
  if (col.done[slot] === PENDING) {
    col.done[slot] = 1;
    fill(ctx, kind, c, col, slot);
  }
  return col;
}

function count(v: number): number | null {
  return v === v ? v : null;
}

/** The worded check: «ВПР математика 5 кл.: «2» у 9 из 27 (33,3 %) ≥ 30 %». */
export function wordCheck(kind: ThresholdKind, t: Target, col: ChecksColumn, k: number): AssessmentCheck {
  const state = col.state[k];
  const num = count(col.num[k] as number);
  const den = count(col.den[k] as number);
  const low = state === LOW ? true : state === NOT_LOW ? false : null;
  const why = state === NO_VERDICT ? (col.why.get(k) ?? null) : null;
  const { key, label } = t;
  const year = col.year;
  if (num === null || den === null || den === 0 || why !== null) {
    const text = ruleText.checkNoData(label, why ?? NO_DATA);
    return { key, label, year, num, den, low, display: NO_DATA, text };
  }
  const display = formatPercentOf(num, den);
  if (low === null) return { key, label, year, num, den, low, display, text: ruleText.checkNoData(label, display) };
  const symbol = low ? OP_SYMBOL[kind.threshold.op] : OP_NEGATED[kind.threshold.op];
  const countOf = ruleText.countOf(formatInt(num), formatInt(den), display);
  return {
    key,
    label,
    year,
    num,
    den,
    low,
    display,
    text: ruleText.check(label, t.measure, countOf, symbol, t.threshold),
  };
}

export function evaluateAssessmentThreshold(
  ctx: Ctx,
  kind: ThresholdKind,
  slot: number,
  year: number,
  word: boolean,
): Verdict {
  const c = compiledKind(ctx, kind);
  const col = checksOf(ctx, kind, slot, year);
  const nt = c.targets.length;
  const from = slot * nt;
  let lows = 0;
  let clear = 0;
  let taken = 0;
  for (let k = from; k < from + nt; k++) {
    const st = col.state[k];
    if (st === LOW) lows++;
    else if (st === NOT_LOW) clear++;
    if (st !== NOT_TAKEN) taken++;
  }
  if (!word) {
    if (lows > 0) return { status: 'flagged', flagged: true, explanation: '', details: null };
    if (clear > 0) return { status: 'clear', flagged: false, explanation: '', details: null };
    return { status: 'noData', flagged: null, explanation: '', details: null };
  }
  const checks: AssessmentCheck[] = [];
  for (let ti = 0; ti < nt; ti++) {
    const st = col.state[from + ti];
    if (st === LOW || st === NO_VERDICT) checks.push(wordCheck(kind, c.targets[ti] as Target, col, from + ti));
  }
  if (lows > 0) {
    const details: RuleDetails = { type: 'assessmentThreshold', year, evaluated: taken, checks, nearest: null };
    const texts: string[] = [];
    for (const ch of checks) if (ch.low === true) texts.push(ch.text);
    return { status: 'flagged', flagged: true, explanation: ruleText.thresholdFlagged(year, texts), details };
  }
  if (clear === 0) {
    const details: RuleDetails = { type: 'assessmentThreshold', year, evaluated: taken, checks, nearest: null };
    return { status: 'noData', flagged: null, explanation: ruleText.thresholdNoData(year), details };
  }
  // the check nearest to breaching: the largest share for ≥ / >, the smallest for ≤ / <
  const higherWorse = kind.threshold.op !== 'lte' && kind.threshold.op !== 'lt';
  let worst = -1;
  for (let k = from; k < from + nt; k++) {
    if (col.state[k] !== NOT_LOW) continue;
    if (worst < 0) {
      worst = k;
      continue;
    }
    const an = col.num[k] as number;
    const ad = col.den[k] as number;
    const bn = col.num[worst] as number;
    const bd = col.den[worst] as number;
    if (ad > 0 && bd > 0 && cmpRatio(an, ad, bn, bd) === (higherWorse ? 1 : -1)) worst = k;
  }
  const nearest = wordCheck(kind, c.targets[worst - from] as Target, col, worst);
  const details: RuleDetails = { type: 'assessmentThreshold', year, evaluated: taken, checks, nearest };
  return {
    status: 'clear',
    flagged: false,
    explanation: ruleText.thresholdClear(year, clear, nearest.text),
    details,
  };
}
