// Indicators per aggregation on a four-school fixture municipality, with expected values computed
// by hand in the comments. Registry categories: A ШНОР, B ШНСУ, C другая, D ШНОР+ШНСУ.
import { describe, expect, it } from 'vitest';
import { computeOneIndicator } from '../../../src/core/engine';
import type { ProgramInput } from '../../../src/core/program';
import { below, makeData, makeProgram, makeSchool, twos } from '../fixtures/municipality';

const Y = 2024;
type IndicatorInput = ProgramInput['indicators'][number];

const schools = [
  makeSchool('A', { category: 'ШНОР' }),
  makeSchool('B', { category: 'ШНСУ' }),
  makeSchool('C', { category: 'другая' }),
  makeSchool('D', { category: 'ШНОР+ШНСУ' }),
];

const data = makeData([
  // ВПР математика 5: A 9/27, B 1/10, C 3/3, D 6/60
  [
    'A',
    Y,
    twos('vpr.math.5', 27, 9),
    { 'pupils.total': 100, 'staff.vacancies': 1, 'items.workgroup_order': true, 'items.pd_events': true },
  ],
  [
    'B',
    Y,
    twos('vpr.math.5', 10, 1),
    { 'pupils.total': 250, 'staff.vacancies': 2, 'items.workgroup_order': true, 'items.pd_events': true },
  ],
  [
    'C',
    Y,
    twos('vpr.math.5', 3, 3),
    { 'pupils.total': 50, 'staff.vacancies': 4, 'items.workgroup_order': false, 'items.pd_events': false },
  ],
  ['D', Y, twos('vpr.math.5', 60, 6), { 'items.pd_events': true }],
  // КДР читательская грамотность 4 кл. «ниже базового», for dynamics
  ['A', Y - 1, below('kdr.read.4', 20, 10)],
  ['A', Y, below('kdr.read.4', 20, 5)],
  ['B', Y - 1, below('kdr.read.4', 20, 4)],
  ['B', Y, below('kdr.read.4', 20, 4)],
  ['D', Y, below('kdr.read.4', 20, 1)],
]);

const share2: IndicatorInput['metric'] = {
  kind: 'ratio',
  num: [{ field: 'vpr.math.5.m2', weight: 1 }],
  den: [{ field: 'vpr.math.5.n', weight: 1 }],
};
const workgroup: IndicatorInput['metric'] = { kind: 'flag', field: 'items.workgroup_order' };
const base = {
  code: 'X',
  group: 'g',
  name: 'Показатель X',
  unit: '%' as const,
  direction: 'down' as const,
  comparison: 'none' as const,
  source: null,
};

const lowRule: ProgramInput['rules'][number] = {
  code: 'R',
  name: 'Низкие результаты',
  description: '',
  flags: 'shnor',
  source: null,
  kind: {
    type: 'assessmentThreshold',
    assessments: ['vpr.*.*'],
    num: ['m2'],
    den: ['n'],
    threshold: { op: 'gte', value: 30, source: 'seed 001 L80' },
  },
};
const dynRule: ProgramInput['rules'][number] = {
  code: 'DYN',
  name: 'Положительная динамика КДР',
  description: '',
  flags: 'info',
  source: null,
  kind: {
    type: 'dynamics',
    metric: {
      kind: 'ratio',
      num: [{ field: 'kdr.read.4.below', weight: 1 }],
      den: [{ field: 'kdr.read.4.n', weight: 1 }],
    },
    compareTo: 'previousYear',
    direction: 'down',
    minChange: { value: 0, source: null },
    flagWhen: 'positive',
  },
};

function run(
  ind: Partial<IndicatorInput> & Pick<IndicatorInput, 'aggregation' | 'metric'>,
  rules: ProgramInput['rules'] = [],
  d = data,
) {
  const program = makeProgram({ indicators: [{ ...base, ...ind }], rules });
  return computeOneIndicator({ program, schools, data: d, year: Y }, 'X');
}

