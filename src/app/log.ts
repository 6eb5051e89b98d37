// This file appends a row to `Журнал` for every action: who, when, how long, schools read, errors,
// and the number of spreadsheet service calls the action made.
import type { Workbook } from '../sheets/port';
import { TAB } from '../core/text/config';

export const LOG_HEADER = [
  'Когда',
  'Кто',
  'Действие',
  'Длительность, мс',
  'Школ прочитано',
  'Ошибок',
  'Обращений к таблице',
  'Итог',
] as const;

export interface LogEntry {
  at: string;
  user: string;
  action: string;
  ms: number;
  schools: number;
  errors: number;
  /** wb.calls() when the action started. */
  callsBefore: number;
  summary: string;
}

/**
 * Appends one row (creating the tab if needed). The calls it records are every service call of the
 * action, this log row's own writes included; returns that number.
 */
export function appendLog(wb: Workbook, e: LogEntry): number {
  const sheet = wb.sheet(TAB.log) ?? wb.addSheet(TAB.log);
  const last = sheet.size().rows;
  const calls = wb.calls() - e.callsBefore + (last === 0 ? 2 : 1);
  if (last === 0) sheet.write('A1', [[...LOG_HEADER]]);
  sheet.write(`A${Math.max(last, 1) + 1}`, [[e.at, e.user, e.action, e.ms, e.schools, e.errors, calls, e.summary]]);
  return calls;
}
