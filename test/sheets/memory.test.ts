// This file runs the workbook contract on the in-memory adapter and checks what only it can show:
// the styles the port cannot read back, the active sheet, and one call per port method.
import { describe, expect, it } from 'vitest';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import { runWorkbookContract } from './contract';

runWorkbookContract('memory', createMemoryWorkbook);

describe('memory adapter', () => {
  it('keeps font, wrap and alignment styles per cell', () => {
    const wb = createMemoryWorkbook();
    const s = wb.addSheet('Свод');
    s.style(['A1:B1'], { bold: true, italic: true, wrap: true, horizontalAlignment: 'right', fontColor: '#1155CC' });
    s.style(['B1'], { bold: false });
    const cells = wb.data().sheets[0]!.cells;
    expect(cells.get(1, 1)).toMatchObject({
      bold: true,
      italic: true,
      wrap: true,
      align: 'right',
      fontColor: '#1155cc',
    });
    expect(cells.get(1, 2)).toMatchObject({ bold: false, italic: true });
    expect(cells.get(2, 1)).toBeUndefined(); // untouched cells are not stored
  });

  it('records the active sheet and range', () => {
    const wb = createMemoryWorkbook();
    wb.addSheet('Свод');
    wb.addSheet('Школы');
    wb.activate('Школы', '$b$3');
    expect(wb.data().active?.sheet.name).toBe('Школы');
    expect(wb.data().active?.range).toBe('B3');
    wb.deleteSheet('Школы');
    expect(wb.data().active).toBeNull();
  });

  it('counts one call per port method call', () => {
    const wb = createMemoryWorkbook();
    const s = wb.addSheet('Свод'); // 1
    s.write('A1', [[1, 2]]); // 2
    s.read(); // 3 (size() inside counts as the one call)
    wb.sheetNames(); // 4
    wb.sheet('Свод'); // 5
    expect(wb.calls()).toBe(5);
  });

  it('returns a cached formula result until the cell is written', () => {
    const wb = createMemoryWorkbook();
    const s = wb.addSheet('Свод');
    s.write('A1', [['=1+2']]);
    wb.data().sheets[0]!.cells.set(1, 1, { ...wb.data().sheets[0]!.cells.get(1, 1)!, result: 3 });
    expect(s.read('A1')).toEqual([[3]]);
    expect(s.readFormulas('A1')).toEqual([['=1+2']]);
    s.write('A1', [['=1+3']]);
    expect(s.read('A1')).toEqual([['=1+3']]);
  });
});
