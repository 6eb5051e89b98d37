// Tests that «Собрать отчёт» is batched: its spreadsheet calls are a + b·schools, where b is the
// school's tab lookup plus one read of it, and the count does not move when more cells are filled
// or the program has more indicators (output tabs are written in a fixed number of calls).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/app/report';
import type { FieldValue } from '../../src/core/fields';
import { Program } from '../../src/core/program';
import { tula2022 } from '../../src/core/presets/tula-2022';
import { fillTemplate, monitoringWorkbook, reportRun } from './helpers/monitoring';

const Y = 2023;
const tula = Program.parse(tula2022);
/** The same program with every indicator twice (codes «Д-…»): more columns, rules, notes, formats. */
const tulaDoubled = Program.parse({
  ...tula2022,
  indicators: [...tula2022.indicators, ...tula2022.indicators.map((i) => ({ ...i, code: `Д-${i.code}` }))],
});

const FEW: Record<string, FieldValue> = { 'staff.pedagogues': 20, 'staff.learning_events': 10 };
/** Every ВПР cell of grades 4–8 in Russian and maths (5 × 2 × 5 cells) on top of FEW. */
const MANY: Record<string, FieldValue> = {
  ...FEW,
  ...Object.fromEntries(
    [4, 5, 6, 7, 8].flatMap((g) =>
      ['rus', 'math'].flatMap((s) => [
        [`vpr.${s}.${g}.n`, 20],
        [`vpr.${s}.${g}.m2`, 2],
        [`vpr.${s}.${g}.m3`, 8],
        [`vpr.${s}.${g}.m4`, 6],
        [`vpr.${s}.${g}.m5`, 4],
      ]),
    ),
  ),
};

/** Port calls made by one build over `n` submitted schools. */
function callsFor(program: Program, n: number, values: Record<string, FieldValue>): number {
  const codes = Array.from({ length: n }, (_, i) => `S${i + 1}`);
  const wb = monitoringWorkbook(
    program,
    Y,
    codes.map((code) => ({ code, name: `Школа ${code}`, category: 'ШНОР' })),
  );
  for (const code of codes) fillTemplate(wb, program, code, Y, values);
  const before = wb.calls();
  const out = buildReport(wb, reportRun(program));
  expect(out.summary.schoolsRead).toBe(n);
  expect(out.summary.rowsAdded).toBeGreaterThan(0);
  return wb.calls() - before;
}

describe('«Собрать отчёт» call count', () => {
  // per school: wb.sheet('Школа …') to find its tab + sheet.read() of the whole tab = 2 calls
  const B = 2;
  const c10 = callsFor(tula, 10, FEW);
  const c60 = callsFor(tula, 60, FEW);

  it('grows by one tab lookup and one read per school', () => {
    expect(c60 - c10).toBe(50 * B);
    expect(callsFor(tula, 35, FEW) - c10).toBe(25 * B);
    // what is left is a constant: config tabs, Данные, three output tabs, the log
    expect(c10 - 10 * B).toBe(c60 - 60 * B);
    expect(c10 - 10 * B).toBeLessThan(80);
  });

  it('does not grow with the number of filled cells', () => {
    // FEW is 2 cells per school, MANY 52
    expect(callsFor(tula, 10, MANY)).toBe(c10);
  });

  it('does not grow with the number of indicators', () => {
    expect(tulaDoubled.indicators).toHaveLength(2 * tula.indicators.length);
    expect(callsFor(tulaDoubled, 10, FEW)).toBe(c10);
  });
});
