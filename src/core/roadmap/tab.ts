// This file is the layout of a roadmap tab and its two directions: rendering merged rows into a grid
// (and the notes beside it), and reading a tab the user has worked in back into rows. Layout: title
// (row 1), program, year and time of generation (row 2), a hint and — above the «Служебно» header — the
// memory cell «Предложено: id, id, …» listing every id the tab ever suggested (row 3), column headers
// (row 4), rows from row 5. Reading finds the header row and the columns by their names, so inserted
// rows above or moved columns still read; a column the add-on does not know that holds data stops the
// merge (the tab is left alone) rather than lose it.
import { z } from 'zod';
import { sheetRangeA1, toA1 } from '../a1';
import { text, type Cell } from '../config/cells';
import { RM } from '../text/roadmap';
import type { MergedRow } from './merge';
import { decodeStamp, emptyCells, encodeStamp, type RoadmapRow, type RowField } from './row';

export const ROADMAP_COLUMNS = [
  'n',
  'direction',
  'text',
  'deadline',
  'control',
  'responsible',
  'result',
  'indicator',
  'document',
  'link',
  'status',
  'curator',
  'comment',
  'relevance',
  'id',
  'stamp',
] as const;
export type RoadmapColumn = (typeof ROADMAP_COLUMNS)[number];

/** 1-based column of each key. */
export const ROADMAP_COL = Object.fromEntries(ROADMAP_COLUMNS.map((c, i) => [c, i + 1])) as Record<
  RoadmapColumn,
  number
>;
export const ROADMAP_ROWS = { title: 1, subtitle: 2, hint: 3, header: 4, first: 5 } as const;
export const ROADMAP_WIDTHS: Record<RoadmapColumn, number> = {
  n: 45,
  direction: 220,
  text: 380,
  deadline: 170,
  control: 105,
  responsible: 190,
  result: 260,
  indicator: 170,
  document: 200,
  link: 170,
  status: 115,
  curator: 115,
  comment: 220,
  relevance: 170,
  id: 170,
  stamp: 90,
};

export interface RoadmapTabModel {
  title: string;
  subtitle: string;
  rows: readonly MergedRow[];
  suggested: readonly string[];
}

export interface RenderedTab {
  grid: Cell[][];
  /** Notes block starting at the header row, column A: header notes, then the control-date notes. */
  notes: string[][];
  /** Last row holding a roadmap row (the header row when there are none). */
  lastRow: number;
}

export function renderRoadmapTab(m: RoadmapTabModel): RenderedTab {
  const width = ROADMAP_COLUMNS.length;
  const blank = (): Cell[] => new Array<Cell>(width).fill(null);
  const title = blank();
  title[0] = m.title;
  const subtitle = blank();
  subtitle[0] = m.subtitle;
  const hint = blank();
  hint[0] = RM.hint;
  hint[ROADMAP_COL.stamp - 1] = `${RM.memoryPrefix} ${m.suggested.join(', ')}`;
  const header = ROADMAP_COLUMNS.map((c) => RM.headers[c]);
  const body = m.rows.map((r, i) => ROADMAP_COLUMNS.map((c): Cell => cellOf(r, c, i)));
  const notes = [ROADMAP_COLUMNS.map((c) => RM.headerNotes[c])];
  for (const r of m.rows) notes.push(ROADMAP_COLUMNS.map((c) => (c === 'control' ? r.controlNote : '')));
  return { grid: [title, subtitle, hint, header, ...body], notes, lastRow: ROADMAP_ROWS.header + m.rows.length };
}

function cellOf(r: MergedRow, c: RoadmapColumn, index: number): Cell {
  if (c === 'n') return index + 1;
  if (c === 'id') return r.id ?? '';
  if (c === 'stamp') return encodeStamp(r.stamp);
  return r.cells[c];
}

export interface ReadRow extends RoadmapRow {
  /** 1-based sheet row. */
  sheetRow: number;
}

