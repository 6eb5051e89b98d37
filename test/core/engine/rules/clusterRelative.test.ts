// clusterRelative (seed 002 L48, L119): the school against its cluster's pooled value, optionally
// with no positive dynamics over 3 years.
import { describe, expect, it } from 'vitest';
import { computeOneRule } from '../../../../src/core/engine';
import type { ProgramInput } from '../../../../src/core/program';
import { makeData, makeProgram, makeSchool, twos } from '../../fixtures/municipality';

const Y = 2024;
const metric = {
  kind: 'ratio' as const,
  num: [{ field: 'oge.math.9.m2', weight: 1 }],
  den: [{ field: 'oge.math.9.n', weight: 1 }],
};

function program(noPositiveDynamicsYears?: number) {
  const kind: Extract<ProgramInput['rules'][number]['kind'], { type: 'clusterRelative' }> = {
    type: 'clusterRelative',
    metric,
    op: 'gt',
    direction: 'down',
    ...(noPositiveDynamicsYears ? { noPositiveDynamicsYears } : {}),
  };
  return makeProgram({
    rules: [{ code: 'K', name: 'Ниже кластера', description: '', flags: 'shnor', source: 'seed 002 L48', kind }],
  });
}

const schools = [
  makeSchool('P', { cluster: 'Сельские' }),
  makeSchool('Q', { cluster: 'Сельские' }),
  makeSchool('R', { cluster: 'Сельские' }),
  makeSchool('T', { cluster: 'Городские' }),
  makeSchool('U'),
];
// 2024, «2» in ОГЭ математика: P 10/20 = 50 %, Q 5/20 = 25 %, R 3/30 = 10 %
// cluster «Сельские» pooled: (10 + 5 + 3) / (20 + 20 + 30) = 18/70 = 25,71 %
const data = makeData([
  ['P', Y, twos('oge.math.9', 20, 10)],
  ['Q', Y, twos('oge.math.9', 20, 5)],
  ['R', Y, twos('oge.math.9', 30, 3)],
  ['T', Y, twos('oge.math.9', 10, 9)],
  ['U', Y, twos('oge.math.9', 10, 9)],
  // three years back for P: 2022 60 % (so 50 % in 2024 is better), for Q: 2022 20 % (25 % is worse)
  ['P', Y - 2, twos('oge.math.9', 10, 6)],
  ['Q', Y - 2, twos('oge.math.9', 10, 2)],
]);

const run = (code: string, years?: number) =>
  computeOneRule({ program: program(years), schools, data, year: Y }, 'K', code).verdict;

describe('clusterRelative', () => {
  it('P: 50 % > 25,7 % in the cluster → flagged', () => {
    const v = run('P');
    expect(v.status).toBe('flagged');
    expect(v.explanation).toBe(
      'Кластер «Сельские»: у школы 10 из 20 (50,0 %) > 25,7 % в целом по кластеру (3 школы с данными).',
    );
    expect(v.details).toMatchObject({
      type: 'clusterRelative',
      cluster: 'Сельские',
      below: true,
      clusterValue: { display: '25,7 %' },
    });
  });

  it('Q: 25 % is not above 25,71 % (5/20 vs 18/70: 350 < 360) → clear', () => {
    expect(run('Q').status).toBe('clear');
  });

  it('a school alone in its cluster equals the cluster → clear', () => {
    expect(run('T').status).toBe('clear');
  });

  it('a school without a cluster → «нет данных»', () => {
    const v = run('U');
    expect(v.status).toBe('noData');
    expect(v.explanation).toContain('не отнесена к кластеру');
  });

  it('with no positive dynamics over 3 years: P improved 60 % → 50 % → clear', () => {
    const v = run('P', 3);
    expect(v.status).toBe('clear');
    expect(v.explanation).toContain('динамика 2021/2022 → 2023/2024: 60,0 % → 50,0 % — положительная');
  });

  it('with dynamics and no data three years back for R: below is false anyway → clear', () => {
    expect(run('R', 3).status).toBe('clear');
  });

  it('a school above the cluster without positive dynamics → flagged', () => {
    // make Q worse than the cluster: Q is at 25 % < 25,7 %, so use a cluster where the school is above and got worse
    const d2 = makeData([
      ['P', Y, twos('oge.math.9', 20, 10)],
      ['Q', Y, twos('oge.math.9', 20, 2)],
      ['P', Y - 2, twos('oge.math.9', 10, 4)],
    ]);
    // cluster (P, Q): 12/40 = 30 %; P 50 % > 30 %, and 40 % → 50 % is worse for «down»
    const v = computeOneRule(
      { program: program(3), schools: schools.slice(0, 2), data: d2, year: Y },
      'K',
      'P',
    ).verdict;
    expect(v.status).toBe('flagged');
    expect(v.explanation).toContain('положительной динамики нет');
  });
});
