// Tests report detection by content: every supported layout, the 31-character sheet name that must not
// decide anything, unsupported ФИС ОКО reports named in the refusal, and a title that contradicts its header.
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../src/core/import/detect';
import { comparisonReport, egeTable, individualReport, marksReport, topBlock } from './fixtures';

describe('detectReport', () => {
  it('recognises each supported layout with its header row (row 8 → index 7)', () => {
    expect(detectReport(marksReport([]))).toEqual({ type: 'vpr-marks', headerRow: 7 });
    expect(detectReport(comparisonReport([]))).toEqual({ type: 'vpr-comparison', headerRow: 7, layout: 'horizontal' });
    expect(detectReport(individualReport([]))).toEqual({ type: 'vpr-individual', headerRow: 7 });
    // ЕГЭ: header rows 6–8 (index 5–7), metrics in row 8
    expect(detectReport(egeTable(['Русский язык'], []))).toEqual({ type: 'ege-schools', headerRow: 5, metricRow: 7 });
    expect(detectReport([['Год', 'Код школы', 'Код поля', 'Значение']])).toEqual({ type: 'long-table', headerRow: 0 });
  });

  it('ignores a sheet name that says another report (cut at 31 characters)', () => {
    expect(detectReport(marksReport([]), 'МА 4 Сравнение отметок с отметк').type).toBe('vpr-marks');
  });

  it('refuses an unsupported ФИС ОКО report by its title', () => {
    const grid = [
      ...topBlock('Распределение первичных баллов', 'ВПР 2026 Русский язык 4 класс', 'Русский язык', 24, '20.04.2026'),
      ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 0, 1, 2, 3],
    ];
    const d = detectReport(grid);
    expect(d.type === 'unknown' ? d.reason : '').toContain('«Распределение первичных баллов» не импортируется');
  });

  it('refuses a title that contradicts the header', () => {
    const grid = marksReport([]);
    grid[0] = ['Индивидуальные результаты'];
    const d = detectReport(grid);
    expect(d.type === 'unknown' ? d.reason : '').toContain('не совпадает с его шапкой');
  });

  it('refuses an unrelated sheet with a Russian reason', () => {
    const d = detectReport([['Список учителей'], ['ФИО', 'Предмет']], 'Лист1');
    expect(d).toEqual({
      type: 'unknown',
      reason: expect.stringMatching(/^Отчёт не распознан: .*\(лист «Лист1»\)$/) as unknown as string,
    });
  });

  it('refuses a results table that names neither ЕГЭ nor ОГЭ', () => {
    const grid = [['Результаты экзаменов'], ['ОО', 'Кол-во участников', 'Средний балл'], ['МБОУ «СОШ №1»', 40, 61]];
    const d = detectReport(grid);
    expect(d.type === 'unknown' ? d.reason : '').toContain('ЕГЭ это или ОГЭ');
  });
});
