// This file reads a Russian deadline text into a Schedule: it normalises the text, takes off a
// trailing qualifier in brackets («Ежегодно (3 раза в год)», «Ежегодно (по мере необходимости)»),
// tokenises the rest and checks that the tokens make one consistent schedule. Whatever it cannot
// place is a DeadlineProblem, never a guess.
import { CONDITION_PREFIXES, COUNT, countNumber, END, MONTH } from './lexicon';
import type { DeadlineProblem, Period, Schedule, YearRange, Years } from './schedule';
import { type Token, tokenize } from './tokens';

/** Collapses spaces and unifies dashes, keeping the case: what descriptions quote. */
function tidy(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?- ?/g, '-');
}

/** Lower case, «ё» → «е», a space between a number and a word («1раза» → «1 раза»), no final dot. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(\d)(?=[а-я])/g, '$1 ')
    .replace(/\.$/, '')
    .trim();
}

const TIMES = new RegExp(`^(?:(не менее|не реже) )?${COUNT} раза? в год${END}$`);
const HAS_DATE_WORD = new RegExp(`\\d|(?<![а-я])${MONTH}`);

const CONDITION = new RegExp(`^(?:${CONDITION_PREFIXES.join('|')})${END}`);

/** A qualifier that times the work without a date; one that mentions a date or a month is not taken. */
const isCondition = (folded: string): boolean => CONDITION.test(folded) && !HAS_DATE_WORD.test(folded);

type Qualifier = { times: { count: number; atLeast: boolean } } | { condition: string };

function readQualifier(inner: string): Qualifier | DeadlineProblem {
  const folded = fold(inner);
  const times = TIMES.exec(folded);
  const count = times ? countNumber(times[2] ?? '') : undefined;
  if (times && count !== undefined && count > 0) return { times: { count, atLeast: times[1] !== undefined } };
  if (isCondition(folded)) return { condition: inner };
  return { code: 'qualifier', qualifier: inner };
}

const emptySchedule = (kind: Schedule['kind'], years: Years): Schedule => ({
  kind,
  periods: [],
  years,
  schoolYear: null,
  timesPerYear: null,
  programTerm: false,
  conditions: [],
});

/** The Schedule a deadline text describes, or why it cannot be read. */
export function parseSchedule(text: string): Schedule | DeadlineProblem {
  const tidied = tidy(text);
  if (tidied === '') return { code: 'empty' };
  const bracket = /^(.*[^ ]) ?\(([^()]*)\)\.?$/.exec(tidied);
  const core = bracket ? (bracket[1] ?? '') : tidied;
  const qualifier = bracket ? readQualifier((bracket[2] ?? '').trim()) : null;
  if (qualifier !== null && 'code' in qualifier) return qualifier;
  if (/[()]/.test(core)) return { code: 'unknown', fragment: core };

  const folded = fold(core);
  let schedule: Schedule | DeadlineProblem;
  if (isCondition(folded)) {
    schedule = { ...emptySchedule('bySchedule', { type: 'any' }), conditions: [core] };
  } else {
    const tokens = tokenize(folded);
    schedule = 'code' in tokens ? tokens : combine(tokens, folded);
  }
  if ('code' in schedule || qualifier === null) return schedule;
  if ('condition' in qualifier) return { ...schedule, conditions: [...schedule.conditions, qualifier.condition] };
  if (schedule.timesPerYear !== null || schedule.kind === 'continuous' || schedule.kind === 'bySchedule') {
    return { code: 'conflict' };
  }
  return { ...schedule, kind: 'periodic', timesPerYear: qualifier.times };
}

/** Sorted, with touching and overlapping ranges merged: 2022, 2023–2025 → 2022–2025. */
function mergeYears(ranges: YearRange[]): YearRange[] {
  const merged: YearRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || r.from <= last.to + 1)) {
      last.to = last.to === null || r.to === null ? null : Math.max(last.to, r.to);
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}

interface Parts {
  periods: Period[];
  periodYears: number[];
  years: YearRange[];
  recur: boolean;
  continuous: 'any' | 'year' | 'program' | 'during' | null;
  times: { count: number; atLeast: boolean } | null;
  schoolYear: number | null;
  endOfYear: boolean;
}

