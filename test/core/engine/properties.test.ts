// Property tests (fast-check): pooled aggregation is Σnum/Σden and lies between the smallest and
// the largest school ratio; the order of schools does not matter; the input is not mutated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeOneIndicator, computeReport } from '../../../src/core/engine';
import type { Program } from '../../../src/core/program';
import type { School } from '../../../src/core/schools';
import { makeData, makeProgram, makeSchool, twos, type Values } from '../fixtures/municipality';

const Y = 2024;
const program: Program = makeProgram({
  indicators: [
    {
      code: 'P',
      group: 'g',
      name: 'Доля «2»',
      unit: '%',
      aggregation: 'pooled',
      metric: { kind: 'ratio', num: [{ field: 'vpr.*.*.m2' }], den: [{ field: 'vpr.*.*.n' }] },
      direction: 'down',
      comparison: 'lte',
      targets: [{ year: Y, value: 25, source: null }],
      source: null,
    },
    {
      code: 'S',
      group: 'g',
      name: 'Доля школ с «2» не более 25 %',
      unit: '%',
      aggregation: 'schoolShare',
      metric: { kind: 'ratio', num: [{ field: 'vpr.*.*.m2' }], den: [{ field: 'vpr.*.*.n' }] },
      condition: {
        metric: { kind: 'ratio', num: [{ field: 'vpr.*.*.m2' }], den: [{ field: 'vpr.*.*.n' }] },
        threshold: { op: 'lte', value: 25, source: null },
      },
      direction: 'up',
      comparison: 'gte',
      source: null,
    },
  ],
  rules: [
    {
      code: 'R',
      name: 'Низкие результаты',
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

/** One school's ВПР: participants (≥ 1) and «2» (≤ participants) in math 5 and optionally rus 5. */
const schoolResult = fc
  .tuple(
    fc.integer({ min: 1, max: 200 }),
    fc.nat(),
    fc.option(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.nat()), { nil: null }),
  )
  .map(([n, k, rus]) => {
    const v: Values = twos('vpr.math.5', n, k % (n + 1));
    if (rus) Object.assign(v, twos('vpr.rus.5', rus[0], rus[1] % (rus[0] + 1)));
    return v;
  });

function municipality(results: Values[]): { schools: School[]; data: ReturnType<typeof makeData> } {
  const schools = results.map((_, i) => makeSchool(`s${i}`));
  return { schools, data: makeData(results.map((v, i) => [`s${i}`, Y, v] as [string, number, Values])) };
}

const sumOf = (vs: Values[], suffix: string): number =>
  vs.reduce(
    (a, v) =>
      a +
      Object.entries(v)
        .filter(([k]) => k.endsWith(suffix))
        .reduce((b, [, x]) => b + (x as number), 0),
    0,
  );

describe('pooled aggregation', () => {
  it('equals Σnum / Σden over the schools', () => {
    fc.assert(
      fc.property(fc.array(schoolResult, { minLength: 1, maxLength: 12 }), (results) => {
        const { schools, data } = municipality(results);
        const m = computeOneIndicator({ program, schools, data, year: Y }, 'P').municipal;
        expect(m.num).toBe(sumOf(results, '.m2'));
        expect(m.den).toBe(sumOf(results, '.n'));
      }),
    );
  });

  it('lies between the smallest and the largest school ratio (exact cross-multiplication)', () => {
    fc.assert(
      fc.property(fc.array(schoolResult, { minLength: 1, maxLength: 12 }), (results) => {
        const { schools, data } = municipality(results);
        const r = computeOneIndicator({ program, schools, data, year: Y }, 'P');
        const N = BigInt(r.municipal.num ?? -1);
        const D = BigInt(r.municipal.den ?? 1);
        const ratios = Object.values(r.schools).map((v) => [BigInt(v.num ?? 0), BigInt(v.den ?? 1)] as const);
        // N/D ≥ a/b ⇔ N·b ≥ a·D
        const geSome = ratios.some(([a, b]) => N * b <= a * D);
        const leSome = ratios.some(([a, b]) => N * b >= a * D);
        return geSome && leSome;
      }),
    );
  });
});

describe('invariance and purity', () => {
  it('the order of schools does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(schoolResult, { minLength: 1, maxLength: 8 }).chain((rs) =>
          fc.tuple(
            fc.constant(rs),
            fc.shuffledSubarray(
              rs.map((_, i) => i),
              { minLength: rs.length, maxLength: rs.length },
            ),
          ),
        ),
        ([results, order]) => {
          const { schools, data } = municipality(results);
          const a = computeReport({ program, schools, data, year: Y });
          const b = computeReport({ program, schools: order.map((i) => schools[i] as School), data, year: Y });
          expect(b.municipal).toEqual(a.municipal);
          const sorted = (x: typeof a) => [...x.schools].sort((p, q) => p.code.localeCompare(q.code));
          expect(sorted(b)).toEqual(sorted(a));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(fc.array(schoolResult, { minLength: 1, maxLength: 6 }), (results) => {
        const { schools, data } = municipality(results);
        const before = structuredClone({ program, schools, data });
        computeReport({ program, schools, data, year: Y, seriesYears: [Y - 1, Y] });
        expect({ program, schools, data }).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });
});
