// This file runs an action picked from the add-on menu: a toast with the result's summary on success;
// on failure the error is logged (Stackdriver) and the user gets an alert with the Russian message.
import { describeError } from '../core/text/errors';
import { APP_TITLE } from '../core/text/ui';

const TOAST_SECONDS = 10;

export function runFromMenu<T>(run: () => T, summarize: (result: T) => readonly string[]): void {
  try {
    const lines = summarize(run());
    SpreadsheetApp.getActiveSpreadsheet().toast(lines.join('\n'), APP_TITLE, TOAST_SECONDS);
  } catch (error) {
    console.error(error);
    const ui = SpreadsheetApp.getUi();
    ui.alert(APP_TITLE, describeError(error).message, ui.ButtonSet.OK);
  }
}
