// The assessmentThreshold rule: the seed's operator kept exactly at the boundary, zero participants,
// data problems, scope, and the Russian explanation.
import { describe, expect, it } from 'vitest';
import { computeOneRule } from '../../../../src/core/engine';
import type { Op, ProgramInput } from '../../../../src/core/program';
import { below, makeData, makeProgram, makeSchool, twos, type Values } from '../../fixtures/municipality';

const Y = 2024;

function rule(
  op: Op,
  value: number,
  over: Partial<Extract<ProgramInput['rules'][number]['kind'], { type: 'assessmentThreshold' }>> = {},
) {
  return {
    code: 'R',
    name: 'Низкие результаты',
    description: '',
    flags: 'lowResult' as const,
    source: 'seed 001 L80',
    kind: {
      type: 'assessmentThreshold' as const,
      assessments: ['vpr.*.*'],
      num: ['m2'],
      den: ['n'],
      threshold: { op, value, source: null },
      ...over,
    },
  };
}

function verdict(r: ProgramInput['rules'][number], values: Values, category: 'другая' | 'ШНОР' = 'другая') {
  const program = makeProgram({ rules: [r] });
  return computeOneRule(
    { program, schools: [makeSchool('s', { category })], data: makeData([['s', Y, values]]), year: Y },
    'R',
    's',
  );
}

describe('boundaries, integer counts against a percent threshold', () => {
  it.each([
    // «не менее 30 %» (seed 001 L80) is ≥
    ['gte', 30, 299, 1000, false], // 29,9 %
    ['gte', 30, 3, 10, true], // exactly 30 %
    ['gte', 30, 301, 1000, true], // 30,1 %
    // «более 30 %» (seed 004 С1) is >
    ['gt', 30, 3, 10, false],
    ['gt', 30, 301, 1000, true],
    // ≤ and <
    ['lte', 30, 3, 10, true],
    ['lte', 30, 301, 1000, false],
    ['lt', 30, 3, 10, false],
    ['lt', 30, 299, 1000, true],
    ['eq', 30, 3, 10, true],
    // «2 % и более» (seed 004 С4) is ≥: 2/100 yes, 199/10000 = 1,99 % no
    ['gte', 2, 2, 100, true],
    ['gte', 2, 199, 10000, false],
    // a decimal threshold: 33,3 % vs 1/3 = 33,33… %
    ['gte', 33.3, 1, 3, true],
    ['gt', 33.4, 1, 3, false],
  ] as const)('%s %d %%: %i of %i → %s', (op, value, m2, n, low) => {
    const v = verdict(rule(op, value), twos('vpr.math.5', n, m2)).verdict;
    expect(v.flagged).toBe(low);
    expect(v.status).toBe(low ? 'flagged' : 'clear');
  });
});

describe('seed 001 test set A (L80: «не менее 30%» of participants got «2» or are below the minimum)', () => {
  const gia = {
    ...rule('gte', 30),
    kind: { ...rule('gte', 30).kind, assessments: ['oge.*.*', 'ege.*.*'], num: ['below'] },
  };
  it.each([
    ['ВПР математика 50/15 = 30,0 % (boundary)', rule('gte', 30), twos('vpr.math.5', 50, 15), true],
    ['ВПР русский язык 50/14 = 28,0 %', rule('gte', 30), twos('vpr.rus.5', 50, 14), false],
    ['ОГЭ математика 20/6 = 30,0 %', gia, below('oge.math.9', 20, 6), true],
    ['ЕГЭ русский язык 7/2 = 28,57 %', gia, below('ege.rus.11', 7, 2), false],
  ])('%s', (_name, r, values, low) => {
    expect(verdict(r, values).verdict.flagged).toBe(low);
  });

  it('ВПР математика with 0 participants: «нет данных», not low', () => {
    const v = verdict(rule('gte', 30), { 'vpr.math.5.n': 0, 'vpr.math.5.m2': 0 }).verdict;
    expect(v.status).toBe('noData');
    expect(v.flagged).toBeNull();
    expect(v.details).toMatchObject({
      type: 'assessmentThreshold',
      evaluated: 1,
      checks: [{ low: null, text: 'ВПР математика 5 кл.: нет участников' }],
    });
  });
});

