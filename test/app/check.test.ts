// Tests «Проверить сдачу» on the in-memory workbook: statuses, the coordinator's decision, changes after
// submission, problems with cells, and that only the status block of `Школы` is written.
import { describe, expect, it } from 'vitest';
import { checkSubmissions, type RunContext } from '../../src/app/check';
import { setupMonitoring } from '../../src/app/setup';
import { createMemoryWorkbook } from '../../src/sheets/memory';
import { smallProgram } from '../core/template/fixture';

const program = smallProgram();
const run: RunContext = {
  now: '2024-06-10 12:00',
  user: 'uo@example.org',
  presets: (id) => (id === program.id ? program : undefined),
};

function workbook() {
  const wb = createMemoryWorkbook();
  setupMonitoring(wb, program, {
    presetId: program.id,
    municipality: 'Тестовый район',
    year: 2024,
    mode: 'tabs',
    schools: [
      { code: '01', name: 'СОШ № 1' },
      { code: '02', name: 'ООШ № 2' },
      { code: '03', name: 'СОШ № 3' },
      { code: '04', name: 'СОШ № 4' },
    ],
  });
  // 01: complete and submitted; 02: partial with a text in a count cell; 03: untouched; 04: tab renamed
  const s1 = wb.sheet('Школа 01')!;
  s1.write('D9', [[27, 9, 10, 5, 3]]);
  s1.write('D10', [[12]]);
  s1.write('D14', [[300]]);
  s1.write('D19', [[25], [10]]);
  s1.write('B5', [['сдано']]);
  wb.sheet('Школа 02')!.write('D14', [['триста']]);
  wb.renameSheet('Школа 04', 'Школа 4 (старая)');
  return wb;
}

describe('checkSubmissions', () => {
  it('gives each school its status and problems with cells', () => {
    const wb = workbook();
    const r = checkSubmissions(wb, run);
    expect(r.rows.map((x) => [x.school, x.status, x.filledPercent])).toEqual([
      ['01', 'сдано', 100], // 4 of 4 required fields
      ['02', 'заполняется', 0], // started: its only entry is invalid, so 0 of 4 required filled
      ['03', 'не начато', 0],
      ['04', 'нет листа', 0],
    ]);
    const p2 = r.rows[1]!.problems.find((p) => p.code === 'not_a_number');
    expect(p2).toMatchObject({ school: '02', field: 'pupils.total', cell: "'Школа 02'!D14" });
    expect(r.rows[3]!.problems[0]?.message).toContain('не найден лист «Школа 04»');
    expect(r.summary).toBe(`Проверено школ: 4, сдали: 1, ошибок: ${r.rows.reduce((n, x) => n + x.problems.length, 0)}`);
  });

  it('writes only the status block of Школы, and logs the run', () => {
    const wb = workbook();
    const before = wb.sheet('Школы')!.read('A1:K5');
    checkSubmissions(wb, run);
    expect(wb.sheet('Школы')!.read('A1:K5')).toEqual(before);
    expect(wb.sheet('Школы')!.read('L2:N5')).toEqual([
      ['сдано', 100, 0],
      ['заполняется', 0, 1],
      ['не начато', 0, 0],
      ['нет листа', 0, 1],
    ]);
    const log = wb.sheet('Журнал')!.read();
    expect(log[1]?.slice(0, 3)).toEqual(['2024-06-10 12:00', 'uo@example.org', 'Проверить сдачу']);
  });

  it('logs exactly the service calls the check made, its own log row included', () => {
    const wb = workbook();
    const before = wb.calls();
    const r = checkSubmissions(wb, run);
    const spent = wb.calls() - before;
    expect(r.calls).toBe(spent);
    expect(wb.sheet('Журнал')!.read()[1]?.[6]).toBe(spent);
  });

  it('follows the coordinator decision made after submission, and a change after submission', () => {
    const wb = workbook();
    checkSubmissions(wb, run);
    wb.sheet('Школы')!.write('J2', [['на доработке']]);
    expect(checkSubmissions(wb, run).rows[0]?.status).toBe('на доработке');
    // the school switches back, fixes and resubmits: «сдано» again until the coordinator decides
    wb.sheet('Школа 01')!.write('B5', [['заполняется']]);
    expect(checkSubmissions(wb, run).rows[0]?.status).toBe('заполняется');
    wb.sheet('Школа 01')!.write('D14', [[301]]);
    wb.sheet('Школа 01')!.write('B5', [['сдано']]);
    expect(checkSubmissions(wb, run).rows[0]?.status).toBe('сдано');
    wb.sheet('Школы')!.write('J2', [['принято']]);
    expect(checkSubmissions(wb, run).rows[0]?.status).toBe('принято');
    // editing while «сдано» is noticed
    wb.sheet('Школа 01')!.write('D14', [[302]]);
    expect(checkSubmissions(wb, run).rows[0]?.status).toBe('изменено после сдачи');
  });

  it('highlights the status rows with conditional formatting', () => {
    const wb = workbook();
    checkSubmissions(wb, run);
    const rules = wb.sheet('Школы')!.readConditionalRules();
    expect(rules).toHaveLength(3);
    expect(rules.every((x) => x.ranges[0] === 'A2:P2000')).toBe(true);
    expect(rules[1]?.when).toMatchObject({ kind: 'formula' });
    expect(JSON.stringify(rules[1]?.when)).toContain('INDIRECT(\\"Настройки!B9\\")');
  });
});
