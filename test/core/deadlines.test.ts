// This file tests parseDeadline on hand-computed expectations: the control dates of representative
// seed and roadmap texts in given reporting years (each date's arithmetic in a comment), the
// Russian descriptions and summaries, the program-years bound, and the texts it must refuse.
import { describe, expect, it } from 'vitest';
import { type DeadlineOptions, describeDeadline, nextControlDate, parseDeadline } from '../../src/core/deadlines';

const P2224: DeadlineOptions = { programYears: { from: 2022, to: 2024 } };

interface Case {
  text: string;
  year: number;
  opts?: DeadlineOptions;
  kind: string;
  due: string[];
  active?: boolean;
}

// Month lengths: Jan, Mar, May, Jul, Aug, Oct, Dec = 31; Apr, Jun, Sep, Nov = 30;
// February = 29 in years divisible by 4 but not by 100 (unless by 400), otherwise 28.
const CASES: Case[] = [
  // seed 000 L221: a single month in one year; January has 31 days
  { text: 'Январь 2022 г.', year: 2022, kind: 'once', due: ['2022-01-31'] },
  { text: 'Январь 2022 г.', year: 2023, kind: 'once', due: [], active: false },
  // seed 000 L222: Jan–Feb from 2022 on; 2022 % 4 = 2 → 28 Feb
  { text: 'Январь – февраль 2022 г., далее ежегодно', year: 2022, kind: 'yearly', due: ['2022-02-28'] },
  // 2024 % 4 = 0 and 2024 % 100 ≠ 0 → leap → 29 Feb
  { text: 'Январь – февраль 2022 г., далее ежегодно', year: 2024, kind: 'yearly', due: ['2024-02-29'] },
  { text: 'Январь – февраль 2022 г., далее ежегодно', year: 2021, kind: 'yearly', due: [], active: false },
  // open-ended «далее ежегодно» stops at the program's last year (2024)
  { text: 'Январь – февраль 2022 г., далее ежегодно', year: 2025, opts: P2224, kind: 'yearly', due: [], active: false },
  // seed 000 L225, L258
  { text: 'Ежегодно, февраль', year: 2023, kind: 'yearly', due: ['2023-02-28'] },
  // 2100 % 100 = 0 and 2100 % 400 ≠ 0 → not leap → 28 Feb
  { text: 'Февраль, ежегодно', year: 2100, kind: 'yearly', due: ['2100-02-28'] },
  // seed 000 L231: Feb–Mar → 31 Mar
  { text: 'Февраль–март 2022 г., далее ежегодно', year: 2023, kind: 'yearly', due: ['2023-03-31'] },
  // seed 000 L234: no month → 31 Dec
  { text: 'Ежегодно (по мере необходимости)', year: 2023, kind: 'yearly', due: ['2023-12-31'] },
  // seed 000 L235
  { text: 'Ежегодно, постоянно', year: 2022, kind: 'continuous', due: ['2022-12-31'] },
  // seed 000 L247: two control dates, 31 May and 31 Dec
  { text: 'Май, декабрь ежегодно', year: 2022, kind: 'yearly', due: ['2022-05-31', '2022-12-31'] },
  // seed 000 L251: June has 30 days
  { text: 'Июнь, декабрь ежегодно', year: 2023, kind: 'yearly', due: ['2023-06-30', '2023-12-31'] },
  { text: 'Декабрь ежегодно', year: 2022, kind: 'yearly', due: ['2022-12-31'] },
  // seed 000 L321: a count without months → 31 Dec
  { text: 'Ежегодно (3 раза в год)', year: 2023, kind: 'periodic', due: ['2023-12-31'] },
  // seed 000 L274
  { text: 'В течение срока действия Программы', year: 2023, opts: P2224, kind: 'continuous', due: ['2023-12-31'] },
  { text: 'В течение срока действия Программы', year: 2025, opts: P2224, kind: 'continuous', due: [], active: false },
  // seed 003 L62: a bare year → 31 Dec of that year
  { text: '2020 год', year: 2020, kind: 'once', due: ['2020-12-31'] },
  { text: '2020 год', year: 2021, kind: 'once', due: [], active: false },
  // seed 003 L109: a range of years, checked at each year's end, nothing outside it
  { text: '2021-2022 годы', year: 2021, kind: 'continuous', due: ['2021-12-31'] },
  { text: '2021-2022 годы', year: 2023, kind: 'continuous', due: [], active: false },
  // seed 004 L196
  { text: 'Май 2022', year: 2022, kind: 'once', due: ['2022-05-31'] },
  // seed 004 L197: «2022 2023-2025» (no «;») = every year 2022–2025
  { text: '2022 2023-2025', year: 2024, kind: 'yearly', due: ['2024-12-31'] },
  { text: '2022 2023-2025', year: 2026, kind: 'yearly', due: [], active: false },
  // seed 004 L199
  { text: 'В течение 2022; 2023-2025', year: 2025, kind: 'continuous', due: ['2025-12-31'] },
  // seed 004 L201: May–June each year 2022–2025 → 30 June
  { text: 'Май-июнь 2022; 2023-2025', year: 2023, kind: 'yearly', due: ['2023-06-30'] },
  { text: 'Май-июнь 2022; 2023-2025', year: 2021, kind: 'yearly', due: [], active: false },
  // seed 004 L204, L205, L208, L209
  { text: 'Июнь-август 2022; 2023-2025', year: 2022, kind: 'yearly', due: ['2022-08-31'] },
  { text: 'Ноябрь-декабрь 2022; 2023-2025', year: 2025, kind: 'yearly', due: ['2025-12-31'] },
  { text: 'Май-июль 2022; 2023-2025', year: 2024, kind: 'yearly', due: ['2024-07-31'] },
  { text: 'Август 2022; 2023-2025', year: 2023, kind: 'yearly', due: ['2023-08-31'] },
  // seed 004 L217: an outside schedule has no control date but is active
  {
    text: 'По графику проведения районных методических объединений',
    year: 2023,
    kind: 'bySchedule',
    due: [],
    active: true,
  },
  // seed 004 L221
  { text: '2022; 2023-2025', year: 2022, kind: 'yearly', due: ['2022-12-31'] },
  // seed 002 L244: a date range → its last day
  { text: '18.05-23.06.2020', year: 2020, kind: 'once', due: ['2020-06-23'] },
  // seed 002 L252: no year → the reporting year
  { text: '18.05-23.06', year: 2021, kind: 'once', due: ['2021-06-23'] },
  // seed 002 L245
  { text: 'июнь 2021', year: 2021, kind: 'once', due: ['2021-06-30'] },
  // seed 002 L287 (no space in «1раза»)
  { text: 'не менее 1раза в год', year: 2022, kind: 'periodic', due: ['2022-12-31'] },
  // seed 002 L19: «г.г.» after a range
  { text: '2020 - 2023 г.г.', year: 2023, kind: 'continuous', due: ['2023-12-31'] },
  { text: '2020 - 2023 г.г.', year: 2024, kind: 'continuous', due: [], active: false },
  // seed 001 L71
  { text: 'Постоянно', year: 2030, kind: 'continuous', due: ['2030-12-31'] },
  // roadmap-tab wordings from the brief
  { text: 'до 01.09.2022', year: 2022, kind: 'once', due: ['2022-09-01'] },
  // Q4 = Oct–Dec → 31 Dec; no year → the reporting year
  { text: 'IV квартал', year: 2023, kind: 'once', due: ['2023-12-31'] },
  // Q1 = Jan–Mar → 31 Mar
  { text: 'I квартал 2024 г.', year: 2024, kind: 'once', due: ['2024-03-31'] },
  { text: 'сентябрь-октябрь 2021 г.', year: 2021, kind: 'once', due: ['2021-10-31'] },
  { text: 'В течение года', year: 2022, kind: 'continuous', due: ['2022-12-31'] },
  // school year 1 Sep 2022 – 31 Aug 2023: due in 2023, active but not due in 2022
  { text: '2022-2023 учебный год', year: 2023, kind: 'once', due: ['2023-08-31'] },
  { text: '2022-2023 учебный год', year: 2022, kind: 'once', due: [], active: true },
  { text: '2022-2023 учебный год', year: 2024, kind: 'once', due: [], active: false },
  // quarters end 31 Mar, 30 Jun, 30 Sep, 31 Dec
  {
    text: 'ежеквартально',
    year: 2023,
    kind: 'periodic',
    due: ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31'],
  },
  // H1 = Jan–Jun → 30 Jun; H2 → 31 Dec
  { text: '1-е полугодие', year: 2023, kind: 'once', due: ['2023-06-30'] },
  { text: 'II полугодие 2023', year: 2023, kind: 'once', due: ['2023-12-31'] },
  // seasons: spring Mar–May → 31 May, summer Jun–Aug → 31 Aug, autumn Sep–Nov → 30 Nov
  { text: 'весной 2023', year: 2023, kind: 'once', due: ['2023-05-31'] },
  { text: 'летом', year: 2023, kind: 'once', due: ['2023-08-31'] },
  { text: 'осень 2022 г.', year: 2022, kind: 'once', due: ['2022-11-30'] },
  { text: 'с 18 мая по 23 июня 2023 г.', year: 2023, kind: 'once', due: ['2023-06-23'] },
  { text: 'до 1 сентября', year: 2023, kind: 'once', due: ['2023-09-01'] },
  // 2024 is leap, so 29 Feb exists
  { text: '29.02', year: 2024, kind: 'once', due: ['2024-02-29'] },
  { text: 'ежегодно в 2023-2024 годах', year: 2024, kind: 'yearly', due: ['2024-12-31'] },
];

