// Tests «Статистика по отметкам»: a municipal coordinator's download in the real layout (row 8 header,
// numeric mark headers, text date), the % → count conversion per row, «X» as «нет данных», and every
// refusal: text in a number cell, a pasted date, a cut file, another year or municipality.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/import/parse-report';
import type { ImportedBlock, ParseResult } from '../../../src/core/import/types';
import { marksReport } from './fixtures';

function block(r: ParseResult): ImportedBlock {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const b = r.blocks[0];
  if (b === undefined) throw new Error('no block');
  return b;
}

const municipal = marksReport([
  ['Вся выборка', 35000, 1700000, 5.1, 33, 44.2, 17.7],
  ['Энская область', 540, 30000, 9.5, 40.1, 38.4, 12],
  ['Энский муниципальный район(reg99_m001)', 3, 189, 8.47, 41.8, 38.62, 11.11],
  ['МБОУ «СОШ №1»(edu990001)', null, 85, 7.06, 42.35, 40, 10.59],
  ['МБОУ "СОШ № 2"(edu990002)', null, 89, 12.36, 52.81, 26.97, 7.87],
  ['МКОУ «ООШ с. Заречье»(edu990003)', null, 15, 'X', 'X', 'Х', 'X'],
]);

describe('parse «Статистика по отметкам»', () => {
  it('reads year, subject and grade from the title and recovers counts per row', () => {
    const b = block(parseReport(municipal, { sheetName: 'РУ 4 Статистика по отметкам' }));
    expect([b.reportType, b.year, b.procedure, b.subject, b.grade]).toEqual(['vpr-marks', 2026, 'vpr', 'rus', 4]);
    expect(b.rows.map((r) => r.kind)).toEqual(['all', 'region', 'municipality', 'school', 'school', 'school']);
    const [, , muni, s1, s2, s3] = b.rows;
    expect(muni).toMatchObject({ name: 'Энский муниципальный район', login: 'reg99_m001', line: 11 });
    // 7.06·0.85 = 6.001 → 6; 42.35·0.85 = 35.9975 → 36; 40·0.85 = 34; 10.59·0.85 = 9.0015 → 9; Σ 85
    expect(s1).toMatchObject({ name: 'МБОУ «СОШ №1»', login: 'edu990001', parent: 'Энский муниципальный район' });
    expect(s1?.values).toEqual({
      'vpr.rus.4.n': 85,
      'vpr.rus.4.m2': 6,
      'vpr.rus.4.m3': 36,
      'vpr.rus.4.m4': 34,
      'vpr.rus.4.m5': 9,
    });
    // the real ОО row of note §7.1: 11 / 47 / 24 / 7 of 89 (its % sum to 100.01)
    expect(s2?.values).toEqual({
      'vpr.rus.4.n': 89,
      'vpr.rus.4.m2': 11,
      'vpr.rus.4.m3': 47,
      'vpr.rus.4.m4': 24,
      'vpr.rus.4.m5': 7,
    });
    // «X» and Cyrillic «Х» are «нет данных», never 0
    expect(s3?.values).toEqual({
      'vpr.rus.4.n': 15,
      'vpr.rus.4.m2': null,
      'vpr.rus.4.m3': null,
      'vpr.rus.4.m4': null,
      'vpr.rus.4.m5': null,
    });
    // municipality: 8.47·1.89 = 16.01 → 16; 41.8·1.89 = 79.0 → 79; 38.62·1.89 = 72.99 → 73; 11.11·1.89 = 20.998 → 21; Σ 189
    expect(muni?.values['vpr.rus.4.m2']).toBe(16);
    expect(muni?.values['vpr.rus.4.m5']).toBe(21);
    expect(b.warnings).toEqual([]);
  });

  it('warns, naming the row, when a large row is repaired by largest remainders', () => {
    const grid = marksReport([['Чеченская Республика', 400, 30216, 13.44, 44.15, 36.28, 6.14]]);
    const b = block(parseReport(grid));
    expect(b.rows[0]?.values['vpr.rus.4.m3']).toBe(13339);
    expect(b.warnings).toHaveLength(1);
    expect(b.warnings[0]?.message).toContain('«Чеченская Республика»');
    expect(b.warnings[0]?.message).toContain('30218');
  });

  it('reproduces the worked check of note §7.1 on the three real rows', () => {
    // ОО 89 → 11/47/24/7; municipality 3162 → 429/1483/1064/186; region 30216 → rounded sum 30218, repaired
    // to 4061/13339/10961/1855 (quotas 30216·p/100.01 = 4060.62, 13339.03, 10961.27, 1855.08).
    const grid = marksReport([
      ['Чеченская Республика', 450, 30216, 13.44, 44.15, 36.28, 6.14],
      ['Грозненский муниципальный район(reg20_m003)', 40, 3162, 13.57, 46.9, 33.65, 5.88],
      ['МБОУ «СОШ №1 с. Толстой-Юрт»(edu200301)', null, 89, 12.36, 52.81, 26.97, 7.87],
    ]);
    const b = block(parseReport(grid));
    const marks = (i: number) => ['m2', 'm3', 'm4', 'm5'].map((m) => b.rows[i]?.values[`vpr.rus.4.${m}`]);
    expect(marks(0)).toEqual([4061, 13339, 10961, 1855]);
    expect(marks(1)).toEqual([429, 1483, 1064, 186]);
    expect(marks(2)).toEqual([11, 47, 24, 7]);
    expect(b.warnings.map((w) => w.message)).toEqual([
      'Строка «Чеченская Республика»: округлённые числа «2»–«5» дают в сумме 30218, а участников 30216; ' +
        'числа исправлены методом наибольших остатков.',
    ]);
  });

  it('reads the marks from text cells with a decimal comma (a table pasted into a ru_RU sheet)', () => {
    const grid = marksReport([['МБОУ «СОШ №1»(edu990001)', null, '85', '7,06', '42,35', '40', '10,59']]);
    expect(block(parseReport(grid)).rows[0]?.values['vpr.rus.4.m3']).toBe(36);
  });

  it('detects the header wherever it is and falls back to the sheet name and chosen year without a title', () => {
    const grid = [
      ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 2, 3, 4, 5],
      ['МБОУ «СОШ №1»(edu990001)', null, 85, 7.06, 42.35, 40, 10.59],
    ];
    const r = parseReport(grid, { sheetName: 'МА 5 Статистика по отметкам', expectedYear: 2025 });
    const b = block(r);
    expect([b.year, b.subject, b.grade]).toEqual([2025, 'math', 5]);
    expect(b.warnings.map((w) => w.message)).toEqual(['Год не найден в заголовке отчёта: принят выбранный год 2025.']);
    expect(parseReport(grid, { sheetName: 'Лист1', expectedYear: 2025 }).ok).toBe(false);
  });

  it('refuses text in a number cell, naming the cell, and produces nothing', () => {
    const grid = marksReport([
      ['МБОУ «СОШ №1»(edu990001)', null, 85, 7.06, 'сорок', 40, 10.59],
      ['МБОУ «СОШ №2»(edu990002)', null, 89, 12.36, 52.81, 26.97, 7.87],
    ]);
    const r = parseReport(grid);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // row 9 (first data row), column E (the «3» column)
    expect(r.errors).toEqual([
      {
        message: 'Ячейка E9 (строка «МБОУ «СОШ №1»(edu990001)», столбец «3»): «сорок» — здесь должно быть число.',
        cell: 'E9',
      },
    ]);
  });

  it('refuses a percentage that a paste turned into a date', () => {
    const grid = marksReport([['МБОУ «СОШ №1»(edu990001)', null, 85, '2026-06-05', 42.35, 40, 10.59]]);
    const r = parseReport(grid);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.cell).toBe('D9');
  });

  it('refuses a header without rows and a last row cut short', () => {
    const empty = parseReport(marksReport([]));
    expect(empty.ok ? [] : empty.errors.map((e) => e.message)).toEqual([
      'ФИС ОКО «Статистика по отметкам»: после шапки нет ни одной строки — файл пуст или обрезан.',
    ]);
    const cut = parseReport(
      marksReport([
        ['МБОУ «СОШ №1»(edu990001)', null, 85, 7.06, 42.35, 40, 10.59],
        ['МБОУ «СОШ №2»(edu990002)', null, 89, 12.36, 52.81],
      ]),
    );
    expect(cut.ok ? null : cut.errors[0]?.cell).toBe('F10');
  });

  it('refuses a municipal file listing fewer ОО than its municipality row states', () => {
    const grid = marksReport([
      ['Энский муниципальный район(reg99_m001)', 5, 174, 8.05, 47.7, 33.33, 10.92],
      ['МБОУ «СОШ №1»(edu990001)', null, 85, 7.06, 42.35, 40, 10.59],
      ['МБОУ «СОШ №2»(edu990002)', null, 89, 12.36, 52.81, 26.97, 7.87],
    ]);
    const r = parseReport(grid);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'В строке «Энский муниципальный район(reg99_m001)» указано ОО: 5, а в файле после неё строк ОО: 2 — файл обрезан.',
    ]);
    // a school's own download lists one ОО under a municipality of 5: not a cut file
    expect(parseReport(marksReport(grid.slice(8, 10))).ok).toBe(true);
  });

  it('refuses a row whose percentages are far from 100', () => {
    const r = parseReport(marksReport([['МБОУ «СОШ №1»(edu990001)', null, 85, 7.06, 42.35, 40, 1.59]]));
    expect(r.ok ? '' : r.errors[0]?.message).toContain('91,00');
  });

  it('refuses input that is not a grid', () => {
    expect(parseReport('Статистика по отметкам').ok).toBe(false);
    expect(parseReport([[1, Number.NaN]]).ok).toBe(false);
  });

  it('refuses a report for another year or another municipality', () => {
    const year = parseReport(municipal, { expectedYear: 2025 });
    expect(year.ok ? [] : year.errors.map((e) => e.message)).toEqual([
      'Отчёт за 2026 год, а импорт выбран за 2025 год: ничего не записано.',
    ]);
    const other = parseReport(municipal, { municipality: 'город Стрежевой' });
    expect(other.ok).toBe(false);
    expect(parseReport(municipal, { municipality: 'Энский район', expectedYear: 2026 }).ok).toBe(true);
  });
});
