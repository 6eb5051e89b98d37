// Tests the set-up workflow on the in-memory workbook: every tab is built, re-running changes nothing,
// entered values survive, new schools are added, protections and validations sit on the right ranges.
import { describe, expect, it } from 'vitest';
import { setupMonitoring, type SetupInput } from '../../src/app/setup';
import { inputRanges } from '../../src/app/template';
import { parseA1 } from '../../src/core/a1';
import { buildTemplateLayout } from '../../src/core/template/layout';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import type { Workbook } from '../../src/sheets/port';
import { smallProgram } from '../core/template/fixture';

const program = smallProgram();
const input = {
  presetId: program.id,
  municipality: 'Тестовый район',
  year: 2024,
  mode: 'tabs',
  coordinators: ['uo@example.org'],
  schools: [
    { code: '01', name: 'СОШ № 1', category: 'ШНОР', email: 'sch1@example.org' },
    { code: '02', name: 'ООШ № 2', category: 'ШНСУ' },
    { code: '03', name: 'СОШ № 3' },
  ],
} satisfies SetupInput;

function dump(wb: Workbook) {
  return wb.sheetNames().map((n) => {
    const s = wb.sheet(n)!;
    return { n, values: s.read(), protections: s.readProtections(), validations: s.readValidations() };
  });
}

