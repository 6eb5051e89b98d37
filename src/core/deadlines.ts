// This file is the public entry of the roadmap deadline parser: parseDeadline reads a Russian
// deadline text from a seed or a roadmap tab («Январь 2022 г., далее ежегодно», «Май-июнь 2022;
// 2023-2025», «Ежегодно (3 раза в год)») and gives the control dates that fall in a reporting year,
// or ok:false with a Russian reason — it never guesses. The grammar is in deadlines/tokens.ts and
// deadlines/parse.ts; the conventions, applied in deadlines/resolve.ts, are:
// - the reporting year is a calendar year (seed 000 L116: the roadmap «составляется на один
//   календарный год»); a school year «2022/2023 учебный год» runs 1 Sep 2022 – 31 Aug 2023 and is
//   checked on 31 Aug 2023 (active, but with no control date, in 2022);
// - a period's control date is its last day: month, month range, quarter, half-year, season
//   (spring Mar–May, summer Jun–Aug, autumn Sep–Nov), date range; «до 01.09» → that day;
// - no period («Ежегодно», «2020 год», «Постоянно», «В течение года», «в течение срока действия
//   Программы», «Ежегодно (3 раза в год)») → 31 December; a count without months is noted as such;
// - years: «X 2022; 2023-2025» repeats X in each year 2022–2025; «X 2022, далее ежегодно» from 2022
//   on; «Ежегодно»/«Постоянно» every year. Open-ended ones stop at opts.programYears when given.
//   A year the text does not cover gives no dates and activeInYear = false;
// - no year and no recurrence («IV квартал», «18.05-23.06») → the reporting year, noted;
// - «По графику …» (an outside schedule) → no control date, noted; winter and ranges over the year
//   end («ноябрь-февраль»), two-digit years, periods with different years → refused.
import { z } from 'zod';
import { parseSchedule } from './deadlines/parse';
import { resolve } from './deadlines/resolve';
import type { DeadlineOptions, DeadlineProblem, DeadlineResult } from './deadlines/schedule';
import { deadlineNoteText, deadlineProblemText, deadlineSummary, describeSchedule } from './text/deadlines';

export type {
  Deadline,
  DeadlineFailure,
  DeadlineKind,
  DeadlineOptions,
  DeadlineResult,
  Period,
  Schedule,
  Years,
} from './deadlines/schedule';

const Year = z.number().int().min(1900).max(2100);
const Options = z.object({
  programYears: z
    .object({ from: Year, to: Year })
    .refine((y) => y.from <= y.to)
    .optional(),
});

const failure = (text: string, problem: DeadlineProblem): DeadlineResult => ({
  ok: false,
  text,
  reason: deadlineProblemText(problem),
});

/**
 * The control dates of `text` in `reportingYear` (a calendar year). A month's control date is its
 * last day; no month → 31 December; «2022/2023 учебный год» → 31 August 2023. ISO dates compare as
 * strings, so "overdue on asOf" is `controlDate !== null && controlDate < asOf`.
 */
export function parseDeadline(text: string, reportingYear: number, opts: DeadlineOptions = {}): DeadlineResult {
  if (typeof text !== 'string') return failure('', { code: 'notText' });
  if (!Year.safeParse(reportingYear).success) return failure(text, { code: 'badReportingYear' });
  const options = Options.safeParse(opts);
  if (!options.success) return failure(text, { code: 'badProgramYears' });

  const schedule = parseSchedule(text);
  if ('code' in schedule) return failure(text, schedule);
  const resolved = resolve(schedule, reportingYear, options.data);
  if ('code' in resolved) return failure(text, resolved);
  return {
    ok: true,
    text,
    year: reportingYear,
    kind: schedule.kind,
    dueDates: resolved.dueDates,
    controlDate: resolved.dueDates[resolved.dueDates.length - 1] ?? null,
    activeInYear: resolved.activeInYear,
    timesPerYear: schedule.timesPerYear?.count ?? null,
    description: describeSchedule(schedule),
    notes: resolved.notes.map((n) => deadlineNoteText(n, reportingYear)),
    schedule,
  };
}

/** One Russian line for a roadmap cell: «Ежегодно в феврале; контрольная дата — 28.02.2023». */
export function describeDeadline(result: DeadlineResult): string {
  return deadlineSummary(result);
}

/** The first control date on or after `asOf` (ISO), else the year's last one; null when there is none. */
export function nextControlDate(result: DeadlineResult, asOf: string): string | null {
  if (!result.ok) return null;
  return result.dueDates.find((d) => d >= asOf) ?? result.controlDate;
}
