// dynamics: change against the previous year or the base year, with direction and minimum change.
// Seed 001 test set C (L283–284): failing ВПР count 40 → 35 is positive, 35 → 35 is not.
import { describe, expect, it } from 'vitest';
import { computeOneRule } from '../../../../src/core/engine';
import type { ProgramInput } from '../../../../src/core/program';
import { makeData, makeProgram, makeSchool, twos, type Values } from '../../fixtures/municipality';

const Y = 2024;
type DynKind = Extract<ProgramInput['rules'][number]['kind'], { type: 'dynamics' }>;

const count2: DynKind['metric'] = { kind: 'value', sum: [{ field: 'vpr.*.*.m2', weight: 1 }] };
const share2: DynKind['metric'] = {
  kind: 'ratio',
  num: [{ field: 'vpr.math.5.m2', weight: 1 }],
  den: [{ field: 'vpr.math.5.n', weight: 1 }],
};

function run(kind: Partial<DynKind>, rows: Array<[number, Values]>) {
  const full: DynKind = {
    type: 'dynamics',
    metric: count2,
    compareTo: 'previousYear',
    direction: 'down',
    minChange: { value: 0, source: null },
    flagWhen: 'notPositive',
    ...kind,
  };
  const program = makeProgram({
    rules: [{ code: 'D', name: 'Динамика', description: '', flags: 'risk', source: null, kind: full }],
  });
  const data = makeData(rows.map(([y, v]) => ['s', y, v] as [string, number, Values]));
  return computeOneRule({ program, schools: [makeSchool('s')], data, year: Y }, 'D', 's').verdict;
}

describe('dynamics', () => {
  it.each([
    // «2» count over all ВПР: 40 → 35 (down is better): positive → not flagged
    [40, 35, false, 'clear'],
    // 35 → 35: not positive → flagged
    [35, 35, true, 'flagged'],
    // 35 → 36: worse → flagged
    [35, 36, true, 'flagged'],
  ])('%i → %i', (a, b, flagged, status) => {
    const v = run({}, [
      [Y - 1, twos('vpr.math.5', 60, a)],
      [Y, twos('vpr.math.5', 60, b)],
    ]);
    expect(v.flagged).toBe(flagged);
    expect(v.status).toBe(status);
  });

  it('minimum change in percentage points: 30,0 % → 29,5 % is −0,5 п. п., less than 1 п. п.', () => {
    const v = run({ metric: share2, minChange: { value: 1, source: null } }, [
      [Y - 1, twos('vpr.math.5', 200, 60)], // 30 %
      [Y, twos('vpr.math.5', 200, 59)], // 29,5 %
    ]);
    expect(v.status).toBe('flagged');
    expect(v.explanation).toBe(
      'Динамика 2022/2023 → 2023/2024: 30,0 % → 29,5 % (−0,5 п. п.) — положительной динамики нет (нужно изменение не менее 1 п. п. в лучшую сторону).',
    );
    expect(v.details).toMatchObject({ type: 'dynamics', change: '−0,5 п. п.', positive: false });
  });

  it('exactly the minimum change counts: 30 % → 29 % with 1 п. п.', () => {
    const v = run({ metric: share2, minChange: { value: 1, source: null } }, [
      [Y - 1, twos('vpr.math.5', 200, 60)],
      [Y, twos('vpr.math.5', 200, 58)],
    ]);
    expect(v.status).toBe('clear');
  });

  it('direction up: a higher value is better', () => {
    const v = run({ metric: share2, direction: 'up' }, [
      [Y - 1, twos('vpr.math.5', 10, 1)],
      [Y, twos('vpr.math.5', 10, 2)],
    ]);
    expect(v.status).toBe('clear');
  });

  it('flagWhen positive (for shares of schools «достигших положительной динамики»)', () => {
    const v = run({ flagWhen: 'positive' }, [
      [Y - 1, twos('vpr.math.5', 60, 40)],
      [Y, twos('vpr.math.5', 60, 35)],
    ]);
    expect(v.flagged).toBe(true);
  });

  it('baseline defaults to the year before the program (years.from − 1 = 2021)', () => {
    const v = run({ compareTo: 'baseline' }, [
      [2021, twos('vpr.math.5', 60, 40)],
      [Y - 1, twos('vpr.math.5', 60, 10)],
      [Y, twos('vpr.math.5', 60, 35)],
    ]);
    expect(v.details).toMatchObject({ fromYear: 2021, toYear: Y });
    expect(v.status).toBe('clear'); // 40 → 35
  });

  it('an explicit baseline year', () => {
    const v = run({ compareTo: 'baseline', baselineYear: 2023 }, [
      [2021, twos('vpr.math.5', 60, 40)],
      [Y - 1, twos('vpr.math.5', 60, 10)],
      [Y, twos('vpr.math.5', 60, 35)],
    ]);
    expect(v.status).toBe('flagged'); // 10 → 35
  });

  it('a missing year → «нет данных»', () => {
    const v = run({}, [[Y, twos('vpr.math.5', 60, 35)]]);
    expect(v).toMatchObject({ status: 'noData', flagged: null });
    expect(v.explanation).toContain('нет данных для сравнения');
  });
});
