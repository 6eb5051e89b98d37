// computeReport: the assembled result for the report tabs and roadmaps — flags, codes of flagged
// rules, met criteria, triggered risk factors, missed indicators, problems per school, municipal
// counts, series — as plain JSON, without touching its input.
import { describe, expect, it } from 'vitest';
import { computeIndicatorSeries, computeReport } from '../../../src/core/engine';
import type { ProgramInput } from '../../../src/core/program';
import { makeData, makeProgram, makeSchool, twos } from '../fixtures/municipality';

const Y = 2024;
const threshold = { op: 'gte' as const, value: 30, source: 'seed 001 L80' };

const programInput: Partial<ProgramInput> = {
  indicators: [
    {
      code: 'IND1',
      group: 'Результаты',
      name: 'Доля «2» ВПР',
      unit: '%',
      aggregation: 'pooled',
      metric: { kind: 'ratio', num: [{ field: 'vpr.*.*.m2' }], den: [{ field: 'vpr.*.*.n' }] },
      direction: 'down',
      comparison: 'lte',
      targets: [{ year: Y, value: 20, source: null }],
      source: null,
    },
  ],
  rules: [
    {
      code: 'VPR',
      name: 'ВПР',
      description: '',
      flags: 'lowResult',
      source: 'seed 001 L80',
      kind: { type: 'assessmentThreshold', assessments: ['vpr.*.*'], num: ['m2'], den: ['n'], threshold },
    },
    {
      code: 'SHNOR',
      name: 'ШНОР',
      description: '',
      flags: 'shnor',
      source: 'seed 001 L76',
      kind: {
        type: 'multiYear',
        rule: 'VPR',
        minPrevYear: { value: 2, source: null },
        minEachOfTwo: { value: 1, source: null },
      },
    },
    {
      code: 'SHNSU',
      name: 'ШНСУ',
      description: '',
      flags: 'shnsu',
      source: 'seed 004 L90',
      kind: {
        type: 'criteriaCount',
        minCount: { value: 1, source: null },
        criteria: [
          {
            code: 'С8',
            name: 'Нет Интернета',
            condition: { metric: { kind: 'flag', field: 'cond.internet_stable' }, equals: false },
            source: 'seed 004 L100',
          },
        ],
      },
    },
  ],
  riskFactors: [
    { code: 'RF1', name: 'Высокая доля обучающихся с рисками учебной неуспешности', triggers: ['VPR'], source: null },
    { code: 'RF2', name: 'Низкий уровень оснащения школы', triggers: ['С8'], source: null },
    { code: 'RF3', name: 'По показателю', triggers: ['IND1'], source: null },
  ],
};

