// Tests regional ЕГЭ/ОГЭ tables by school (note §4.1, §4.3): the 3-row header with merged subjects and
// a numbering row, subtotal rows carrying the municipality down, the 2-row variant that repeats the
// education authority's name, blanks kept as «нет данных», and a one-row ОГЭ table.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/import/parse-report';
import type { ImportedBlock, ParseResult } from '../../../src/core/import/types';
import { egeTable } from './fixtures';

function blocks(r: ParseResult): ImportedBlock[] {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.blocks;
}

// an unrounded average as in the real file (70.126315789473685 = 6662 / 95)
// columns: 4 name/total columns, then per subject: приняло участие, не преодолен, 80-99, 100, средний балл
const ege = egeTable(
  ['Русский язык, чел.', 'Математика (профиль), чел.', 'Математика базовая', 'Немецкий язык'],
  [
    [
      'ВСЕГО по региону',
      null,
      'х',
      900,
      900,
      9,
      120,
      1,
      61.5,
      400,
      20,
      30,
      0,
      55.1,
      300,
      6,
      null,
      null,
      4.21,
      3,
      0,
      1,
      0,
      70,
    ],
    ['город Энск', null, null, 450, 450, 3, 70, 0, 62.6, 200, 8, 15, 0, 56, 150, 2, null, null, 4.3, 3, 0, 1, 0, 70],
    [null, 'МБОУ «СОШ № 1»', null, 95, 95, null, 35, null, 6662 / 95, 50, 1, 9, 0, 60.2],
    [null, 'МБОУ «Лицей»', null, 60, 61, 0, 10, 0, 65.2, 30, 2, 3, 0, 51, 30, 0, null, null, 4.5],
    ['Энский район', null, null, 20, 20, 5, 0, 0, 48],
    [null, 'МКОУ «СОШ с. Заречье»', null, 20, 20, 5, 0, 0, 48],
  ],
);

describe('parse the regional ЕГЭ table (3-row header)', () => {
  it('gives one block per recognised subject and skips an unknown one with a warning', () => {
    const r = parseReport(ege);
    const bs = blocks(r);
    expect(bs.map((b) => [b.reportType, b.procedure, b.subject, b.grade, b.year])).toEqual([
      ['ege-schools', 'ege', 'rus', 11, 2023],
      ['ege-schools', 'ege', 'mathp', 11, 2023],
      ['ege-schools', 'ege', 'mathb', 11, 2023],
    ]);
    expect(r.ok ? r.warnings.map((w) => w.message) : []).toEqual([
      'Столбцы предмета «Немецкий язык» пропущены: предмет не распознан.',
    ]);
  });

  it('classifies total, subtotal and school rows and carries the municipality down', () => {
    const rus = blocks(parseReport(ege))[0];
    expect(rus?.rows.map((r) => [r.kind, r.name, r.parent ?? null, r.line])).toEqual([
      ['region', 'ВСЕГО по региону', null, 10],
      ['municipality', 'город Энск', null, 11],
      ['school', 'МБОУ «СОШ № 1»', 'город Энск', 12],
      ['school', 'МБОУ «Лицей»', 'город Энск', 13],
      ['municipality', 'Энский район', null, 14],
      ['school', 'МКОУ «СОШ с. Заречье»', 'Энский район', 15],
    ]);
    // blank «не преодолен» stays «нет данных»; the unrounded average stays unrounded
    expect(rus?.rows[2]?.values).toEqual({
      'ege.rus.11.n': 95,
      'ege.rus.11.below': null,
      'ege.rus.11.mean': 6662 / 95,
    });
    expect(rus?.warnings.map((w) => w.message)).toEqual([
      'русский язык: у 1 школ с участниками пуста ячейка «не преодолели минимальный порог» — записано «нет данных». ' +
        'Если в таблице пусто значит 0, впишите 0 в файл и импортируйте заново.',
    ]);
  });

  it('keeps the 5-point average of базовая математика and leaves out rows without the subject', () => {
    const mathb = blocks(parseReport(ege))[2];
    expect(mathb?.rows.map((r) => r.name)).toEqual(['ВСЕГО по региону', 'город Энск', 'МБОУ «Лицей»']);
    expect(mathb?.rows[2]?.values).toEqual({ 'ege.mathb.11.n': 30, 'ege.mathb.11.below': 0, 'ege.mathb.11.mean': 4.5 });
  });

  it('uses the chosen year when the title and the sheet name disagree (the real 2022 sheet says 2023)', () => {
    const r = parseReport(ege, { sheetName: '2022', expectedYear: 2022 });
    expect(blocks(r)[0]?.year).toBe(2022);
    expect(r.ok ? r.warnings[0]?.message : '').toBe(
      'В заголовке таблицы 2023 год, а лист назван «2022»; проверьте, за какой год результаты.',
    );
    expect(parseReport(ege, { expectedYear: 2024 }).ok).toBe(false);
  });

  it('refuses text in a count cell, naming the cell', () => {
    const bad = ege.map((row) => [...row]);
    (bad[11] as unknown[])[4] = 'девяносто пять';
    const r = parseReport(bad);
    expect(r.ok ? null : r.errors[0]?.cell).toBe('E12');
  });
});