describe('setupMonitoring', () => {
  it('builds every tab of the contract and a template per school', () => {
    const wb = createMemoryWorkbook();
    const r = setupMonitoring(wb, program, input);
    expect(wb.sheetNames()).toEqual([
      'Настройки',
      'Школы',
      'Показатели',
      'Правила',
      'Поля',
      'Данные',
      'Журнал',
      'Школа 01',
      'Школа 02',
      'Школа 03',
    ]);
    expect(r.created).toEqual(wb.sheetNames());
    expect(r.updated).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(
      wb
        .sheet('Школы')!
        .read()
        .slice(1)
        .map((row) => [row[0], row[3], row[8]]),
    ).toEqual([
      ['01', 'ШНОР', 'Школа 01'],
      ['02', 'ШНСУ', 'Школа 02'],
      ['03', 'другая', 'Школа 03'],
    ]);
    expect(wb.sheet('Школа 02')!.read('A3:F3')).toEqual([['Школа:', 'ООШ № 2', 'Код:', '02', 'Год:', 2024]]);
  });

  it('reads the schools from an existing «Школы» tab when the list is empty', () => {
    const wb = createMemoryWorkbook();
    setupMonitoring(wb, program, { ...input, schools: [input.schools[0]!] });
    // the methodologist types two more schools straight into the tab (rows 3 and 4: code, name, full name, category)
    wb.sheet('Школы')!.write('A3', [
      ['05', 'Гимназия № 5', '', 'ШНСУ'],
      ['06', 'СОШ № 6', '', ''],
    ]);
    const r = setupMonitoring(wb, program, { ...input, schools: [] });
    expect(r.created).toEqual(['Школа 05', 'Школа 06']);
    expect(wb.sheet('Школа 05')!.read('B3:D3')).toEqual([['Гимназия № 5', 'Код:', '05']]);
  });

  it('writes the municipality entered in the wizard into every template', () => {
    const wb = createMemoryWorkbook();
    setupMonitoring(wb, program, { ...input, municipality: 'Другой район' });
    expect(wb.sheet('Школа 01')!.read('A4:B4')).toEqual([['Муниципалитет:', 'Другой район']]);
  });

  it('is idempotent: a second run reports nothing and changes nothing', () => {
    const wb = createMemoryWorkbook();
    setupMonitoring(wb, program, input);
    const before = dump(wb);
    expect(setupMonitoring(wb, program, input)).toEqual({ created: [], updated: [], warnings: [] });
    expect(dump(wb)).toEqual(before);
  });

  it('keeps entered values and edited targets, and adds a new school', () => {
    const wb = createMemoryWorkbook();
    setupMonitoring(wb, program, input);
    wb.sheet('Школа 01')!.write('D14', [[300]]);
    wb.sheet('Показатели')!.write('K2', [[65]]);
    const r = setupMonitoring(wb, program, { ...input, schools: [...input.schools, { code: '04', name: 'СОШ № 4' }] });
    expect(r.created).toEqual(['Школа 04']);
    expect(r.updated).toEqual(['Школы: добавлены 04']);
    expect(wb.sheet('Школа 01')!.read('D14')).toEqual([[300]]);
    expect(wb.sheet('Показатели')!.read('K2')).toEqual([[65]]);
    expect(
      wb
        .sheet('Школы')!
        .read()
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['01', '02', '03', '04']);
  });

  it('rejects bad schools by line and stops when none is valid', () => {
    const wb = createMemoryWorkbook();
    const r = setupMonitoring(wb, program, {
      ...input,
      schools: [...input.schools, { code: '05', name: 'X', category: 'школа' }, { code: '01', name: 'Дубль' }],
    });
    expect(r.warnings).toEqual([
      'Строка 4 списка школ («05»): неверное поле «категория» — допустимо: ШНОР, ШНСУ, ШНОР+ШНСУ, наставник, другая. Школа пропущена.',
      'Строка 5 списка школ: код «01» уже встречался. Школа пропущена.',
    ]);
    expect(() =>
      setupMonitoring(createMemoryWorkbook(), program, { ...input, schools: [{ code: '', name: '' }] }),
    ).toThrow('нет ни одной');
  });

  it('protects everything but the input cells; input cells only for the school and coordinators', () => {
    const wb = createMemoryWorkbook();
    setupMonitoring(wb, program, input);
    const layout = buildTemplateLayout(program, { schoolName: 'СОШ № 1', schoolCode: '01', year: 2024 });
    // row 9: D..H (ВПР n, 2..5); row 10: D (n) and I..J (below, mean); D14:D15, D19:D20, D24, D28:E28 (item + link)
    expect(inputRanges(layout)).toEqual(['D9:H9', 'D10', 'I10:J10', 'D14:D15', 'D19:D20', 'D24', 'D28:E28']);
    const [sheetProt, ...rangeProts] = wb.sheet('Школа 01')!.readProtections();
    expect(sheetProt).toMatchObject({ range: null, editors: ['uo@example.org'], warningOnly: false });
    expect(sheetProt?.unprotected).toEqual([...inputRanges(layout), 'B5']);
    expect(rangeProts.map((p) => p.range)).toEqual([...inputRanges(layout), 'B5']);
    expect(rangeProts.every((p) => p.editors.join() === 'sch1@example.org,uo@example.org')).toBe(true);
    // a school without an email gets no per-cell protection
    expect(wb.sheet('Школа 02')!.readProtections()).toHaveLength(1);
  });

  it('puts a validation on every input cell', () => {
    const wb = createMemoryWorkbook();
    setupMonitoring(wb, program, input);
    const v = wb.sheet('Школа 01')!.readValidations();
    const inside = (cell: string, range: string) => {
      const c = parseA1(cell);
      const r = parseA1(range);
      return c.row >= r.row && c.row < r.row + r.rows && c.col >= r.col && c.col < r.col + r.cols;
    };
    const find = (cell: string) => v.find((x) => inside(cell, x.range))?.validation;
    expect(find('E9')).toMatchObject({ rule: { kind: 'integer', min: 0 }, strict: true });
    expect(find('J10')).toMatchObject({ rule: { kind: 'number', min: 0, max: 100 } });
    expect(find('D24')).toMatchObject({ rule: { kind: 'list', values: ['Да', 'Нет'] } });
    expect(find('E28')).toMatchObject({ rule: { kind: 'url' } });
    expect(find('B5')).toMatchObject({ rule: { kind: 'list', values: ['заполняется', 'сдано'] } });
  });
});