describe('parseDeadline: control dates', () => {
  it.each(CASES.map((c) => [`«${c.text}» in ${c.year}`, c] as const))('%s', (_, c) => {
    const r = parseDeadline(c.text, c.year, c.opts);
    if (!r.ok) throw new Error(r.reason);
    expect(r.kind).toBe(c.kind);
    expect(r.dueDates).toEqual(c.due);
    expect(r.controlDate).toBe(c.due[c.due.length - 1] ?? null);
    expect(r.activeInYear).toBe(c.active ?? c.due.length > 0);
  });

  it('counts per year and qualifiers are kept', () => {
    const r = parseDeadline('Ежегодно (3 раза в год)', 2023);
    expect(r.ok && r.timesPerYear).toBe(3);
    const q = parseDeadline('Ежегодно (по плану работы МКУ «ЦНППМ г. Тулы»)', 2023);
    expect(q.ok && q.schedule.conditions).toEqual(['по плану работы МКУ «ЦНППМ г. Тулы»']);
  });

  it('states the convention it applied', () => {
    const r = parseDeadline('Ежегодно (3 раза в год)', 2023);
    expect(r.ok && r.notes).toEqual(['указано число раз в год (3), но не месяцы: контрольная дата — 31 декабря']);
    const y = parseDeadline('IV квартал', 2023);
    expect(y.ok && y.notes).toEqual(['год не указан: срок отнесён к отчётному году']);
  });

  it('does not mutate or depend on the options object', () => {
    const opts = { programYears: { from: 2022, to: 2024 } };
    parseDeadline('Ежегодно', 2023, opts);
    expect(opts).toEqual({ programYears: { from: 2022, to: 2024 } });
  });
});

