// Metric resolution: wildcards over the program's dictionary, the missing-value rule, zero
// denominators, validation problems (never coerced), decimal weights kept exact.
import { describe, expect, it } from 'vitest';
import { computeOneIndicator } from '../../../src/core/engine';
import type { Metric, ProgramInput } from '../../../src/core/program';
import { makeData, makeProgram, makeSchool, marks, twos, type Values } from '../fixtures/municipality';

const Y = 2024;

function one(metric: Metric, values: Values, over: Partial<ProgramInput['indicators'][number]> = {}) {
  const program = makeProgram({
    indicators: [
      {
        code: 'X',
        group: 'g',
        name: 'Показатель X',
        unit: '%',
        aggregation: 'pooled',
        metric,
        direction: 'up',
        comparison: 'none',
        source: null,
        ...over,
      },
    ],
  });
  return computeOneIndicator(
    { program, schools: [makeSchool('s1')], data: makeData([['s1', Y, values]]), year: Y },
    'X',
  );
}

const share2 = (pattern: string): Metric => ({
  kind: 'ratio',
  num: [{ field: `${pattern}.m2`, weight: 1 }],
  den: [{ field: `${pattern}.n`, weight: 1 }],
});

describe('wildcards and the missing-value rule', () => {
  it('sums every assessment the school took; a blank assessment is not taken', () => {
    // vpr.*.5: math 9 of 27, rus blank → 9/27
    const r = one(share2('vpr.*.5'), { ...twos('vpr.math.5', 27, 9) });
    expect(r.schools.s1).toMatchObject({ num: 9, den: 27, display: '33,3 %' });
  });

  it('pools the taken assessments: (9 + 3) / (27 + 30) = 12/57', () => {
    const r = one(share2('vpr.*.5'), { ...twos('vpr.math.5', 27, 9), ...twos('vpr.rus.5', 30, 3) });
    expect(r.schools.s1).toMatchObject({ num: 12, den: 57 });
    // 12/57 = 21.05…% → «21,1 %»
    expect(r.schools.s1?.display).toBe('21,1 %');
  });

  it('`*` matches one dot part of declared codes only, not keys present in the data', () => {
    // vpr.math.9 is not in the fixture dictionary: its values are ignored
    const r = one(share2('vpr.math.*'), { ...twos('vpr.math.5', 10, 1), ...twos('vpr.math.9', 10, 9) });
    expect(r.schools.s1).toMatchObject({ num: 1, den: 10 });
  });

  it('a partly filled assessment is «нет данных», not a silent zero', () => {
    const r = one(share2('vpr.*.5'), { ...twos('vpr.math.5', 27, 9), 'vpr.rus.5.n': 30 });
    expect(r.schools.s1).toMatchObject({ value: null, display: 'нет данных' });
    expect(r.schools.s1?.reason).toContain('неполные данные');
  });

  it('an assessment with 0 participants and blank counts is skipped', () => {
    const r = one(share2('vpr.*.5'), { ...twos('vpr.math.5', 27, 9), 'vpr.rus.5.n': 0 });
    expect(r.schools.s1).toMatchObject({ num: 9, den: 27 });
  });

  it('an explicit term is required: blank → «нет данных»', () => {
    const m: Metric = {
      kind: 'ratio',
      num: [{ field: 'staff.pk_done', weight: 1 }],
      den: [{ field: 'staff.pedagogues', weight: 1 }],
    };
    const r = one(m, { 'staff.pedagogues': 40 });
    expect(r.schools.s1).toMatchObject({ value: null });
    expect(r.schools.s1?.reason).toBe('нет данных: Прошли повышение квалификации по тематике программы');
  });

  it('nothing reported → «нет данных»', () => {
    const r = one(share2('vpr.*.*'), {});
    expect(r.schools.s1?.value).toBeNull();
    expect(r.municipal.value).toBeNull();
  });
});

describe('zero denominator', () => {
  it('0 participants is «нет данных» (нет участников), never 0 % or NaN', () => {
    const r = one(share2('vpr.math.5'), { 'vpr.math.5.n': 0, 'vpr.math.5.m2': 0 });
    expect(r.schools.s1).toMatchObject({
      value: null,
      num: null,
      den: null,
      display: 'нет данных',
      reason: 'нет участников',
    });
    expect(r.municipal.value).toBeNull();
  });

  it('a non-participant denominator of 0 says «знаменатель равен 0»', () => {
    const m: Metric = {
      kind: 'ratio',
      num: [{ field: 'staff.pk_done', weight: 1 }],
      den: [{ field: 'staff.pedagogues', weight: 1 }],
    };
    const r = one(m, { 'staff.pk_done': 0, 'staff.pedagogues': 0 });
    expect(r.schools.s1?.reason).toBe('знаменатель равен 0');
  });
});

