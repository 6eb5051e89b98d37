// This file is the demo municipality: thirteen fictitious schools of «Демонстрационный район» run on
// the bogotol-2022 preset (seed 004), chosen because it is the one program with both a ШНОР rule over
// two years (Н1–Н7 «на протяжении 2-х лет») and the ШНСУ criteria С1–С10, plus yearly targets and
// «положительная динамика» rules, so one workbook shows every kind of highlight. Reporting year 2024
// (2023/2024 уч. г.); 2022 and 2023 are earlier rows of `Данные`. The counts that make a rule fire (or
// stop just short of it) are set here by hand; everything else comes from the seeded generator.
import type { FieldValue } from '../../core/fields';
import type { SchoolCategory } from '../../core/schools';

export const DEMO = {
  presetId: 'bogotol-2022',
  municipality: 'Демонстрационный район',
  year: 2024,
  earlierYears: [2022, 2023],
  seed: 20240620,
  /** Fixed clock of the demo, so the workbook is the same on every run. */
  now: '2024-06-20 10:00',
  user: 'демо',
  /** Source of the earlier years' rows in `Данные`. */
  source: 'демо: данные прошлых лет',
} as const;

/** Participants and unsatisfactory results («2» or below the threshold) of one assessment in one year. */
export type Counts = readonly [n: number, fail: number];

/** How the school's 2024 template is left: submitted, half-filled, untouched, or submitted with errors. */
export type SubmissionKind = 'submitted' | 'partial' | 'empty' | 'errors';

export interface DemoSchool {
  code: string;
  name: string;
  category: SchoolCategory;
  cluster: string;
  /** An ООШ has no grades 10–11: nobody sits ЕГЭ (0 participants → «нет данных»). */
  level: 'СОШ' | 'ООШ';
  pupils: number;
  /** Contingent and conditions set by hand (counts and yes/no), every year. */
  context?: Readonly<Record<string, FieldValue>>;
  /** Results set by hand: assessment key → year → counts. */
  results?: Readonly<Record<string, Readonly<Record<number, Counts>>>>;
  submission: SubmissionKind;
}

const NORTH = 'Северный куст';
const SOUTH = 'Южный куст';

/** What school Ш09 gets wrong in its 2024 template. */
export const PLANTED_ERRORS = {
  school: 'Ш09',
  /** Text in a number cell. */
  text: { field: 'pupils.registered', raw: 'пятеро' },
  /** More «2» than participants. */
  marks: { key: 'oge.rus.9', counts: [19, 23] as Counts },
} as const;

