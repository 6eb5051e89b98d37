// This file runs the workbook contract on the Apps Script adapter over the fake SpreadsheetApp,
// and checks what only this adapter does: its calls() agrees with the fake's count, text that
// Sheets would parse is protected, dates come back as ISO in the spreadsheet's time zone, styles
// reach the cells, the owner is not listed as an editor, and the sheet grows to fit a block.
import { describe, expect, it } from 'vitest';
import { createAppsScriptWorkbook } from '../../src/sheets/appsscript';
import { asGoogle, createFakeSpreadsheetApp, type FakeOptions } from '../fakes/spreadsheet-app';
import { runWorkbookContract } from './contract';

const setup = (opts?: FakeOptions) => {
  const fake = createFakeSpreadsheetApp(opts);
  const g = asGoogle(fake);
  return { fake, wb: createAppsScriptWorkbook(g.spreadsheet, g.app) };
};

runWorkbookContract('apps script over the fake SpreadsheetApp', () => setup().wb);

describe('apps script adapter', () => {
  it('counts exactly the service calls the fake sees', () => {
    const { fake, wb } = setup();
    const s = wb.addSheet('Свод');
    s.write('A1', [['Школа', 1, '2024-05-01']]);
    s.read('A1:C1');
    s.read();
    s.style(['A1:C1', 'E5'], { bold: true, background: '#eeeeee', numberFormat: '0.0' });
    s.setConditionalRules([
      { ranges: ['B2:B9', 'D2:D9'], when: { kind: 'number', op: 'lt', value: 0.3 }, style: { background: '#f4cccc' } },
    ]);
    s.readConditionalRules();
    s.setValidation(['B2:B9', 'C2'], { rule: { kind: 'integer', min: 0 }, help: 'Целое', strict: true });
    s.setValidation(['C2'], null);
    s.readValidations();
    s.setProtections([
      { range: null, description: 'Форма', editors: ['a@b.ru'], unprotected: ['B2:B9'], warningOnly: false },
    ]);
    s.readProtections();
    s.setCharts([{ kind: 'line', title: 'Т', range: 'A1:C4', anchor: 'E2', width: 400 }]);
    s.readCharts();
    s.setColumnWidths(1, [50, 50, 80]);
    s.readColumnWidths(1, 3);
    s.setFrozen(1, 1);
    s.readFrozen();
    s.clear();
    wb.renameSheet('Свод', 'Свод 2024');
    wb.activate('Свод 2024', 'B2');
    wb.deleteSheet('Лист1');
    expect(wb.calls()).toBeGreaterThan(40);
    expect(wb.calls()).toBe(fake.calls());
  });

  it('protects text Sheets would parse and lets ISO dates become dates', () => {
    const { fake, wb } = setup();
    const s = wb.addSheet('Школа 1');
    s.write('A1', [['001', '12,5', 'TRUE', "'кавычка", '01.05.2024', '2024-05-01', 'Школа', 7]]);
    const cells = fake.rawSheet('Школа 1')!.cells;
    expect(cells.get(1, 1)?.value).toBe('001');
    expect(cells.get(1, 2)?.value).toBe('12,5');
    expect(cells.get(1, 3)?.value).toBe('TRUE');
    expect(cells.get(1, 4)?.value).toBe("'кавычка");
    expect(cells.get(1, 5)?.value).toBe('01.05.2024');
    expect(cells.get(1, 6)?.value).toBeInstanceOf(Date);
    expect(cells.get(1, 7)?.value).toBe('Школа');
    expect(cells.get(1, 8)?.value).toBe(7);
  });

  it('reads dates as ISO in the spreadsheet time zone, not the script one', () => {
    for (const timeZone of ['Asia/Vladivostok', 'America/Los_Angeles', 'UTC']) {
      const { wb } = setup({ timeZone });
      const s = wb.addSheet('Даты');
      s.write('A1', [['2024-01-01', '2024-12-31']]);
      expect(s.read('A1:B1'), timeZone).toEqual([['2024-01-01', '2024-12-31']]);
    }
  });

  it('applies every style property to every range through one range list', () => {
    const { fake, wb } = setup();
    const s = wb.addSheet('Свод');
    s.style(['A1:B1', 'C3'], {
      bold: true,
      italic: true,
      wrap: true,
      horizontalAlignment: 'right',
      fontColor: '#1155CC',
      numberFormat: '@',
    });
    const at = (r: number, c: number) => fake.rawSheet('Свод')!.cells.get(r, c);
    for (const [r, c] of [
      [1, 1],
      [1, 2],
      [3, 3],
    ] as const) {
      expect(at(r, c)).toMatchObject({
        fontWeight: 'bold',
        fontStyle: 'italic',
        wrap: true,
        align: 'right',
        fontColor: '#1155cc',
        numberFormat: '@',
      });
    }
    expect(at(2, 2)).toBeUndefined();
  });

  it('writes whole numbers as a custom formula on the top-left cell and reads them back', () => {
    const { fake, wb } = setup();
    const s = wb.addSheet('Форма');
    s.setValidation(['C5:C9'], { rule: { kind: 'integer', min: 0, max: 300 }, help: 'Число учащихся', strict: true });
    const v = fake.rawSheet('Форма')!.cells.get(7, 3)?.validation;
    expect(v?.getCriteriaType()).toBe('CUSTOM_FORMULA');
    expect(v?.getCriteriaValues()).toEqual(['=AND(ISNUMBER(C5),C5=INT(C5),C5>=0,C5<=300)']);
    expect(v?.getAllowInvalid()).toBe(false);
    expect(s.readValidations()).toEqual([
      {
        range: 'C5:C9',
        validation: { rule: { kind: 'integer', min: 0, max: 300 }, help: 'Число учащихся', strict: true },
      },
    ]);
  });

  it('keeps the owner out of the editors it reads, though Sheets keeps the owner in', () => {
    const { fake, wb } = setup({ owner: 'Owner@Example.ru' });
    const s = wb.addSheet('Школа 1');
    s.setProtections([
      { range: null, description: 'Форма', editors: ['school@example.ru'], unprotected: [], warningOnly: false },
    ]);
    const editors = fake.rawSheet('Школа 1')!.protections[0]!.editors;
    expect([...editors].sort()).toEqual(['owner@example.ru', 'school@example.ru']);
    expect(s.readProtections()[0]?.editors).toEqual(['school@example.ru']);
  });

  it('grows the sheet to fit a block beyond 1000×26 and pads reads beyond the grid', () => {
    const { fake, wb } = setup();
    const s = wb.addSheet('Данные');
    s.write('AB1001', [[1, 2]]); // columns 28–29, row 1001
    const raw = fake.rawSheet('Данные')!;
    expect([raw.maxRows, raw.maxCols]).toEqual([1001, 29]);
    expect(s.read('AC1001:AE1002')).toEqual([
      [2, null, null],
      [null, null, null],
    ]);
  });

  it('names the deleted sheet in Russian', () => {
    const { wb } = setup();
    const s = wb.addSheet('Временный');
    wb.deleteSheet('Временный');
    expect(() => s.read('A1')).toThrow(/Лист «Временный» удалён/);
  });
});