describe('parse the 2-row variant that names the education authority on every row', () => {
  const authority = 'Комитет образования администрации городского округа "Город Чита"';
  const grid = [
    ['Информация о результатах ЕГЭ выпускников школ в 2023 году'],
    [
      'Муниципальное образование',
      'Образовательная организация (школа)',
      'Профиль (при наличии)',
      'Всего выпускников в 2023 году, принявших участие в ЕГЭ, чел.',
      'Русский язык',
      null,
      null,
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      'приняло участие',
      'не преодолен min порог',
      'высокобалльники (80-99 баллов)',
      'получили 100 баллов',
      'средний балл',
    ],
    [authority, 'МБОУ «СОШ № 1»', 'X', 60, 61, 0, 5, 0, 64.35],
    [authority, 'МБОУ «СОШ № 2»', 'X', 40, 40, 1, 2, 0, 58.5],
    ['Итого', null, null, 100, 101, 1, 7, 0, 62.1],
  ];

  it('reads schools under the authority and the bottom total as the region', () => {
    const [rus] = blocks(parseReport(grid, { municipality: 'Город Чита' }));
    expect(rus?.rows.map((r) => [r.kind, r.name, r.parent ?? null])).toEqual([
      ['school', 'МБОУ «СОШ № 1»', authority],
      ['school', 'МБОУ «СОШ № 2»', authority],
      ['region', 'Итого', null],
    ]);
    expect(rus?.rows[0]?.values).toEqual({ 'ege.rus.11.n': 61, 'ege.rus.11.below': 0, 'ege.rus.11.mean': 64.35 });
  });

  it('refuses the table for another municipality', () => {
    const r = parseReport(grid, { municipality: 'Энский район' });
    expect(r.ok ? '' : r.errors[0]?.message).toContain('мониторинг ведётся по «Энский район»');
  });
});

describe('parse a one-row ОГЭ table (note §4.3)', () => {
  const grid = [
    ['Результаты ОГЭ по математике в 2024 году'],
    [],
    [
      'ОО',
      'Кол-во участников',
      '«5»',
      '«4»',
      '«3»',
      '«2»',
      'Успеваемость, %',
      'Качество, %',
      'Средняя отметка',
      'Средний первичный балл',
    ],
    ['МБОУ «СОШ №1»', 40, 6, 14, 16, 4, 90.0, 50.0, 3.55, 15.2],
    ['МБОУ «СОШ №2»', 30, 5, 10, 10, 5, 83.3, 50, 3.5, 14.1],
    ['Итого по муниципалитету', 70, 11, 24, 26, 9, 87.1, 50, 3.53, 14.7],
  ];

  it('takes the subject from the title, the marks as counts and «2» as below the minimum', () => {
    const [b] = blocks(parseReport(grid));
    expect([b?.reportType, b?.procedure, b?.subject, b?.grade, b?.year]).toEqual([
      'oge-schools',
      'oge',
      'math',
      9,
      2024,
    ]);
    expect(b?.rows[0]).toEqual({
      kind: 'school',
      name: 'МБОУ «СОШ №1»',
      parent: 'Итого по муниципалитету',
      line: 4,
      values: {
        'oge.math.9.n': 40,
        'oge.math.9.m5': 6,
        'oge.math.9.m4': 14,
        'oge.math.9.m3': 16,
        'oge.math.9.m2': 4,
        'oge.math.9.mean': 15.2,
        'oge.math.9.below': 4,
      },
    });
    expect(b?.rows[2]?.kind).toBe('municipality');
    expect(b?.warnings).toEqual([]);
  });

  it('warns when the marks do not add up to the participants', () => {
    const bad = grid.map((row) => [...row]);
    (bad[3] as unknown[])[2] = 7; // 7 + 14 + 16 + 4 = 41 ≠ 40
    const [b] = blocks(parseReport(bad));
    expect(b?.warnings.map((w) => w.message)).toEqual([
      'Строка «МБОУ «СОШ №1»»: сумма отметок «2»–«5» 41 не равна числу участников 40.',
    ]);
  });
});
