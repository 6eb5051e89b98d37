// This file runs the strezhevoy-2023 preset through the engine on a fixture municipality of four
// schools over 2021–2023 (reporting year 2023 = 2022/2023 уч. г.) and checks every indicator and every
// rule against values computed by hand in the comments: the 30 % boundary («не менее 30%» is ≥), the
// two branches of the L76 ШНОР rule with grades of one subject counted once, missing data kept
// «нет данных» (never 0), zero participants skipped, and dynamics that must be strict.
import { describe, expect, it } from 'vitest';
import { computeReport, type IndicatorValue, type ReportResult } from '../../../src/core/engine';
import type { FieldValue } from '../../../src/core/fields';
import { Program } from '../../../src/core/program';
import { strezhevoy2023 } from '../../../src/core/presets/strezhevoy-2023';
import { School } from '../../../src/core/schools';

const program = Program.parse(strezhevoy2023);

const schools = [
  School.parse({ code: 'A', name: 'Школа А', category: 'ШНОР' }),
  School.parse({ code: 'B', name: 'Школа Б', category: 'ШНОР' }),
  School.parse({ code: 'C', name: 'Школа В', category: 'другая' }),
  School.parse({ code: 'D', name: 'Школа Г', category: 'другая' }),
];

type Values = Record<string, FieldValue>;
const vpr = (key: string, n: number, m2: number): Values => ({ [`vpr.${key}.n`]: n, [`vpr.${key}.m2`]: m2 });
const gia = (key: string, n: number, below: number | null): Values => ({ [`${key}.n`]: n, [`${key}.below`]: below });
const kdr = (key: string, m2: number, m3: number, m4: number, m5: number): Values => ({
  [`kdr.${key}.n`]: m2 + m3 + m4 + m5,
  [`kdr.${key}.m2`]: m2,
  [`kdr.${key}.m3`]: m3,
  [`kdr.${key}.m4`]: m4,
  [`kdr.${key}.m5`]: m5,
});
const deficits = (staff: boolean): Values => ({
  'cond.deficit_content': false,
  'cond.deficit_progress': false,
  'cond.deficit_staff': staff,
  'cond.deficit_resources': false,
  'cond.deficit_management': false,
  'cond.deficit_climate': false,
});
const items = (v: Record<string, boolean | null>): Values =>
  Object.fromEntries(Object.entries(v).map(([k, b]) => [`items.${k}`, b]));

const data = {
  A: {
    2021: { ...vpr('math.5', 20, 1) }, // 5 %: nothing low
    2022: {
      ...vpr('math.5', 20, 6), // 30 %: low (≥ 30 %)
      ...gia('oge.rus.9', 10, 3), // 30 %: low
      'staff.pedagogues': 30,
      'staff.iom_done': 3, // 10 %
      'items.selfdiag_score': 3.5,
    },
    2023: {
      ...kdr('rus.5', 4, 10, 5, 1), // n 20, «3»+«4»+«5» = 16
      ...kdr('math.5', 5, 12, 6, 2), // n 25, 20
      'staff.pedagogues': 30,
      'staff.pk_done': 12,
      'staff.contests': 6,
      'staff.ggp_presented': 3,
      'staff.iom_has': 15,
      'staff.iom_done': 6, // 20 %
      'staff.competence_assessed': 10,
      'staff.competence_growth': 6,
      ...deficits(true),
      ...items({
        program_corrected: true,
        equipment_used: true,
        curator_plan: true,
        ppms_plan: false,
        observers: true,
        prevention_plan: true,
        info_in_plan: true,
      }),
      ...gia('ege.rus.11', 10, 1),
      ...gia('ege.mathb.11', 8, 0),
      ...gia('oge.rus.9', 20, 2), // 10 %
      ...gia('oge.math.9', 20, 7), // 35 %: low
      ...vpr('math.5', 25, 8), // 32 %: low
      ...vpr('rus.5', 25, 5), // 20 %
      'pupils.vsosh_prizes': 2,
      'items.selfdiag_score': 4,
    },
  },
  B: {
    2021: { ...gia('ege.mathb.11', 10, 3) }, // 30 %: low
    2022: {
      ...vpr('rus.6', 20, 6), // 30 %: low
      ...vpr('rus.7', 10, 3), // 30 %: low, but the same procedure «ВПР русский язык»
      'staff.pedagogues': 20,
      'staff.iom_done': 4, // 20 %
      'items.selfdiag_score': 4,
    },
    2023: {
      ...kdr('rus.6', 5, 3, 2, 0), // n 10, 5
      'staff.pedagogues': 20,
      'staff.pk_done': 5,
      'staff.contests': 2,
      'staff.ggp_presented': 0,
      'staff.iom_has': 10,
      'staff.iom_done': 3, // 15 %
      'staff.competence_assessed': 8,
      'staff.competence_growth': 4,
      ...deficits(false),
      ...items({
        program_corrected: false,
        equipment_used: true,
        curator_plan: null,
        ppms_plan: false,
        observers: true,
        prevention_plan: true,
        info_in_plan: false,
      }),
      ...gia('oge.rus.9', 15, 3), // 20 %
      ...gia('oge.math.9', 15, 5), // 33,3 %: low
      ...vpr('rus.6', 20, 6), // 30 %: low at the boundary
      ...vpr('math.6', 20, 2), // 10 %
      'pupils.vsosh_prizes': 0,
      'items.selfdiag_score': 4,
    },
  },
  C: {
    2021: { ...vpr('rus.5', 20, 5) }, // 25 %
    2022: {
      ...gia('oge.math.9', 10, 3), // 30 %: low
      ...gia('ege.mathb.11', 10, 2), // 20 %
    },
    2023: {
      ...gia('ege.rus.11', 20, 6), // 30 %: low
      ...gia('ege.mathp.11', 10, 4), // 40 %: low
      ...gia('oge.math.9', 30, 8), // 26,7 %
      ...gia('oge.rus.9', 30, 1),
      ...vpr('math.7', 30, 9), // 30 %: low
      'pupils.vsosh_prizes': 5,
      'staff.competence_assessed': 12,
      'staff.competence_growth': 9,
      ...items({ observers: false, prevention_plan: true, info_in_plan: false }),
    },
  },
  D: {
    // 2021: nothing reported
    2022: {
      ...vpr('math.4', 27, 8), // 29,6 %: not low
      ...gia('ege.mathb.11', 10, 3), // 30 %: low
      ...gia('ege.mathp.11', 10, 2), // 20 %
    },
    2023: {
      ...vpr('math.4', 27, 8), // 29,6 %
      ...gia('ege.mathb.11', 10, 1), // 10 %
      ...gia('ege.mathp.11', 10, 1), // 10 %
      ...gia('oge.rus.9', 0, null), // nobody sat it: skipped, never «0 %»
      'pupils.vsosh_prizes': null,
      'staff.competence_assessed': 0,
      'staff.competence_growth': 0,
      ...items({ observers: true, prevention_plan: true, info_in_plan: false }),
    },
  },
};

