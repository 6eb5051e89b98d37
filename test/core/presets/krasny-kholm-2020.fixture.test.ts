// This file runs the krasny-kholm-2020 preset through the engine on a fixture district of three
// schools over 2021 and 2022 (reporting year 2022): the target ШНРО and two others, one of them
// without grades 9 and 11. Every default indicator and rule is checked against values computed by
// hand in the comments.
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/core/engine';
import { Program } from '../../../src/core/program';
import { krasnyKholm2020 } from '../../../src/core/presets/krasny-kholm-2020';
import { School } from '../../../src/core/schools';

const program = Program.parse(krasnyKholm2020);
const schools = [
  School.parse({ code: 'S1', name: 'Краснохолмская СОШ № 1', category: 'ШНОР' }),
  School.parse({ code: 'S2', name: 'Школа 2', category: 'другая' }),
  School.parse({ code: 'S3', name: 'Школа 3 (начальная и основная ступень без 9 кл.)', category: 'другая' }),
];

const oge = (s: string, n: number, m2: number, m3: number, m4: number, m5: number, mean: number) => ({
  [`oge.${s}.9.n`]: n,
  [`oge.${s}.9.m2`]: m2,
  [`oge.${s}.9.m3`]: m3,
  [`oge.${s}.9.m4`]: m4,
  [`oge.${s}.9.m5`]: m5,
  [`oge.${s}.9.mean`]: mean,
});
const vpr = (s: string, grade: number, n: number, m2: number) => ({
  [`vpr.${s}.${grade}.n`]: n,
  [`vpr.${s}.${grade}.m2`]: m2,
});
const vprFull = (s: string, grade: number, n: number, m2: number, m3: number, m4: number, m5: number) => ({
  ...vpr(s, grade, n, m2),
  [`vpr.${s}.${grade}.m3`]: m3,
  [`vpr.${s}.${grade}.m4`]: m4,
  [`vpr.${s}.${grade}.m5`]: m5,
});

const data = {
  S1: {
    2021: {
      'oge.math.9.n': 20,
      'oge.math.9.m2': 7, // 35 %
      'oge.rus.9.n': 20,
      'oge.rus.9.m2': 2, // 10 %
      'ege.math.11.n': 10,
      'ege.math.11.below': 3, // 30 %
      'ege.rus.11.n': 10,
      'ege.rus.11.below': 2, // 20 %
      ...vpr('math', 4, 24, 8), // 33,3 %
      ...vpr('rus', 4, 24, 4), // 16,7 %
    },
    2022: {
      ...oge('math', 20, 6, 8, 4, 2, 3.1), // «2» 30 %
      ...oge('rus', 20, 2, 8, 6, 4, 3.6),
      'ege.rus.11.n': 10,
      'ege.rus.11.below': 3,
      'ege.rus.11.mean': 50,
      'ege.math.11.n': 10,
      'ege.math.11.below': 4, // 40 %
      'ege.mathp.11.n': 4,
      'ege.mathp.11.mean': 40,
      ...vprFull('math', 5, 25, 10, 10, 4, 1), // 40 %
      ...vprFull('rus', 5, 25, 5, 12, 6, 2), // 20 %
      'staff.pedagogues': 24,
      'staff.pk_done': 9,
      'items.school_program': true,
    },
  },
  S2: {
    2021: {
      'oge.math.9.n': 30,
      'oge.math.9.m2': 3,
      'oge.rus.9.n': 30,
      'oge.rus.9.m2': 0,
      'ege.math.11.n': 15,
      'ege.math.11.below': 1,
      'ege.rus.11.n': 15,
      'ege.rus.11.below': 0,
      ...vpr('math', 4, 30, 3),
      ...vpr('rus', 4, 30, 3),
    },
    2022: {
      ...oge('math', 30, 3, 12, 10, 5, 3.5),
      ...oge('rus', 30, 0, 10, 12, 8, 4.0),
      'ege.rus.11.n': 15,
      'ege.rus.11.below': 0,
      'ege.rus.11.mean': 70,
      'ege.math.11.n': 15,
      'ege.math.11.below': 1,
      'ege.mathp.11.n': 6,
      'ege.mathp.11.mean': 60,
      ...vprFull('math', 5, 30, 3, 12, 10, 5),
      ...vprFull('rus', 5, 30, 3, 12, 10, 5),
      'staff.pedagogues': 30,
      'staff.pk_done': 30,
      'items.school_program': false,
    },
  },
  S3: {
    2021: { ...vpr('math', 4, 8, 3), ...vpr('rus', 4, 8, 3) }, // 37,5 % and 37,5 %
    2022: { ...vprFull('math', 4, 8, 2, 4, 2, 0), ...vprFull('rus', 4, 8, 0, 4, 3, 1) }, // 25 % and 0 %
  },
};

const report = computeReport({ program, schools, data, year: 2022 });
const ind = (code: string) => report.municipal.indicators[code]!;
const school = (code: string) => report.schools.find((s) => s.code === code)!;
const status = (rule: string) => schools.map((s) => school(s.code).rules[rule]!.status);

