// This file runs the workbook contract on the xlsx adapter twice — live, and with every read going
// through a save → reopen round-trip via a temp file — and checks the file itself with plain
// ExcelJS: real cell styles, frozen panes, widths in characters, sheet protection with unlocked
// input cells, the very hidden metadata sheet, and formula results cached by a spreadsheet program.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workbook } from '../../src/sheets/port';
import {
  META_SHEET,
  createXlsxWorkbook,
  openXlsxWorkbook,
  saveXlsxWorkbook,
  type XlsxWorkbook,
} from '../../src/sheets/xlsx';
import { runWorkbookContract } from './contract';

const dir = mkdtempSync(join(tmpdir(), 'shnor-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const roundTrip = async (wb: Workbook): Promise<XlsxWorkbook> => {
  const path = join(dir, `book-${++n}.xlsx`);
  await saveXlsxWorkbook(wb as XlsxWorkbook, path);
  return openXlsxWorkbook(path);
};

runWorkbookContract('xlsx', createXlsxWorkbook);
runWorkbookContract('xlsx after save → reopen', createXlsxWorkbook, { reopen: roundTrip });

describe('xlsx file', () => {
  const saved = async (fill: (wb: XlsxWorkbook) => void) => {
    const wb = createXlsxWorkbook();
    fill(wb);
    const path = join(dir, `file-${++n}.xlsx`);
    await saveXlsxWorkbook(wb, path);
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(path);
    return { x, path };
  };

  it('writes real styles, frozen panes and widths a spreadsheet program sees', async () => {
    const { x } = await saved((wb) => {
      const s = wb.addSheet('Свод');
      s.write('A1', [['Доля', 0.25]]);
      s.style(['A1'], {
        bold: true,
        italic: true,
        wrap: true,
        horizontalAlignment: 'center',
        fontColor: '#1155cc',
        background: '#fff2cc',
      });
      s.setNumberFormats('B1', [['0.0%']]);
      s.setFrozen(1, 2);
      s.setColumnWidths(1, [75]);
    });
    const ws = x.getWorksheet('Свод')!;
    const a1 = ws.getCell('A1');
    expect(a1.font).toMatchObject({ bold: true, italic: true, color: { argb: 'FF1155CC' } });
    expect(a1.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(a1.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('B1').numFmt).toBe('0.0%');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(ws.getColumn(1).width).toBe(10); // (75 px − 5 px padding) / 7 px per character
  });

  it('protects the sheet, unlocks input ranges and hides the metadata sheet', async () => {
    const { x } = await saved((wb) => {
      const s = wb.addSheet('Школа 1');
      s.setProtections([
        {
          range: null,
          description: 'Форма',
          editors: ['school@example.ru'],
          unprotected: ['B3:B4'],
          warningOnly: false,
        },
      ]);
    });
    const ws = x.getWorksheet('Школа 1')!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell('B4').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B5').protection?.locked).not.toBe(false);
    expect(x.getWorksheet(META_SHEET)?.state).toBe('veryHidden');
  });

  it('reads a protected foreign sheet as a whole-sheet protection', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Чужой');
    ws.getCell('A1').value = 1;
    await ws.protect('', {});
    const path = join(dir, `foreign-${++n}.xlsx`);
    await x.xlsx.writeFile(path);
    const wb = await openXlsxWorkbook(path);
    expect(wb.sheet('Чужой')?.readProtections()).toEqual([
      { range: null, description: '', editors: [], unprotected: [], warningOnly: false },
    ]);
  });

  it('reads cached formula results, rich text and dates from a file', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Итоги');
    ws.getCell('A1').value = { formula: 'B1*2', result: 14 } as ExcelJS.CellFormulaValue;
    ws.getCell('B1').value = 7;
    ws.getCell('C1').value = { richText: [{ text: 'Школа ' }, { text: '№1', font: { bold: true } }] };
    ws.getCell('D1').value = new Date(Date.UTC(2024, 4, 1));
    ws.getCell('D1').numFmt = 'dd.mm.yyyy';
    const path = join(dir, `cached-${++n}.xlsx`);
    await x.xlsx.writeFile(path);
    const s = (await openXlsxWorkbook(path)).sheet('Итоги')!;
    expect(s.read('A1:D1')).toEqual([[14, 7, 'Школа №1', '2024-05-01']]);
    expect(s.readFormulas('A1:B1')).toEqual([['=B1*2', '']]);
  });

  it('refuses the reserved sheet name, lists with commas, empty books and unreadable files in Russian', async () => {
    const wb = createXlsxWorkbook();
    expect(() => wb.addSheet(META_SHEET)).toThrow(/зарезервировано/);
    await expect(saveXlsxWorkbook(wb, join(dir, 'empty.xlsx'))).rejects.toThrow(/нет ни одного листа/);
    const s = wb.addSheet('Форма');
    expect(() => wb.renameSheet('Форма', META_SHEET.toUpperCase())).toThrow(/зарезервировано/);
    s.setValidation(['A1'], { rule: { kind: 'list', values: ['да, конечно', 'нет'] }, help: '', strict: true });
    await expect(saveXlsxWorkbook(wb, join(dir, 'list.xlsx'))).rejects.toThrow(/«да, конечно» содержит запятую/);
    await expect(openXlsxWorkbook(join(dir, 'нет-такого.xlsx'))).rejects.toThrow(/Не удалось открыть файл/);
  });

  it('stands in custom formulas for what xlsx validation types cannot say', async () => {
    const { x, path } = await saved((wb) => {
      const s = wb.addSheet('Форма');
      s.setValidation(['B2:B3'], { rule: { kind: 'integer', min: 0.5 }, help: 'Целое от 1', strict: true });
      s.setValidation(['C2'], { rule: { kind: 'url' }, help: 'Ссылка', strict: false });
    });
    const model = (
      x.getWorksheet('Форма') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(model.B3).toMatchObject({ type: 'custom', formulae: ['AND(ISNUMBER(B2),B2=INT(B2),B2>=0.5)'] });
    expect(model.C2).toMatchObject({ type: 'custom', errorStyle: 'warning', prompt: 'Ссылка' });
    expect((await openXlsxWorkbook(path)).sheet('Форма')?.readValidations()).toEqual([
      { range: 'B2:B3', validation: { rule: { kind: 'integer', min: 0.5 }, help: 'Целое от 1', strict: true } },
      { range: 'C2', validation: { rule: { kind: 'url' }, help: 'Ссылка', strict: false } },
    ]);
  });

  it('refuses to open a file whose metadata sheet was damaged, naming it', async () => {
    const { x } = await saved((wb) => {
      wb.addSheet('Свод').setCharts([{ kind: 'line', title: 'Т', range: 'A1:B3', anchor: 'D2' }]);
    });
    x.getWorksheet(META_SHEET)!.getCell('C1').value = '{испорчено';
    const path = join(dir, `damaged-${++n}.xlsx`);
    await x.xlsx.writeFile(path);
    await expect(openXlsxWorkbook(path)).rejects.toThrow(
      /Служебный лист «_ШНОР_служебный» повреждён \(записи листа «Свод»\)/,
    );
  });

  it('keeps the active sheet and cell', async () => {
    const wb = createXlsxWorkbook();
    wb.addSheet('Настройки');
    wb.addSheet('Свод');
    wb.activate('Свод', 'C4');
    const back = await roundTrip(wb);
    expect(back.data().active?.sheet.name).toBe('Свод');
    expect(back.data().active?.range).toBe('C4');
  });
});
