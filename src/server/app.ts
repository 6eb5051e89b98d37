// This file is the composition root: the one place that wires the Apps Script adapter to the handlers.
// The workbook is opened lazily, on the first handler that needs it, never in onOpen (which runs in
// AuthMode.NONE, where SpreadsheetApp.getActiveSpreadsheet() is not allowed for an add-on).
import { createAppsScriptWorkbook } from '../sheets/appsscript';
import type { Workbook } from '../sheets/port';

export interface App {
  workbook(): Workbook;
}

/** An App that opens its workbook once, on first use. */
export function lazyApp(open: () => Workbook): App {
  let opened: Workbook | null = null;
  return {
    workbook: () => (opened ??= open()),
  };
}

export const app: App = lazyApp(() => createAppsScriptWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
