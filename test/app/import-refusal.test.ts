// Tests bad input: a sheet that is no report, a report for another year or municipality, a cut file,
// text where a number belongs, a missing tab, a file without the chosen year, bad options. Each gets a
// Russian message (with the cell where there is one) and writes nothing — not `Данные`, not the log:
// the counting workbook sees no call that changes anything, in preview or in apply.
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport, type ApplyOptions } from '../../src/app/import';
import { AppError } from '../../src/core/text/errors';
import type { Workbook } from '../../src/sheets/port';
import type { Row } from '../core/import/fixtures';
import {
  countWrites,
  egeFile,
  egeGrid,
  EGE_ROWS,
  pasteTab,
  run,
  VPR_ROWS,
  VPR_TAB,
  vprGrid,
  workbook,
} from './import-fixtures';

/** Runs preview and apply; checks that nothing was written; returns apply's errors. */
function refused(wb: Workbook, options: ApplyOptions) {
  const before = { data: wb.sheet('Данные')?.read(), log: wb.sheet('Журнал')?.read() };
  const counted = countWrites(wb);
  const preview = previewImport(counted.wb, run, options);
  const out = applyImport(counted.wb, run, options);
  expect([preview.ok, out.ok, out.rowsImported]).toEqual([false, false, 0]);
  expect(preview.errors).toEqual(out.errors);
  expect(counted.writes()).toBe(0);
  expect({ data: wb.sheet('Данные')?.read(), log: wb.sheet('Журнал')?.read() }).toEqual(before);
  return out.errors;
}

function withTab(grid: ReturnType<typeof vprGrid>, name = VPR_TAB): Workbook {
  const wb = workbook();
  pasteTab(wb, name, grid);
  return wb;
}

const replaceRow = (rows: Row[], i: number, row: Row): Row[] => rows.map((r, k) => (k === i ? row : r));

describe('a refused import writes nothing', () => {
  it('refuses a sheet that is not a report', () => {
    const wb = withTab([['Список дел'], ['позвонить в школу № 3', null, 1]], 'Лист1');
    const errors = refused(wb, { source: { sheetName: 'Лист1' }, year: 2023 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^Отчёт не распознан: в первых 30 строках нет шапки «Группы участников»/);
  });

  it('refuses a report of another year than the chosen one (by default the reporting year 2024)', () => {
    const errors = refused(withTab(vprGrid()), { source: { sheetName: VPR_TAB } });
    expect(errors.map((e) => e.message)).toEqual([
      'Отчёт за 2023 год, а импорт выбран за 2024 год: ничего не записано.',
    ]);
  });

  it('refuses a report of another municipality', () => {
    const rows = replaceRow(VPR_ROWS, 2, ['Колпашевский район(reg70_m010)', 4, 100, 24, 41, 27, 8]);
    const errors = refused(withTab(vprGrid(rows)), { source: { sheetName: VPR_TAB }, year: 2023 });
    expect(errors.map((e) => e.message)).toEqual([
      'Отчёт по муниципалитету «Колпашевский район», а мониторинг ведётся по «городской округ Стрежевой»: ничего не записано.',
    ]);
  });

  it('refuses a cut file, naming the cell where the last row stops', () => {
    // the last row (sheet row 15) keeps its participants and «2» (C, D) and loses «3»..«5» from E on
    const rows = replaceRow(VPR_ROWS, 6, ['МКОУ «Средняя школа-интернат п. Лесной»(edu700004)', null, 8, 12.5]);
    const errors = refused(withTab(vprGrid(rows)), { source: { sheetName: VPR_TAB }, year: 2023 });
    expect(errors).toEqual([
      {
        message: expect.stringMatching(/обрывается на ячейке E15: дальше пусто — файл обрезан/),
        sheet: VPR_TAB,
        cell: 'E15',
      },
    ]);
  });

  it('refuses text where a number belongs, with the cell to fix in the pasted tab', () => {
    const rows = replaceRow(VPR_ROWS, 4, ['МБОУ «СОШ № 2»(edu700002)', null, 'сорок', 10, 45, 35, 10]);
    const errors = refused(withTab(vprGrid(rows)), { source: { sheetName: VPR_TAB }, year: 2023 });
    // (the core then also counts 3 ОО rows of 4 and calls the file cut: a follow-on message)
    expect(errors[0]).toEqual({
      message:
        'Ячейка C13 (строка «МБОУ «СОШ № 2»(edu700002)», столбец «Кол-во участников»): «сорок» — здесь должно быть число.',
      sheet: VPR_TAB,
      cell: 'C13',
    });
  });

  it('names the sheet of a file with several sheets (no workbook link: the cell is in the file)', () => {
    const bad = EGE_ROWS.map((r) => [...r]);
    // row 12 of the sheet is S1; E is «Русский язык: приняло участие»
    (bad[2] as Row)[4] = 'двадцать';
    const file = egeFile();
    const tables = [{ sheetName: '2023', grid: egeGrid(bad) }, ...file.tables.slice(1)];
    const errors = refused(workbook(), { source: { fileName: file.fileName, tables }, year: 2023 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: null, cell: 'E12' });
    expect(errors[0]?.message).toMatch(/^Лист «2023»: Ячейка E12 \(строка «МБОУ «СОШ № 1»», столбец .*«двадцать»/);
  });

  it('refuses a file with no sheet of the chosen year, saying why each was skipped', () => {
    const errors = refused(workbook(), { source: egeFile(), year: 2021 });
    expect(errors.map((e) => e.message)).toEqual([
      'В файле нет результатов за 2021 год: ничего не записано.',
      'Лист «2023» пропущен: он назван другим годом, а импорт выбран за 2021 год.',
      'Лист «2022» пропущен: он назван другим годом, а импорт выбран за 2021 год.',
      expect.stringMatching(/^Лист «Пояснения» пропущен: Отчёт не распознан/),
    ]);
  });

  it('refuses a tab that does not exist, or is empty', () => {
    expect(refused(workbook(), { source: { sheetName: 'ВПР' }, year: 2023 })[0]?.message).toBe(
      'Лист «ВПР» не найден: вставьте отчёт на лист и выберите его.',
    );
    expect(refused(withTab([], 'ВПР'), { source: { sheetName: 'ВПР' }, year: 2023 })[0]?.message).toBe(
      'Лист «ВПР» пуст: вставьте на него отчёт целиком, вместе с заголовком.',
    );
  });

  it('throws INVALID_INPUT on malformed options, before reading anything', () => {
    const wb = workbook();
    const counted = countWrites(wb);
    const bad = { source: { sheetName: VPR_TAB }, year: 'двадцать третий' } as unknown as ApplyOptions;
    expect(() => applyImport(counted.wb, run, bad)).toThrow(AppError);
    expect(() => previewImport(counted.wb, run, { source: { tables: [] } } as unknown as ApplyOptions)).toThrow(
      /Проверьте введённые данные: параметры импорта/,
    );
    expect(counted.writes()).toBe(0);
  });
});