const report: ReportResult = computeReport({ program, schools, data, year: 2023 });
const school = (code: string) => {
  const s = report.schools.find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
};
const mun = (code: string): IndicatorValue => {
  const v = report.municipal.indicators[code];
  if (!v) throw new Error(code);
  return v;
};
const verdict = (rule: string, s: string) => school(s).rules[rule];

describe('strezhevoy-2023 on a fixture municipality (2023 = 2022/2023 уч. г.)', () => {
  it('computes the ШНОР section (scope: the two ШНОР of the registry)', () => {
    // 1.1: A has a staffing deficit (rule risk flags it), B none → 1 of 2 ШНОР = 50 %
    expect(school('A').indicators['1.1']?.meets).toBe(true);
    expect(school('B').indicators['1.1']?.meets).toBe(false);
    expect(mun('1.1')).toMatchObject({ num: 1, den: 2, value: 50, display: '50,0 %' });
    // 1.2: A yes, B no → 1/2
    expect(mun('1.2')).toMatchObject({ num: 1, den: 2, value: 50 });
    // 1.3 успеваемость: A (16 + 20) / (20 + 25) = 36/45 = 80 %; B 5/10 = 50 %; pooled 41/55 = 74,5 %
    expect(school('A').indicators['1.3']).toMatchObject({ num: 36, den: 45, value: 80 });
    expect(school('B').indicators['1.3']).toMatchObject({ num: 5, den: 10, value: 50 });
    expect(mun('1.3')).toMatchObject({ num: 41, den: 55, display: '74,5 %' });
    // C and D are not ШНОР: outside the section
    expect(school('C').indicators['1.3']?.inScope).toBe(false);
    // 1.4.1–1.4.4 over pedagogues 30 + 20 = 50: ПК 12 + 5 = 17 (34 %), contests 6 + 2 = 8 (16 %),
    // ГГП 3 + 0 = 3 (6 %), ИОМ 15 + 10 = 25 (50 %)
    expect(mun('1.4.1')).toMatchObject({ num: 17, den: 50, value: 34 });
    expect(school('A').indicators['1.4.1']).toMatchObject({ value: 40 }); // 12/30
    expect(mun('1.4.2')).toMatchObject({ num: 8, den: 50, value: 16 });
    expect(mun('1.4.3')).toMatchObject({ num: 3, den: 50, value: 6 });
    expect(school('B').indicators['1.4.3']).toMatchObject({ num: 0, den: 20, value: 0 }); // a real 0, reported
    expect(mun('1.4.4')).toMatchObject({ num: 25, den: 50, value: 50 });
    // 1.5: both yes → 2/2; 1.6: A yes, B blank → 1 of the 1 with data (B is «нет данных», not «нет»)
    expect(mun('1.5')).toMatchObject({ num: 2, den: 2, value: 100 });
    expect(school('B').indicators['1.6']?.bool).toBeNull();
    expect(mun('1.6')).toMatchObject({ num: 1, den: 1, value: 100, coverage: { withData: 1, total: 2 } });
    // 1.7: no, no → 0/2
    expect(mun('1.7')).toMatchObject({ num: 0, den: 2, value: 0 });
  });

  it('computes the all-schools section', () => {
    // 2.1.1 ЕГЭ below the minimum: A (1 + 0)/(10 + 8) = 1/18; C (6 + 4)/(20 + 10) = 10/30; D (1 + 1)/20;
    // B sat no ЕГЭ → no data. Pooled (1 + 10 + 2)/(18 + 30 + 20) = 13/68 = 19,1 %
    expect(school('B').indicators['2.1.1']?.value).toBeNull();
    expect(school('C').indicators['2.1.1']).toMatchObject({ num: 10, den: 30 });
    expect(mun('2.1.1')).toMatchObject({ num: 13, den: 68, display: '19,1 %' });
    // 2.1.2 ОГЭ: A (2 + 7)/40, B (3 + 5)/30, C (8 + 1)/60; D only 0 participants → no data.
    // Pooled 26/130 = 20 %
    expect(school('D').indicators['2.1.2']?.value).toBeNull();
    expect(school('A').indicators['2.1.2']).toMatchObject({ num: 9, den: 40, value: 22.5 });
    expect(mun('2.1.2')).toMatchObject({ num: 26, den: 130, value: 20 });
    // 2.1.3 ВПР «2»: A (8 + 5)/50, B (6 + 2)/40, C 9/30, D 8/27 → 38/147 = 25,9 %
    expect(school('B').indicators['2.1.3']).toMatchObject({ num: 8, den: 40, value: 20 });
    expect(mun('2.1.3')).toMatchObject({ num: 38, den: 147, display: '25,9 %' });
    // 2.1.4: 2 + 0 + 5 = 7 prize-winners; D blank is not counted as 0
    expect(mun('2.1.4')).toMatchObject({ value: 7, coverage: { withData: 3, total: 4 } });
    // 2.2: A, B, D yes, C no → 3/4 = 75 %
    expect(mun('2.2')).toMatchObject({ num: 3, den: 4, value: 75 });
    // 2.3: A 6/10, B 4/8, C 9/12; D 0 assessed → no data. Pooled 19/30 = 63,3 %
    expect(school('D').indicators['2.3']?.value).toBeNull();
    expect(mun('2.3')).toMatchObject({ num: 19, den: 30, display: '63,3 %' });
    // 3.1: all four yes → 100 %; 3.2: only A → 1/4 = 25 %
    expect(mun('3.1')).toMatchObject({ num: 4, den: 4, value: 100 });
    expect(mun('3.2')).toMatchObject({ num: 1, den: 4, value: 25 });
  });

  it('finds low results at ≥ 30 % (L80) in 2023', () => {
    // ВПР: A математика 5 кл. 8/25 = 32 %; B русский язык 6 кл. 6/20 = 30 % (boundary, «не менее»);
    // C математика 7 кл. 9/30 = 30 %; D 8/27 = 29,6 % < 30 %
    expect(['A', 'B', 'C', 'D'].map((s) => verdict('low.vpr', s)?.status)).toEqual([
      'flagged',
      'flagged',
      'flagged',
      'clear',
    ]);
    expect(verdict('low.vpr', 'B')?.explanation).toContain('6 из 20 (30,0 %)');
    // ОГЭ/ЕГЭ: A ОГЭ математика 7/20 = 35 %; B ОГЭ математика 5/15 = 33,3 %; C ЕГЭ русский 6/20 = 30 %
    // and профильная математика 4/10 = 40 %; D 1/10 and 1/10 (ОГЭ with 0 participants gives no verdict)
    expect(['A', 'B', 'C', 'D'].map((s) => verdict('low.gia', s)?.status)).toEqual([
      'flagged',
      'flagged',
      'flagged',
      'clear',
    ]);
    const c = verdict('low.gia', 'C')?.details;
    if (c?.type !== 'assessmentThreshold') throw new Error('details');
    expect(
      c.checks
        .filter((ch) => ch.low)
        .map((ch) => ch.key)
        .sort(),
    ).toEqual(['ege.mathp.11', 'ege.rus.11']);
  });

  it('applies the ШНОР rule of L76 over 2022 and 2021', () => {
    const details = (s: string) => {
      const d = verdict('shnor', s)?.details;
      if (d?.type !== 'multiYear') throw new Error('details');
      return d;
    };
    // A: 2022 ВПР математика (30 %) and ОГЭ русский язык (30 %) = 2 procedures ≥ 2 → (a)
    expect(verdict('shnor', 'A')?.status).toBe('flagged');
    expect(details('A')).toMatchObject({
      prevYear: 2022,
      prevPrevYear: 2021,
      countPrev: 2,
      countPrevPrev: 0,
      byPrevYear: true,
      byEachOfTwo: false,
    });
    // B: 2022 ВПР русский язык in grades 6 and 7 = 1 procedure (grades not counted apart), 2021 ЕГЭ
    // базовая математика = 1 → (b) only
    expect(verdict('shnor', 'B')?.status).toBe('flagged');
    expect(details('B')).toMatchObject({ countPrev: 1, countPrevPrev: 1, byPrevYear: false, byEachOfTwo: true });
    expect(details('B').lowPrev[0]?.checks).toHaveLength(2);
    // C: 2022 one low procedure (ОГЭ математика), 2021 none (ВПР 25 %) → neither branch
    expect(verdict('shnor', 'C')?.status).toBe('clear');
    expect(details('C')).toMatchObject({ countPrev: 1, countPrevPrev: 0 });
    // D: 2022 one low procedure (ЕГЭ базовая 30 %), 2021 not reported → cannot decide (b): нет данных
    expect(verdict('shnor', 'D')?.status).toBe('noData');
    expect(school('D').flags.shnor).toBe('noData');
    expect(report.municipal.byRule.shnor).toBe(2);
    expect(report.municipal.flagged.shnor).toBe(2);
  });

  it('checks the risk checklist of the ШНОР (L239, L155)', () => {
    // A: 1 of 6 directions (кадровое обеспечение) ≥ 1 → flagged; B: 0 of 6 → clear; C, D are not ШНОР
    expect(['A', 'B', 'C', 'D'].map((s) => verdict('risk', s)?.status)).toEqual([
      'flagged',
      'clear',
      'outOfScope',
      'outOfScope',
    ]);
    expect(school('A').metCriteria).toEqual(['risk.staff']);
    // risk factors: ФР.1 from risk.staff, ФР.5 from the low results and ШНОР
    expect(school('A').riskFactors).toEqual(['ФР.1', 'ФР.5']);
    expect(school('B').riskFactors).toEqual(['ФР.5']);
    expect(school('D').riskFactors).toEqual([]);
  });

  it('reads the expected results as strict dynamics 2022 → 2023 (L283–L286)', () => {
    // ВПР «2» count: A 6 → 8 + 5 = 13 (up: not positive), B 6 + 3 = 9 → 6 + 2 = 8 (down: positive),
    // C no ВПР in 2022 → нет данных, D 8 → 8 (no change is not a decrease)
    expect(['A', 'B', 'C', 'D'].map((s) => verdict('dyn.vpr', s)?.status)).toEqual([
      'flagged',
      'clear',
      'noData',
      'flagged',
    ]);
    // ОГЭ/ЕГЭ below the minimum: A 3 → 2 + 7 + 1 + 0 = 10, B nothing in 2022, C 3 + 2 = 5 → 8 + 1 + 6 + 4 = 19,
    // D 3 + 2 = 5 → 1 + 1 = 2
    expect(['A', 'B', 'C', 'D'].map((s) => verdict('dyn.gia', s)?.status)).toEqual([
      'flagged',
      'noData',
      'flagged',
      'clear',
    ]);
    // self-diagnosis score of the ШНОР: A 3,5 → 4 (up), B 4 → 4
    expect(['A', 'B', 'C'].map((s) => verdict('dyn.selfdiag', s)?.status)).toEqual(['clear', 'flagged', 'outOfScope']);
    // ИОМ completed: A 3/30 = 10 % → 6/30 = 20 %, B 4/20 = 20 % → 3/20 = 15 %
    expect(['A', 'B'].map((s) => verdict('dyn.iom', s)?.status)).toEqual(['clear', 'flagged']);
    const b = verdict('dyn.iom', 'B')?.details;
    if (b?.type !== 'dynamics') throw new Error('details');
    expect([b.from.value, b.to.value]).toEqual([20, 15]);
  });
});

describe('strezhevoy-2023 fixture: clean run', () => {
  it('raises no problem, and warns only about schools without data', () => {
    expect(report.schools.flatMap((s) => s.problems)).toEqual([]);
    // exactly the schools left without data above: B (1.6 blank, no ЕГЭ), D (0 ОГЭ participants,
    // prize-winners blank, 0 assessed)
    expect(report.warnings.map((w) => `${w.code} ${w.indicator}`)).toEqual([
      'partialCoverage 1.6',
      'partialCoverage 2.1.1',
      'partialCoverage 2.1.2',
      'partialCoverage 2.1.4',
      'partialCoverage 2.3',
    ]);
  });
});
