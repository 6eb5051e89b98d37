// This file holds the structured form of a roadmap deadline («Май-июнь 2022; 2023-2025» → periods
// May–June in the years 2022–2025) and the public result types of parseDeadline. The parser fills a
// Schedule from the Russian text; resolve.ts turns a Schedule into the control dates of one year.

/**
 * once: one period in one year («Январь 2022 г.», «2020 год», «до 01.09.2022»); a text with no year
 *   at all («IV квартал») is read in the reporting year.
 * yearly: the same period(s) in each year of a set («Май, декабрь ежегодно», «Май 2022; 2023-2025»).
 * periodic: a count per year without months («Ежегодно (3 раза в год)»).
 * continuous: ongoing over its years («Постоянно», «В течение 2022; 2023-2025», «2021-2022 годы»).
 * bySchedule: set by an outside schedule («По графику проведения РМО»): no control date.
 */
export type DeadlineKind = 'once' | 'yearly' | 'periodic' | 'continuous' | 'bySchedule';

export interface MonthDay {
  month: number;
  day: number;
}

/** A part of a calendar year. Its control date is its last day. */
export type Period =
  | { type: 'months'; from: number; to: number }
  | { type: 'quarter'; quarter: number }
  | { type: 'half'; half: number }
  | { type: 'season'; season: 'spring' | 'summer' | 'autumn' }
  /** A day; `by` for «до 01.09». */
  | { type: 'date'; date: MonthDay; by: boolean }
  | { type: 'dates'; from: MonthDay; to: MonthDay };

/** Calendar years; `to: null` is open-ended («далее ежегодно»). */
export interface YearRange {
  from: number;
  to: number | null;
}

/**
 * any: every year («Ежегодно», «Постоянно»); bounded by the program's years when the caller gives them.
 * reporting: the text names no year and no recurrence («IV квартал», «В течение года»).
 * ranges: the years written, merged («2022; 2023-2025» → 2022–2025).
 */
export type Years = { type: 'any' } | { type: 'reporting' } | { type: 'ranges'; ranges: YearRange[] };

export interface Schedule {
  kind: DeadlineKind;
  /** Parts of the year with a control date each; empty means the whole year (control date 31 Dec). */
  periods: Period[];
  years: Years;
  /** «2022/2023 учебный год»: the first calendar year of a school year (1 Sep – 31 Aug). */
  schoolYear: number | null;
  timesPerYear: { count: number; atLeast: boolean } | null;
  /** «в течение срока действия Программы». */
  programTerm: boolean;
  /** Qualifiers as written: «по мере необходимости», «по графику проведения РМО». */
  conditions: string[];
}

export interface DeadlineOptions {
  /** The program's years; they bound open-ended recurrences («Ежегодно», «далее ежегодно»). */
  programYears?: { from: number; to: number };
}

export interface Deadline {
  ok: true;
  text: string;
  year: number;
  kind: DeadlineKind;
  /** Control dates in the reporting year, ISO yyyy-mm-dd, ascending. */
  dueDates: string[];
  /** The last control date in the reporting year (the year-end check), or null if none falls in it. */
  controlDate: string | null;
  /** False when the measure is not scheduled in the reporting year at all. */
  activeInYear: boolean;
  timesPerYear: number | null;
  /** Russian, e.g. «ежегодно в феврале». */
  description: string;
  /** Russian notes on the conventions applied, e.g. «месяц не указан: контрольная дата — 31 декабря». */
  notes: string[];
  schedule: Schedule;
}

export interface DeadlineFailure {
  ok: false;
  text: string;
  /** Russian. */
  reason: string;
}

export type DeadlineResult = Deadline | DeadlineFailure;

/** Why a text was not understood; src/core/text/deadlines.ts words it in Russian. */
export type DeadlineProblem =
  | { code: 'notText' }
  | { code: 'badReportingYear' }
  | { code: 'badProgramYears' }
  | { code: 'empty' }
  | { code: 'unknown'; fragment: string }
  | { code: 'qualifier'; qualifier: string }
  | { code: 'crossesYearEnd'; fragment: string }
  | { code: 'badDate'; fragment: string }
  | { code: 'yearOrder'; fragment: string }
  | { code: 'schoolYear'; fragment: string }
  | { code: 'conflict' }
  | { code: 'mixedYears' }
  | { code: 'noSuchDay'; date: MonthDay; year: number };
