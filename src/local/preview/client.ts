// This file is the preview page's script (bundled to dist/preview.js): it lists the workbook's tabs,
// draws the chosen tab from /api/sheet (values, colours after conditional formatting, notes, frozen
// rows and columns), lets the user type into editable cells (double-click, Enter to save, Esc to
// cancel; dropdowns for list cells) and redraws whenever the sidebar next to it has called the server.
// Server text is set with textContent only.
import { columnLetters, toA1 } from '../../core/a1';
import { PAGE } from '../text';
import type { CellView, SheetView } from './render';

interface BookView {
  sheets: string[];
  active: { sheet: string; range: string | null } | null;
  version: number;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const grid = byId('grid');
const tabs = byId('tabs');
const statusLine = byId('status');
const warning = byId('warning');
const sidebar = byId('sidebar') as HTMLIFrameElement;

let current: string | null = null;
let lastActive = '';

function say(text: string, error = false): void {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', error);
}

async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(((await r.json()) as { message?: string }).message ?? r.statusText);
  return (await r.json()) as T;
}

/** Whether a cell editor is open: a redraw would throw away what the user is typing. */
const editing = () => grid.querySelector('td input, td select') !== null;
let pending = false;

async function refresh(follow: boolean): Promise<void> {
  if (editing()) {
    pending = true;
    return;
  }
  pending = false;
  const book = await getJson<BookView>('/api/book');
  const key = book.active ? `${book.active.sheet}!${book.active.range ?? ''}` : '';
  let target: string | null = null;
  if (book.active && (current === null || (follow && key !== lastActive))) {
    current = book.active.sheet;
    target = book.active.range;
  }
  lastActive = key;
  if (current === null || !book.sheets.includes(current)) current = book.sheets[0] ?? null;
  drawTabs(book.sheets);
  await showSheet(target);
}

function drawTabs(names: string[]): void {
  tabs.replaceChildren(
    ...names.map((name) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(name === current));
      b.textContent = name;
      b.addEventListener('click', () => {
        current = name;
        drawTabs(names);
        void showSheet(null);
      });
      return b;
    }),
  );
}

async function showSheet(target: string | null): Promise<void> {
  if (current === null) {
    grid.replaceChildren(paragraph(PAGE.noSheets));
    return;
  }
  const view = await getJson<SheetView>(`/api/sheet?name=${encodeURIComponent(current)}`);
  const other = grid.querySelector('table')?.dataset.sheet !== view.name;
  drawSheet(view);
  if (other) grid.scrollTo(0, 0);
  const notes = [
    ...(view.truncated ? [PAGE.truncated] : []),
    ...(view.unsupported.length > 0 ? [PAGE.unsupported(view.unsupported.length)] : []),
  ];
  warning.hidden = notes.length === 0;
  warning.textContent = notes.join(' ');
  if (target) {
    const cell = grid.querySelector<HTMLElement>(`td[data-cell="${target.split(':')[0]}"]`);
    cell?.classList.add('target');
    cell?.scrollIntoView({ block: 'center', inline: 'center' });
  }
}

function paragraph(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}

