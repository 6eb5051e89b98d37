// This file splits a normalised deadline text («январь-февраль 2022, далее ежегодно») into tokens:
// periods of the year, years and year ranges, recurrence, «постоянно»/«в течение», counts per year,
// school years. Every character must belong to a token, a separator or a filler word; anything else
// stops the scan with the fragment that was not understood, so nothing is silently dropped.
import { maxDaysInMonth } from './calendar';
import {
  COUNT,
  countNumber,
  END,
  HALF,
  MONTH,
  monthNumber,
  ordinalNumber,
  QUARTER,
  SEASON,
  SEASONS,
  YEAR_SUFFIX,
} from './lexicon';
import type { DeadlineProblem, MonthDay, Period } from './schedule';

export type Token =
  /** Periods of the year; dates written with a year («01.09.2022») carry it. */
  | { t: 'periods'; periods: Period[]; year: number | null }
  | { t: 'years'; from: number; to: number }
  | { t: 'recur' }
  | { t: 'continuous'; scope: 'any' | 'year' | 'program' | 'during' }
  | { t: 'times'; count: number; atLeast: boolean; periods: Period[] }
  | { t: 'schoolYear'; start: number }
  | { t: 'endOfYear' };

type Scan = Token | DeadlineProblem | 'filler';

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray) => Scan;
}

const YEAR = '([1-9]\\d{3})(?!\\d)';
const sticky = (source: string): RegExp => new RegExp(source, 'y');

const QUARTERS: Period[] = [1, 2, 3, 4].map((quarter) => ({ type: 'quarter', quarter }));
const HALVES: Period[] = [1, 2].map((half) => ({ type: 'half', half }));
const MONTHS: Period[] = Array.from({ length: 12 }, (_, i) => ({ type: 'months', from: i + 1, to: i + 1 }));

function ordinal(m: RegExpExecArray, max: number): number | undefined {
  const n = ordinalNumber(m[1] ?? m[2] ?? '');
  return n !== undefined && n <= max ? n : undefined;
}

const RULES: readonly Rule[] = [
  {
    re: sticky(
      `${YEAR}[-/](\\d{4}|\\d{2}) (?:учебн(?:ый|ого|ом|ые|ых) год(?:а|у|ы|ах)?|уч\\.? ?г(?:од|ода|оду)?\\.?)${END}`,
    ),
    make: (m) => {
      const start = Number(m[1]);
      const end = m[2] ?? '';
      const ok = end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
      return ok ? { t: 'schoolYear', start } : { code: 'schoolYear', fragment: m[0] };
    },
  },
  {
    re: sticky(
      `в течение (?:всего )?(?:срока|периода) (?:действия|реализации) (?:муниципальной )?(?:программы|проекта)${END}`,
    ),
    make: () => ({ t: 'continuous', scope: 'program' }),
  },
  { re: sticky(`в течение (?:всего )?(?:календарного )?года${END}`), make: () => ({ t: 'continuous', scope: 'year' }) },
  { re: sticky(`в течение (?=[1-9]\\d{3}(?!\\d))`), make: () => ({ t: 'continuous', scope: 'during' }) },
  {
    re: sticky(`(?:постоянно|на постоянной основе|в постоянном режиме)${END}`),
    make: () => ({ t: 'continuous', scope: 'any' }),
  },
  { re: sticky(`(?:и )?(?:далее )?(?:ежегодно|каждый год)${END}`), make: () => ({ t: 'recur' }) },
  {
    re: sticky(`(?:(не менее|не реже) )?${COUNT} раза? в год${END}`),
    make: (m) => {
      const count = countNumber(m[2] ?? '');
      return count !== undefined && count > 0
        ? { t: 'times', count, atLeast: m[1] !== undefined, periods: [] }
        : { code: 'unknown', fragment: m[0] };
    },
  },
  {
    re: sticky(`(?:ежеквартально|(?:1 |один )?раз в квартал)${END}`),
    make: () => ({ t: 'times', count: 4, atLeast: false, periods: QUARTERS }),
  },
  {
    re: sticky(`(?:1 |один )?раз в (?:полугодие|полгода)${END}`),
    make: () => ({ t: 'times', count: 2, atLeast: false, periods: HALVES }),
  },
  {
    re: sticky(`(?:ежемесячно|(?:1 |один )?раз в месяц)${END}`),
    make: () => ({ t: 'times', count: 12, atLeast: false, periods: MONTHS }),
  },
  { re: sticky(`до конца (?:календарного )?года${END}`), make: () => ({ t: 'endOfYear' }) },
  {
    re: sticky(`(${MONTH})(?:-(${MONTH}))?`),
    make: (m) => {
      const from = monthNumber(m[1] ?? '') ?? 0;
      const to = m[2] === undefined ? from : (monthNumber(m[2]) ?? 0);
      if (from > to) return { code: 'crossesYearEnd', fragment: m[0] };
      return { t: 'periods', periods: [{ type: 'months', from, to }], year: null };
    },
  },
  {
    re: sticky(QUARTER),
    make: (m) => {
      const quarter = ordinal(m, 4);
      return quarter === undefined
        ? { code: 'unknown', fragment: m[0] }
        : { t: 'periods', periods: [{ type: 'quarter', quarter }], year: null };
    },
  },
  {
    re: sticky(HALF),
    make: (m) => {
      const half = ordinal(m, 2);
      return half === undefined
        ? { code: 'unknown', fragment: m[0] }
        : { t: 'periods', periods: [{ type: 'half', half }], year: null };
    },
  },
  {
    re: sticky(SEASON),
    make: (m) => {
      const season = SEASONS.find(([re]) => re.test(m[0]))?.[1];
      if (season === undefined) return { code: 'unknown', fragment: m[0] };
      // Winter runs over the new year: which year's winter is meant cannot be told from the text.
      if (season === 'winter') return { code: 'crossesYearEnd', fragment: m[0] };
      return { t: 'periods', periods: [{ type: 'season', season }], year: null };
    },
  },
  {
    re: sticky(`${YEAR}-${YEAR}${YEAR_SUFFIX}`),
    make: (m) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      return from <= to ? { t: 'years', from, to } : { code: 'yearOrder', fragment: m[0] };
    },
  },
  {
    re: sticky(`${YEAR}${YEAR_SUFFIX}`),
    make: (m) => ({ t: 'years', from: Number(m[1]), to: Number(m[1]) }),
  },
  { re: sticky(`(?:в|во|с|на|и|до конца|срок|сроки)(?= )`), make: () => 'filler' },
];