describe('parseDeadline: descriptions', () => {
  it.each([
    ['Ежегодно, февраль', 'ежегодно в феврале'],
    ['Май, декабрь ежегодно', 'ежегодно в мае и декабре'],
    ['Январь 2022 г., далее ежегодно', 'ежегодно в январе, с 2022 г.'],
    ['Май-июнь 2022; 2023-2025', 'ежегодно в мае–июне, 2022–2025 гг.'],
    ['В течение 2022; 2023-2025', 'в течение 2022–2025 гг.'],
    ['2021-2022 годы', 'в течение 2021–2022 гг.'],
    ['Ежегодно (3 раза в год)', '3 раза в год'],
    ['Ежегодно (по мере необходимости)', 'ежегодно (по мере необходимости)'],
    ['не менее 1раза в год', 'не менее 1 раза в год'],
    ['до 01.09.2022', 'до 1 сентября 2022 г.'],
    ['2020 год', 'в 2020 г.'],
    ['IV квартал', 'в IV квартале'],
    ['18.05-23.06.2020', 'с 18 мая по 23 июня 2020 г.'],
    [
      'По графику проведения районных методических объединений',
      'по графику проведения районных методических объединений',
    ],
    ['2023/24 уч. г.', 'в 2023/2024 учебном году'],
  ])('«%s» → «%s»', (text, description) => {
    const r = parseDeadline(text, 2023);
    expect(r.ok && r.description).toBe(description);
  });

  it('summarises a result in one line', () => {
    expect(describeDeadline(parseDeadline('Ежегодно, февраль', 2023))).toBe(
      'Ежегодно в феврале; контрольная дата — 28.02.2023',
    );
    expect(describeDeadline(parseDeadline('Май, декабрь ежегодно', 2022))).toBe(
      'Ежегодно в мае и декабре; контрольные даты — 31.05.2022, 31.12.2022',
    );
    expect(describeDeadline(parseDeadline('Январь 2022 г.', 2023))).toBe(
      'В январе 2022 г.; в 2023 г. не запланировано',
    );
    expect(describeDeadline(parseDeadline('', 2023))).toBe('Срок не указан');
    expect(describeDeadline(parseDeadline('ноябрь-февраль', 2023))).toMatch(/^Срок «ноябрь-февраль» не распознан: /);
  });
});

