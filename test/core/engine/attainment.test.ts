// Target attainment per year, decided exactly. Seed 004's trap (L165, 7.2–7.7: 25/27/29/31 % by
// year; L161, 6.1: «не менее» 40/50/60/70 %): with 8 identified schools, 2 schools = 25 % meets
// 2022's 25 % but not 2023's 27 %, whatever a rounded display would suggest.
import { describe, expect, it } from 'vitest';
import { computeOneIndicator } from '../../../src/core/engine';
import type { ProgramInput } from '../../../src/core/program';
import { makeData, makeProgram, makeSchool, type Values } from '../fixtures/municipality';

type IndicatorInput = ProgramInput['indicators'][number];

const targets72 = [
  { year: 2022, value: 25, source: 'seed 004 L165' },
  { year: 2023, value: 27, source: 'seed 004 L165' },
  { year: 2024, value: 29, source: 'seed 004 L165' },
  { year: 2025, value: 31, source: 'seed 004 L165' },
];
const targets61 = [
  { year: 2022, value: 40, source: 'seed 004 L161' },
  { year: 2023, value: 50, source: 'seed 004 L161' },
];

/** n schools in scope, the first `yes` of them meeting the condition, in `year`. */
function schoolShare(
  n: number,
  yes: number,
  year: number,
  targets: IndicatorInput['targets'],
  comparison: IndicatorInput['comparison'],
) {
  const schools = Array.from({ length: n }, (_, i) => makeSchool(`s${i}`, { category: 'ШНОР' }));
  const data = makeData(schools.map((s, i) => [s.code, year, { 'items.pd_events': i < yes } as Values]));
  const flag = { kind: 'flag' as const, field: 'items.pd_events' };
  const program = makeProgram({
    indicators: [
      {
        code: 'X',
        group: 'g',
        name: 'Доля школ',
        unit: '%',
        aggregation: 'schoolShare',
        metric: flag,
        condition: { metric: flag, equals: true },
        scope: 'shnor_or_shnsu',
        direction: 'up',
        comparison,
        targets,
        source: null,
      },
    ],
  });
  return computeOneIndicator({ program, schools, data, year }, 'X').municipal;
}

describe('seed 004 trap: exact comparison with the target', () => {
  it.each([
    // 7.2–7.7 (no operator in the seed, read as ≥ via direction «up»)
    [8, 2, 2022, 'achieved', '25,0 %'], // 2/8 = 25 % ≥ 25 %: 200 = 200 (×800)
    [8, 2, 2023, 'notAchieved', '25,0 %'], // 2/8 = 25 % < 27 %: 2·100 = 200 < 27·8 = 216
    [8, 3, 2023, 'achieved', '37,5 %'], // 3/8 = 37,5 % ≥ 27 %: 300 ≥ 216
    [9, 2, 2022, 'notAchieved', '22,2 %'], // 2/9 = 22,2 % < 25 %: 200 < 225
    [9, 3, 2022, 'achieved', '33,3 %'], // 3/9: 300 ≥ 225
  ] as const)('7.2: %i schools, %i meet, %i → %s', (n, yes, year, status, display) => {
    const v = schoolShare(n, yes, year, targets72, 'none');
    expect(v.display).toBe(display);
    expect(v.attainment).toBe(status);
  });

  it.each([
    // 6.1 «не менее»
    [8, 3, 2022, 'notAchieved'], // 3/8 = 37,5 % < 40 %: 300 < 320
    [8, 4, 2022, 'achieved'], // 4/8 = 50 % ≥ 40 %
    [8, 4, 2023, 'achieved'], // 50 % ≥ 50 %: boundary, «не менее» is ≥
    [9, 3, 2022, 'notAchieved'], // 3/9 = 33,3 % < 40 %
    [9, 4, 2022, 'achieved'], // 4/9 = 44,4 % ≥ 40 %
  ] as const)('6.1: %i schools, %i meet, %i → %s', (n, yes, year, status) => {
    expect(schoolShare(n, yes, year, targets61, 'gte').attainment).toBe(status);
  });

  it('no target for the year → noTarget; no value → noData', () => {
    expect(schoolShare(8, 2, 2030, targets72, 'none').attainment).toBe('noTarget');
    expect(schoolShare(0, 0, 2023, targets72, 'none')).toMatchObject({ attainment: 'noData', display: 'нет данных' });
  });
});

describe('operators and directions', () => {
  /** One school, «2» in ВПР математика 5 кл. = m2 of n, target 20 % in 2024. */
  function share(
    m2: number,
    n: number,
    comparison: IndicatorInput['comparison'],
    direction: IndicatorInput['direction'],
  ) {
    const program = makeProgram({
      indicators: [
        {
          code: 'X',
          group: 'g',
          name: 'Доля «2»',
          unit: '%',
          aggregation: 'pooled',
          metric: {
            kind: 'ratio',
            num: [{ field: 'vpr.math.5.m2', weight: 1 }],
            den: [{ field: 'vpr.math.5.n', weight: 1 }],
          },
          direction,
          comparison,
          targets: [{ year: 2024, value: 20, source: null }],
          source: null,
        },
      ],
    });
    const data = makeData([['s', 2024, { 'vpr.math.5.n': n, 'vpr.math.5.m2': m2 }]]);
    return computeOneIndicator({ program, schools: [makeSchool('s')], data, year: 2024 }, 'X');
  }

  it.each([
    // «не более 20 %»: 199/1000 = 19,9 %, 200/1000 = 20 %, 201/1000 = 20,1 %
    [199, 'lte', 'down', 'achieved'],
    [200, 'lte', 'down', 'achieved'],
    [201, 'lte', 'down', 'notAchieved'],
    // «не менее 20 %»
    [199, 'gte', 'up', 'notAchieved'],
    [200, 'gte', 'up', 'achieved'],
    [201, 'gte', 'up', 'achieved'],
    // no operator: the direction decides (down → ≤)
    [200, 'none', 'down', 'achieved'],
    [201, 'none', 'down', 'notAchieved'],
  ] as const)('%i of 1000 vs 20 %% with %s/%s → %s', (m2, comparison, direction, status) => {
    const r = share(m2, 1000, comparison, direction);
    expect(r.municipal.attainment).toBe(status);
    // the school's own share is judged too (pooled indicator)
    expect(r.schools.s?.attainment).toBe(status);
  });

  it('a value that only rounds to the target does not meet it: 1999/10000 = 19,99 % displays «20,0 %» but misses ≥ 20 %', () => {
    const r = share(1999, 10000, 'gte', 'up');
    expect(r.municipal.display).toBe('20,0 %');
    expect(r.municipal.attainment).toBe('notAchieved');
  });
});

describe('yes/no targets', () => {
  function all(values: boolean[], target: number) {
    const schools = values.map((_, i) => makeSchool(`s${i}`));
    const data = makeData(values.map((v, i) => [`s${i}`, 2024, { 'items.workgroup_order': v } as Values]));
    const program = makeProgram({
      indicators: [
        {
          code: 'X',
          group: 'g',
          name: 'Приказ',
          unit: 'да/нет',
          aggregation: 'all',
          metric: { kind: 'flag', field: 'items.workgroup_order' },
          direction: 'up',
          comparison: 'none',
          targets: [{ year: 2024, value: target, source: null }],
          source: null,
        },
      ],
    });
    return computeOneIndicator({ program, schools, data, year: 2024 }, 'X').municipal;
  }

  it('target «да» (1) is met only when every school says «да»', () => {
    expect(all([true, true], 1).attainment).toBe('achieved');
    expect(all([true, false], 1).attainment).toBe('notAchieved');
  });
});
