// This file tests the result summaries the sidebar and the menu toasts share.
import { describe, expect, it } from 'vitest';
import { SUMMARY } from '../../../src/core/text/ui';

describe('SUMMARY', () => {
  it('describes a report build; 1250 ms is «1,3 с» (1250/1000 = 1.25, half away from zero → 1.3)', () => {
    expect(
      SUMMARY.report({
        text: 'Прочитано форм: 12 из 12.',
        calls: 1500,
        ms: 1250,
        configErrors: ['Показатели!J2: цель должна быть числом'],
      }),
    ).toEqual([
      'Прочитано форм: 12 из 12.',
      'Обращений к таблице: 1 500, время: 1,3 с.',
      'Показатели!J2: цель должна быть числом',
    ]);
  });

  it('shows a filled share rounded to one decimal with a comma, and lists the problems', () => {
    expect(
      SUMMARY.board({
        summary: 'Проверено школ: 1',
        rows: [
          {
            school: 'S2',
            name: 'Школа 2',
            status: 'заполняется',
            filledPercent: 87.25, // 87.25 → one decimal, half away from zero → 87,3
            problems: [{ message: 'Школа 2!C12: не число' }],
          },
        ],
      }),
    ).toEqual(['Проверено школ: 1', 'S2 Школа 2: заполняется, заполнено: 87,3 %.', '— Школа 2!C12: не число']);
  });

  it('says «нет» for empty lists', () => {
    expect(SUMMARY.roadmaps({ created: [], merged: ['ДК S1'], warnings: [] })).toEqual([
      'Создано: нет.',
      'Дополнено: ДК S1.',
    ]);
  });
});
