// This file holds every Russian word the deadline parser shows: the description of a parsed deadline
// («ежегодно в мае и декабре», «в течение 2022–2025 гг.»), the notes on the conventions it applied,
// the reasons a text was not understood, and the one-line summary for a roadmap cell.
import type { DeadlineNote } from '../deadlines/resolve';
import type { DeadlineProblem, DeadlineResult, MonthDay, Period, Schedule, YearRange } from '../deadlines/schedule';

const GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
const ROMAN = ['I', 'II', 'III', 'IV'];
const SEASON = { spring: 'весной', summer: 'летом', autumn: 'осенью' } as const;

const genitive = (month: number): string => GENITIVE[month - 1] ?? '';
const prepositional = (month: number): string => PREPOSITIONAL[month - 1] ?? '';
const dayMonth = (d: MonthDay): string => `${d.day} ${genitive(d.month)}`;

/** «а, б и в». */
function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} и ${items[items.length - 1] ?? ''}`;
}

function periodPhrase(p: Period): string {
  switch (p.type) {
    case 'months':
      return p.from === p.to ? prepositional(p.to) : `${prepositional(p.from)}–${prepositional(p.to)}`;
    case 'quarter':
      return `${ROMAN[p.quarter - 1] ?? ''} квартале`;
    case 'half':
      return `${ROMAN[p.half - 1] ?? ''} полугодии`;
    case 'season':
      return SEASON[p.season];
    case 'date':
      return p.by ? `до ${dayMonth(p.date)}` : dayMonth(p.date);
    case 'dates':
      return `с ${dayMonth(p.from)} по ${dayMonth(p.to)}`;
  }
}

/** «в мае и декабре», «в IV квартале», «весной», «до 1 сентября». */
function periodsPhrase(periods: Period[]): string {
  const inside = periods.map((p) => ({ p, text: periodPhrase(p) }));
  const needsV = (p: Period): boolean => p.type === 'months' || p.type === 'quarter' || p.type === 'half';
  if (inside.every(({ p }) => needsV(p))) return `в ${list(inside.map(({ text }) => text))}`;
  return list(inside.map(({ p, text }) => (needsV(p) ? `в ${text}` : text)));
}

function rangeText(r: YearRange): string {
  if (r.to === null) return `с ${r.from}`;
  return r.from === r.to ? String(r.from) : `${r.from}–${r.to}`;
}

/** «2022 г.», «2022–2025 гг.», «с 2022 г.», «2020, 2022–2025 гг.». */
function yearsPhrase(ranges: YearRange[]): string {
  const only = ranges[0];
  const oneYear = ranges.length === 1 && only !== undefined && (only.to === null || only.from === only.to);
  return `${ranges.map(rangeText).join(', ')} ${oneYear ? 'г.' : 'гг.'}`;
}

function timesPhrase(count: number, atLeast: boolean): string {
  if (atLeast) return `не менее ${count} ${count % 10 === 1 && count % 100 !== 11 ? 'раза' : 'раз'} в год`;
  const few = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14);
  return `${count} ${few ? 'раза' : 'раз'} в год`;
}

/** The usual names of the standard repeat patterns, instead of listing every quarter or month. */
function periodicPhrase(s: Schedule, count: number, atLeast: boolean): string {
  const all = (type: Period['type']): boolean => s.periods.length === count && s.periods.every((p) => p.type === type);
  if (!atLeast && count === 4 && all('quarter')) return 'ежеквартально';
  if (!atLeast && count === 2 && all('half')) return 'раз в полугодие';
  if (!atLeast && count === 12 && all('months')) return 'ежемесячно';
  const times = timesPhrase(count, atLeast);
  return s.periods.length > 0 ? `${times}: ${periodsPhrase(s.periods)}` : times;
}

function baseDescription(s: Schedule): string {
  const ranges = s.years.type === 'ranges' ? s.years.ranges : [];
  const withYears = (text: string, sep: string): string =>
    ranges.length > 0 ? `${text}${sep}${yearsPhrase(ranges)}` : text;
  const periods = s.periods.length > 0 ? periodsPhrase(s.periods) : '';
  if (s.schoolYear !== null) {
    const label = `${s.schoolYear}/${s.schoolYear + 1}`;
    return s.kind === 'continuous' ? `в течение ${label} учебного года` : `в ${label} учебном году`;
  }
  switch (s.kind) {
    case 'bySchedule':
      return lowerFirst(s.conditions[0] ?? '');
    case 'once':
      if (periods !== '') return withYears(periods, ' ');
      return ranges.length > 0 ? `в ${yearsPhrase(ranges)}` : 'до конца года';
    case 'yearly':
      return withYears(periods !== '' ? `ежегодно ${periods}` : 'ежегодно', ', ');
    case 'periodic':
      return withYears(periodicPhrase(s, s.timesPerYear?.count ?? 0, s.timesPerYear?.atLeast ?? false), ', ');
    case 'continuous':
      if (s.programTerm) return 'в течение срока действия программы';
      if (s.years.type === 'any') return 'постоянно';
      if (s.years.type === 'reporting') return 'в течение года';
      return ranges.some((r) => r.to === null)
        ? `постоянно, ${yearsPhrase(ranges)}`
        : `в течение ${yearsPhrase(ranges)}`;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Russian description of a schedule, with its qualifiers in brackets: «ежегодно (по мере необходимости)». */
export function describeSchedule(s: Schedule): string {
  const extra = s.kind === 'bySchedule' ? s.conditions.slice(1) : s.conditions;
  const base = baseDescription(s);
  return extra.length > 0 ? `${base} (${extra.map(lowerFirst).join('; ')})` : base;
}

export function deadlineNoteText(note: DeadlineNote, year: number): string {
  switch (note.code) {
    case 'wholeYear':
      return 'месяц не указан: контрольная дата — 31 декабря';
    case 'countWithoutMonths':
      return `указано число раз в год (${note.count}), но не месяцы: контрольная дата — 31 декабря`;
    case 'yearless':
      return 'год не указан: срок отнесён к отчётному году';
    case 'schoolYear':
      return `${note.start}/${note.start + 1} учебный год — с 1 сентября ${note.start} г. по 31 августа ${note.start + 1} г.; контрольная дата — 31 августа ${note.start + 1} г.`;
    case 'notThisYear':
      return `в ${year} г. не запланировано`;
    case 'noControlDate':
      return 'срок задан внешним графиком: контрольная дата не определяется';
    case 'programTermUnknown':
      return 'годы программы не заданы: мероприятие считается текущим в каждом году';
  }
}

export function deadlineProblemText(problem: DeadlineProblem): string {
  switch (problem.code) {
    case 'notText':
      return 'срок должен быть текстом';
    case 'badReportingYear':
      return 'отчётный год должен быть целым числом от 1900 до 2100';
    case 'badProgramYears':
      return 'годы программы заданы неверно: нужны целые «с» и «по», «с» не позже «по»';
    case 'empty':
      return 'срок не указан';
    case 'unknown':
      return `не понятно «${problem.fragment}»`;
    case 'qualifier':
      return `не понятно уточнение в скобках «${problem.qualifier}»`;
    case 'crossesYearEnd':
      return `период «${problem.fragment}» переходит через конец года или идёт в обратном порядке: укажите его по годам`;
    case 'badDate':
      return `нет такой даты: «${problem.fragment}»`;
    case 'yearOrder':
      return `годы идут в обратном порядке: «${problem.fragment}»`;
    case 'schoolYear':
      return `учебный год должен охватывать два соседних года: «${problem.fragment}»`;
    case 'conflict':
      return 'части срока не сочетаются (например, «постоянно» и месяц или два разных «раза в год»)';
    case 'mixedYears':
      return 'год указан не у всех дат или у дат разные годы: разделите мероприятие на строки';
    case 'noSuchDay':
      return `в ${problem.year} г. нет ${dayMonth(problem.date)}`;
  }
}

/** «31.12.2022». */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d ?? ''}.${m ?? ''}.${y ?? ''}`;
}

/** One line for a roadmap cell or a tooltip. */
export function deadlineSummary(result: DeadlineResult): string {
  if (!result.ok) {
    return result.text.trim() === ''
      ? upperFirst(result.reason)
      : `Срок «${result.text.trim()}» не распознан: ${result.reason}`;
  }
  const dates = result.dueDates.map(formatIsoDate);
  const when =
    dates.length > 1
      ? `контрольные даты — ${dates.join(', ')}`
      : dates.length === 1
        ? `контрольная дата — ${dates[0] ?? ''}`
        : result.activeInYear
          ? `контрольной даты в ${result.year} г. нет`
          : `в ${result.year} г. не запланировано`;
  return `${upperFirst(result.description)}; ${when}`;
}
