// This file builds the add-on menu. It runs in AuthMode.NONE (before the user has authorised the add-on),
// so it touches nothing but the UI: no spreadsheet, properties or user.
import { MENU } from '../../core/text/ui';
import type * as Main from '../main';

/** Menu items: label and the top-level function it runs. */
export const MENU_ITEMS: readonly (readonly [label: string, functionName: keyof typeof Main])[] = [
  [MENU.open, 'showSidebar'],
  [MENU.setup, 'showSidebar'],
  [MENU.submissions, 'menuCheckSubmissions'],
  [MENU.report, 'menuBuildReport'],
  [MENU.roadmaps, 'menuGenerateRoadmaps'],
  [MENU.import, 'showSidebar'],
];

export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [label, functionName] of MENU_ITEMS) menu.addItem(label, functionName);
  menu.addToUi();
}