function collect(tokens: Token[]): Parts | DeadlineProblem {
  const p: Parts = {
    periods: [],
    periodYears: [],
    years: [],
    recur: false,
    continuous: null,
    times: null,
    schoolYear: null,
    endOfYear: false,
  };
  // «май 2022, декабрь 2023»: periods on both sides of a year would need a year each; refused.
  let yearSeen = false;
  let periodsBeforeYear = false;
  for (const tok of tokens) {
    switch (tok.t) {
      case 'periods':
        if (yearSeen && periodsBeforeYear && tok.year === null) return { code: 'mixedYears' };
        p.periods.push(...tok.periods);
        if (tok.year !== null) p.periodYears.push(tok.year);
        if (tok.year !== null && !yearSeen) [yearSeen, periodsBeforeYear] = [true, true];
        break;
      case 'years':
        if (!yearSeen) [yearSeen, periodsBeforeYear] = [true, p.periods.length > 0];
        p.years.push({ from: tok.from, to: tok.to });
        break;
      case 'recur':
        p.recur = true;
        break;
      case 'continuous':
        if (p.continuous !== null && p.continuous !== tok.scope) return { code: 'conflict' };
        p.continuous = tok.scope;
        break;
      case 'times':
        if (p.times !== null) return { code: 'conflict' };
        p.times = { count: tok.count, atLeast: tok.atLeast };
        p.periods.push(...tok.periods);
        break;
      case 'schoolYear':
        if (p.schoolYear !== null) return { code: 'conflict' };
        p.schoolYear = tok.start;
        break;
      case 'endOfYear':
        p.endOfYear = true;
        break;
    }
  }
  return p;
}

function combine(tokens: Token[], folded: string): Schedule | DeadlineProblem {
  const p = collect(tokens);
  if ('code' in p) return p;
  if (p.schoolYear !== null) return schoolYearSchedule(p);
  if (new Set(p.periodYears).size > 1) return { code: 'mixedYears' };
  const written: YearRange[] = [...[...new Set(p.periodYears)].map((y) => ({ from: y, to: y })), ...p.years];
  const said = p.periods.length > 0 || written.length > 0 || p.recur || p.continuous !== null || p.times !== null;
  if (!said && !p.endOfYear) return { code: 'unknown', fragment: folded };
  if (p.continuous !== null && (p.periods.length > 0 || p.times !== null)) return { code: 'conflict' };
  if (p.continuous === 'program' && written.length > 0) return { code: 'conflict' };
  if (p.continuous === 'during' && written.length === 0) return { code: 'conflict' };

  const years = yearsOf(p, written);
  const single = written.length === 1 ? written[0] : undefined;
  const kind: Schedule['kind'] =
    p.times !== null
      ? 'periodic'
      : p.continuous !== null
        ? 'continuous'
        : p.recur || written.length > 1 || (single !== undefined && single.to !== single.from && p.periods.length > 0)
          ? 'yearly'
          : single !== undefined && single.to !== single.from
            ? 'continuous'
            : 'once';
  return {
    kind,
    periods: p.periods,
    years,
    schoolYear: null,
    timesPerYear: p.times,
    programTerm: p.continuous === 'program',
    conditions: [],
  };
}

function yearsOf(p: Parts, written: YearRange[]): Years {
  if (p.continuous === 'program') return { type: 'any' };
  if (written.length === 0) return p.recur || p.continuous === 'any' ? { type: 'any' } : { type: 'reporting' };
  const only = written[0];
  // «Январь 2022 г., далее ежегодно»: from the year written on, with no end.
  if (p.recur && written.length === 1 && only !== undefined && only.from === only.to) {
    return { type: 'ranges', ranges: [{ from: only.from, to: null }] };
  }
  return { type: 'ranges', ranges: mergeYears(written) };
}

/** «2022/2023 учебный год»: 1 Sep 2022 – 31 Aug 2023, checked on 31 Aug 2023. */
function schoolYearSchedule(p: Parts): Schedule | DeadlineProblem {
  const start = p.schoolYear ?? 0;
  const alone = p.periods.length === 0 && p.years.length === 0 && !p.recur && p.times === null && !p.endOfYear;
  if (!alone || (p.continuous !== null && p.continuous !== 'during')) return { code: 'conflict' };
  return {
    ...emptySchedule(p.continuous === 'during' ? 'continuous' : 'once', {
      type: 'ranges',
      ranges: [{ from: start + 1, to: start + 1 }],
    }),
    periods: [{ type: 'date', date: { month: 8, day: 31 }, by: true }],
    schoolYear: start,
  };
}
