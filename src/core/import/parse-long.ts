// This file parses the plain long table «Год | Код школы | Код поля | Значение» (CSV or a sheet) that
// methodologists fill for everything without a dedicated layout; one block per year. The school cell
// is a registry code or a ФИС ОКО login, so the row carries it as both when it looks like a login.
import type { CellValue, Grid } from '../../sheets/port';
import { FieldCode } from '../fields';
import { importText, REPORT_LABELS } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText, dataRowIndexes, findColumn } from './cells';
import { isSchoolLogin } from './hierarchy';
import { readCount, readScore } from './read-cell';
import { failed, type ImportedBlock, type ImportedRow, type ImportIssue, type ParseResult } from './types';

export interface LongColumns {
  year: number;
  school: number;
  field: number;
  value: number;
}

const SCHOOL_HEADERS = new Set(['код школы', 'школа', 'код оо', 'оо', 'логин', 'логин оо']);
const FIELD_HEADERS = new Set(['код поля', 'поле']);

export function longColumns(row: readonly CellValue[] | undefined): LongColumns | null {
  const cols = {
    year: findColumn(row, (t) => t === 'год'),
    school: findColumn(row, (t) => SCHOOL_HEADERS.has(t)),
    field: findColumn(row, (t) => FIELD_HEADERS.has(t)),
    value: findColumn(row, (t) => t === 'значение'),
  };
  return Object.values(cols).every((c) => c >= 0) ? cols : null;
}

interface Entry {
  row: ImportedRow;
  cells: Map<string, string>;
}

export function parseLong(grid: Grid, headerRow: number): ParseResult {
  const cols = longColumns(grid[headerRow]);
  if (cols === null) return failed([{ message: importText.unknownReport }]);
  const lines = dataRowIndexes(grid, headerRow);
  if (lines.length === 0) return failed([{ message: importText.empty(REPORT_LABELS['long-table']) }]);
  const errors: ImportIssue[] = [];
  const years = new Map<number, Map<string, Entry>>();
  for (const r of lines) {
    const school = cellText(cellAt(grid, r, cols.school));
    const field = cellText(cellAt(grid, r, cols.field));
    const yearRead = readCount(grid, { row: r, col: cols.year, rowLabel: school, column: 'Год' });
    const year = yearRead.ok ? yearRead.value : null;
    if (year === null || year < 1990 || year > 2100) {
      errors.push({
        message: importText.longYear(a1(r, cols.year), cellText(cellAt(grid, r, cols.year))),
        cell: a1(r, cols.year),
      });
      continue;
    }
    if (school === '') {
      errors.push({ message: importText.longSchool(a1(r, cols.school)), cell: a1(r, cols.school) });
      continue;
    }
    if (!FieldCode.safeParse(field).success) {
      errors.push({ message: importText.longField(a1(r, cols.field), field), cell: a1(r, cols.field) });
      continue;
    }
    const value = readScore(grid, { row: r, col: cols.value, rowLabel: school, column: field });
    if (!value.ok) {
      errors.push(value.issue);
      continue;
    }
    const bySchool = years.get(year) ?? new Map<string, Entry>();
    years.set(year, bySchool);
    const entry = bySchool.get(school) ?? { row: newRow(school, r), cells: new Map<string, string>() };
    bySchool.set(school, entry);
    const earlier = entry.cells.get(field);
    if (earlier !== undefined && entry.row.values[field] !== value.value) {
      errors.push({
        message: importText.longDuplicate(a1(r, cols.value), earlier, school, field),
        cell: a1(r, cols.value),
      });
      continue;
    }
    entry.cells.set(field, a1(r, cols.value));
    entry.row.values[field] = value.value;
  }
  if (errors.length > 0) return failed(errors);
  const blocks: ImportedBlock[] = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, bySchool]) => ({
      reportType: 'long-table',
      year,
      procedure: null,
      subject: null,
      grade: null,
      rows: [...bySchool.values()].map((e) => e.row),
      warnings: [],
    }));
  return { ok: true, blocks, warnings: [] };
}

function newRow(school: string, r: number): ImportedRow {
  return {
    kind: 'school',
    name: school,
    code: school,
    ...(isSchoolLogin(school) ? { login: school.toLowerCase() } : {}),
    line: r + 1,
    values: {},
  };
}