describe('validation: a problem, never coerced', () => {
  it.each([
    ['a text in a count cell', 'abc', 'ожидалось число'],
    ['a negative count', -3, 'ожидалось целое неотрицательное число'],
    ['a fractional count', 2.5, 'ожидалось целое неотрицательное число'],
    ['a yes/no in a count cell', true, 'ожидалось число'],
  ])('%s', (_label, raw, message) => {
    const r = one(share2('vpr.math.5'), { 'vpr.math.5.n': 27, 'vpr.math.5.m2': raw as number });
    expect(r.schools.s1?.value).toBeNull();
    expect(r.schools.s1?.reason).toContain('ошибка в данных');
    const p = r.problems.find((x) => x.field === 'vpr.math.5.m2');
    expect(p?.school).toBe('s1');
    expect(p?.year).toBe(Y);
    expect(p?.message).toContain('Школа s1 (s1)');
    expect(p?.message).toContain('2023/2024 уч. г.');
    expect(p?.message).toContain('«ВПР математика 5 кл.: «2»» (vpr.math.5.m2)');
    if (typeof raw === 'number' || typeof raw === 'boolean') expect(p?.message).toContain(String(raw));
    else expect(p?.message).toContain(`«${raw}»`);
    expect(p?.message).toContain(message);
  });

  it('a mean above the assessment maximum is a problem', () => {
    const m: Metric = { kind: 'weightedMean', value: 'oge.math.9.mean', weight: 'oge.math.9.n' };
    const r = one(m, { 'oge.math.9.n': 10, 'oge.math.9.mean': 40 }, { unit: 'балл' });
    expect(r.schools.s1?.value).toBeNull();
    expect(r.problems[0]?.message).toContain('больше допустимого (31)');
  });

  it('a blank string is «нет данных», not a problem', () => {
    const r = one(share2('vpr.math.5'), { 'vpr.math.5.n': '  ', 'vpr.math.5.m2': '' });
    expect(r.schools.s1?.value).toBeNull();
    expect(r.problems).toEqual([]);
  });

  it('a flag that is not yes/no is a problem', () => {
    const r = one(
      { kind: 'flag', field: 'items.pd_events' },
      { 'items.pd_events': 'да' },
      { unit: 'да/нет', aggregation: 'all' },
    );
    expect(r.schools.s1?.bool).toBeNull();
    expect(r.problems[0]?.message).toContain('ожидалось «да» или «нет»');
  });
});

describe('exact weights and means', () => {
  it('СОУ with weights 1/0.64/0.36/0.16 is exact', () => {
    // marks 2:1, 3:2, 4:3, 5:4 (n = 10): (4 + 0.64·3 + 0.36·2 + 0.16·1) / 10 = (4 + 1.92 + 0.72 + 0.16) / 10 = 6.8/10 = 68 %
    const m: Metric = {
      kind: 'ratio',
      num: [
        { field: 'vpr.math.5.m5', weight: 1 },
        { field: 'vpr.math.5.m4', weight: 0.64 },
        { field: 'vpr.math.5.m3', weight: 0.36 },
        { field: 'vpr.math.5.m2', weight: 0.16 },
      ],
      den: [{ field: 'vpr.math.5.n', weight: 1 }],
    };
    const r = one(m, marks('vpr.math.5', 1, 2, 3, 4));
    expect(r.schools.s1?.display).toBe('68,0 %');
    // 6.8/10 = 17/25
    expect(r.schools.s1).toMatchObject({ num: 17, den: 25 });
  });

  it('weighted mean: (60.5·10 + 70·30) / 40 = 2705/40 = 67.625 → «67,63»', () => {
    const m: Metric = { kind: 'weightedMean', value: 'ege.*.11.mean', weight: 'ege.*.11.n' };
    const r = one(
      m,
      { 'ege.rus.11.n': 10, 'ege.rus.11.mean': 60.5, 'ege.mathp.11.n': 30, 'ege.mathp.11.mean': 70 },
      { unit: 'балл' },
    );
    expect(r.schools.s1?.display).toBe('67,63');
    expect(r.schools.s1?.value).toBe(67.625);
  });

  it('weighted mean skips an exam nobody took (0 participants, blank mean)', () => {
    const m: Metric = { kind: 'weightedMean', value: 'ege.*.11.mean', weight: 'ege.*.11.n' };
    const r = one(m, { 'ege.rus.11.n': 10, 'ege.rus.11.mean': 60.5, 'ege.mathp.11.n': 0 }, { unit: 'балл' });
    expect(r.schools.s1?.value).toBe(60.5);
  });
});

describe('program warnings', () => {
  it('warns about a pattern that matches no declared field and an undeclared code', () => {
    const m: Metric = {
      kind: 'ratio',
      num: [{ field: 'vpr.*.10.m2', weight: 1 }],
      den: [{ field: 'pupils.nonexistent', weight: 1 }],
    };
    const r = one(m, {});
    expect(r.warnings.map((w) => w.code)).toEqual(['unknownField', 'unknownField']);
    expect(r.warnings[0]?.message).toContain('«vpr.*.10.m2»');
  });
});

describe('absurd magnitudes never stop the report', () => {
  it('a count of 1e20 is a problem, not a crash', () => {
    const r = one(share2('vpr.math.5'), { 'vpr.math.5.n': 1e20, 'vpr.math.5.m2': 1 });
    expect(r.schools.s1?.value).toBeNull();
    expect(r.problems[0]?.message).toContain('ожидалось целое неотрицательное число');
  });

  it('a huge decimal weight stays exact', () => {
    // 3 × 1e-20 / 3 = 1e-20 of a percent-ratio: displayed as «0,0 %», computed without throwing
    const m: Metric = {
      kind: 'ratio',
      num: [{ field: 'vpr.math.5.m2', weight: 1e-20 }],
      den: [{ field: 'vpr.math.5.n', weight: 1 }],
    };
    const r = one(m, { 'vpr.math.5.n': 3, 'vpr.math.5.m2': 3 });
    expect(r.schools.s1?.display).toBe('0,0 %');
  });
});
