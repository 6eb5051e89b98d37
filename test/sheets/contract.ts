// This file is the workbook port's contract: one vitest describe block that every adapter must pass
// (memory, Apps Script over the fake SpreadsheetApp, xlsx, and xlsx after save → reopen).
// Each test writes through one workbook and reads back through `reopen(wb)` — the same workbook
// unless the adapter persists — so a file format has to hold everything the port can say.
// Call counting is checked on the live workbook: a batched call costs the same for a 1×1 block and
// a 200×30 block. No capability switches are needed so far: every adapter holds the whole port.
import { describe, expect, it } from 'vitest';
import type { ChartSpec, ConditionalRule, Protection, Sheet, Validation, Workbook } from '../../src/sheets/port';

export interface ContractOptions {
  /** The workbook to read back from, e.g. the xlsx saved and opened again. Default: the same one. */
  reopen?: (wb: Workbook) => Promise<Workbook>;
}

export function runWorkbookContract(
  name: string,
  make: () => Workbook | Promise<Workbook>,
  opts: ContractOptions = {},
): void {
  const start = async (sheet = 'Школа 1') => {
    const wb = await make();
    return { wb, s: wb.addSheet(sheet) };
  };
  const back = async (wb: Workbook, sheet: string): Promise<Sheet> => {
    const again = opts.reopen ? await opts.reopen(wb) : wb;
    const s = again.sheet(sheet);
    if (!s) throw new Error(`sheet ${sheet} lost on reopen`);
    return s;
  };

  describe(`workbook contract: ${name}`, () => {
    describe('sheets', () => {
      it('adds at the end or at an index, finds, renames and deletes', async () => {
        const wb = await make();
        const before = wb.sheetNames();
        const a = wb.addSheet('Свод');
        wb.addSheet('Данные');
        wb.addSheet('Настройки', 0);
        expect(wb.sheetNames()).toEqual(['Настройки', ...before, 'Свод', 'Данные']);
        expect(a.name).toBe('Свод');
        expect(wb.sheet('Данные')?.name).toBe('Данные');
        expect(wb.sheet('Нет такого')).toBeNull();

        wb.renameSheet('Свод', 'Свод 2024');
        expect(a.name).toBe('Свод 2024');
        expect(wb.sheet('Свод')).toBeNull();
        wb.renameSheet('Данные', 'ДАННЫЕ'); // its own name in another case is free
        wb.deleteSheet('Настройки');
        expect(wb.sheetNames()).toEqual([...before, 'Свод 2024', 'ДАННЫЕ']);

        wb.activate('ДАННЫЕ', 'B3');
        const again = opts.reopen ? await opts.reopen(wb) : wb;
        expect(again.sheetNames()).toEqual([...before, 'Свод 2024', 'ДАННЫЕ']);
      });

      it('rejects duplicate (in any case), invalid and unknown names in Russian', async () => {
        const wb = await make();
        wb.addSheet('Данные');
        expect(() => wb.addSheet('Данные')).toThrow(/уже есть/);
        expect(() => wb.addSheet('данные')).toThrow(/уже есть/);
        wb.addSheet('Свод');
        expect(() => wb.renameSheet('Свод', 'ДАННЫЕ')).toThrow(/уже есть/);
        for (const bad of ['', 'a'.repeat(32), 'Итоги: 2024', 'А/Б', "'Свод", 'x[1]', 'что?']) {
          expect(() => wb.addSheet(bad), bad).toThrow(/Недопустимое имя листа/);
        }
        expect(() => wb.addSheet('Школа', 99)).toThrow(/позиция листа/);
        expect(() => wb.deleteSheet('Нет такого')).toThrow(/Листа «Нет такого» нет/);
        expect(() => wb.renameSheet('Нет такого', 'Х')).toThrow(/Листа «Нет такого» нет/);
        expect(() => wb.activate('Нет такого')).toThrow(/Листа «Нет такого» нет/);
      });

      it('never deletes the last sheet', async () => {
        const wb = await make();
        wb.addSheet('Последний');
        for (const n of wb.sheetNames()) if (n !== 'Последний') wb.deleteSheet(n);
        expect(() => wb.deleteSheet('Последний')).toThrow(/последний лист/);
        expect(wb.sheetNames()).toEqual(['Последний']);
      });

      it('refuses to work on a deleted sheet', async () => {
        const wb = await make();
        wb.addSheet('Остаётся');
        const gone = wb.addSheet('Уходит');
        wb.deleteSheet('Уходит');
        expect(() => gone.read('A1')).toThrow();
      });
    });

    describe('values', () => {
      it('round-trips numbers, booleans, Cyrillic text, nulls and formulas', async () => {
        const { wb, s } = await start();
        const block = [
          ['Школа №1 «Ёлочка»', 42, 0.1 + 0.2, true],
          [null, -1234567.125, false, 'две\nстроки'],
          ['=SUM(B1:B2)', 0, 1e-7, '001'],
          ['12,5', '2024-05-01', 'TRUE', "'апостроф"],
        ];
        s.write('B2', block);
        const r = await back(wb, 'Школа 1');
        // The formula reads as its text: none of our adapters computes formulas.
        expect(r.read('B2:E5')).toEqual(block);
        expect(r.readFormulas('B4:C4')).toEqual([['=SUM(B1:B2)', '']]);
        expect(r.readFormulas('A1')).toEqual([['']]);
        expect(r.size()).toEqual({ rows: 5, cols: 5 }); // last value at E5
        expect(r.read()).toEqual([[null, null, null, null, null], ...block.map((row) => [null, ...row])]);
      });

      it('reads an empty sheet as nothing and cells beyond the data as nulls', async () => {
        const { wb, s } = await start();
        const r0 = await back(wb, 'Школа 1');
        expect(r0.size()).toEqual({ rows: 0, cols: 0 });
        expect(r0.read()).toEqual([]);
        s.write('C4', [[7]]);
        const r = await back(wb, 'Школа 1');
        expect(r.size()).toEqual({ rows: 4, cols: 3 });
        expect(r.read('B3:D5')).toEqual([
          [null, null, null],
          [null, 7, null],
          [null, null, null],
        ]);
      });

      it('pads ragged rows with empty cells, clearing what was there; empty text is empty', async () => {
        const { wb, s } = await start();
        s.write('A1', [
          ['x', 'x', 'x'],
          ['x', 'x', 'x'],
        ]);
        s.write('A1', [[1, 2, 3], [4], ['']]);
        s.write('D1', []);
        s.write('D1', [[]]);
        const r = await back(wb, 'Школа 1');
        expect(r.read('A1:C3')).toEqual([
          [1, 2, 3],
          [4, null, null],
          [null, null, null],
        ]);
        expect(r.size()).toEqual({ rows: 2, cols: 3 });
      });

      it('accepts a target range of the block size and rejects any other', async () => {
        const { s } = await start();
        s.write('B2:C3', [
          [1, 2],
          [3, 4],
        ]);
        expect(s.read('B2:C3')).toEqual([
          [1, 2],
          [3, 4],
        ]);
        expect(() => s.write('B2:D3', [[1, 2]])).toThrow(/не совпадает с размером блока 1×2/);
      });

      it('rejects bad values naming the cell, before writing anything', async () => {
        const { s } = await start();
        expect(() => s.write('B2', [[1, Number.NaN]])).toThrow(/Лист «Школа 1», C2/);
        expect(() => s.write('B2', [[Infinity]])).toThrow(/B2/);
        expect(s.read('B2:C2')).toEqual([[null, null]]);
        expect(() => s.read('B2:')).toThrow(/Неверный адрес/);
        expect(() => s.write('Ъ1', [[1]])).toThrow(/Неверный адрес/);
      });

      it('does not alias what goes in or comes out', async () => {
        const { s } = await start();
        const block = [[1, 'а']];
        s.write('A1', block);
        (block[0] as (string | number)[])[0] = 99;
        const out = s.read('A1:B1');
        (out[0] as (string | number | null)[])[1] = 'изменено';
        expect(s.read('A1:B1')).toEqual([[1, 'а']]);
      });
    });

    describe('formats', () => {
      it('styles many ranges at once; backgrounds and number formats read back', async () => {
        const { wb, s } = await start();
        s.style(['A1:B2', 'D4'], {
          background: '#FFCC00',
          fontColor: '#1155cc',
          bold: true,
          italic: true,
          wrap: true,
          horizontalAlignment: 'center',
          numberFormat: '0.0%',
        });
        s.style(['B2'], { background: null });
        s.style([], { background: '#000000' }); // no ranges: nothing to do
        const r = await back(wb, 'Школа 1');
        expect(r.readBackgrounds('A1:D4')).toEqual([
          ['#ffcc00', '#ffcc00', null, null],
          ['#ffcc00', null, null, null],
          [null, null, null, null],
          [null, null, null, '#ffcc00'],
        ]);
        expect(r.readNumberFormats('A1:B2')).toEqual([
          ['0.0%', '0.0%'],
          ['0.0%', '0.0%'],
        ]);
        expect(r.readNumberFormats('C3')).toEqual([['']]); // never set: automatic
        expect(() => s.style(['A1'], { background: 'жёлтый' })).toThrow(/цвет/);
      });

      it('sets per-cell number formats, backgrounds and notes as blocks', async () => {
        const { wb, s } = await start();
        s.setNumberFormats('B2', [
          ['0', '0.0%', '#,##0.0'],
          ['@', 'dd.mm.yyyy'],
        ]);
        s.setBackgrounds('B2', [['#FF0000', null, '#00ff00']]);
        s.setNotes('B2', [['Примечание: доля «2»', ''], ['вторая\nстрока']]);
        s.setNotes('C5', [['временно']]);
        s.setNotes('C5', [['']]);
        const r = await back(wb, 'Школа 1');
        expect(r.readNumberFormats('B2:D3')).toEqual([
          ['0', '0.0%', '#,##0.0'],
          ['@', 'dd.mm.yyyy', ''],
        ]);
        expect(r.readBackgrounds('B2:D2')).toEqual([['#ff0000', null, '#00ff00']]);
        expect(r.readNotes('B2:C3')).toEqual([
          ['Примечание: доля «2»', ''],
          ['вторая\nстрока', ''],
        ]);
        expect(r.readNotes('C5')).toEqual([['']]);
        expect(() => s.setBackgrounds('B2', [[null, '#12345']])).toThrow(/Лист «Школа 1», C2: неверный цвет/);
      });

      it('clear() removes values, formats, notes, validations and conditional rules', async () => {
        const { wb, s } = await start();
        s.write('A1', [[1, '=A1*2']]);
        s.style(['A1:B1'], { background: '#eeeeee', numberFormat: '0.0' });
        s.setNotes('A1', [['н']]);
        s.setValidation(['C3'], { rule: { kind: 'url' }, help: 'ссылка', strict: true });
        s.setConditionalRules([{ ranges: ['A1'], when: { kind: 'blank' }, style: { background: '#ff0000' } }]);
        s.clear();
        const r = await back(wb, 'Школа 1');
        expect(r.size()).toEqual({ rows: 0, cols: 0 });
        expect(r.read('A1:B1')).toEqual([[null, null]]);
        expect(r.readBackgrounds('A1:B1')).toEqual([[null, null]]);
        expect(r.readNumberFormats('A1:B1')).toEqual([['', '']]);
        expect(r.readNotes('A1')).toEqual([['']]);
        expect(r.readValidations()).toEqual([]);
        expect(r.readConditionalRules()).toEqual([]);
      });
    });

    describe('conditional rules', () => {
      const rules: ConditionalRule[] = [
        {
          ranges: ['C2:C40', 'E2:E40'],
          when: { kind: 'formula', formula: '=AND($B2>0,C2/$B2>=0.3)' },
          style: { background: '#f4cccc', bold: true },
        },
        { ranges: ['D2:D40'], when: { kind: 'textEquals', text: 'нет данных' }, style: { fontColor: '#999999' } },
        {
          ranges: ['F2:F40'],
          when: { kind: 'textContains', text: 'ШНОР' },
          style: { background: '#fff2cc', fontColor: '#7f6000' },
        },
        { ranges: ['G2:G40'], when: { kind: 'blank' }, style: { background: '#eeeeee' } },
        { ranges: ['H2:H40'], when: { kind: 'number', op: 'lt', value: 0.3 }, style: { background: '#ea9999' } },
        { ranges: ['H2:H40'], when: { kind: 'number', op: 'gte', value: 2 }, style: { bold: true } },
        { ranges: ['I2'], when: { kind: 'number', op: 'eq', value: -1.5 }, style: { bold: true } },
        { ranges: ['I3'], when: { kind: 'number', op: 'neq', value: 0 }, style: { bold: true } },
        { ranges: ['I4'], when: { kind: 'number', op: 'lte', value: 10 }, style: { bold: true } },
        { ranges: ['I5'], when: { kind: 'number', op: 'gt', value: 1e6 }, style: { bold: true } },
        { ranges: ['J2:J40'], when: { kind: 'between', min: 0.15, max: 0.3 }, style: { background: '#fce5cd' } },
        { ranges: ['K2'], when: { kind: 'textEquals', text: 'кавычка "внутри"' }, style: { bold: true } },
      ];

      it('replaces and reads back every kind, in order, normalized', async () => {
        const { wb, s } = await start();
        s.setConditionalRules([{ ranges: ['A1'], when: { kind: 'blank' }, style: { bold: true } }]);
        s.setConditionalRules([
          ...rules,
          { ranges: ['$l$3:l2'], when: { kind: 'blank' }, style: { background: '#ABCDEF' } },
        ]);
        const r = await back(wb, 'Школа 1');
        expect(r.readConditionalRules()).toEqual([
          ...rules,
          { ranges: ['L2:L3'], when: { kind: 'blank' }, style: { background: '#abcdef' } },
        ]);
        s.setConditionalRules([]);
        expect((await back(wb, 'Школа 1')).readConditionalRules()).toEqual([]);
      });

      it('rejects malformed rules in Russian', async () => {
        const { s } = await start();
        const bad = (r: unknown) => () => s.setConditionalRules([r as ConditionalRule]);
        expect(bad({ ranges: [], when: { kind: 'blank' }, style: {} })).toThrow(/правило условного форматирования №1/);
        expect(bad({ ranges: ['A1:'], when: { kind: 'blank' }, style: {} })).toThrow(/неверный адрес/);
        expect(bad({ ranges: ['A1'], when: { kind: 'between', min: 2, max: 1 }, style: {} })).toThrow(/min больше max/);
        expect(bad({ ranges: ['A1'], when: { kind: 'formula', formula: 'A1>0' }, style: {} })).toThrow(/«=»/);
      });
    });

    describe('validations', () => {
      const count: Validation = {
        rule: { kind: 'integer', min: 0, max: 1000 },
        help: 'Целое число от 0 до 1000',
        strict: true,
      };
      const share: Validation = { rule: { kind: 'number', min: 0 }, help: 'Неотрицательное число', strict: false };
      const upTo: Validation = { rule: { kind: 'number', max: 5.5 }, help: 'Не больше 5,5', strict: true };
      const anyNumber: Validation = { rule: { kind: 'number' }, help: 'Число', strict: true };
      const anyInteger: Validation = { rule: { kind: 'integer' }, help: 'Целое', strict: false };
      const yesNo: Validation = {
        rule: { kind: 'list', values: ['Да', 'Нет'] },
        help: 'Выберите «Да» или «Нет»',
        strict: true,
      };
      const url: Validation = { rule: { kind: 'url' }, help: 'Ссылка на документ', strict: false };
      const date: Validation = { rule: { kind: 'date' }, help: 'Дата', strict: true };

      it('sets, removes a part and reads back one entry per rectangle, top to bottom', async () => {
        const { wb, s } = await start();
        s.setValidation(['C2:C10'], count);
        s.setValidation(['D2:D10'], share);
        s.setValidation(['E2', 'E4'], yesNo);
        s.setValidation(['F2:F3'], url);
        s.setValidation(['G2'], date);
        s.setValidation(['H2:I3'], anyNumber);
        s.setValidation(['J2'], anyInteger);
        s.setValidation(['K2'], upTo);
        s.setValidation(['C5', 'D11'], null); // D11 had none
        const r = await back(wb, 'Школа 1');
        // C2:C10 minus C5 → C2:C4 (rows 2–4) and C6:C10 (rows 6–10); sorted by top row, then column.
        expect(r.readValidations()).toEqual([
          { range: 'C2:C4', validation: count },
          { range: 'D2:D10', validation: share },
          { range: 'E2', validation: yesNo },
          { range: 'F2:F3', validation: url },
          { range: 'G2', validation: date },
          { range: 'H2:I3', validation: anyNumber },
          { range: 'J2', validation: anyInteger },
          { range: 'K2', validation: upTo },
          { range: 'E4', validation: yesNo },
          { range: 'C6:C10', validation: count },
        ]);
      });

      it('rejects malformed validations in Russian', async () => {
        const { s } = await start();
        expect(() =>
          s.setValidation(['A1'], { rule: { kind: 'integer', min: 5, max: 1 }, help: '', strict: true }),
        ).toThrow(/проверка данных.*min больше max/);
        expect(() => s.setValidation(['A1'], { rule: { kind: 'list', values: [] }, help: '', strict: true })).toThrow(
          /пустой список/,
        );
        expect(() => s.setValidation(['A0'], url)).toThrow(/неверный адрес/);
      });
    });

    describe('protections, frozen panes, widths, charts', () => {
      it('replaces and reads back protections', async () => {
        const { wb, s } = await start();
        const list: Protection[] = [
          {
            range: null,
            description: 'Форма школы: вводить только в белые ячейки',
            editors: ['school1@example.ru', 'metod@example.ru'],
            unprotected: ['B3:D10', 'F2'],
            warningOnly: false,
          },
          { range: 'A1:H1', description: 'Шапка', editors: [], unprotected: [], warningOnly: true },
          { range: 'J1:J5', description: 'Коды', editors: ['Metod@Example.ru'], unprotected: [], warningOnly: false },
        ];
        s.setProtections([{ range: 'Z1', description: 'старая', editors: [], unprotected: [], warningOnly: true }]);
        s.setProtections(list);
        const r = await back(wb, 'Школа 1');
        expect(r.readProtections()).toEqual([
          // editors come back lower case, unique, sorted
          { ...list[0], editors: ['metod@example.ru', 'school1@example.ru'] },
          list[1],
          { ...list[2], editors: ['metod@example.ru'] },
        ]);
        s.setProtections([]);
        expect((await back(wb, 'Школа 1')).readProtections()).toEqual([]);
      });

      it('rejects protections the spreadsheets cannot hold', async () => {
        const { s } = await start();
        const p: Protection = { range: null, description: '', editors: ['a@b.ru'], unprotected: [], warningOnly: true };
        expect(() => s.setProtections([p])).toThrow(/предупреждение/);
        expect(() =>
          s.setProtections([{ ...p, range: 'A1', editors: [], warningOnly: false, unprotected: ['B2'] }]),
        ).toThrow(/всего листа/);
      });

      it('freezes rows and columns', async () => {
        const { wb, s } = await start();
        expect(s.readFrozen()).toEqual({ rows: 0, cols: 0 });
        s.setFrozen(2, 1);
        expect((await back(wb, 'Школа 1')).readFrozen()).toEqual({ rows: 2, cols: 1 });
        expect(() => s.setFrozen(-1, 0)).toThrow(/закреплённые строки/);
      });

      it('sets column widths in pixels; others keep the 100 px default', async () => {
        const { wb, s } = await start();
        s.setColumnWidths(2, [120, 40, 300, 300]);
        const r = await back(wb, 'Школа 1');
        expect(r.readColumnWidths(1, 6)).toEqual([100, 120, 40, 300, 300, 100]);
        expect(() => s.setColumnWidths(0, [10])).toThrow(/номер первого столбца/);
        expect(() => s.setColumnWidths(1, [10.5])).toThrow(/ширина столбцов/);
      });

      it('replaces and reads back charts', async () => {
        const { wb, s } = await start();
        const charts: ChartSpec[] = [
          { kind: 'line', title: 'Доля «2» по ВПР, %', range: 'A1:D6', anchor: 'F2', width: 600, height: 371 },
          { kind: 'column', title: 'Участники', range: 'A10:B14', anchor: 'F20' },
        ];
        s.setCharts([{ kind: 'column', title: 'старая', range: 'A1:B2', anchor: 'D1' }]);
        s.setCharts(charts);
        const r = await back(wb, 'Школа 1');
        expect(r.readCharts()).toEqual(charts);
        s.setCharts([]);
        expect((await back(wb, 'Школа 1')).readCharts()).toEqual([]);
        expect(() => s.setCharts([{ ...charts[1]!, anchor: 'F2:G3' }])).toThrow(/нужна одна ячейка/);
      });
    });

    describe('call counting', () => {
      const big = <T>(fill: (i: number, j: number) => T): T[][] =>
        Array.from({ length: 200 }, (_, i) => Array.from({ length: 30 }, (_, j) => fill(i, j)));
      /** Calls spent by `op`. */
      const cost = (wb: Workbook, op: () => unknown) => {
        const before = wb.calls();
        op();
        return wb.calls() - before;
      };

      it('costs the same for a 1×1 and a 200×30 block', async () => {
        const { wb, s } = await start();
        s.write('AD250', [[0]]); // grow the sheet first (column 30, row 250): growing may cost extra calls
        const pairs: [string, () => unknown, () => unknown][] = [
          [
            'write',
            () => s.write('A1', [[1]]),
            () =>
              s.write(
                'A1',
                big((i, j) => i * j),
              ),
          ],
          ['read', () => s.read('A1'), () => s.read('A1:AD200')],
          ['readFormulas', () => s.readFormulas('A1'), () => s.readFormulas('A1:AD200')],
          [
            'setNumberFormats',
            () => s.setNumberFormats('A1', [['0']]),
            () =>
              s.setNumberFormats(
                'A1',
                big(() => '0.0'),
              ),
          ],
          [
            'setBackgrounds',
            () => s.setBackgrounds('A1', [['#ffffff']]),
            () =>
              s.setBackgrounds(
                'A1',
                big(() => '#fafafa'),
              ),
          ],
          [
            'setNotes',
            () => s.setNotes('A1', [['н']]),
            () =>
              s.setNotes(
                'A1',
                big(() => 'н'),
              ),
          ],
          ['readBackgrounds', () => s.readBackgrounds('A1'), () => s.readBackgrounds('A1:AD200')],
          ['readNumberFormats', () => s.readNumberFormats('A1'), () => s.readNumberFormats('A1:AD200')],
          ['readNotes', () => s.readNotes('A1'), () => s.readNotes('A1:AD200')],
          [
            'style',
            () => s.style(['A1'], { bold: true, background: '#eeeeee' }),
            () =>
              s.style(
                Array.from({ length: 40 }, (_, i) => `A${i + 1}:AD${i + 1}`),
                { bold: true, background: '#eeeeee' },
              ),
          ],
          [
            'setValidation',
            () => s.setValidation(['A1'], { rule: { kind: 'number' }, help: '', strict: true }),
            () => s.setValidation(['A1:AD200'], { rule: { kind: 'number' }, help: '', strict: true }),
          ],
        ];
        for (const [what, small, large] of pairs) {
          small(); // warm-up: an adapter may fetch and cache facts once (dimensions, time zone)
          const c1 = cost(wb, small);
          const c2 = cost(wb, large);
          expect(c1, what).toBeGreaterThan(0);
          expect(c2, what).toBe(c1);
        }
      });
    });
  });
}