export type ReadTab =
  { ok: true; rows: ReadRow[]; suggested: string[]; problems: string[] } | { ok: false; problem: string };

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(realDate);
const RuDate = z.string().regex(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
const Status = z.enum(RM.statuses);
const CuratorMark = z.enum(RM.curatorMarks);

/** Reads a roadmap tab's grid (as `Sheet.read()` gives it). Problems name the cell. */
export function readRoadmapTab(tab: string, grid: readonly (readonly Cell[])[]): ReadTab {
  const headerIndex = grid.findIndex(
    (r, i) => i < 20 && r.some((c) => text(c) === RM.headers.text) && r.some((c) => text(c) === RM.headers.id),
  );
  const headerRow = grid[headerIndex];
  if (!headerRow) return { ok: false, problem: RM.notRoadmap(tab) };
  const cols = new Map<RoadmapColumn, number>();
  const byHeader = new Map<string, RoadmapColumn>(ROADMAP_COLUMNS.map((c) => [RM.headers[c], c]));
  const body = grid.slice(headerIndex + 1);
  for (let j = 0; j < headerRow.length; j++) {
    const name = text(headerRow[j] ?? null);
    const key = byHeader.get(name);
    if (key !== undefined && !cols.has(key)) {
      cols.set(key, j);
      continue;
    }
    if (body.some((r) => text(r[j] ?? null) !== ''))
      return { ok: false, problem: RM.extraColumn(sheetRangeA1(tab, toA1(headerIndex + 1, j + 1)), name) };
  }
  const at = (r: readonly Cell[], c: RoadmapColumn): Cell => {
    const j = cols.get(c);
    return j === undefined ? null : (r[j] ?? null);
  };

  // the memory cell sits above the «Служебно» header; rows inserted in between do not lose it
  const stampCol = cols.get('stamp');
  const above = stampCol === undefined ? [] : grid.slice(0, headerIndex).map((r) => text(r[stampCol] ?? null));
  const memory = above.find((m) => m.startsWith(RM.memoryPrefix)) ?? '';
  const suggested = memory
    .slice(RM.memoryPrefix.length)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

  const problems: string[] = [];
  const rows: ReadRow[] = [];
  body.forEach((r, i) => {
    const sheetRow = headerIndex + 2 + i;
    const cells = emptyCells();
    for (const f of Object.keys(cells) as RowField[])
      cells[f] = f === 'control' ? controlText(at(r, f)) : text(at(r, f));
    const id = text(at(r, 'id'));
    const stamp = text(at(r, 'stamp'));
    if (id === '' && Object.values(cells).every((v) => v === '')) return;
    const cell = (c: RoadmapColumn) => sheetRangeA1(tab, toA1(sheetRow, (cols.get(c) ?? 0) + 1));
    if (cells.status !== '' && !Status.safeParse(cells.status).success)
      problems.push(RM.badStatus(cell('status'), cells.status));
    if (cells.curator !== '' && !CuratorMark.safeParse(cells.curator).success)
      problems.push(RM.badCurator(cell('curator'), cells.curator));
    if (cells.control !== '' && !IsoDate.safeParse(cells.control).success && !isControlMark(cells.control)) {
      problems.push(RM.badControl(cell('control'), cells.control));
    }
    rows.push({ id: id === '' ? null : id, cells, stamp: decodeStamp(stamp), sheetRow });
  });
  return { ok: true, rows, suggested, problems };
}

/** A control-date cell as text: dates come as ISO; a typed «15.03.2023» is read as that date. */
function controlText(v: Cell): string {
  const s = text(v);
  if (!RuDate.safeParse(s).success) return s;
  const [d, m, y] = s.split('.').map(Number) as [number, number, number];
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return realDate(iso) ? iso : s;
}

function realDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The marks the generator writes instead of a date. */
function isControlMark(s: string): boolean {
  const year = /\d{4}/.exec(s);
  return s === RM.unparsed || s === RM.noControlDate || (year !== null && s === RM.notPlanned(Number(year[0])));
}

export function isIsoDate(s: string): boolean {
  return IsoDate.safeParse(s).success;
}
