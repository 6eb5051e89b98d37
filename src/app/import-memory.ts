// This file remembers how report rows map to schools, so the next import matches without asking.
// Logins (edu…, older sch…) go into the `Школы` column «Логины ФИС ОКО», where people see and edit
// them (one read and one write of that column). Rows without a login (regional ЕГЭ/ОГЭ tables name
// schools only) go into the service tab «Сопоставление школ»: key, name as in the report, school code.
import { rangeA1 } from '../core/a1';
import { SCHOOL_COLS, type SchoolRow } from '../core/config/schools-tab';
import { text } from '../core/config/cells';
import { SchoolMapping } from '../core/import';
import { MAPPING_COLUMNS, MAPPING_TAB } from '../core/text/import-app';
import { TAB } from '../core/text/config';
import type { Workbook } from '../sheets/port';
import { appendRows, createTab } from './write-tab';

/** The remembered mappings; a later row for the same key wins (the user may add a corrected one). */
export function readMappings(wb: Workbook): SchoolMapping {
  const grid = wb.sheet(MAPPING_TAB)?.read() ?? [];
  const out: Record<string, string> = {};
  for (const row of grid.slice(1)) {
    const key = text(row[0] ?? null);
    const code = text(row[2] ?? null);
    if (/^(name|login):./.test(key) && code !== '') out[key] = code;
  }
  return SchoolMapping.parse(out);
}

export function rememberMappings(
  wb: Workbook,
  entries: readonly { key: string; name: string; school: string }[],
  at: string,
  user: string,
): void {
  if (entries.length === 0) return;
  const rows = entries.map((e) => [e.key, e.name, e.school, at, user]);
  const sheet = wb.sheet(MAPPING_TAB);
  if (sheet === null)
    createTab(wb, { name: MAPPING_TAB, columns: MAPPING_COLUMNS, rows, frozenRows: 1, frozenCols: 0 });
  else appendRows(sheet, rows, MAPPING_COLUMNS.length);
}

/** Adds each login to its school's cell of «Логины ФИС ОКО»; returns how many were added. */
export function storeLogins(
  wb: Workbook,
  schools: readonly SchoolRow[],
  logins: readonly { school: string; login: string }[],
): number {
  const rowOf = new Map(schools.map((s) => [s.school.code, s]));
  const additions = new Map<number, string[]>();
  for (const { school, login } of logins) {
    const s = rowOf.get(school);
    if (s === undefined) continue;
    const known = [...s.school.logins, ...(additions.get(s.row) ?? [])].map((l) => l.toLowerCase());
    if (!known.includes(login.toLowerCase())) additions.set(s.row, [...(additions.get(s.row) ?? []), login]);
  }
  const sheet = wb.sheet(TAB.schools);
  if (additions.size === 0 || sheet === null) return 0;
  const last = Math.max(...additions.keys());
  const range = rangeA1(2, SCHOOL_COLS.logins, last - 1, 1);
  const read = sheet.read(range);
  const column = Array.from({ length: last - 1 }, (_, i) => [read[i]?.[0] ?? null]);
  for (const [row, added] of additions) {
    const current = text(column[row - 2]?.[0] ?? null);
    column[row - 2] = [[current, ...added].filter((x) => x !== '').join(', ')];
  }
  sheet.write(rangeA1(2, SCHOOL_COLS.logins), column);
  return [...additions.values()].reduce((n, a) => n + a.length, 0);
}