describe('krasny-kholm-2020 on a fixture district, 2022', () => {
  it('ОГЭ успеваемость, pooled: math (14+27)/(20+30) = 41/50 = 82 %, Russian (18+30)/50 = 96 %; S3 has no grade 9', () => {
    expect([ind('И1').num, ind('И1').den, ind('И1').display]).toEqual([41, 50, '82,0 %']);
    expect([ind('И2').num, ind('И2').den, ind('И2').display]).toEqual([48, 50, '96,0 %']);
    expect(ind('И1').coverage).toEqual({ withData: 2, total: 3 });
  });

  it('ОГЭ mean marks weighted by participants: (3,1·20 + 3,5·30)/50 = 3,34 and (3,6·20 + 4·30)/50 = 3,84', () => {
    expect([ind('И3').value, ind('И3').display]).toEqual([3.34, '3,34']);
    expect([ind('И4').value, ind('И4').display]).toEqual([3.84, '3,84']);
  });

  it('ЕГЭ: Russian (10−3 + 15−0)/25 = 88 %, maths (10−4 + 15−1)/25 = 80 %; means (50·10 + 70·15)/25 = 62, profile (40·4 + 60·6)/10 = 52', () => {
    expect([ind('И5').num, ind('И5').den, ind('И5').value]).toEqual([22, 25, 88]);
    expect([ind('И6').num, ind('И6').den, ind('И6').value]).toEqual([20, 25, 80]);
    expect(ind('И7').value).toBe(62);
    expect(ind('И8').value).toBe(52);
  });

  it('ВПР «2» over every grade and subject taken: (10+5+3+3+2+0)/(25+25+30+30+8+8) = 23/126 = 18,3 %', () => {
    expect([ind('И9').num, ind('И9').den, ind('И9').display]).toEqual([23, 126, '18,3 %']);
  });

  it('the ШНРО-only indicators count S1 alone: 9 of 24 = 37,5 % trained; school programme «да» (S2 says «нет» but is not a ШНРО)', () => {
    expect([ind('И10').num, ind('И10').den, ind('И10').display]).toEqual([9, 24, '37,5 %']);
    expect(ind('И11').bool).toBe(true);
  });

  it('low results over 2 years (≥ 30 % in 2021 and 2022)', () => {
    // ОГЭ math S1: 7/20 = 35 %, 6/20 = 30 % (the boundary counts); S3 has no ОГЭ at all
    expect(status('НР1')).toEqual(['flagged', 'clear', 'noData']);
    expect(status('НР2')).toEqual(['clear', 'clear', 'noData']);
    // ЕГЭ math S1: 3/10 = 30 %, 4/10 = 40 %
    expect(status('НР3')).toEqual(['flagged', 'clear', 'noData']);
    // ЕГЭ Russian S1: 2/10 = 20 % in 2021
    expect(status('НР4')).toEqual(['clear', 'clear', 'noData']);
    // ВПР math over grades: S1 8/24 = 33,3 % (4 кл.), 10/25 = 40 % (5 кл.); S3 37,5 % then 25 %
    expect(status('НР5')).toEqual(['flagged', 'clear', 'clear']);
    expect(status('НР6')).toEqual(['clear', 'clear', 'clear']);
    expect(school('S1').rules['НР5']!.explanation).toContain('10 из 25 (40,0 %) ≥ 30 %');
  });

  it('dynamics of the ШНРО: ВПР «2» 12/48 = 25 % → 15/50 = 30 % is not positive; ОГЭ 9/40 = 22,5 % → 8/40 = 20 % is −2,5 п.п.', () => {
    expect(status('Д1')).toEqual(['flagged', 'outOfScope', 'outOfScope']);
    expect(status('Д2')).toEqual(['clear', 'outOfScope', 'outOfScope']);
    const d = school('S1').rules['Д2']!.details;
    expect(d?.type === 'dynamics' && d.change).toContain('−2,5');
  });

  it('flags and risk factors of the ШНРО: low results and no positive dynamics → «Высокая доля обучающихся с рисками учебной неуспешности»', () => {
    expect(school('S1').flags).toMatchObject({ lowResult: 'yes', risk: 'yes', shnor: 'none' });
    expect(school('S1').breachedRules).toEqual(['НР1', 'НР3', 'НР5', 'Д1']);
    expect(school('S1').riskFactors).toEqual(['ФР500.6']);
    expect(school('S2').riskFactors).toEqual([]);
  });

  it('covers all 11 indicators and 8 rules without engine warnings about the preset', () => {
    expect(Object.keys(report.municipal.indicators)).toHaveLength(11);
    expect(report.rules).toHaveLength(8);
    expect(
      report.warnings.filter((w) => ['unknownField', 'badAggregation', 'unknownRule', 'badCondition'].includes(w.code)),
    ).toEqual([]);
    for (const s of report.schools) expect(s.problems).toEqual([]);
  });
});
