// This file holds small fixture municipalities for the roadmap tests, one per preset, each with one
// school the rules flag and one they do not (what each rule sees is worked out in the comments), and
// turns a data set into `Данные` rows so the app tests can store it as the report would.
import type { DataRow, DataSet } from '../../../src/core/schools';
import type { Cell } from '../../../src/core/config/cells';
import { dataRowToCells } from '../../../src/core/store/data';

export interface FixtureSchool {
  code: string;
  name: string;
  category: string;
}

export interface Fixture {
  presetId: string;
  year: number;
  schools: FixtureSchool[];
  data: DataSet;
}

const marks = (key: string, m2: number, m3: number, m4: number, m5: number) => ({
  [`${key}.n`]: m2 + m3 + m4 + m5,
  [`${key}.m2`]: m2,
  [`${key}.m3`]: m3,
  [`${key}.m4`]: m4,
  [`${key}.m5`]: m5,
});

/**
 * tula-2022, reporting year 2023. T1: ВПР математика 5 кл. «3» и выше 20 of 25 = 80 % in 2022 and in
 * 2023 — no growth, so dyn.vpr_rkr flags it (risk factor risk.no_growth); no other metric has two
 * years. T2: 12 of 20 = 60 % → 20 of 25 = 80 %, growth: nothing flags it.
 */
export const TULA: Fixture = {
  presetId: 'tula-2022',
  year: 2023,
  schools: [
    { code: 'T1', name: 'СОШ № 1', category: 'ШНОР' },
    { code: 'T2', name: 'СОШ № 2', category: 'ШНОР' },
  ],
  data: {
    T1: { 2022: marks('vpr.math.5', 5, 10, 8, 2), 2023: marks('vpr.math.5', 5, 10, 8, 2) },
    T2: { 2022: marks('vpr.math.5', 8, 9, 2, 1), 2023: marks('vpr.math.5', 5, 10, 8, 2) },
  },
};

/**
 * bogotol-2022, reporting year 2023. B1: ОГЭ математика «2» 7 of 20 = 35 % (2022) and 6 of 20 = 30 %
 * (2023), ≥ 30 % both years → Н3; no stable internet (С8), too few computers (С9) and a small school
 * (С10): 3 criteria ≥ 3 → ШНСУ. B2: «2» 2 of 20 = 10 % both years, internet and computers, not small.
 */
export const BOGOTOL: Fixture = {
  presetId: 'bogotol-2022',
  year: 2023,
  schools: [
    { code: 'B1', name: 'Школа Б1', category: 'ШНОР+ШНСУ' },
    { code: 'B2', name: 'Школа Б2', category: 'ШНОР' },
  ],
  data: {
    B1: {
      2022: { 'oge.math.9.n': 20, 'oge.math.9.m2': 7 },
      2023: {
        'oge.math.9.n': 20,
        'oge.math.9.m2': 6,
        'cond.internet_stable': false,
        'cond.computers_enough': false,
        'cond.small_school': true,
      },
    },
    B2: {
      2022: { 'oge.math.9.n': 20, 'oge.math.9.m2': 2 },
      2023: {
        'oge.math.9.n': 20,
        'oge.math.9.m2': 2,
        'cond.internet_stable': true,
        'cond.computers_enough': true,
        'cond.small_school': false,
      },
    },
  },
};

/**
 * strezhevoy-2023, reporting year 2024. Z1: ВПР «2» in 2023 русский 6 of 20 = 30 % and математика
 * 7 of 20 = 35 % (two low procedures in the previous year → ШНОР rule), in 2024 математика 6 of 20 =
 * 30 % ≥ 30 % → low.vpr; a staff deficit → criterion risk.staff (risk factor ФР.1). Z2: 2 of 20 = 10 %.
 */
export const STREZHEVOY: Fixture = {
  presetId: 'strezhevoy-2023',
  year: 2024,
  schools: [
    { code: 'Z1', name: 'МОУ СОШ № 1', category: 'ШНОР' },
    { code: 'Z2', name: 'МОУ СОШ № 2', category: 'ШНОР' },
  ],
  data: {
    Z1: {
      2023: { 'vpr.rus.5.n': 20, 'vpr.rus.5.m2': 6, 'vpr.math.5.n': 20, 'vpr.math.5.m2': 7 },
      2024: { 'vpr.math.5.n': 20, 'vpr.math.5.m2': 6, 'cond.deficit_staff': true },
    },
    Z2: {
      2023: { 'vpr.math.5.n': 20, 'vpr.math.5.m2': 2 },
      2024: { 'vpr.math.5.n': 20, 'vpr.math.5.m2': 2, 'cond.deficit_staff': false },
    },
  },
};

/** The data set as `Данные` rows (version 1, one source), header excluded. */
export function dataCells(data: DataSet): Cell[][] {
  const rows: DataRow[] = [];
  for (const [school, byYear] of Object.entries(data)) {
    for (const [year, values] of Object.entries(byYear)) {
      for (const [field, value] of Object.entries(values)) {
        rows.push({
          year: Number(year),
          school,
          field,
          value,
          source: 'тест',
          collectedAt: '2023-06-01 09:00',
          version: 1,
        });
      }
    }
  }
  return rows.map(dataRowToCells);
}
