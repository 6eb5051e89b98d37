// Tests the properties of «Собрать отчёт» on a tula-2022 fixture: a second build on the same inputs
// rebuilds identical output tabs (timestamps aside) and adds no `Данные` rows; input tabs are never
// written; a school with input errors is counted with its valid fields or left out, as `Настройки`
// says; a school whose tab was renamed is reported and the others still get their report.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/app/report';
import { findPreset } from '../../src/core/presets';
import type { Workbook } from '../../src/sheets/port';
import { toA1 } from '../../src/core/a1';
import {
  dumpTabs,
  fillTemplate,
  includeSchoolsWithErrors,
  monitoringWorkbook,
  noteLines,
  reportRun,
  summaryView,
  templateCells,
} from './helpers/monitoring';

const program = findPreset('tula-2022')!;
const Y = 2023;
const OUTPUT = ['Свод', 'Динамика', 'Справка', 'Данные'];
const INPUT = ['Настройки', 'Школы', 'Показатели', 'Правила', 'Поля', 'Школа T1', 'Школа T2', 'Школа T3'];

/** T1 clean, T2 with one bad cell (2.2's numerator typed as words), T3 clean. */
function workbook(): Workbook {
  const wb = monitoringWorkbook(program, Y, [
    { code: 'T1', name: 'СОШ № 1', category: 'ШНОР' },
    { code: 'T2', name: 'СОШ № 2', category: 'ШНОР' },
    { code: 'T3', name: 'СОШ № 3', category: 'ШНОР' },
  ]);
  fillTemplate(wb, program, 'T1', Y, { 'staff.pedagogues': 20, 'staff.learning_events': 10, 'staff.pk_done': 5 });
  fillTemplate(wb, program, 'T2', Y, {
    'staff.pedagogues': 30,
    'staff.learning_events': 15,
    'staff.pk_done': { raw: 'двадцать' },
  });
  fillTemplate(wb, program, 'T3', Y, { 'staff.pedagogues': 50, 'staff.learning_events': 20, 'staff.pk_done': 25 });
  return wb;
}

describe('«Собрать отчёт» properties', () => {
  it('is idempotent: the second build rebuilds the same tabs and adds no rows to Данные', () => {
    const wb = workbook();
    const first = buildReport(wb, reportRun(program));
    const after1 = dumpTabs(wb, OUTPUT);
    const second = buildReport(wb, reportRun(program, { now: '2023-06-21 08:30' }));
    const after2 = dumpTabs(wb, OUTPUT);
    expect(first.summary.rowsAdded).toBe(8); // T1 3 + T2 2 (the bad cell is not a value) + T3 3
    expect(second.summary.rowsAdded).toBe(0);
    // the only difference: the build time in the second line of Справка
    const time = (d: Record<string, unknown>) => (d['Справка'] as { values: unknown[][] }).values[1]?.[0];
    expect(time(after1)).toContain('2023-06-20 10:00');
    expect(time(after2)).toContain('2023-06-21 08:30');
    (after2['Справка'] as { values: unknown[][] }).values[1] = (after1['Справка'] as { values: unknown[][] })
      .values[1] as unknown[];
    expect(after2).toEqual(after1);
    // and the log got one row per build
    expect(
      wb
        .sheet('Журнал')!
        .read()
        .map((r) => r[2]),
    ).toEqual(['Действие', 'Собрать отчёт', 'Собрать отчёт']);
  });

  it('never writes an input tab', () => {
    const wb = workbook();
    const before = dumpTabs(wb, INPUT);
    buildReport(wb, reportRun(program));
    expect(dumpTabs(wb, INPUT)).toEqual(before);
  });

  it('«Учитывать школы с ошибками» = Да: the school counts with its valid fields', () => {
    const wb = workbook();
    const out = buildReport(wb, reportRun(program));
    const v = summaryView(wb);
    const pk = templateCells(program, Y).get('staff.pk_done')!;
    expect(out.problems.filter((p) => p.severity === 'error').map((p) => [p.school, p.field, p.cell])).toEqual([
      ['T2', 'staff.pk_done', `'Школа T2'!${toA1(pk.row, pk.col)}`],
    ]);
    expect(v.cell('T2', 'submitted')).toBe('сдано, ошибок: 1');
    // 2.1 takes T2: (10 + 15 + 20)/(20 + 30 + 50) = 45/100; 2.2 cannot: (5 + 25)/(20 + 50) = 30/70
    expect(v.cell('МО', '2.1')).toBe(45);
    expect(v.cell('T2', '2.2')).toBe('нет данных');
    expect(v.cell('МО', '2.2')).toBeCloseTo((30 / 70) * 100, 9);
    expect(noteLines(wb)).toContain(
      'Представили данные с ошибками (в скобках — число ошибок; ошибочные значения не учтены): СОШ № 2 (1).',
    );
  });

  it('«Учитывать школы с ошибками» = Нет: the school is left out until fixed', () => {
    const wb = workbook();
    includeSchoolsWithErrors(wb, false);
    const out = buildReport(wb, reportRun(program));
    const v = summaryView(wb);
    expect(v.cell('T2', 'submitted')).toBe('не учтено: ошибок 1');
    expect(v.cell('T2', '2.1')).toBe('нет данных');
    // 2.1 without T2: (10 + 20)/(20 + 50) = 30/70
    expect(v.cell('МО', '2.1')).toBeCloseTo((30 / 70) * 100, 9);
    expect(out.summary.rowsAdded).toBe(6); // T1 3 + T3 3: nothing of T2 is stored
    expect(
      wb
        .sheet('Данные')!
        .read()
        .some((r) => r[1] === 'T2'),
    ).toBe(false);
    expect(out.summary.text).toContain('не вошли в отчёт из-за ошибок: 1');
    expect(noteLines(wb)).toContain(
      'Не вошли в отчёт до исправления ошибок (настройка «Учитывать школы с ошибками» — «Нет»; в скобках — число ошибок): СОШ № 2 (1).',
    );
  });

  it('a school whose tab was renamed is reported; the others get their report', () => {
    const wb = workbook();
    wb.renameSheet('Школа T3', 'T3 старый');
    const out = buildReport(wb, reportRun(program));
    const v = summaryView(wb);
    expect(out.problems.find((p) => p.school === 'T3')?.code).toBe('sheet_missing');
    expect(out.summary.schoolsRead).toBe(2);
    expect(v.cell('T3', 'submitted')).toBe('не сдано');
    // 2.1 over T1 and T2: (10 + 15)/(20 + 30) = 50 %
    expect(v.cell('МО', '2.1')).toBe(50);
    expect(noteLines(wb)).toContain('Не представили данные: СОШ № 3.');
  });
});