export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  {
    code: 'Ш01',
    name: 'СОШ № 1 п. Северный',
    category: 'другая',
    cluster: NORTH,
    level: 'СОШ',
    pupils: 620,
    submission: 'submitted',
  },
  {
    // ШНОР by Н3: ОГЭ maths «2» 9 of 25 = 36,0 % in 2023 and 8 of 24 = 33,3 % in 2024, both ≥ 30 %.
    code: 'Ш02',
    name: 'СОШ с. Берёзовка',
    category: 'ШНОР',
    cluster: NORTH,
    level: 'СОШ',
    pupils: 240,
    results: { 'oge.math.9': { 2022: [21, 5], 2023: [25, 9], 2024: [24, 8] } },
    submission: 'submitted',
  },
  {
    // ШНСУ: С1 24 of 64 = 37,5 % > 30 %, С8 no internet, С9 too few computers, С10 small school.
    code: 'Ш03',
    name: 'ООШ д. Ключи',
    category: 'ШНСУ',
    cluster: SOUTH,
    level: 'ООШ',
    pupils: 64,
    context: {
      'pupils.incomplete_family': 24,
      'cond.internet_stable': false,
      'cond.computers_enough': false,
      'cond.small_school': true,
    },
    submission: 'submitted',
  },
  {
    // ШНОР by Н2: ЕГЭ Russian below the threshold 3 of 10 = 30,0 % (≥ 30 % counts) in 2023, 3 of 9 = 33,3 % in 2024.
    // ШНСУ: С2 27 of 180 = 15 % > 10 %, С3 72 of 180 = 40 % > 30 %, С4 5 of 180 = 2,8 % ≥ 2 %.
    code: 'Ш04',
    name: 'СОШ с. Красная Заря',
    category: 'ШНОР+ШНСУ',
    cluster: SOUTH,
    level: 'СОШ',
    pupils: 180,
    context: { 'pupils.unemployed_parents': 27, 'pupils.no_higher_ed_parents': 72, 'pupils.registered': 5 },
    results: { 'ege.rus.11': { 2022: [11, 2], 2023: [10, 3], 2024: [9, 3] } },
    submission: 'submitted',
  },
  {
    // ШНСУ: С5 migrant pupils, С6 an overloaded teacher, С7 one specialist of four.
    // КДР reading, grade 6, below basic: 5 of 12 = 41,7 % (2023) → 2 of 11 = 18,2 % (2024): Н5 not met, Д7.3 positive.
    code: 'Ш05',
    name: 'ООШ с. Луговое',
    category: 'ШНСУ',
    cluster: SOUTH,
    level: 'ООШ',
    pupils: 118,
    context: { 'pupils.migrant': 3, 'staff.overload_25h': 1, 'staff.specialists': 1 },
    results: { 'kdr.read.6': { 2022: [12, 4], 2023: [12, 5], 2024: [11, 2] } },
    submission: 'submitted',
  },
  {
    code: 'Ш06',
    name: 'СОШ № 2 п. Северный',
    category: 'наставник',
    cluster: NORTH,
    level: 'СОШ',
    pupils: 540,
    submission: 'submitted',
  },
  {
    // Leaves ШНОР: КДР maths literacy, grade 7, below basic 8 of 20 = 40 % (2022), 7 of 19 = 36,8 % (2023),
    // 4 of 18 = 22,2 % (2024): Н6 held in 2023, not in 2024; Д7.4 positive.
    code: 'Ш07',
    name: 'СОШ с. Ольховка',
    category: 'ШНОР',
    cluster: NORTH,
    level: 'СОШ',
    pupils: 210,
    results: { 'kdr.mathlit.7': { 2022: [20, 8], 2023: [19, 7], 2024: [18, 4] } },
    submission: 'submitted',
  },
  {
    code: 'Ш08',
    name: 'ООШ д. Сосновка',
    category: 'другая',
    cluster: SOUTH,
    level: 'ООШ',
    pupils: 96,
    submission: 'partial',
  },
  {
    code: 'Ш09',
    name: 'СОШ с. Тёплый Ключ',
    category: 'другая',
    cluster: NORTH,
    level: 'СОШ',
    pupils: 300,
    submission: 'errors',
  },
  {
    code: 'Ш10',
    name: 'ООШ с. Заречное',
    category: 'ШНСУ',
    cluster: SOUTH,
    level: 'ООШ',
    pupils: 58,
    submission: 'empty',
  },
  {
    // ШНОР by Н7: КДР science literacy, grade 8, below basic 6 of 16 = 37,5 % (2023), 5 of 15 = 33,3 % (2024).
    // ЕГЭ maths below the threshold 2 of 9 = 22,2 % (2023), 3 of 8 = 37,5 % (2024): one year only, Н1 not met.
    code: 'Ш11',
    name: 'СОШ с. Медведево',
    category: 'ШНОР',
    cluster: SOUTH,
    level: 'СОШ',
    pupils: 190,
    results: {
      'kdr.sci.8': { 2022: [17, 3], 2023: [16, 6], 2024: [15, 5] },
      'ege.math.11': { 2022: [9, 1], 2023: [9, 2], 2024: [8, 3] },
    },
    submission: 'submitted',
  },
  {
    code: 'Ш12',
    name: 'СОШ с. Покровка',
    category: 'другая',
    cluster: NORTH,
    level: 'СОШ',
    pupils: 330,
    submission: 'submitted',
  },
  {
    // Just short of ШНСУ: С1 21 of 70 = 30,0 % is not «более 30%»; С4 1 of 70 = 1,4 % < 2 %; only С8 and С10 hold (2 of 3).
    code: 'Ш13',
    name: 'ООШ д. Ивановка',
    category: 'другая',
    cluster: SOUTH,
    level: 'ООШ',
    pupils: 70,
    context: {
      'pupils.incomplete_family': 21,
      'pupils.registered': 1,
      'staff.specialists': 4,
      'cond.internet_stable': false,
      'cond.small_school': true,
    },
    submission: 'submitted',
  },
];
