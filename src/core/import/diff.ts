// This file compares rows about to be imported with what `Данные` already holds, so the UI can show
// new values, unchanged ones (a re-import adds nothing) and conflicts side by side — nothing is
// overwritten silently. The latest version of each (year, school, field) is what a row is compared to.
import type { FieldValue } from '../fields';
import type { DataRow } from '../schools';
import { keyOfSource } from './provenance';

export interface Conflict {
  year: number;
  school: string;
  field: string;
  existing: FieldValue;
  imported: FieldValue;
  existingSource: string;
  row: DataRow;
}

export interface ImportDiff {
  new: DataRow[];
  unchanged: DataRow[];
  conflicts: Conflict[];
  /** True when `Данные` already holds rows from an import with the same key (the same content). */
  alreadyImported: boolean;
}

/** Equal values; floats compared at 12 significant digits (71.099999999999994 is 71.1, note §6.3). */
function same(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Number(a.toPrecision(12)) === Number(b.toPrecision(12));
  return a === b;
}

export function diffAgainstExisting(rows: readonly DataRow[], existing: readonly DataRow[]): ImportDiff {
  const latest = new Map<string, DataRow>();
  for (const e of existing) {
    const id = `${e.year}\u0000${e.school}\u0000${e.field}`;
    const prev = latest.get(id);
    if (prev === undefined || e.version >= prev.version) latest.set(id, e);
  }
  const keys = new Set(rows.map((r) => keyOfSource(r.source)).filter((k) => k !== null));
  const diff: ImportDiff = {
    new: [],
    unchanged: [],
    conflicts: [],
    alreadyImported: existing.some((e) => keys.has(keyOfSource(e.source) ?? '')),
  };
  for (const row of rows) {
    const prev = latest.get(`${row.year}\u0000${row.school}\u0000${row.field}`);
    // A stored «нет данных» is no value to protect: the import fills the gap.
    if (prev === undefined || prev.value === null) diff.new.push(row);
    else if (same(prev.value, row.value)) diff.unchanged.push(row);
    else {
      diff.conflicts.push({
        year: row.year,
        school: row.school,
        field: row.field,
        existing: prev.value,
        imported: row.value,
        existingSource: prev.source,
        row,
      });
    }
  }
  return diff;
}
