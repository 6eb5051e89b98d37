// The engine sums counts as safe integers and hands anything else to exact rational arithmetic:
// decimal weights scaled to integers, decimal values, sums past 2^53, means over many different
// denominators; wildcard terms are summed once per school-year unless an assessment is filled
// partly. Each case here has its value worked out by hand.
import { describe, expect, it } from 'vitest';
import { computeOneIndicator, computeOneRule } from '../../../src/core/engine';
import type { ProgramInput } from '../../../src/core/program';
import { makeData, makeProgram, makeSchool, marks, twos, type Values } from '../fixtures/municipality';

const Y = 2024;
type IndicatorInput = ProgramInput['indicators'][number];

function indicator(over: Partial<IndicatorInput> & Pick<IndicatorInput, 'metric'>, rows: Array<[string, Values]>) {
  const program = makeProgram({
    indicators: [
      {
        code: 'X',
        group: 'g',
        name: 'Показатель X',
        unit: '%',
        aggregation: 'pooled',
        direction: 'up',
        comparison: 'none',
        source: null,
        ...over,
      },
    ],
  });
  const schools = rows.map(([code]) => makeSchool(code));
  const data = makeData(rows.map(([code, v]) => [code, Y, v]));
  return computeOneIndicator({ program, schools, data, year: Y }, 'X');
}

const share2 = {
  kind: 'ratio' as const,
  num: [{ field: 'vpr.*.*.m2', weight: 1 }],
  den: [{ field: 'vpr.*.*.n', weight: 1 }],
};

describe('wildcard terms over filled, blank and partly filled assessments', () => {
  it('a filled and a partly filled assessment both count when the metric’s own fields are there', () => {
    // math 5 filled: «2» 1 of 10; rus 5 with only n and «2»: 3 of 30 → (1 + 3) / (10 + 30) = 4/40 = 10 %
    const r = indicator({ metric: share2 }, [
      ['A', { ...marks('vpr.math.5', 1, 2, 3, 4), ...twos('vpr.rus.5', 30, 3) }],
    ]);
    expect(r.schools.A).toMatchObject({ num: 4, den: 40, display: '10,0 %' });
  });

  it('the same counts give the same value whether every mark is filled or only the metric’s', () => {
    // «2» 3 of 12 either way: 3/12 = 25 %
    const whole = indicator({ metric: share2 }, [['A', marks('vpr.math.5', 3, 4, 3, 2)]]);
    const part = indicator({ metric: share2 }, [['A', twos('vpr.math.5', 12, 3)]]);
    expect(whole.schools.A).toMatchObject({ num: 3, den: 12, display: '25,0 %' });
    expect(part.schools.A).toEqual(whole.schools.A);
  });

  it('the rule reads a partly filled assessment like a filled one', () => {
    const program = makeProgram({
      rules: [
        {
          code: 'R',
          name: 'ВПР',
          description: '',
          flags: 'lowResult',
          source: null,
          kind: {
            type: 'assessmentThreshold',
            assessments: ['vpr.*.*'],
            num: ['m2'],
            den: ['n'],
            threshold: { op: 'gte', value: 30, source: null },
          },
        },
      ],
    });
    const one = (v: Values) =>
      computeOneRule({ program, schools: [makeSchool('A')], data: makeData([['A', Y, v]]), year: Y }, 'R', 'A').verdict;
    // «2» 3 of 10 = 30 % ≥ 30 % both ways
    expect(one(twos('vpr.math.5', 10, 3)).explanation).toBe(one(marks('vpr.math.5', 3, 3, 2, 2)).explanation);
    expect(one(twos('vpr.math.5', 10, 3)).explanation).toContain('«2» у 3 из 10 (30,0 %) ≥ 30 %');
  });
});

describe('exact beyond the integer path', () => {
  it('decimal weights pooled over schools: СОУ = (5 + 0,64·4 + 0,36·3 + 0,16·2) / n', () => {
    const sou = {
      kind: 'ratio' as const,
      num: [
        { field: 'vpr.math.5.m5', weight: 1 },
        { field: 'vpr.math.5.m4', weight: 0.64 },
        { field: 'vpr.math.5.m3', weight: 0.36 },
        { field: 'vpr.math.5.m2', weight: 0.16 },
      ],
      den: [{ field: 'vpr.math.5.n', weight: 1 }],
    };
    // A: 2:1 3:2 4:3 5:4 → 4 + 1,92 + 0,72 + 0,16 = 6,8 of 10; B: 5:5 → 5 of 5
    // pooled (6,8 + 5) / (10 + 5) = 11,8/15 = 59/75 = 78,67 %
    const r = indicator({ metric: sou }, [
      ['A', marks('vpr.math.5', 1, 2, 3, 4)],
      ['B', marks('vpr.math.5', 0, 0, 0, 5)],
    ]);
    expect(r.municipal).toMatchObject({ num: 59, den: 75, display: '78,7 %' });
    // B alone: 5/5 = 100 %; a sum with decimal weights is shown reduced, 1/1
    expect(r.schools.B).toMatchObject({ num: 1, den: 1, display: '100,0 %' });
  });

  it('decimal values in a sum: 12,5 + 7,25 = 19,75 km', () => {
    const r = indicator(
      { unit: 'ед.', aggregation: 'sum', metric: { kind: 'value', sum: [{ field: 'cond.distance_km', weight: 1 }] } },
      [
        ['A', { 'cond.distance_km': 12.5 }],
        ['B', { 'cond.distance_km': 7.25 }],
      ],
    );
    expect(r.schools.A).toMatchObject({ value: 12.5, num: 25, den: 2, display: '12,5' });
    expect(r.municipal).toMatchObject({ value: 19.75, num: 79, den: 4, display: '19,75' });
  });

  it('sums past 2^53 stay exact: 2^52 + 2^52 = 2^53 = 9 007 199 254 740 992', () => {
    const big = 2 ** 52; // 4 503 599 627 370 496, a valid count
    const total = {
      kind: 'value' as const,
      sum: [
        { field: 'pupils.total', weight: 1 },
        { field: 'pupils.ovz', weight: 1 },
      ],
    };
    const r = indicator({ unit: 'чел.', aggregation: 'sum', metric: total }, [
      ['A', { 'pupils.total': big, 'pupils.ovz': big }],
      ['B', { 'pupils.total': big, 'pupils.ovz': 0 }],
    ]);
    // a part that is not a safe integer is null, the display stays exact
    expect(r.schools.A).toMatchObject({ num: null, den: null, display: '9 007 199 254 740 992' });
    // municipal: 2^53 + 2^52 = 13 510 798 882 111 488
    expect(r.municipal).toMatchObject({ num: null, den: null, display: '13 510 798 882 111 488' });
    expect(r.schools.B).toMatchObject({ num: big, den: 1 });
  });

  it('the mean of school shares over different denominators: (1/3 + 1/7 + 1/11) / 3 = 131/693', () => {
    // (77 + 33 + 21) / 231 / 3 = 131/693 = 18,90 %
    const r = indicator({ aggregation: 'meanOfSchools', metric: share2 }, [
      ['A', twos('vpr.math.5', 3, 1)],
      ['B', twos('vpr.math.5', 7, 1)],
      ['C', twos('vpr.math.5', 11, 1)],
    ]);
    expect(r.municipal).toMatchObject({ num: 131, den: 693, display: '18,9 %' });
  });
});