describe('explanations and details', () => {
  it('names every breaching assessment with counts, share and operator', () => {
    const v = verdict(rule('gte', 30), {
      ...twos('vpr.math.5', 27, 9),
      ...twos('vpr.rus.5', 27, 2),
      ...twos('vpr.math.6', 20, 10),
    }).verdict;
    expect(v.explanation).toBe(
      '2023/2024 уч. г.: низкие результаты — ВПР математика 5 кл.: «2» у 9 из 27 (33,3 %) ≥ 30 %; ВПР математика 6 кл.: «2» у 10 из 20 (50,0 %) ≥ 30 %.',
    );
    expect(v.details).toMatchObject({
      type: 'assessmentThreshold',
      year: Y,
      evaluated: 3,
      checks: [
        { key: 'vpr.math.5', num: 9, den: 27, display: '33,3 %', low: true },
        { key: 'vpr.math.6', num: 10, den: 20, display: '50,0 %', low: true },
      ],
      nearest: null,
    });
  });

  it('when clear, shows the check nearest to the threshold with the negated operator', () => {
    // 2/27 = 7,4 % and 8/27 = 29,6 %: the nearest is 8/27
    const v = verdict(rule('gte', 30), { ...twos('vpr.math.5', 27, 2), ...twos('vpr.rus.5', 27, 8) }).verdict;
    expect(v.explanation).toBe(
      '2023/2024 уч. г.: порог не достигнут ни по одной из 2 процедур (наибольшая доля: ВПР русский язык 5 кл.: «2» у 8 из 27 (29,6 %) < 30 %).',
    );
  });

  it('for «не более» the nearest check is the smallest share', () => {
    // «4»+«5» ≤ 30 % flags low quality; 40 % and 35 % are both fine, 35 % is nearest
    const q = rule('lte', 30, { num: ['m4', 'm5'] });
    const values = {
      'vpr.math.5.n': 10,
      'vpr.math.5.m4': 3,
      'vpr.math.5.m5': 1,
      'vpr.rus.5.n': 20,
      'vpr.rus.5.m4': 5,
      'vpr.rus.5.m5': 2,
    };
    const v = verdict(q, values).verdict;
    expect(v.status).toBe('clear');
    expect(v.explanation).toContain('ВПР русский язык 5 кл.: «4» и «5» у 7 из 20 (35,0 %) > 30 %');
  });

  it('no data at all', () => {
    const v = verdict(rule('gte', 30), {}).verdict;
    expect(v).toMatchObject({
      status: 'noData',
      flagged: null,
      explanation: '2023/2024 уч. г.: нет данных ни по одной оценочной процедуре.',
    });
  });
});

describe('data problems', () => {
  it('more «2» than participants is a problem and the assessment is left out', () => {
    const out = verdict(rule('gte', 30), { ...twos('vpr.math.5', 10, 12), ...twos('vpr.rus.5', 10, 1) });
    expect(out.verdict.status).toBe('clear');
    expect(out.problems[0]?.message).toContain('в числителе 12, больше, чем в знаменателе (10)');
  });

  it('a text instead of a count is a problem, not a zero', () => {
    const out = verdict(rule('gte', 30), { 'vpr.math.5.n': 10, 'vpr.math.5.m2': 'пять' });
    expect(out.verdict.status).toBe('noData');
    expect(out.problems).toHaveLength(1);
  });
});

describe('scope', () => {
  it('a rule for ШНОР does not apply to other schools', () => {
    const r = { ...rule('gte', 30), scope: 'shnor' as const };
    expect(verdict(r, twos('vpr.math.5', 10, 9)).verdict).toMatchObject({ status: 'outOfScope', flagged: null });
    expect(verdict(r, twos('vpr.math.5', 10, 9), 'ШНОР').verdict.status).toBe('flagged');
  });
});
