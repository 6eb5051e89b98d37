// This file runs the coordinator's whole flow through the built dist/Code.js in the Apps Script-like vm,
// over the fake SpreadsheetApp: set up a monitoring, a school fills its tab, check the submissions,
// build the report — the same top-level functions google.script.run calls.
import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheetApp } from '../fakes/spreadsheet-app';
import { loadBundle } from '../harness/gas';

const setup = {
  presetId: 'strezhevoy-2023',
  municipality: 'ГО Стрежевой',
  year: 2024,
  mode: 'tabs',
  schools: [
    { code: 'S1', name: 'СОШ № 1', category: 'ШНОР', email: 'sch1@example.org' },
    { code: 'S2', name: 'СОШ № 2' },
  ],
};

function sandbox() {
  const fake = createFakeSpreadsheetApp();
  const gas = loadBundle({ globals: { SpreadsheetApp: fake.SpreadsheetApp } });
  return { fake, gas };
}

/** Plain JSON of a result from the vm realm. */
const json = <T>(x: unknown): T => JSON.parse(JSON.stringify(x)) as T;

describe('the coordinator flow through dist/Code.js', () => {
  it('sets up the monitoring, checks submissions and builds the report', () => {
    const { fake, gas } = sandbox();
    const created = json<{ created: string[]; updated: string[]; warnings: string[] }>(
      gas.call('setupMonitoring', setup),
    );
    expect(created.created).toEqual([
      'Настройки',
      'Школы',
      'Показатели',
      'Правила',
      'Поля',
      'Данные',
      'Журнал',
      'Школа S1',
      'Школа S2',
    ]);
    expect(created.warnings).toEqual([]);

    // the school types a text into its first count cell (ВПР русский язык 4 кл.: участников, D9) and marks the form submitted
    const s1 = fake.spreadsheet.getSheetByName('Школа S1');
    s1?.getRange('D9').setValue('двадцать');
    s1?.getRange('B5').setValue('сдано');
    const board = json<{
      rows: { school: string; status: string; problems: { cell: string; sheet: string; message: string }[] }[];
    }>(gas.call('checkSubmissions'));
    expect(board.rows.map((r) => [r.school, r.status])).toEqual([
      ['S1', 'сдано'],
      ['S2', 'не начато'],
    ]);
    expect(board.rows[0]?.problems.find((p) => p.cell === 'D9')).toMatchObject({ sheet: 'Школа S1' });

    const report = json<{ schoolsRead: number; text: string; calls: number }>(gas.call('buildReport'));
    expect(report.schoolsRead).toBe(2);
    expect(report.calls).toBeGreaterThan(0);
    const summary = fake.spreadsheet.getSheetByName('Свод');
    expect(summary?.getRange('A1:B2').getValues()).toEqual([
      ['school', 'name'],
      ['Код', 'Школа'],
    ]);
    expect(fake.spreadsheet.getSheetByName('Справка')?.getRange('A1').getValue()).toContain('Аналитическая справка');
    const log = fake.spreadsheet.getSheetByName('Журнал')?.getDataRange().getValues() ?? [];
    expect(log.slice(1).map((r) => [r[1], r[2]])).toEqual([
      ['methodist@example.org', 'Проверить сдачу'],
      ['methodist@example.org', 'Собрать отчёт'],
    ]);
  });

  it('refuses an unknown preset in Russian and creates nothing', () => {
    const { fake, gas } = sandbox();
    let message = '';
    try {
      gas.call('setupMonitoring', { ...setup, presetId: 'moscow-2030' });
    } catch (error) {
      message = String((error as { message?: unknown }).message);
    }
    expect(message).toBe(
      'Проверьте введённые данные: Нет программы мониторинга с кодом «moscow-2030». Выберите программу из списка. [INVALID_INPUT]',
    );
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
  });
});
