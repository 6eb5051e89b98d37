// This file evaluates the multi-year ШНОР rule of seed 001 L76: a school is ШНОР when (a) at least
// `minPrevYear` procedures had low results in the previous school year, OR (b) at least
// `minEachOfTwo` had low results in each of the two previous school years («и» joins two groups of
// schools, so the logic is OR). Year convention: for reporting year Y (school year ending in Y) the
// previous school year is Y-1 and the one before it Y-2. A "procedure" is procedure × subject (any
// grade low makes it low); with countGrades it is procedure × subject × grade. In (b) the procedure
// need not be the same in both years («хотя бы по одной … в каждом»).
import { PROCEDURES, type Procedure, SUBJECTS, type Subject } from '../../fields';
import type { RuleKind } from '../../program';
import { warning } from '../../text/indicators';
import { ruleText } from '../../text/rules';
import { addWarning, type Ctx } from '../context';
import type { ProcedureHit, RuleDetails } from '../types';
import { coreChecks, type ThresholdKind, wordCheck } from './assessmentThreshold';
import type { Verdict } from './verdict';

export type MultiYearKind = Extract<RuleKind, { type: 'multiYear' }>;

function baseKinds(ctx: Ctx, kind: MultiYearKind, owner: string): ThresholdKind[] {
  const hit = ctx.compiled.get(kind) as ThresholdKind[] | undefined;
  if (hit) return hit;
  const v = resolveKinds(ctx, kind, owner);
  ctx.compiled.set(kind, v);
  return v;
}

function resolveKinds(ctx: Ctx, kind: MultiYearKind, owner: string): ThresholdKind[] {
  const out: ThresholdKind[] = [];
  for (const code of [kind.rule, ...(kind.rules ?? [])]) {
    const r = ctx.rules.get(code);
    if (r?.kind.type === 'assessmentThreshold') out.push(r.kind);
    else addWarning(ctx, { code: 'unknownRule', rule: owner, message: warning.unknownRule(`Правило ${owner}`, code) });
  }
  return out;
}

function procedureOf(key: string, label: string, countGrades: boolean): { key: string; label: string } {
  if (countGrades) return { key, label };
  const [p, s] = key.split('.') as [Procedure, Subject];
  return { key: `${p}.${s}`, label: `${PROCEDURES[p]} ${SUBJECTS[s]}` };
}

interface YearLows {
  hasData: boolean;
  hits: ProcedureHit[];
}

function lows(ctx: Ctx, kinds: ThresholdKind[], school: string, year: number, countGrades: boolean, word: boolean): YearLows {
  const hits = new Map<string, ProcedureHit>();
  let hasData = false;
  for (const k of kinds) {
    for (const ch of coreChecks(ctx, k, school, year)) {
      if (ch.low !== null) hasData = true;
      if (ch.low !== true) continue;
      const p = procedureOf(ch.target.key, ch.target.label, countGrades);
      const hit = hits.get(p.key) ?? { key: p.key, label: p.label, checks: [] };
      if (word) hit.checks.push(wordCheck(k, ch));
      hits.set(p.key, hit);
    }
  }
  return { hasData, hits: [...hits.values()] };
}

function hitText(h: ProcedureHit): string {
  return ruleText.procedureHit(h.label, h.checks.map((c) => c.text));
}

export function evaluateMultiYear(ctx: Ctx, kind: MultiYearKind, school: string, year: number, owner: string, word: boolean): Verdict {
  const kinds = baseKinds(ctx, kind, owner);
  const prevYear = year - 1;
  const prevPrevYear = year - 2;
  const prev = lows(ctx, kinds, school, prevYear, kind.countGrades, word);
  const prevPrev = lows(ctx, kinds, school, prevPrevYear, kind.countGrades, word);
  const minPrev = kind.minPrevYear.value;
  const minEach = kind.minEachOfTwo.value;
  const byPrevYear = prev.hits.length >= minPrev;
  const byEachOfTwo = prev.hits.length >= minEach && prevPrev.hits.length >= minEach;
  if (!word) {
    if (byPrevYear || byEachOfTwo) return { status: 'flagged', flagged: true, explanation: '', details: null };
    if (!prev.hasData || (!prevPrev.hasData && prev.hits.length >= minEach)) return { status: 'noData', flagged: null, explanation: '', details: null };
    return { status: 'clear', flagged: false, explanation: '', details: null };
  }
  const details: RuleDetails = {
    type: 'multiYear',
    prevYear,
    prevPrevYear,
    lowPrev: prev.hits,
    lowPrevPrev: prevPrev.hits,
    countPrev: prev.hasData ? prev.hits.length : null,
    countPrevPrev: prevPrev.hasData ? prevPrev.hits.length : null,
    byPrevYear,
    byEachOfTwo,
  };
  const convention = ruleText.yearConvention(year);
  if (byPrevYear || byEachOfTwo) {
    const parts = [];
    if (byPrevYear) parts.push(ruleText.multiByPrev(prevYear, prev.hits.length, minPrev, prev.hits.map(hitText)));
    if (byEachOfTwo) parts.push(ruleText.multiByEach(prevPrevYear, prevYear, minEach, prevPrev.hits.map(hitText), prev.hits.map(hitText)));
    return { status: 'flagged', flagged: true, explanation: `${parts.join(' ')} ${convention}`, details };
  }
  if (!prev.hasData) return { status: 'noData', flagged: null, explanation: `${ruleText.multiNoDataPrev(prevYear)} ${convention}`, details };
  if (!prevPrev.hasData && prev.hits.length >= minEach) {
    return { status: 'noData', flagged: null, explanation: `${ruleText.multiNoDataPrevPrev(prevPrevYear, prevYear, prev.hits.length)} ${convention}`, details };
  }
  const countPrevPrev = prevPrev.hasData ? String(prevPrev.hits.length) : ruleText.noData;
  return {
    status: 'clear',
    flagged: false,
    explanation: `${ruleText.multiClear(prevPrevYear, prevYear, countPrevPrev, String(prev.hits.length), minPrev, minEach)} ${convention}`,
    details,
  };
}
