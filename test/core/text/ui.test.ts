// This file tests the result summaries the sidebar and the menu toasts share.
import { describe, expect, it } from 'vitest';
import { SUMMARY } from '../../../src/core/text/ui';

describe('SUMMARY', () => {
  it('describes a report build; 1250 ms is «1,3 с» (1250/1000 = 1.25, half away from zero → 1.3)', () => {
    expect(
      SUMMARY.report({
        schoolsRead: 12,
        schoolsFlagged: 3,
        errors: ['Школа 7: лист не найден'],
        calls: 1500,
        ms: 1250,
      }),
    ).toEqual([
      'Прочитано школ: 12, отмечено правилами: 3.',
      'Ошибок: 1. Обращений к таблице: 1 500, время: 1,3 с.',
      'Школа 7: лист не найден',
    ]);
  });

  it('says «нет данных» for a school with nothing required, never 0 %', () => {
    expect(
      SUMMARY.submission({ school: 'S1', name: 'Школа 1', status: 'empty', filledPercent: null, problems: [] }),
    ).toEqual(['S1 Школа 1: не начато, заполнено: нет данных.']);
  });

  it('shows a filled share rounded to one decimal with a comma, and lists the problems', () => {
    expect(
      SUMMARY.submission({
        school: 'S2',
        name: 'Школа 2',
        status: 'inProgress',
        filledPercent: 87.25, // 87.25 → one decimal, half away from zero → 87,3
        problems: [{ message: 'Школа 2!C12: не число' }],
      }),
    ).toEqual(['S2 Школа 2: заполняется, заполнено: 87,3 %.', '— Школа 2!C12: не число']);
  });

  it('says «нет» for empty lists', () => {
    expect(SUMMARY.roadmaps({ created: [], merged: ['ДК S1'] })).toEqual(['Создано: нет.', 'Дополнено: ДК S1.']);
  });
});
