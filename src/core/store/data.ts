// This file keeps `Данные`, the append-only long table of every value ever collected: year, school,
// field, value, source, collected at, version. A snapshot appends only what changed, as a new version
// of that school-year; history is never rewritten. The current state is the fold of all versions.
import type { FieldValue } from '../fields';
import type { DataRow, DataSet } from '../schools';
import { cellError, parseNumber, text, type Cell, type CellError } from '../config/cells';
import { TAB } from '../text/config';

export const DATA_HEADER = ['Год', 'Код школы', 'Код поля', 'Значение', 'Источник', 'Собрано', 'Версия'] as const;

/** Source of template submissions; imports use their own source text. */
export const TEMPLATE_SOURCE = 'форма школы';

export function dataRowToCells(r: DataRow): Cell[] {
  return [r.year, r.school, r.field, r.value === null ? '' : r.value, r.source, r.collectedAt, r.version];
}

/** Parses the `Данные` grid (header in row 1). Bad rows are reported with their cell and skipped. */
export function readDataTab(grid: Cell[][]): { rows: DataRow[]; errors: CellError[] } {
  const rows: DataRow[] = [];
  const errors: CellError[] = [];
  grid.slice(1).forEach((r, i) => {
    const row = i + 2;
    if (r.every((c) => text(c) === '')) return;
    const year = parseNumber(r[0] ?? null);
    const version = parseNumber(r[6] ?? null);
    const school = text(r[1] ?? null);
    const field = text(r[2] ?? null);
    if (year === null || !Number.isInteger(year))
      return void errors.push(cellError(TAB.data, row, 1, 'год должен быть целым числом'));
    if (school === '') return void errors.push(cellError(TAB.data, row, 2, 'нет кода школы'));
    if (field === '') return void errors.push(cellError(TAB.data, row, 3, 'нет кода поля'));
    const raw = r[3] ?? null;
    const value: FieldValue = raw === null || raw === '' ? null : raw;
    rows.push({
      year,
      school,
      field,
      value,
      source: text(r[4] ?? null),
      collectedAt: text(r[5] ?? null),
      version: version ?? 1,
    });
  });
  return { rows, errors };
}

/** The latest value of every (school, year, field); a null latest value means it was cleared. */
export function foldData(rows: readonly DataRow[]): DataSet {
  const best = new Map<string, DataRow>();
  for (const r of rows) {
    const k = `${r.school}\u0000${r.year}\u0000${r.field}`;
    const prev = best.get(k);
    if (!prev || r.version >= prev.version) best.set(k, r);
  }
  const out: Record<string, Record<number, Record<string, FieldValue>>> = {};
  for (const r of best.values()) {
    if (r.value === null) continue;
    ((out[r.school] ??= {})[r.year] ??= {})[r.field] = r.value;
  }
  return out;
}

export interface Snapshot {
  school: string;
  year: number;
  values: Readonly<Record<string, FieldValue>>;
  source: string;
  collectedAt: string;
}

/**
 * Rows to append for one source's view of a school-year. A field is written when this source's own
 * latest value differs (so a value chosen from an import is not undone by an unchanged template);
 * a field the same source gave before and now omits is cleared with a null row. Unchanged → no rows.
 */
export function snapshotRows(existing: readonly DataRow[], snap: Snapshot): DataRow[] {
  const mine = existing.filter((r) => r.school === snap.school && r.year === snap.year);
  const version = mine.reduce((m, r) => Math.max(m, r.version), 0) + 1;
  const own = new Map<string, DataRow>();
  for (const r of mine) {
    if (r.source !== snap.source) continue;
    const prev = own.get(r.field);
    if (!prev || r.version >= prev.version) own.set(r.field, r);
  }
  const out: DataRow[] = [];
  const add = (field: string, value: FieldValue) =>
    out.push({
      year: snap.year,
      school: snap.school,
      field,
      value,
      source: snap.source,
      collectedAt: snap.collectedAt,
      version,
    });
  for (const [field, value] of Object.entries(snap.values)) {
    if (value !== null && own.get(field)?.value !== value) add(field, value);
  }
  for (const [field, cur] of own) {
    if (cur.value !== null && (snap.values[field] ?? null) === null) add(field, null);
  }
  return out.sort((a, b) => a.field.localeCompare(b.field));
}