const schools = [
  makeSchool('A', { category: 'ШНОР', name: 'СОШ № 1' }),
  makeSchool('B', { name: 'СОШ № 2' }),
  makeSchool('C', { name: 'ООШ № 3' }),
];
const data = makeData([
  // A: ВПР «2» 2023 in math 5 and rus 5 (two procedures) → ШНОР; 2024: 9/27 → VPR flagged, 33,3 % > 20 %
  ['A', Y - 1, twos('vpr.math.5', 10, 5), twos('vpr.rus.5', 10, 4)],
  ['A', Y, twos('vpr.math.5', 27, 9), { 'cond.internet_stable': true }],
  // B: 2/20 = 10 % ≤ 20 %; no Internet → С8 → ШНСУ
  ['B', Y, twos('vpr.math.5', 20, 2), { 'cond.internet_stable': false }],
  // C: a bad value
  ['C', Y, { 'vpr.math.5.n': 'двадцать', 'vpr.math.5.m2': 1, 'cond.internet_stable': true }],
  // a school that is not in the registry
  ['Z', Y, twos('vpr.math.5', 10, 1)],
]);

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe('computeReport', () => {
  const program = makeProgram(programInput);
  const r = computeReport(deepFreeze({ program, schools, data, year: Y, seriesYears: [Y - 1, Y] }));
  const byCode = Object.fromEntries(r.schools.map((s) => [s.code, s]));

  it('describes the year and the program', () => {
    expect(r.programId).toBe('fixture');
    expect(r.yearLabel).toBe('2023/2024 уч. г.');
    expect(r.indicators[0]).toMatchObject({ code: 'IND1', target: 20, targetDisplay: '20 %', unit: '%' });
    expect(r.rules.map((x) => `${x.code}:${x.type}:${x.flags}`)).toEqual([
      'VPR:assessmentThreshold:lowResult',
      'SHNOR:multiYear:shnor',
      'SHNSU:criteriaCount:shnsu',
    ]);
  });

  it('flags each school and lists the codes roadmaps need', () => {
    expect(byCode.A).toMatchObject({
      flags: { shnor: 'yes', shnsu: 'no', lowResult: 'yes', risk: 'none', info: 'none' },
      breachedRules: ['VPR', 'SHNOR'],
      metCriteria: [],
      riskFactors: ['RF1', 'RF3'],
      missedIndicators: ['IND1'], // 33,3 % > 20 %
    });
    expect(byCode.B).toMatchObject({
      flags: { shnor: 'noData', shnsu: 'yes', lowResult: 'no' },
      breachedRules: ['SHNSU'],
      metCriteria: ['С8'],
      riskFactors: ['RF2'],
      missedIndicators: [], // 10 % ≤ 20 %
    });
    expect(byCode.C?.flags.lowResult).toBe('noData');
  });

  it('keeps explanations and values per school', () => {
    expect(byCode.A?.rules.VPR?.explanation).toBe(
      '2023/2024 уч. г.: низкие результаты — ВПР математика 5 кл.: «2» у 9 из 27 (33,3 %) ≥ 30 %.',
    );
    expect(byCode.A?.indicators.IND1).toMatchObject({
      num: 9,
      den: 27,
      display: '33,3 %',
      attainment: 'notAchieved',
      inScope: true,
    });
  });

  it('attaches problems to their school', () => {
    expect(byCode.C?.problems).toHaveLength(1);
    expect(byCode.C?.problems[0]).toMatchObject({ school: 'C', year: Y, field: 'vpr.math.5.n' });
    expect(byCode.C?.problems[0]?.message).toContain('ООШ № 3 (C)');
    expect(byCode.A?.problems).toEqual([]);
  });

  it('counts flagged schools for the municipality', () => {
    // pooled IND1 over A and B (C has a bad value): (9 + 2) / (27 + 20) = 11/47 = 23,4 % > 20 %
    expect(r.municipal).toMatchObject({
      flagged: { shnor: 1, shnsu: 1, lowResult: 1, risk: 0, info: 0 },
      byRule: { VPR: 1, SHNOR: 1, SHNSU: 1 },
      schools: 3,
      schoolsWithProblems: 1,
      indicators: {
        IND1: { num: 11, den: 47, display: '23,4 %', attainment: 'notAchieved', coverage: { withData: 2, total: 3 } },
      },
    });
  });

  it('warns about data of a school that is not in the registry', () => {
    expect(r.warnings.find((w) => w.code === 'unknownSchool')?.message).toContain('«Z»');
  });

  it('carries the series for `Динамика`', () => {
    // 2023: only A reported, (5 + 4) / (10 + 10) = 45 %
    const s = r.series?.[0];
    expect(s?.code).toBe('IND1');
    expect(s?.points.map((p) => [p.year, p.municipal.display])).toEqual([
      [2023, '45,0 %'],
      [2024, '23,4 %'],
    ]);
    expect(s?.points[0]?.schools.A?.display).toBe('45,0 %');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('is the same when computed again (input untouched, frozen above)', () => {
    const again = computeReport({ program, schools, data, year: Y, seriesYears: [Y - 1, Y] });
    expect(again).toEqual(r);
  });
});

describe('computeIndicatorSeries', () => {
  it('gives every indicator for each year, like the report’s series', () => {
    const program = makeProgram(programInput);
    const series = computeIndicatorSeries({ program, schools, data, years: [Y - 1, Y] });
    const report = computeReport({ program, schools, data, year: Y, seriesYears: [Y - 1, Y] });
    expect(series).toEqual(report.series);
  });
});
