// Tests that nothing is overwritten silently: re-importing the same content (under any file name) adds
// nothing to `Данные`; a value a school typed that differs from the report is shown side by side, and
// the user's choice decides — the report's value as a new version, or the typed one kept; without a
// choice the typed value stays and the outcome says so.
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../src/app/import';
import { foldData, readDataTab, TEMPLATE_SOURCE, dataRowToCells } from '../../src/core/store/data';
import type { Workbook } from '../../src/sheets/port';
import { pasteTab, run, VPR_TAB, vprGrid, workbook } from './import-fixtures';

const vprSource = { source: { sheetName: VPR_TAB }, year: 2023 };
const dataGrid = (wb: Workbook) => wb.sheet('Данные')?.read() ?? [];
const stored = (wb: Workbook) => readDataTab(dataGrid(wb)).rows;

describe('re-import', () => {
  it('adds nothing when the same content comes again, from the tab or from a file of another name', () => {
    const wb = workbook();
    pasteTab(wb, VPR_TAB, vprGrid());
    // S1–S3 matched, S4 left unmatched: 3 × 5 values
    expect(applyImport(wb, run, vprSource).rowsImported).toBe(15);
    const before = dataGrid(wb);
    const again = applyImport(wb, run, vprSource);
    expect([again.ok, again.rowsImported, again.alreadyImported]).toEqual([true, 0, true]);
    const asFile = {
      source: { fileName: 'Ф3_Статистика по отметкам.xlsx', tables: [{ sheetName: VPR_TAB, grid: vprGrid() }] },
    };
    const p = previewImport(wb, run, { ...asFile, year: 2023 });
    expect([p.newRows, p.unchangedRows, p.conflicts.length, p.alreadyImported]).toEqual([0, 15, 0, true]);
    expect(applyImport(wb, run, { ...asFile, year: 2023 }).rowsImported).toBe(0);
    expect(dataGrid(wb)).toEqual(before);
  });
});

describe('conflicts with values a school typed', () => {
  /** S1 typed n = 27 (as the report) and «2» = 8 (the report says 9) for 2023, version 1. */
  function typed(): Workbook {
    const wb = workbook();
    const row = (field: string, value: number) =>
      dataRowToCells({
        year: 2023,
        school: 'S1',
        field,
        value,
        source: TEMPLATE_SOURCE,
        collectedAt: '2023-05-20 09:00',
        version: 1,
      });
    wb.sheet('Данные')?.write('A2', [row('vpr.math.5.n', 27), row('vpr.math.5.m2', 8)]);
    pasteTab(wb, VPR_TAB, vprGrid());
    return wb;
  }

  it('shows them side by side in the preview', () => {
    const p = previewImport(typed(), run, vprSource);
    expect(p.conflicts).toEqual([
      {
        key: 'S1|vpr.math.5.m2',
        school: 'S1',
        schoolName: 'СОШ № 1',
        field: 'vpr.math.5.m2',
        label: 'ВПР математика 5 кл.: «2»',
        existing: 8,
        existingSource: TEMPLATE_SOURCE,
        imported: 9,
      },
    ]);
    // 15 values: n of S1 is the same, «2» of S1 conflicts, 13 are new
    expect([p.newRows, p.unchangedRows]).toEqual([13, 1]);
  });

  it('shows the conflicts of a school mapped by hand when the file is checked again with the mapping', () => {
    const wb = workbook();
    // S4 typed «2» = 2 for 2023; the report (unmatched until mapped, login edu700004) says 12.5 % of 8 = 1
    wb.sheet('Данные')?.write('A2', [
      dataRowToCells({
        year: 2023,
        school: 'S4',
        field: 'vpr.math.5.m2',
        value: 2,
        source: TEMPLATE_SOURCE,
        collectedAt: '2023-05-20 09:00',
        version: 1,
      }),
    ]);
    pasteTab(wb, VPR_TAB, vprGrid());
    expect(previewImport(wb, run, vprSource).conflicts).toEqual([]);
    const mapping = { 'login:edu700004': 'S4' };
    const p = previewImport(wb, run, { ...vprSource, mapping });
    expect(p.unmatched).toEqual([]);
    expect(p.conflicts.map((c) => [c.key, c.existing, c.imported])).toEqual([['S4|vpr.math.5.m2', 2, 1]]);
    const out = applyImport(wb, run, { ...vprSource, mapping, resolutions: { 'S4|vpr.math.5.m2': 'imported' } });
    expect(out.ok).toBe(true);
    expect(foldData(stored(wb)).S4?.[2023]?.['vpr.math.5.m2']).toBe(1);
  });

  it('takes the report’s value as the next version when the user chooses it', () => {
    const wb = typed();
    const out = applyImport(wb, run, { ...vprSource, resolutions: { 'S1|vpr.math.5.m2': 'imported' } });
    // 13 new + the chosen one
    expect([out.rowsImported, out.conflictsKept]).toEqual([14, 0]);
    const m2 = stored(wb).filter((r) => r.school === 'S1' && r.field === 'vpr.math.5.m2');
    expect(m2.map((r) => [r.value, r.version])).toEqual([
      [8, 1],
      [9, 2],
    ]);
    expect(foldData(stored(wb))['S1']?.[2023]?.['vpr.math.5.m2']).toBe(9);
    // the typed value is still in the history, and a re-import now finds nothing to ask
    expect(previewImport(wb, run, vprSource).conflicts).toEqual([]);
  });

  it('keeps the typed value when the user chooses it, and asks again next time', () => {
    const wb = typed();
    const out = applyImport(wb, run, { ...vprSource, resolutions: { 'S1|vpr.math.5.m2': 'existing' } });
    expect([out.rowsImported, out.conflictsKept, out.warnings.some((w) => w.message.includes('Расхождений'))]).toEqual([
      13,
      0,
      false,
    ]);
    expect(foldData(stored(wb))['S1']?.[2023]?.['vpr.math.5.m2']).toBe(8);
    expect(previewImport(wb, run, vprSource).conflicts.map((c) => [c.existing, c.imported])).toEqual([[8, 9]]);
  });

  it('keeps the typed value when no choice is given, and says so', () => {
    const wb = typed();
    const out = applyImport(wb, run, vprSource);
    expect([out.rowsImported, out.conflictsKept]).toEqual([13, 1]);
    expect(out.warnings.map((w) => w.message)).toContain(
      'Расхождений без выбора: 1 — для них оставлены прежние значения (выберите значение и повторите импорт).',
    );
    expect(foldData(stored(wb))['S1']?.[2023]?.['vpr.math.5.m2']).toBe(8);
  });
});