describe('pooled', () => {
  it.each([
    // all: (9 + 1 + 3 + 6) / (27 + 10 + 3 + 60) = 19/100
    ['all', 19, 100, '19,0 %'],
    // ШНОР (A, D): (9 + 6) / (27 + 60) = 15/87 = 17.24 %
    ['shnor', 15, 87, '17,2 %'],
    // ШНСУ (B, D): (1 + 6) / (10 + 60) = 7/70
    ['shnsu', 7, 70, '10,0 %'],
    // ШНОР или ШНСУ (A, B, D): (9 + 1 + 6) / (27 + 10 + 60) = 16/97 = 16.49 %
    ['shnor_or_shnsu', 16, 97, '16,5 %'],
  ] as const)('scope %s: Σnum/Σden = %i/%i', (scope, num, den, display) => {
    const r = run({ aggregation: 'pooled', metric: share2, scope });
    expect(r.municipal).toMatchObject({ num, den, display });
  });

  it('is not the mean of school percentages (that is meanOfSchools)', () => {
    // mean: (1/3 + 1/10 + 1 + 1/10) / 4 = (10 + 3 + 30 + 3)/30 / 4 = 46/120 = 23/60 = 38.33 %
    const r = run({ aggregation: 'meanOfSchools', metric: share2 });
    expect(r.municipal).toMatchObject({ num: 23, den: 60, display: '38,3 %' });
  });

  it('keeps every school value and marks the scope', () => {
    const r = run({ aggregation: 'pooled', metric: share2, scope: 'shnor' });
    expect(r.schools.A).toMatchObject({ num: 9, den: 27, display: '33,3 %', inScope: true });
    expect(r.schools.C).toMatchObject({ num: 3, den: 3, display: '100,0 %', inScope: false });
  });
});

describe('sum and meanOfSchools of counts', () => {
  it('sums counts over schools with data and warns about the others', () => {
    // 100 + 250 + 50 = 400; D has no pupils.total
    const r = run({
      aggregation: 'sum',
      unit: 'чел.',
      metric: { kind: 'value', sum: [{ field: 'pupils.total', weight: 1 }] },
    });
    expect(r.municipal).toMatchObject({ value: 400, display: '400', coverage: { withData: 3, total: 4 } });
    expect(r.warnings.find((w) => w.code === 'partialCoverage')?.message).toContain(
      'нет данных по 1 из 4 школ (Школа D)',
    );
  });

  it('meanOfSchools of a count: (1 + 2 + 4) / 3 = 7/3 = 2,33', () => {
    const r = run({
      aggregation: 'meanOfSchools',
      unit: 'ед.',
      metric: { kind: 'value', sum: [{ field: 'staff.vacancies', weight: 1 }] },
    });
    expect(r.municipal).toMatchObject({ num: 7, den: 3, display: '2,33' });
  });

  it('a sum of a ratio is refused with a warning, not computed', () => {
    const r = run({ aggregation: 'sum', metric: share2 });
    expect(r.municipal.value).toBeNull();
    expect(r.warnings[0]?.code).toBe('badAggregation');
  });
});

describe('yes/no roll-ups', () => {
  // items.workgroup_order: A да, B да, C нет, D нет данных
  it('all: one «нет» makes it «нет»', () => {
    const r = run({ aggregation: 'all', unit: 'да/нет', metric: workgroup });
    expect(r.municipal).toMatchObject({ bool: false, display: 'нет' });
    expect(r.schools.A).toMatchObject({ bool: true, display: 'да' });
  });

  it('all: no «нет» but a school without data → «нет данных»', () => {
    // ШНОР или ШНСУ: A да, B да, D нет данных
    const r = run({ aggregation: 'all', unit: 'да/нет', metric: workgroup, scope: 'shnor_or_shnsu' });
    expect(r.municipal).toMatchObject({ bool: null, display: 'нет данных' });
  });

  it('count: 2 schools say «да» (of 3 with data)', () => {
    const r = run({ aggregation: 'count', unit: 'ед.', metric: workgroup });
    expect(r.municipal).toMatchObject({ value: 2, num: 2, den: 3, display: '2' });
  });

  it('share: 2 of 3 schools with data = 66,7 %', () => {
    const r = run({ aggregation: 'share', metric: workgroup });
    expect(r.municipal).toMatchObject({ num: 2, den: 3, display: '66,7 %' });
  });
});

