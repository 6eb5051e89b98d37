// This file builds what the import tests share: a workbook set up with the strezhevoy-2023 preset
// (reporting year 2024) and four schools, the municipal ВПР «Статистика по отметкам» 2023 and the
// regional ЕГЭ 2023 table in their real layouts (all numbers invented), and a workbook wrapper that
// counts the calls that change something, so a refused import can be shown to write nothing.
import type { ImportRun } from '../../src/app/import';
import { setupMonitoring } from '../../src/app/setup';
import { findPreset } from '../../src/core/presets';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import type { Grid, Sheet, Workbook } from '../../src/sheets/port';
import { egeTable, marksReport, type Row } from '../core/import/fixtures';

export const program = (() => {
  const p = findPreset('strezhevoy-2023');
  if (p === undefined) throw new Error('no strezhevoy-2023 preset');
  return p;
})();

export const run: ImportRun = {
  now: '2024-06-10 12:00',
  user: 'uo@example.org',
  presets: (id) => (id === program.id ? program : undefined),
  importedAt: '2024-06-10T12:00:00+07:00',
};

/**
 * S1 has its new login on file, S2 only its old sch… login (the sch→edu change), S3 none, and the
 * file names S4 differently from `Школы` (it is left for the user to map).
 */
export function workbook(): Workbook {
  const wb = createMemoryWorkbook();
  setupMonitoring(wb, program, {
    presetId: program.id,
    municipality: program.municipality,
    year: 2024,
    mode: 'tabs',
    schools: [
      { code: 'S1', name: 'СОШ № 1', category: 'ШНОР' },
      { code: 'S2', name: 'СОШ № 2' },
      { code: 'S3', name: 'СОШ № 3' },
      { code: 'S4', name: 'Школа-интернат' },
    ],
  });
  // «Логины ФИС ОКО» is column H of `Школы`, rows 2..5 in the order above
  wb.sheet('Школы')?.write('H2', [['edu700001'], ['sch700002'], [null], [null]]);
  return wb;
}

/**
 * ВПР 2023 математика 5 класс as a municipal coordinator downloads it. Counts behind the percentages
 * (count = round(p × N / 100)):
 *   S1 N 27: 33.33 / 37.04 / 22.22 / 7.41 → 9 / 10 / 6 / 2
 *   S2 N 40: 10 / 45 / 35 / 10 → 4 / 18 / 14 / 4
 *   S3 N 25: 40 / 36 / 20 / 4 → 10 / 9 / 5 / 1
 *   S4 N 8: 12.5 / 50 / 25 / 12.5 → 1 / 4 / 2 / 1
 *   municipality N 27+40+25+8 = 100: «2» 9+4+10+1 = 24, «3» 41, «4» 27, «5» 8 → 24 / 41 / 27 / 8 %
 */
export const VPR_ROWS: Row[] = [
  ['Вся выборка', 35000, 1700000, 5.1, 33, 44.2, 17.7],
  ['Томская область', 540, 30000, 9.5, 40.1, 38.4, 12],
  ['Городской округ Стрежевой(reg70_m019)', 4, 100, 24, 41, 27, 8],
  ['МБОУ «СОШ № 1»(edu700001)', null, 27, 33.33, 37.04, 22.22, 7.41],
  ['МБОУ «СОШ № 2»(edu700002)', null, 40, 10, 45, 35, 10],
  ['МОУ «СОШ № 3»(edu700003)', null, 25, 40, 36, 20, 4],
  ['МКОУ «Средняя школа-интернат п. Лесной»(edu700004)', null, 8, 12.5, 50, 25, 12.5],
];

export function vprGrid(rows: Row[] = VPR_ROWS, title = 'ВПР 2023 Математика 5 класс'): Grid {
  return marksReport(rows, title, 'Математика');
}

/** A tab named as ФИС ОКО names the sheet, holding the pasted report. */
export const VPR_TAB = 'МА 5 Статистика по отметкам';

export function pasteTab(wb: Workbook, name: string, grid: Grid): void {
  const sheet = wb.sheet(name) ?? wb.addSheet(name);
  const width = Math.max(...grid.map((r) => r.length));
  sheet.write(
    'A1',
    grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
  );
}

