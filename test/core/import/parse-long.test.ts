// Tests the plain long table «Год | Код школы | Код поля | Значение»: one block per year, logins told
// apart from registry codes, «нет данных» kept, and every bad cell refused by its address.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/import/parse-report';

const header = ['Год', 'Код школы', 'Код поля', 'Значение'];

describe('parse the long table', () => {
  it('groups rows by year and school', () => {
    const r = parseReport([
      header,
      [2025, 'sch01', 'vpr.math.5.n', 50],
      [2025, 'sch01', 'vpr.math.5.m2', '15'],
      [2024, 'edu990002', 'ege.rus.11.mean', '64,5'],
      [2025, 'sch01', 'pupils.total', 'X'],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.blocks.map((b) => [b.reportType, b.year, b.procedure])).toEqual([
      ['long-table', 2024, null],
      ['long-table', 2025, null],
    ]);
    expect(r.blocks[0]?.rows).toEqual([
      {
        kind: 'school',
        name: 'edu990002',
        code: 'edu990002',
        login: 'edu990002',
        line: 4,
        values: { 'ege.rus.11.mean': 64.5 },
      },
    ]);
    expect(r.blocks[1]?.rows).toEqual([
      {
        kind: 'school',
        name: 'sch01',
        code: 'sch01',
        login: 'sch01',
        line: 2,
        values: { 'vpr.math.5.n': 50, 'vpr.math.5.m2': 15, 'pupils.total': null },
      },
    ]);
  });

  it('refuses bad years, field codes, text values and contradicting duplicates, naming each cell', () => {
    const r = parseReport([
      header,
      ['2025 г', 'sch01', 'vpr.math.5.n', 50],
      [2025, 'sch01', 'ВПР математика', 50],
      [2025, 'sch01', 'vpr.math.5.n', 'пятьдесят'],
      [2025, 'ШК-2', 'vpr.math.5.n', 50],
      [2025, 'ШК-2', 'vpr.math.5.n', 51],
    ]);
    expect(r.ok ? [] : r.errors.map((e) => e.cell)).toEqual(['A2', 'C3', 'D4', 'D6']);
  });
});
