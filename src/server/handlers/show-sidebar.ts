// This file opens the sidebar: dist/sidebar.html, self-contained (the build inlines its script and style).
import { APP_TITLE } from '../../core/text/ui';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(APP_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
