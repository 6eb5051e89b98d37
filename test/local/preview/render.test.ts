// This file checks what the preview draws for a tab: the first conditional rule that holds wins (as in
// Google Sheets) for every rule kind, number formats and fonts carry over, notes and dropdown values
// travel, and only cells a strict protection leaves open are editable.
import { describe, expect, it } from 'vitest';
import { dateSerial } from '../../../src/local/preview/formula';
import { renderSheet, type SheetView } from '../../../src/local/preview/render';
import { MemoryWorkbook } from '../../../src/sheets/memory';

const TODAY = dateSerial(2024, 6, 20);
const at = (view: SheetView | null, a1: string) => {
  const col = a1.charCodeAt(0) - 64;
  const row = Number(a1.slice(1));
  return view?.cells[row - 1]?.[col - 1] ?? null;
};

describe('renderSheet', () => {
  it('applies the first conditional rule that holds, for each kind of rule', () => {
    const wb = new MemoryWorkbook();
    const s = wb.addSheet('Т');
    s.write('A1', [
      [5, 'Да', null, 15, 40],
      [50, 'нет', 'x', 25, 41],
    ]);
    s.setConditionalRules([
      { ranges: ['A1:A2'], when: { kind: 'number', op: 'lt', value: 10 }, style: { background: '#aa0000' } },
      { ranges: ['A1:A2'], when: { kind: 'number', op: 'lt', value: 100 }, style: { background: '#00aa00' } },
      { ranges: ['B1:B2'], when: { kind: 'textEquals', text: 'да' }, style: { background: '#0000aa', bold: true } },
      { ranges: ['C1:C2'], when: { kind: 'blank' }, style: { background: '#cccccc' } },
      { ranges: ['D1:D2'], when: { kind: 'between', min: 10, max: 20 }, style: { fontColor: '#123456' } },
      { ranges: ['E1:E2'], when: { kind: 'formula', formula: '=E1>$D$2+15' }, style: { background: '#ffff00' } },
    ]);
    const view = renderSheet(wb, 'Т', TODAY);
    expect(at(view, 'A1')?.bg).toBe('#aa0000'); // 5 < 10: the first rule, not the second
    expect(at(view, 'A2')?.bg).toBe('#00aa00'); // 50: only the second
    expect(at(view, 'B1')).toMatchObject({ bg: '#0000aa', bold: true });
    expect(at(view, 'B2')?.bg).toBeUndefined();
    expect(at(view, 'C1')?.bg).toBe('#cccccc');
    expect(at(view, 'C2')?.bg).toBeUndefined();
    expect(at(view, 'D1')?.fg).toBe('#123456');
    expect(at(view, 'D2')?.fg).toBeUndefined();
    // E1: 40 > 25 + 15 = 40 is false; E2: 41 > 40 is true
    expect(at(view, 'E1')?.bg).toBeUndefined();
    expect(at(view, 'E2')?.bg).toBe('#ffff00');
  });

  it('shows formatted numbers right-aligned, notes, dropdown values and cached formula results', () => {
    const wb = new MemoryWorkbook();
    const s = wb.addSheet('Т');
    s.write('A1', [[33.3333, 'сдано']]);
    s.style(['A1'], { numberFormat: '0.0', italic: true });
    s.setNotes('A1', [['Пояснение']]);
    s.setValidation(['B1'], { rule: { kind: 'list', values: ['заполняется', 'сдано'] }, help: '', strict: true });
    const view = renderSheet(wb, 'Т', TODAY);
    expect(at(view, 'A1')).toMatchObject({
      text: '33,3',
      value: 33.3333,
      align: 'right',
      italic: true,
      note: 'Пояснение',
    });
    expect(at(view, 'B1')?.list).toEqual(['заполняется', 'сдано']);
    expect(renderSheet(wb, 'Нет', TODAY)).toBeNull();
  });

  it('lets the user edit only what a strict whole-sheet protection leaves open; warning-only protects nothing', () => {
    const wb = new MemoryWorkbook();
    const form = wb.addSheet('Форма');
    form.write('A1', [
      ['Поле', null],
      ['Поле', null],
    ]);
    form.style(['B2'], { background: '#fff8e1' });
    form.setProtections([{ range: null, description: '', editors: [], unprotected: ['B2'], warningOnly: false }]);
    const view = renderSheet(wb, 'Форма', TODAY);
    expect(at(view, 'B2')?.edit).toBe(true);
    expect(at(view, 'A1')?.edit).toBeUndefined();
    expect(at(view, 'B1')).toBeNull();
    const config = wb.addSheet('Настройки');
    config.write('A1', [['Год', 2024]]);
    config.setProtections([{ range: null, description: '', editors: [], unprotected: [], warningOnly: true }]);
    expect(at(renderSheet(wb, 'Настройки', TODAY), 'B1')?.edit).toBe(true);
  });

  it('lists conditional formulas it cannot evaluate instead of guessing their colour', () => {
    const wb = new MemoryWorkbook();
    const s = wb.addSheet('Т');
    s.write('A1', [[1]]);
    s.setConditionalRules([
      { ranges: ['A1'], when: { kind: 'formula', formula: '=COUNTIF(A:A,1)>0' }, style: { background: '#ff0000' } },
    ]);
    const view = renderSheet(wb, 'Т', TODAY);
    expect(view?.unsupported).toEqual(['=COUNTIF(A:A,1)>0']);
    expect(at(view, 'A1')?.bg).toBeUndefined();
  });
});
