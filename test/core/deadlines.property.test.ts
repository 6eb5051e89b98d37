// This file holds property tests (fast-check, fixed seed) for the deadline parser: it never throws,
// month and month-range texts get the last day of the (last) month, every date it returns is a
// real ISO date inside the reporting year, and results do not depend on the machine's clock.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDeadline } from '../../src/core/deadlines';

const RUNS = { seed: 20240601, numRuns: 500 };

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** The last day of a month by the platform's own calendar (Date.UTC with day 0 = last day of the previous month). */
const lastDay = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;

const casing = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.charAt(0).toUpperCase() + s.slice(1),
);
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 1950, max: 2090 });
const yearSuffix = fc.constantFrom('', ' г.', ' год', ' года', 'г.');
const dash = fc.constantFrom('-', '–', '—', ' – ', ' - ');

/** Words and pieces from the deadline vocabulary, glued at random: reaches deep into the grammar. */
const VOCABULARY = [
  'ежегодно',
  'далее ежегодно',
  'постоянно',
  'в течение',
  'года',
  'срока действия программы',
  'май',
  'декабрь',
  'января',
  'марте',
  'IV квартал',
  'ii полугодие',
  'весной',
  'зима',
  '2022',
  '2023-2025',
  '2025-2021',
  '2022/2023',
  'учебный год',
  'уч. г.',
  '01.09.2022',
  '29.02',
  '31.04',
  '18.05-23.06',
  'до',
  'с',
  'по',
  '1',
  '3 раза в год',
  'не менее',
  'раз в квартал',
  'ежемесячно',
  '(по мере необходимости)',
  '(3 раза в год)',
  '(',
  ')',
  ',',
  ';',
  '-',
  'г.',
  'по графику',
  'и',
  'ё',
  ' ',
];
const pieces = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ', ', '; ', '', '-')), { maxLength })
    .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
const vocabularyText = fc.oneof(pieces(3), pieces(7));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), vocabularyText);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const isRealDate = (iso: string): boolean => {
  const m = ISO.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
};

describe('parseDeadline properties', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never throws, whatever the text and the year', () => {
    fc.assert(
      fc.property(anyText, fc.oneof(year, fc.integer(), fc.double()), (text, y) => {
        const r = parseDeadline(text, y);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('«<месяц> <год>»: the last day of that month in that year, nothing in other years', () => {
    fc.assert(
      fc.property(month, year, fc.integer({ min: -2, max: 2 }), casing, yearSuffix, (m, y, shift, cased, suffix) => {
        const reporting = y + shift;
        const r = parseDeadline(`${cased(MONTHS[m - 1] ?? '')} ${y}${suffix}`, reporting);
        if (!r.ok) throw new Error(r.reason);
        expect(r.dueDates).toEqual(shift === 0 ? [lastDay(y, m)] : []);
        expect(r.controlDate).toBe(shift === 0 ? lastDay(y, m) : null);
        expect(r.activeInYear).toBe(shift === 0);
      }),
      RUNS,
    );
  });

  it('«<месяц>-<месяц> <год>»: the last day of the last month; a range over the year end is refused', () => {
    fc.assert(
      fc.property(month, month, year, dash, casing, (m1, m2, y, d, cased) => {
        const r = parseDeadline(`${cased(MONTHS[m1 - 1] ?? '')}${d}${MONTHS[m2 - 1] ?? ''} ${y} г.`, y);
        if (m1 > m2) {
          expect(r.ok).toBe(false);
          return;
        }
        if (!r.ok) throw new Error(r.reason);
        expect(r.dueDates).toEqual([lastDay(y, m2)]);
      }),
      RUNS,
    );
  });

  it('«<месяц> <год>, далее ежегодно»: due every year from that year on', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 1950, max: 2070 }), fc.integer({ min: -3, max: 30 }), (m, y, shift) => {
        const r = parseDeadline(`${MONTHS[m - 1] ?? ''} ${y} г., далее ежегодно`, y + shift);
        if (!r.ok) throw new Error(r.reason);
        expect(r.dueDates).toEqual(shift >= 0 ? [lastDay(y + shift, m)] : []);
      }),
      RUNS,
    );
  });

  it('returns only real ISO dates inside the reporting year, ascending, the last being the control date', () => {
    fc.assert(
      fc.property(vocabularyText, year, (text, y) => {
        const r = parseDeadline(text, y, { programYears: { from: 2020, to: 2030 } });
        if (!r.ok) return;
        for (const d of r.dueDates) {
          expect(isRealDate(d), d).toBe(true);
          expect(d.startsWith(`${y}-`), d).toBe(true);
        }
        expect([...r.dueDates].sort()).toEqual(r.dueDates);
        expect(new Set(r.dueDates).size).toBe(r.dueDates.length);
        expect(r.controlDate).toBe(r.dueDates[r.dueDates.length - 1] ?? null);
        if (r.dueDates.length > 0) expect(r.activeInYear).toBe(true);
      }),
      RUNS,
    );
  });

  it('does not depend on the current clock', () => {
    fc.assert(
      fc.property(vocabularyText, year, (text, y) => {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date(Date.UTC(1999, 11, 31, 23, 59)));
        const before = parseDeadline(text, y);
        vi.setSystemTime(new Date(Date.UTC(2031, 5, 15, 12, 0)));
        const after = parseDeadline(text, y);
        vi.useRealTimers();
        expect(after).toEqual(before);
      }),
      RUNS,
    );
  });
});