export const EGE_SUBJECTS = ['Русский язык, чел.', 'Математика базовая', 'Математика (профиль), чел.'];

/**
 * The regional ЕГЭ 2023 table: per subject приняло участие / не преодолен / 80-99 / 100 / средний балл.
 *   S1: русский 20 (7 below), базовая 12 (3), профиль 8 (4)
 *   S2: русский 25 (2), базовая 15 (1), профиль 10 (2)
 *   S3: русский 15 (2), базовая 8 (0), профиль 7 (2)
 *   Стрежевой subtotal = the sums: 60 (11), 35 (4), 25 (8)
 * Томский район has its own «СОШ № 1», which must not be taken for ours.
 */
export const EGE_ROWS: Row[] = [
  ['ВСЕГО по региону', null, 'х', 900, 900, 9, 120, 1, 61.5, 500, 10, 0, 0, 4.1, 400, 40, 30, 0, 55],
  ['городской округ Стрежевой', null, null, 60, 60, 11, 5, 0, 60, 35, 4, 0, 0, 3.9, 25, 8, 1, 0, 45],
  [null, 'МБОУ «СОШ № 1»', null, 20, 20, 7, 1, 0, 52, 12, 3, 0, 0, 3.6, 8, 4, 0, 0, 38],
  [null, 'МБОУ «СОШ № 2»', null, 25, 25, 2, 3, 0, 65, 15, 1, 0, 0, 4.1, 10, 2, 1, 0, 50],
  [null, 'МОУ «СОШ № 3»', null, 15, 15, 2, 1, 0, 62, 8, 0, 0, 0, 4, 7, 2, 0, 0, 46],
  ['Томский район', null, null, 30, 30, 1, 2, 0, 63, 20, 0, 0, 0, 4.2, 10, 1, 0, 0, 52],
  [null, 'МБОУ «СОШ № 1»', null, 30, 30, 1, 2, 0, 63, 20, 0, 0, 0, 4.2, 10, 1, 0, 0, 52],
];

export function egeGrid(rows: Row[] = EGE_ROWS): Grid {
  return egeTable(EGE_SUBJECTS, rows);
}

/** The regional workbook: a sheet per year (its 2022 sheet's title also says 2023) and a notes sheet. */
export function egeFile(): { fileName: string; tables: { sheetName: string; grid: Grid }[] } {
  const older = EGE_ROWS.map((r) => r.map((v) => (typeof v === 'number' ? v + 1 : v)));
  return {
    fileName: 'Томская область ЕГЭ.xlsx',
    tables: [
      { sheetName: '2023', grid: egeGrid() },
      { sheetName: '2022', grid: egeGrid(older) },
      { sheetName: 'Пояснения', grid: [['Таблица заполняется муниципальными координаторами.']] },
    ],
  };
}

const SHEET_WRITES = new Set([
  'write',
  'clear',
  'style',
  'setNumberFormats',
  'setBackgrounds',
  'setNotes',
  'setConditionalRules',
  'setValidation',
  'setProtections',
  'setFrozen',
  'setColumnWidths',
  'setCharts',
]);
const BOOK_WRITES = new Set(['addSheet', 'deleteSheet', 'renameSheet']);

function counting<T extends object>(
  target: T,
  writes: ReadonlySet<string>,
  count: () => void,
  wrap: (v: unknown) => unknown,
): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const v: unknown = Reflect.get(t, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]): unknown => {
        if (writes.has(String(prop))) count();
        return wrap(Reflect.apply(v, t, args) as unknown);
      };
    },
  });
}

/** The workbook with a counter of the calls that change it (values, formats, tabs). */
export function countWrites(wb: Workbook): { wb: Workbook; writes: () => number } {
  let n = 0;
  const inc = () => void (n += 1);
  const sheet = (v: unknown): unknown =>
    v !== null && typeof v === 'object' && 'write' in v ? counting(v as Sheet, SHEET_WRITES, inc, (x) => x) : v;
  return { wb: counting(wb, BOOK_WRITES, inc, sheet), writes: () => n };
}