describe('schoolShare', () => {
  const condition = { metric: share2, threshold: { op: 'gte' as const, value: 30, source: null } };

  it('share of schools meeting a condition: A (33,3 %) and C (100 %) of 4 → 50 %', () => {
    const r = run({ aggregation: 'schoolShare', metric: share2, condition });
    expect(r.municipal).toMatchObject({ num: 2, den: 4, display: '50,0 %' });
    expect(r.schools.A?.meets).toBe(true);
    expect(r.schools.B?.meets).toBe(false);
  });

  it('over the registry scope: ШНОР A (да) and D (нет) → 1 of 2', () => {
    const r = run({ aggregation: 'schoolShare', metric: share2, condition, scope: 'shnor' });
    expect(r.municipal).toMatchObject({ num: 1, den: 2 });
  });

  it('denominator identifiedThisYear counts only schools flagged this year (seed 004 6.1)', () => {
    // rule R (ШНОР: «2» ≥ 30 %) flags A (33,3 %) and C (100 %); of them pd_events: A да, C нет → 1/2
    const pd = { metric: { kind: 'flag' as const, field: 'items.pd_events' }, equals: true };
    const ind = {
      aggregation: 'schoolShare' as const,
      metric: pd.metric,
      condition: pd,
      scope: 'shnor' as const,
      direction: 'up' as const,
    };
    const identified = run({ ...ind, denominator: 'identifiedThisYear' }, [lowRule]);
    expect(identified.municipal).toMatchObject({ num: 1, den: 2, display: '50,0 %' });
    // the registry's ШНОР (A, D): both pd_events да → 2/2
    const registry = run({ ...ind, denominator: 'scope' }, [lowRule]);
    expect(registry.municipal).toMatchObject({ num: 2, den: 2, display: '100,0 %' });
  });

  it('identifiedThisYear without an identifying rule falls back to the registry, with a warning', () => {
    const pd = { metric: { kind: 'flag' as const, field: 'items.pd_events' }, equals: true };
    const r = run({
      aggregation: 'schoolShare',
      metric: pd.metric,
      condition: pd,
      scope: 'shnor',
      denominator: 'identifiedThisYear',
    });
    expect(r.municipal).toMatchObject({ num: 2, den: 2 });
    expect(r.warnings.map((w) => w.code)).toContain('noIdentificationRule');
  });

  it('conditionRule: schools flagged by a positive-dynamics rule', () => {
    // КДР «ниже базового»: A 50 % → 25 % (лучше), B 20 % → 20 % (нет), D: нет данных за прошлый год
    // ШНОР или ШНСУ (A, B, D): 1 of 2 with data = 50 %, D left out with a warning
    const r = run(
      { aggregation: 'schoolShare', metric: share2, conditionRule: 'DYN', scope: 'shnor_or_shnsu', direction: 'up' },
      [dynRule],
    );
    expect(r.municipal).toMatchObject({ num: 1, den: 2, coverage: { withData: 2, total: 3 } });
    expect(r.schools.A?.meets).toBe(true);
    expect(r.schools.B?.meets).toBe(false);
    expect(r.schools.D?.meets).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('partialCoverage');
  });

  it('an unknown conditionRule is a warning, not a crash', () => {
    const r = run({ aggregation: 'schoolShare', metric: share2, conditionRule: 'NOPE' });
    expect(r.municipal.value).toBeNull();
    expect(r.warnings[0]?.code).toBe('unknownRule');
  });
});

describe('over 100 %', () => {
  const pk: IndicatorInput['metric'] = {
    kind: 'ratio',
    num: [{ field: 'staff.pk_done', weight: 1 }],
    den: [{ field: 'staff.pedagogues', weight: 1 }],
  };
  const d = makeData([
    ['A', Y, { 'staff.pk_done': 45, 'staff.pedagogues': 40 }],
    ['B', Y, { 'staff.pk_done': 10, 'staff.pedagogues': 20 }],
  ]);

  it('allowed with a warning when mayExceed100 (seed 000 2.1–2.2)', () => {
    // A: 45/40 = 112,5 %; pooled (45 + 10) / (40 + 20) = 55/60 = 91,7 %
    const r = run({ aggregation: 'pooled', metric: pk, mayExceed100: true }, [], d);
    expect(r.schools.A).toMatchObject({ display: '112,5 %', over100: true });
    expect(r.municipal).toMatchObject({ num: 55, den: 60, display: '91,7 %' });
    expect(r.warnings.find((w) => w.code === 'over100')?.message).toContain('Школа A');
    expect(r.problems).toEqual([]);
  });

  it('otherwise a data problem: the school value is not used', () => {
    // A excluded: pooled = 10/20 = 50 %
    const r = run({ aggregation: 'pooled', metric: pk }, [], d);
    expect(r.schools.A?.value).toBeNull();
    expect(r.municipal).toMatchObject({ num: 10, den: 20 });
    expect(r.problems[0]?.message).toContain('112,5 %');
  });

  it('the municipal value may pass 100 % too when allowed', () => {
    const d2 = makeData([['A', Y, { 'staff.pk_done': 45, 'staff.pedagogues': 40 }]]);
    const r = run({ aggregation: 'pooled', metric: pk, mayExceed100: true }, [], d2);
    expect(r.municipal.over100).toBe(true);
  });
});