describe('nextControlDate', () => {
  const r = parseDeadline('Май, декабрь ежегодно', 2022);
  it.each([
    ['2022-03-01', '2022-05-31'],
    ['2022-05-31', '2022-05-31'],
    ['2022-06-01', '2022-12-31'],
    ['2023-01-05', '2022-12-31'],
  ])('as of %s → %s', (asOf, expected) => {
    expect(nextControlDate(r, asOf)).toBe(expected);
  });
  it('is null without control dates', () => {
    expect(nextControlDate(parseDeadline('Январь 2022 г.', 2023), '2023-01-01')).toBeNull();
    expect(nextControlDate(parseDeadline('', 2023), '2023-01-01')).toBeNull();
  });
});

describe('parseDeadline: refuses what it does not understand', () => {
  it.each([
    ['', /не указан/],
    ['   ', /не указан/],
    ['ноябрь-февраль 2022', /через конец года/],
    ['зима 2023', /через конец года/],
    // April has 30 days
    ['31.04.2022', /нет такой даты/],
    ['2025-2022 годы', /обратном порядке/],
    ['2022/2024 учебный год', /два соседних/],
    ['май 2022, декабрь 2023', /разные годы/],
    ['Ежегодно (по заявке)', /в скобках/],
    // a date inside a qualifier is not silently dropped
    ['Ежегодно (до 01.09)', /в скобках/],
    ['По графику, до 01.09', /не понятно/],
    // a start without an end has no control date
    ['с 01.09.2022', /не понятно/],
    ['Постоянно, май', /не сочетаются/],
    ['3 раза в год, 4 раза в год', /не сочетаются/],
    // a two-digit year is not expanded to 20xx
    ['01.09.22', /не понятно/],
    ['Январь 2O22', /не понятно/],
    ['по итогам года', /не понятно/],
    // 2023 is not leap
    ['29.02', /нет 29 февраля/],
  ])('«%s»', (text, reason) => {
    const r = parseDeadline(text, 2023);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.text).toBe(text);
      expect(r.reason).toMatch(reason);
    }
  });

  it('checks the reporting year and the program years', () => {
    for (const year of [2022.5, 1800, Number.NaN]) {
      const r = parseDeadline('Ежегодно', year);
      expect(!r.ok && r.reason).toMatch(/отчётный год/);
    }
    const r = parseDeadline('Ежегодно', 2023, { programYears: { from: 2025, to: 2022 } });
    expect(!r.ok && r.reason).toMatch(/годы программы/);
  });
});
