// consecutiveYears (seed 004 Н1–Н7 «на протяжении 2-х лет»): the condition in each of the last N
// years, the reporting year included.
import { describe, expect, it } from 'vitest';
import { computeOneRule } from '../../../../src/core/engine';
import { below, makeData, makeProgram, makeSchool, type Values } from '../../fixtures/municipality';

const Y = 2024;
// Н1-like: share of ЕГЭ профильная математика below the minimum ≥ 20 % (the seed gives no number:
// an editable default, source null)
const program = makeProgram({
  rules: [
    {
      code: 'H1',
      name: 'ЕГЭ математика ниже порога',
      description: '',
      flags: 'shnor',
      source: 'seed 004 L68',
      kind: {
        type: 'consecutiveYears',
        years: 2,
        condition: {
          metric: {
            kind: 'ratio',
            num: [{ field: 'ege.mathp.11.below', weight: 1 }],
            den: [{ field: 'ege.mathp.11.n', weight: 1 }],
          },
          threshold: { op: 'gte', value: 20, source: null },
        },
      },
    },
  ],
});

function run(y1: Values | null, y2: Values | null) {
  const rows: Array<[string, number, Values]> = [];
  if (y1) rows.push(['s', Y - 1, y1]);
  if (y2) rows.push(['s', Y, y2]);
  return computeOneRule({ program, schools: [makeSchool('s')], data: makeData(rows), year: Y }, 'H1', 's').verdict;
}

describe('consecutiveYears', () => {
  it.each([
    // 2/10 = 20 % ≥ 20 % both years → flagged
    [below('ege.mathp.11', 10, 2), below('ege.mathp.11', 10, 3), 'flagged'],
    // 2023: 1/10 = 10 % < 20 % → clear
    [below('ege.mathp.11', 10, 1), below('ege.mathp.11', 10, 3), 'clear'],
    // 2023 missing, 2024 met → нет данных
    [null, below('ege.mathp.11', 10, 3), 'noData'],
    // 2023 missing, 2024 fails → clear (cannot hold in both)
    [null, below('ege.mathp.11', 10, 1), 'clear'],
  ] as const)('%#: %s', (y1, y2, status) => {
    expect(run(y1, y2).status).toBe(status);
  });

  it('explains year by year', () => {
    const v = run(below('ege.mathp.11', 10, 2), below('ege.mathp.11', 8, 4));
    expect(v.explanation).toBe(
      'Условие выполнено в каждом из 2 лет подряд: 2022/2023 — ЕГЭ математика ниже порога: 2 из 10 (20,0 %) ≥ 20 %; ' +
        '2023/2024 — ЕГЭ математика ниже порога: 4 из 8 (50,0 %) ≥ 20 %.',
    );
    expect(v.details).toMatchObject({
      type: 'consecutiveYears',
      years: [
        { year: 2023, value: 20, display: '20,0 %', met: true },
        { year: 2024, value: 50, display: '50,0 %', met: true },
      ],
    });
  });
});