const DATE_PREFIX = sticky('(до|к|не позднее|по|с) ');
const RANGE_JOIN = sticky('-| по ');
const NUMERIC_DATE = sticky(`(\\d{1,2})\\.(\\d{2})(?:\\.${YEAR}${YEAR_SUFFIX})?(?!\\d)`);
const WORD_DATE = sticky(`(\\d{1,2}) (${MONTH})`);

interface DateRead {
  date: MonthDay;
  year: number | null;
  end: number;
}

function readDate(s: string, at: number): DateRead | DeadlineProblem | null {
  for (const re of [NUMERIC_DATE, WORD_DATE]) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) continue;
    const day = Number(m[1]);
    const month = re === NUMERIC_DATE ? Number(m[2]) : (monthNumber(m[2] ?? '') ?? 0);
    const year = re === NUMERIC_DATE && m[3] !== undefined ? Number(m[3]) : null;
    if (month < 1 || month > 12 || day < 1 || day > maxDaysInMonth(month)) return { code: 'badDate', fragment: m[0] };
    return { date: { month, day }, year, end: re.lastIndex };
  }
  return null;
}

const before = (a: MonthDay, b: MonthDay): boolean => a.month < b.month || (a.month === b.month && a.day <= b.day);

/**
 * «до 01.09.2022», «1 сентября», «18.05-23.06.2020», «с 18 мая по 23 июня»: one date (its own control
 * date) or a range (control date: its last day). «с …» without an end gives no control date: refused.
 */
function readDates(s: string, at: number): { token: Token; end: number } | DeadlineProblem | null {
  DATE_PREFIX.lastIndex = at;
  const prefix = DATE_PREFIX.exec(s)?.[1];
  const first = readDate(s, prefix === undefined ? at : DATE_PREFIX.lastIndex);
  if (first === null || 'code' in first) return first;
  RANGE_JOIN.lastIndex = first.end;
  const joined = RANGE_JOIN.exec(s) !== null && (prefix === undefined || prefix === 'с');
  if (!joined) {
    if (prefix === 'с') return { code: 'unknown', fragment: s.slice(at, first.end) };
    const period: Period = { type: 'date', date: first.date, by: prefix !== undefined };
    return { token: { t: 'periods', periods: [period], year: first.year }, end: first.end };
  }
  const second = readDate(s, RANGE_JOIN.lastIndex);
  if (second === null || 'code' in second) return second ?? { code: 'unknown', fragment: s.slice(at) };
  const fragment = s.slice(at, second.end);
  if (first.year !== null && second.year !== null && first.year !== second.year)
    return { code: 'crossesYearEnd', fragment };
  if (!before(first.date, second.date)) return { code: 'crossesYearEnd', fragment };
  const period: Period = { type: 'dates', from: first.date, to: second.date };
  return { token: { t: 'periods', periods: [period], year: second.year ?? first.year }, end: second.end };
}

const SEPARATORS = /[\s,;:]+/y;

/** Tokens of a normalised core text (no parenthesised qualifier), or the first problem met. */
export function tokenize(s: string): Token[] | DeadlineProblem {
  const tokens: Token[] = [];
  let at = 0;
  while (at < s.length) {
    SEPARATORS.lastIndex = at;
    if (SEPARATORS.exec(s)) {
      at = SEPARATORS.lastIndex;
      continue;
    }
    const dates = readDates(s, at);
    if (dates !== null) {
      if ('code' in dates) return dates;
      tokens.push(dates.token);
      at = dates.end;
      continue;
    }
    const next = scanRule(s, at);
    if (next === null) return { code: 'unknown', fragment: s.slice(at) };
    if (typeof next.scan === 'object' && 'code' in next.scan) return next.scan;
    if (next.scan !== 'filler') tokens.push(next.scan);
    at = next.end;
  }
  return tokens;
}

function scanRule(s: string, at: number): { scan: Scan; end: number } | null {
  for (const rule of RULES) {
    rule.re.lastIndex = at;
    const m = rule.re.exec(s);
    if (m && m[0].length > 0) return { scan: rule.make(m), end: rule.re.lastIndex };
  }
  return null;
}
