// This file is the preview's page: the workbook rendering (tab switcher, grid) on the left and the real
// sidebar (dist/sidebar.html in an iframe) in a 300 px panel on the right, as in Google Sheets. The
// page's behaviour is dist/preview.js (client.ts); here is only markup and style, no data.
import { PREVIEW } from '../text';

export const SIDEBAR_WIDTH = 300;

const CSS = `
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; font: 13px/1.35 Arial, "DejaVu Sans", sans-serif; color: #202124; }
  body { display: flex; }
  main { flex: 1; min-width: 0; display: flex; flex-direction: column; }
  header { display: flex; align-items: center; gap: 12px; padding: 6px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  header h1 { font-size: 15px; margin: 0; font-weight: normal; }
  header .file { color: #5f6368; font-size: 12px; }
  #status { margin-left: auto; color: #5f6368; font-size: 12px; }
  #status.error { color: #a50e0e; }
  #grid { flex: 1; overflow: auto; position: relative; background: #fff; }
  #tabs { display: flex; gap: 2px; overflow-x: auto; padding: 0 8px; border-top: 1px solid #dadce0; background: #f1f3f4; min-height: 34px; }
  #tabs button { border: 0; background: transparent; padding: 8px 12px; font: inherit; color: #3c4043; cursor: pointer; white-space: nowrap; }
  #tabs button[aria-selected="true"] { background: #fff; color: #188038; font-weight: bold; box-shadow: inset 0 2px 0 #188038; }
  table { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
  th, td { border-right: 1px solid #e2e3e3; border-bottom: 1px solid #e2e3e3; padding: 2px 4px; height: 21px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; background: #fff; }
  td.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
  td .clip { max-height: 6.9em; overflow: hidden; }
  td .spill { display: block; width: max-content; position: relative; z-index: 1; overflow: hidden; text-overflow: ellipsis; pointer-events: none; }
  td:has(.spill) { overflow: visible; }
  th { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; }
  /* Stacking, low to high: text spilling into empty cells, frozen rows and columns (a cell whose text
     spills sits above its frozen neighbours), row numbers, column letters. */
  td.frozen-row, td.frozen-col { position: sticky; z-index: 2; }
  td.frozen-row:has(.spill), td.frozen-col:has(.spill) { z-index: 3; }
  td.frozen-row.frozen-col { z-index: 4; }
  td.frozen-row.frozen-col:has(.spill) { z-index: 5; }
  th.rowhead { position: sticky; left: 0; z-index: 6; }
  th.rowhead.frozen-row { z-index: 7; }
  thead th { position: sticky; top: 0; z-index: 8; }
  thead th.frozen-col { z-index: 9; }
  thead th.corner { left: 0; z-index: 10; }
  td.note { background-image: linear-gradient(225deg, #ff9800 5px, transparent 5px); }
  td.edit { cursor: cell; }
  td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; }
  td.target { outline: 3px solid #e37400; outline-offset: -3px; }
  td input, td select { width: 100%; font: inherit; border: 0; padding: 0; margin: 0; outline: 2px solid #1a73e8; }
  .empty { padding: 24px; color: #5f6368; }
  .warning { padding: 4px 12px; background: #fef7e0; color: #5f6368; font-size: 12px; }
  aside { width: ${SIDEBAR_WIDTH}px; flex: none; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  aside .title { padding: 10px 12px; font-size: 15px; border-bottom: 1px solid #dadce0; }
  aside iframe { flex: 1; width: ${SIDEBAR_WIDTH}px; border: 0; }
`;

export function pageHtml(file: string): string {
  const escape = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>${escape(PREVIEW.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
  <header><h1>${escape(PREVIEW.title)}</h1><span class="file">${escape(file)}</span><span id="status" role="status"></span></header>
  <div id="warning" class="warning" hidden></div>
  <div id="grid"><p class="empty">${escape(PREVIEW.loading)}</p></div>
  <nav id="tabs" role="tablist" aria-label="${escape(PREVIEW.tabs)}"></nav>
</main>
<aside><div class="title">${escape(PREVIEW.sidebarTitle)}</div><iframe id="sidebar" src="/sidebar" title="${escape(PREVIEW.sidebarTitle)}"></iframe></aside>
<script src="/preview.js"></script>
</body>
</html>
`;
}
