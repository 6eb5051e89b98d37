// The ШНОР rule of seed 001 L76: (a) ≥ 2 procedures with low results in the previous school year,
// OR (b) ≥ 1 in each of the two previous school years. Reporting year 2024 (2023/2024 уч. г.):
// the previous school year is 2023 (2022/2023), the one before it 2022 (2021/2022).
import { describe, expect, it } from 'vitest';
import { computeOneRule } from '../../../../src/core/engine';
import type { ProgramInput } from '../../../../src/core/program';
import { below, makeData, makeProgram, makeSchool, twos, type Values } from '../../fixtures/municipality';

const Y = 2024;
const LOW = (key: string): Values => twos(key, 10, 3); // 3/10 = 30 % ≥ 30 %: low
const OK = (key: string): Values => twos(key, 10, 1); // 10 %: not low
const LOW_GIA = (key: string): Values => below(key, 10, 5); // 50 % below the minimum

const threshold = { op: 'gte' as const, value: 30, source: 'seed 001 L80' };
function program(over: Partial<Extract<ProgramInput['rules'][number]['kind'], { type: 'multiYear' }>> = {}) {
  return makeProgram({
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
        code: 'GIA',
        name: 'ГИА',
        description: '',
        flags: 'lowResult',
        source: 'seed 001 L80',
        kind: {
          type: 'assessmentThreshold',
          assessments: ['oge.*.*', 'ege.*.*'],
          num: ['below'],
          den: ['n'],
          threshold,
        },
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
          rules: ['GIA'],
          minPrevYear: { value: 2, source: 'seed 001 L76' },
          minEachOfTwo: { value: 1, source: 'seed 001 L76' },
          ...over,
        },
      },
    ],
  });
}

function run(rows: Array<[year: number, ...values: Values[]]>, over = {}) {
  const data = makeData(rows.map(([year, ...v]) => ['s', year, ...v] as [string, number, ...Values[]]));
  return computeOneRule({ program: program(over), schools: [makeSchool('s')], data, year: Y }, 'SHNOR', 's').verdict;
}

describe('seed 001 test set B', () => {
  it.each([
    // A: Y-2 none low (data present), Y-1 two (ВПР мат, ОГЭ рус) → (a)
    [
      'A',
      [
        [2022, OK('vpr.math.5')],
        [2023, LOW('vpr.math.5'), LOW_GIA('oge.rus.9')],
      ],
      true,
      true,
      false,
    ],
    // B: Y-2 one (ЕГЭ мат), Y-1 one (ВПР рус) → (b)
    [
      'B',
      [
        [2022, LOW_GIA('ege.mathp.11')],
        [2023, LOW('vpr.rus.5')],
      ],
      true,
      false,
      true,
    ],
    // C: Y-2 none, Y-1 one → no
    [
      'C',
      [
        [2022, OK('vpr.math.5')],
        [2023, LOW('vpr.math.5')],
      ],
      false,
      false,
      false,
    ],
    // D: Y-2 two, Y-1 none → no: (a) looks only at Y-1, (b) needs both years
    [
      'D',
      [
        [2022, LOW('vpr.math.5'), LOW('vpr.rus.5')],
        [2023, OK('vpr.math.5')],
      ],
      false,
      false,
      false,
    ],
    // E: Y-2 one, Y-1 two → (a) and (b)
    [
      'E',
      [
        [2022, LOW('vpr.rus.5')],
        [2023, LOW('vpr.math.5'), LOW_GIA('oge.math.9')],
      ],
      true,
      true,
      true,
    ],
  ] as const)('school %s', (_s, rows, flagged, byPrev, byEach) => {
    const v = run(rows as unknown as Array<[number, ...Values[]]>);
    expect(v.flagged).toBe(flagged);
    expect(v.details).toMatchObject({
      type: 'multiYear',
      prevYear: 2023,
      prevPrevYear: 2022,
      byPrevYear: byPrev,
      byEachOfTwo: byEach,
    });
  });
});

describe('what a procedure is', () => {
  const twoGrades: Array<[number, ...Values[]]> = [
    [2022, OK('vpr.math.5')],
    [2023, LOW('vpr.math.5'), LOW('vpr.math.6')],
  ];

  it('procedure × subject: ВПР математика in grades 5 and 6 is one procedure', () => {
    const v = run(twoGrades);
    expect(v.flagged).toBe(false);
    expect(v.details).toMatchObject({ countPrev: 1, lowPrev: [{ key: 'vpr.math', label: 'ВПР математика' }] });
  });

  it('with countGrades it is procedure × subject × grade: two procedures → (a)', () => {
    const v = run(twoGrades, { countGrades: true });
    expect(v.flagged).toBe(true);
    expect(v.details).toMatchObject({ countPrev: 2 });
  });
});

describe('years and missing data', () => {
  it('the reporting year itself does not count', () => {
    const v = run([
      [2022, OK('vpr.math.5')],
      [2023, OK('vpr.math.5')],
      [2024, LOW('vpr.math.5'), LOW('vpr.rus.5')],
    ]);
    expect(v.flagged).toBe(false);
  });

  it('no data for the previous year → «нет данных»', () => {
    const v = run([[2022, LOW('vpr.math.5'), LOW('vpr.rus.5')]]);
    expect(v.status).toBe('noData');
    expect(v.explanation).toContain('Нет данных об оценочных процедурах за предыдущий учебный год (2022/2023)');
  });

  it('one low procedure last year and no data the year before → «нет данных» (b could hold)', () => {
    const v = run([[2023, LOW('vpr.math.5')]]);
    expect(v.status).toBe('noData');
  });

  it('nothing low last year and no data the year before → clear', () => {
    const v = run([[2023, OK('vpr.math.5')]]);
    expect(v.status).toBe('clear');
    expect(v.explanation).toContain('2022/2023 — 0, 2021/2022 — нет данных');
  });
});

describe('explanation', () => {
  it('lists the low procedures with their numbers and states the year convention', () => {
    const v = run([
      [2022, OK('vpr.math.5')],
      [2023, LOW('vpr.math.5'), LOW_GIA('oge.rus.9')],
    ]);
    expect(v.explanation).toBe(
      'В предыдущем учебном году (2022/2023) низкие результаты по 2 процедурам (нужно не менее 2): ' +
        'ВПР математика (ВПР математика 5 кл.: «2» у 3 из 10 (30,0 %) ≥ 30 %); ' +
        'ОГЭ русский язык (ОГЭ русский язык 9 кл.: ниже порога у 5 из 10 (50,0 %) ≥ 30 %). ' +
        'Отчётный год 2023/2024 уч. г.; предыдущий учебный год — 2022/2023, позапрошлый — 2021/2022.',
    );
  });

  it('an unknown base rule is a warning', () => {
    const p = program({ rule: 'NOPE' });
    const out = computeOneRule(
      { program: p, schools: [makeSchool('s')], data: makeData([['s', 2023, LOW('vpr.math.5')]]), year: Y },
      'SHNOR',
      's',
    );
    expect(out.warnings[0]?.message).toContain('правило «NOPE» не найдено');
  });
});
