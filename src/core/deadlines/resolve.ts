// This file turns a Schedule into the control dates of one reporting (calendar) year. Conventions:
// a period's control date is its last day (a month → its last day, a quarter, half-year or season →
// its last day, a date range → its end); no period («Ежегодно», «2020 год», «Постоянно», «3 раза в
// год») → 31 December; a school year → 31 August of its second calendar year; an outside schedule
// → no control date. Years the text does not cover give no dates and activeInYear = false.
import { daysInMonth, isoDate, lastDayOfMonth } from './calendar';
import type { DeadlineOptions, DeadlineProblem, Period, Schedule, Years } from './schedule';

/** The conventions a result relied on, for the methodologist to see; worded in text/deadlines.ts. */
export type DeadlineNote =
  | { code: 'wholeYear' }
  | { code: 'countWithoutMonths'; count: number }
  | { code: 'yearless' }
  | { code: 'schoolYear'; start: number }
  | { code: 'notThisYear' }
  | { code: 'noControlDate' }
  | { code: 'programTermUnknown' };

export interface Resolved {
  dueDates: string[];
  activeInYear: boolean;
  notes: DeadlineNote[];
}

const SEASON_END = { spring: 5, summer: 8, autumn: 11 } as const;

function periodEnd(period: Period, year: number): string | DeadlineProblem {
  switch (period.type) {
    case 'months':
      return lastDayOfMonth(year, period.to);
    case 'quarter':
      return lastDayOfMonth(year, period.quarter * 3);
    case 'half':
      return lastDayOfMonth(year, period.half * 6);
    case 'season':
      return lastDayOfMonth(year, SEASON_END[period.season]);
    case 'date':
    case 'dates': {
      const date = period.type === 'date' ? period.date : period.to;
      // 29 February written without a year exists only in leap years.
      if (date.day > daysInMonth(year, date.month)) return { code: 'noSuchDay', date, year };
      return isoDate(year, date.month, date.day);
    }
  }
}

function inYears(years: Years, year: number, bound: DeadlineOptions['programYears']): boolean {
  switch (years.type) {
    case 'reporting':
      return true;
    case 'any':
      return bound === undefined || (year >= bound.from && year <= bound.to);
    case 'ranges':
      return years.ranges.some(
        (r) => year >= r.from && (r.to === null ? bound === undefined || year <= bound.to : year <= r.to),
      );
  }
}

export function resolve(schedule: Schedule, year: number, options: DeadlineOptions): Resolved | DeadlineProblem {
  const bound = options.programYears;
  const notes: DeadlineNote[] = [];
  if (schedule.years.type === 'reporting') notes.push({ code: 'yearless' });
  if (schedule.programTerm && bound === undefined) notes.push({ code: 'programTermUnknown' });
  if (schedule.schoolYear !== null) notes.push({ code: 'schoolYear', start: schedule.schoolYear });

  const dueThisYear = inYears(schedule.years, year, bound);
  const activeInYear =
    schedule.schoolYear !== null ? year === schedule.schoolYear || year === schedule.schoolYear + 1 : dueThisYear;
  if (!activeInYear) notes.push({ code: 'notThisYear' });

  if (schedule.kind === 'bySchedule') {
    notes.push({ code: 'noControlDate' });
    return { dueDates: [], activeInYear, notes };
  }
  if (!dueThisYear) return { dueDates: [], activeInYear, notes };
  if (schedule.periods.length === 0) {
    notes.push(
      schedule.timesPerYear !== null
        ? { code: 'countWithoutMonths', count: schedule.timesPerYear.count }
        : { code: 'wholeYear' },
    );
  }

  const ends: string[] = [];
  for (const period of schedule.periods) {
    const end = periodEnd(period, year);
    if (typeof end !== 'string') return end;
    ends.push(end);
  }
  const dueDates = ends.length === 0 ? [isoDate(year, 12, 31)] : [...new Set(ends)].sort();
  return { dueDates, activeInYear, notes };
}