function drawSheet(view: SheetView): void {
  if (view.rows === 0) {
    grid.replaceChildren(paragraph(PAGE.emptySheet));
    return;
  }
  const table = document.createElement('table');
  table.dataset.sheet = view.name;
  table.style.width = `${46 + view.widths.reduce((a, w) => a + w, 0)}px`;
  const colgroup = document.createElement('colgroup');
  colgroup.append(Object.assign(document.createElement('col'), { style: 'width:46px' }));
  for (const w of view.widths) {
    const col = document.createElement('col');
    col.style.width = `${w}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  const head = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'corner';
  head.append(corner);
  view.widths.forEach((_, c) => {
    const th = document.createElement('th');
    th.textContent = columnLetters(c + 1);
    head.append(th);
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  view.cells.forEach((line, r) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.className = r < view.frozen.rows ? 'rowhead frozen-row' : 'rowhead';
    th.textContent = String(r + 1);
    tr.append(th);
    line.forEach((cell, c) => tr.append(cellElement(view, cell, r + 1, c + 1)));
    tbody.append(tr);
  });
  table.append(thead, tbody);
  grid.replaceChildren(table);
  freeze(table, view);
}

function cellElement(view: SheetView, cell: CellView | null, row: number, col: number): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset.cell = toA1(row, col);
  if (row <= view.frozen.rows) td.classList.add('frozen-row');
  if (col <= view.frozen.cols) td.classList.add('frozen-col');
  if (!cell) return td;
  td.append(content(view, cell, row, col));
  if (cell.bg) td.style.background = cell.bg;
  if (cell.fg) td.style.color = cell.fg;
  if (cell.bold) td.style.fontWeight = 'bold';
  if (cell.italic) td.style.fontStyle = 'italic';
  if (cell.align) td.style.textAlign = cell.align;
  if (cell.wrap) td.classList.add('wrap');
  if (cell.note) td.classList.add('note');
  if (cell.note || cell.wrap) td.title = [cell.wrap ? cell.text : '', cell.note ?? ''].filter(Boolean).join('\n\n');
  if (cell.edit) {
    td.classList.add('edit');
    td.addEventListener('dblclick', () => edit(td, view.name, cell));
  }
  td.addEventListener('click', () => {
    grid.querySelector('td.selected')?.classList.remove('selected');
    td.classList.add('selected');
  });
  return td;
}

/**
 * The cell's text as Sheets lays it out: wrapped text clipped at five lines (the full text in the
 * tooltip), and unwrapped text spilling over the empty cells to its right.
 */
function content(view: SheetView, cell: CellView, row: number, col: number): Node {
  if (cell.wrap) {
    const div = document.createElement('div');
    div.className = 'clip';
    div.textContent = cell.text;
    return div;
  }
  if (cell.text === '') return document.createTextNode('');
  const line = view.cells[row - 1] ?? [];
  let width = view.widths[col - 1] ?? 100;
  for (let c = col; c < line.length && (cell.align ?? 'left') === 'left' && !line[c]?.text; c++)
    width += view.widths[c] ?? 100;
  if (width === view.widths[col - 1]) return document.createTextNode(cell.text);
  const span = document.createElement('span');
  span.className = 'spill';
  span.style.maxWidth = `${width - 9}px`;
  span.textContent = cell.text;
  return span;
}

/** Sticky offsets of the frozen rows and columns, measured once the table is laid out. */
function freeze(table: HTMLTableElement, view: SheetView): void {
  const headHeight = table.tHead?.rows[0]?.offsetHeight ?? 0;
  const rows = Array.from(table.tBodies[0]?.rows ?? []);
  let top = headHeight;
  for (const tr of rows.slice(0, view.frozen.rows)) {
    tr.querySelectorAll<HTMLElement>('td, th').forEach((cell) => (cell.style.top = `${top}px`));
    top += tr.offsetHeight;
  }
  let left = 46;
  const head = table.tHead?.rows[0];
  for (let c = 0; c < view.frozen.cols; c++) {
    for (const tr of [...(head ? [head] : []), ...rows]) {
      const cell = tr.cells[c + 1];
      if (cell) cell.style.left = `${left}px`;
    }
    head?.cells[c + 1]?.classList.add('frozen-col');
    left += view.widths[c] ?? 100;
  }
}

function edit(td: HTMLTableCellElement, sheet: string, cell: CellView): void {
  if (td.querySelector('input, select')) return;
  const original = cell.value === null ? '' : String(cell.value);
  let done = false;
  const commit = (text: string) => {
    if (done) return;
    done = true;
    control.remove();
    if (text === original) return void refresh(pending);
    void save(sheet, td.dataset.cell as string, text);
  };
  let control: HTMLInputElement | HTMLSelectElement;
  if (cell.list) {
    const select = document.createElement('select');
    for (const v of ['', ...cell.list]) select.append(new Option(v, v, false, v === original));
    select.addEventListener('change', () => commit(select.value));
    control = select;
  } else {
    const input = document.createElement('input');
    input.value = original;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') commit(input.value);
      if (e.key === 'Escape') {
        done = true;
        input.remove();
        void refresh(pending);
      }
    });
    control = input;
  }
  control.addEventListener('blur', () => commit(control.value));
  td.replaceChildren(control);
  control.focus();
}

async function save(sheet: string, cell: string, text: string): Promise<void> {
  try {
    const r = await fetch('/api/cell', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sheet, cell, text }),
    });
    const answer = (await r.json()) as { ok: boolean; message?: string };
    if (answer.ok) say(PAGE.saved(cell));
    else say(answer.message ?? PAGE.failed, true);
  } catch {
    say(PAGE.failed, true);
  }
  await refresh(pending);
}

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || event.source !== sidebar.contentWindow) return;
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'shnor:changed')
    void refresh(true).catch((e: unknown) => say(e instanceof Error ? e.message : PAGE.failed, true));
});

void refresh(false).catch((e: unknown) => say(e instanceof Error ? e.message : PAGE.failed, true));
