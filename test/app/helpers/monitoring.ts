// This file builds fixture monitoring workbooks for the report tests: set up a preset on the
// in-memory workbook, type a school's values into its template by field code (addresses come from
// buildTemplateLayout, never hard-coded), store earlier years in `Данные` as the long table, and
// read the `Свод` grid by machine codes (header row of codes × column of school codes).
import type { ReportRun } from '../../../src/app/report';
import { schoolSheetName, setupMonitoring } from '../../../src/app/setup';
import { toA1 } from '../../../src/core/a1';
import { settingsRow } from '../../../src/core/config/settings-tab';
import type { FieldValue } from '../../../src/core/fields';
import type { Program } from '../../../src/core/program';
import { dataRowToCells } from '../../../src/core/store/data';
import { buildTemplateLayout } from '../../../src/core/template/layout';
import { createMemoryWorkbook } from '../../../src/sheets/memory';
import type { CellValue, Workbook } from '../../../src/sheets/port';

export interface FixtureSchool {
  code: string;
  name: string;
  category?: string;
  cluster?: string;
}

/** What a school types into a template cell: a field value, or a raw cell (a typo, a text number). */
export type Typed = FieldValue | { raw: CellValue };

export const NOW = '2023-06-20 10:00';

export function reportRun(program: Program, extra: Partial<ReportRun> = {}): ReportRun {
  return {
    now: NOW,
    user: 'uo@example.org',
    presets: (id) => (id === program.id ? program : undefined),
    sparkline: false,
    ...extra,
  };
}

/** A workbook set up for `program` (tab mode) with these schools. */
export function monitoringWorkbook(program: Program, year: number, schools: FixtureSchool[]): Workbook {
  const wb = createMemoryWorkbook();
  setupMonitoring(wb, program, {
    presetId: program.id,
    municipality: program.municipality,
    year,
    mode: 'tabs',
    schools: schools.map((s) => ({
      code: s.code,
      name: s.name,
      ...(s.category ? { category: s.category } : {}),
      ...(s.cluster ? { cluster: s.cluster } : {}),
    })),
  });
  return wb;
}

/** Field code → template cell (row, col) of `program`; the same for every school. */
export function templateCells(program: Program, year: number): Map<string, { row: number; col: number }> {
  const layout = buildTemplateLayout(program, { schoolName: '', schoolCode: '', year });
  return new Map(layout.inputs.map((i) => [i.field.code, { row: i.row, col: i.col }]));
}

/**
 * Types `values` into the school's template as a user would (booleans as «Да»/«Нет») and, unless
 * told otherwise, marks it «сдано». Throws on a field the template has no cell for.
 */
export function fillTemplate(
  wb: Workbook,
  program: Program,
  school: string,
  year: number,
  values: Record<string, Typed>,
  submit = true,
): void {
  const sheet = wb.sheet(schoolSheetName(school));
  if (!sheet) throw new Error(`no template of ${school}`);
  const cells = templateCells(program, year);
  for (const [code, v] of Object.entries(values)) {
    const at = cells.get(code);
    if (!at) throw new Error(`the template of ${program.id} has no field ${code}`);
    const cell: CellValue =
      v !== null && typeof v === 'object' ? v.raw : typeof v === 'boolean' ? (v ? 'Да' : 'Нет') : v;
    sheet.write(toA1(at.row, at.col), [[cell]]);
  }
  if (submit) sheet.write('B5', [['сдано']]);
}

/** Appends a past year of one school to `Данные` (as an import of last year's results would). */
export function storeYear(
  wb: Workbook,
  school: string,
  year: number,
  values: Record<string, FieldValue>,
  source = 'импорт',
): void {
  const sheet = wb.sheet('Данные');
  if (!sheet) throw new Error('no Данные');
  const rows = Object.entries(values).map(([field, value]) =>
    dataRowToCells({ year, school, field, value, source, collectedAt: '2022-09-01 09:00', version: 1 }),
  );
  if (rows.length === 0) return;
  sheet.write(`A${sheet.size().rows + 1}`, rows);
}

/** Sets «Учитывать школы с ошибками» in `Настройки`. */
export function includeSchoolsWithErrors(wb: Workbook, include: boolean): void {
  wb.sheet('Настройки')?.write(`B${settingsRow('includeSchoolsWithProblems')}`, [[include ? 'Да' : 'Нет']]);
}

/** `Свод` read by codes: row 1 holds column codes, column A school codes («МО» = municipality). */
export interface SummaryView {
  grid: CellValue[][];
  codes: string[];
  col(code: string): number;
  row(school: string): number;
  cell(school: string, code: string): CellValue;
  note(school: string, code: string): string;
  target(code: string): CellValue;
  column(code: string): CellValue[];
}

export function summaryView(wb: Workbook): SummaryView {
  const sheet = wb.sheet('Свод');
  if (!sheet) throw new Error('no Свод');
  const grid = sheet.read();
  const codes = (grid[0] ?? []).map((c) => String(c ?? ''));
  const col = (code: string) => {
    const i = codes.indexOf(code);
    if (i < 0) throw new Error(`Свод has no column ${code}: ${codes.join(' | ')}`);
    return i + 1;
  };
  const row = (school: string) => {
    const i = grid.findIndex((r, k) => k >= 3 && r[0] === school);
    if (i < 0) throw new Error(`Свод has no row ${school}`);
    return i + 1;
  };
  return {
    grid,
    codes,
    col,
    row,
    cell: (school, code) => grid[row(school) - 1]?.[col(code) - 1] ?? null,
    note: (school, code) => sheet.readNotes(toA1(row(school), col(code)))[0]?.[0] ?? '',
    target: (code) => grid[2]?.[col(code) - 1] ?? null,
    column: (code) => grid.slice(3).map((r) => r[col(code) - 1] ?? null),
  };
}

/** `Справка` as its lines of text. */
export function noteLines(wb: Workbook): string[] {
  return (wb.sheet('Справка')?.read() ?? []).map((r) => String(r[0] ?? ''));
}

/** Everything the port can read back of the named tabs, for before/after comparisons. */
export function dumpTabs(wb: Workbook, names: string[]): Record<string, unknown> {
  return Object.fromEntries(
    names.map((n) => {
      const s = wb.sheet(n);
      if (!s) return [n, null];
      const size = s.size();
      const range = size.rows > 0 && size.cols > 0 ? `A1:${toA1(size.rows, size.cols)}` : 'A1';
      return [
        n,
        {
          values: s.read(),
          notes: s.readNotes(range),
          backgrounds: s.readBackgrounds(range),
          formats: s.readNumberFormats(range),
          rules: s.readConditionalRules(),
          validations: s.readValidations(),
          protections: s.readProtections(),
          frozen: s.readFrozen(),
          widths: s.readColumnWidths(1, Math.max(size.cols, 1)),
          charts: s.readCharts(),
        },
      ];
    }),
  );
}
