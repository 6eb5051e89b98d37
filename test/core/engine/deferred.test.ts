// What computeReport leaves to first read: a school's worded verdicts (`rules`) and the series
// points' tables of school values by code (`schools`). Read at any time, they are the same plain
// values as the one-rule and one-indicator helpers give; they survive freezing, can be replaced,
// and flags, codes and counts never need them.
import { describe, expect, it } from 'vitest';
import { computeOneIndicator, computeOneRule, computeReport, type ReportInput } from '../../../src/core/engine';
import type { ProgramInput } from '../../../src/core/program';
import { makeData, makeProgram, makeSchool, marks, twos } from '../fixtures/municipality';

const Y = 2024;
const threshold = { op: 'gte' as const, value: 30, source: null };

const programInput: Partial<ProgramInput> = {
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
      source: null,
    },
  ],
  rules: [
    {
      code: 'VPR',
      name: 'ВПР',
      description: '',
      flags: 'lowResult',
      source: null,
      kind: { type: 'assessmentThreshold', assessments: ['vpr.*.*'], num: ['m2'], den: ['n'], threshold },
    },
    {
      code: 'SHNOR',
      name: 'ШНОР',
      description: '',
      flags: 'shnor',
      source: null,
      kind: {
        type: 'multiYear',
        rule: 'VPR',
        minPrevYear: { value: 1, source: null },
        minEachOfTwo: { value: 1, source: null },
      },
    },
  ],
};

const program = makeProgram(programInput);
const schools = [makeSchool('A', { name: 'СОШ № 1' }), makeSchool('B', { name: 'СОШ № 2' })];
// A: «2» 4 of 10 (40 %) in 2023 and 9 of 27 (33,3 %) in 2024 → VPR and SHNOR flag; B: 1 of 10 (10 %), 2 of 15
const data = makeData([
  ['A', Y - 1, twos('vpr.math.5', 10, 4)],
  ['A', Y, twos('vpr.math.5', 27, 9)],
  ['B', Y - 1, twos('vpr.math.5', 10, 1)],
  ['B', Y, marks('vpr.math.5', 2, 5, 5, 3)],
]);
const input: ReportInput = { program, schools, data, year: Y, seriesYears: [Y - 1, Y] };

describe('verdicts worded on first read', () => {
  it('are the verdicts computeOneRule gives, for every school and rule', () => {
    const r = computeReport(input);
    for (const s of r.schools)
      for (const code of ['VPR', 'SHNOR']) expect(s.rules[code]).toEqual(computeOneRule(input, code, s.code).verdict);
    expect(r.schools[0]?.rules.VPR?.explanation).toBe(
      '2023/2024 уч. г.: низкие результаты — ВПР математика 5 кл.: «2» у 9 из 27 (33,3 %) ≥ 30 %.',
    );
  });

  it('are plain data once read: the same JSON before and after reading them', () => {
    const unread = JSON.stringify(computeReport(input));
    const r = computeReport(input);
    for (const s of r.schools) expect(Object.keys(s.rules)).toEqual(['VPR', 'SHNOR']);
    expect(JSON.stringify(r)).toBe(unread);
    expect(Object.getPrototypeOf(r.schools[0]?.rules.VPR)).toBe(Object.prototype);
  });

  it('flags, codes and municipal counts agree with the verdicts', () => {
    const r = computeReport(input);
    const a = r.schools[0];
    // A: VPR 33,3 % ≥ 30 % flags; SHNOR: 1 procedure low in 2023 (40 %) ≥ minPrevYear 1
    expect(a?.breachedRules).toEqual(['VPR', 'SHNOR']);
    expect(a?.flags).toMatchObject({ lowResult: 'yes', shnor: 'yes' });
    expect(r.municipal.byRule).toEqual({ VPR: 1, SHNOR: 1 });
    expect(a?.rules.VPR?.flagged).toBe(true);
    expect(r.schools[1]?.rules.SHNOR?.status).toBe('clear');
  });

  it('can be read from a frozen report, and replaced like a data property', () => {
    const r = computeReport(input);
    const a = r.schools[0];
    if (!a) throw new Error('no school A');
    Object.freeze(a);
    expect(a.rules.VPR?.status).toBe('flagged');
    const b = r.schools[1];
    if (!b) throw new Error('no school B');
    b.rules = {};
    expect(b.rules).toEqual({});
  });
});

describe('series tables by code on first read', () => {
  it('hold the values computeOneIndicator gives for each year, in registry order', () => {
    const r = computeReport(input);
    const points = r.series?.[0]?.points ?? [];
    expect(points.map((p) => p.year)).toEqual([Y - 1, Y]);
    for (const p of points) {
      expect(Object.keys(p.schools)).toEqual(['A', 'B']);
      expect(p.schools).toEqual(computeOneIndicator({ ...input, year: p.year }, 'P').schools);
    }
    // 2023 pooled: (4 + 1) / (10 + 10) = 5/20 = 25 %
    expect(points[0]?.municipal).toMatchObject({ num: 5, den: 20, display: '25,0 %' });
  });

  it('share the report year’s value objects with the school reports', () => {
    const r = computeReport(input);
    expect(r.series?.[0]?.points[1]?.schools.A).toBe(r.schools[0]?.indicators.P);
  });

  it('can be replaced like a data property', () => {
    const r = computeReport(input);
    const point = r.series?.[0]?.points[0];
    if (!point) throw new Error('no point');
    point.schools = {};
    expect(point.schools).toEqual({});
  });
});
