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
import { addWarning, compiled, type Ctx } from '../context';
import type { ProcedureHit, RuleDetails } from '../types';
import {
  checksOf,
  compiledKind,
  LOW,
  NOT_LOW,
  type Target,
  type ThresholdKind,
  wordCheck,
} from './assessmentThreshold';
import type { Verdict } from './verdict';

export type MultiYearKind = Extract<RuleKind, { type: 'multiYear' }>;

interface Base {
  kinds: ThresholdKind[];
  /** Per kind and target: the id of its procedure (procedure × subject, or × grade with countGrades). */
  procedure: Int32Array[];
  /** Marks of the procedures counted in one year (by stamp, so nothing is cleared between schools). */
  seen: Int32Array;
  stamp: number;
}

function compileBase(ctx: Ctx, kind: MultiYearKind, owner: string): Base {
  const kinds: ThresholdKind[] = [];
  for (const code of [kind.rule, ...(kind.rules ?? [])]) {
    const r = ctx.rules.get(code);
    if (r?.kind.type === 'assessmentThreshold') kinds.push(r.kind);
    else
      addWarning(ctx, { code: 'unknownRule', rule: owner, message: warning.unknownRule(ruleText.owner(owner), code) });
  }
  const ids = new Map<string, number>();
  const procedure = kinds.map((k) =>
    Int32Array.from(compiledKind(ctx, k).targets, (t) => {
      const key = kind.countGrades ? t.key : t.procedure.key;
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      return id;
    }),
  );
  return { kinds, procedure, seen: new Int32Array(ids.size), stamp: 0 };
}

interface YearLows {
  hasData: boolean;
  /** Distinct low procedures. */
  count: number;
  /** The low procedures with their worded checks (only when wording). */
  hits: ProcedureHit[];
}

function lows(ctx: Ctx, b: Base, slot: number, year: number, countGrades: boolean, word: boolean): YearLows {
  const stamp = ++b.stamp;
  let hasData = false;
  let count = 0;
  const hits = word ? new Map<string, ProcedureHit>() : null;
  b.kinds.forEach((k, ki) => {
    const targets = compiledKind(ctx, k).targets;
    const col = checksOf(ctx, k, slot, year);
    const ids = b.procedure[ki] as Int32Array;
    const from = slot * targets.length;
    for (let ti = 0; ti < targets.length; ti++) {
      const st = col.state[from + ti];
      if (st === LOW || st === NOT_LOW) hasData = true;
      if (st !== LOW) continue;
      const id = ids[ti] as number;
      if (b.seen[id] !== stamp) {
        b.seen[id] = stamp;
        count++;
      }
      if (!hits) continue;
      const t = targets[ti] as Target;
      const p = countGrades ? t : t.procedure;
      const hit = hits.get(p.key) ?? { key: p.key, label: p.label, checks: [] };
      hit.checks.push(wordCheck(k, t, col, from + ti));
      hits.set(p.key, hit);
    }
  });
  return { hasData, count, hits: hits ? [...hits.values()] : [] };
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
  slot: number,
  year: number,
  owner: string,
  word: boolean,
): Verdict {
  const b = compiled(ctx, kind, compileBase, owner);
  const prevYear = year - 1;
  const prevPrevYear = year - 2;
  const prev = lows(ctx, b, slot, prevYear, kind.countGrades, word);
  const prevPrev = lows(ctx, b, slot, prevPrevYear, kind.countGrades, word);
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
    const prevTexts = prev.hits.map(hitText);
    const byPrev = byPrevYear ? ruleText.multiByPrev(prevYear, prev.count, minPrev, prevTexts) : '';
    const byEach = byEachOfTwo
      ? ruleText.multiByEach(prevPrevYear, prevYear, minEach, prevPrev.hits.map(hitText), prevTexts)
      : '';
    const explanation = byPrev && byEach ? `${byPrev} ${byEach} ${convention}` : `${byPrev || byEach} ${convention}`;
    return { status: 'flagged', flagged: true, explanation, details };
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
