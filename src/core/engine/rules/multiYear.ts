// This file evaluates the multi-year ШНОР rule of seed 001 L76: a school is ШНОР when (a) at least
// `minPrevYear` procedures had low results in the previous school year, OR (b) at least
// `minEachOfTwo` had low results in each of the two previous school years («и» joins two groups of
// schools, so the logic is OR). Year convention: for reporting year Y (school year ending in Y) the
// previous school year is Y-1 and the one before it Y-2. A "procedure" is procedure × subject (any
// grade low makes it low); with countGrades it is procedure × subject × grade. In (b) the procedure
// need not be the same in both years («хотя бы по одной … в каждом»).
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
    else
      addWarning(ctx, { code: 'unknownRule', rule: owner, message: warning.unknownRule(ruleText.owner(owner), code) });
  }
  return out;
}

interface YearLows {
  hasData: boolean;
  /** Distinct low procedures. */
  count: number;
  /** The low procedures with their worded checks (only when wording). */
  hits: ProcedureHit[];
}

function lows(
  ctx: Ctx,
  kinds: ThresholdKind[],
  school: string,
  year: number,
  countGrades: boolean,
  word: boolean,
): YearLows {
  const hits = new Map<string, ProcedureHit | null>();
  let hasData = false;
  for (const k of kinds) {
    for (const ch of coreChecks(ctx, k, school, year)) {
      if (ch.low !== null) hasData = true;
      if (ch.low !== true) continue;
      const p = countGrades ? ch.target : ch.target.procedure;
      if (!word) {
        hits.set(p.key, null);
        continue;
      }
      const hit = hits.get(p.key) ?? { key: p.key, label: p.label, checks: [] };
      hit.checks.push(wordCheck(k, ch));
      hits.set(p.key, hit);
    }
  }
  const list: ProcedureHit[] = [];
  for (const h of hits.values()) if (h) list.push(h);
  return { hasData, count: hits.size, hits: list };
}

function hitText(h: ProcedureHit): string {
  return ruleText.procedureHit(
    h.label,
    h.checks.map((c) => c.text),
  );
}

export function evaluateMultiYear(
  ctx: Ctx,
  kind: MultiYearKind,
  school: string,
  year: number,
  owner: string,
  word: boolean,
): Verdict {
  const kinds = baseKinds(ctx, kind, owner);
  const prevYear = year - 1;
  const prevPrevYear = year - 2;
  const prev = lows(ctx, kinds, school, prevYear, kind.countGrades, word);
  const prevPrev = lows(ctx, kinds, school, prevPrevYear, kind.countGrades, word);
  const minPrev = kind.minPrevYear.value;
  const minEach = kind.minEachOfTwo.value;
  const byPrevYear = prev.count >= minPrev;
  const byEachOfTwo = prev.count >= minEach && prevPrev.count >= minEach;
  if (!word) {
    if (byPrevYear || byEachOfTwo) return { status: 'flagged', flagged: true, explanation: '', details: null };
    if (!prev.hasData || (!prevPrev.hasData && prev.count >= minEach))
      return { status: 'noData', flagged: null, explanation: '', details: null };
    return { status: 'clear', flagged: false, explanation: '', details: null };
  }
  const details: RuleDetails = {
    type: 'multiYear',
    prevYear,
    prevPrevYear,
    lowPrev: prev.hits,
    lowPrevPrev: prevPrev.hits,
    countPrev: prev.hasData ? prev.count : null,
    countPrevPrev: prevPrev.hasData ? prevPrev.count : null,
    byPrevYear,
    byEachOfTwo,
  };
  const convention = ruleText.yearConvention(year);
  if (byPrevYear || byEachOfTwo) {
    const parts = [];
    if (byPrevYear) parts.push(ruleText.multiByPrev(prevYear, prev.count, minPrev, prev.hits.map(hitText)));
    if (byEachOfTwo)
      parts.push(
        ruleText.multiByEach(prevPrevYear, prevYear, minEach, prevPrev.hits.map(hitText), prev.hits.map(hitText)),
      );
    return { status: 'flagged', flagged: true, explanation: `${parts.join(' ')} ${convention}`, details };
  }
  if (!prev.hasData)
    return {
      status: 'noData',
      flagged: null,
      explanation: `${ruleText.multiNoDataPrev(prevYear)} ${convention}`,
      details,
    };
  if (!prevPrev.hasData && prev.count >= minEach) {
    return {
      status: 'noData',
      flagged: null,
      explanation: `${ruleText.multiNoDataPrevPrev(prevPrevYear, prevYear, prev.count)} ${convention}`,
      details,
    };
  }
  const countPrevPrev = prevPrev.hasData ? String(prevPrev.count) : ruleText.noData;
  return {
    status: 'clear',
    flagged: false,
    explanation: `${ruleText.multiClear(prevPrevYear, prevYear, countPrevPrev, String(prev.count), minPrev, minEach)} ${convention}`,
    details,
  };
}
