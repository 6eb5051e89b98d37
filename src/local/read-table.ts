// This file reads a result file for the import in local mode: an .xlsx (every sheet, values only) or
// a .csv (UTF-8 with or without BOM, else Windows-1251 as Russian Excel saves it; «;», «,» or tab,
// whichever splits the lines evenly; quoted fields; decimal comma) into {sheetName, grid} tables as
// the workbook port would give them. The format is told by content, not by the file's extension.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { readTableText as T } from '../core/text/import-app';
import type { CellValue, Grid } from '../sheets/port';

export interface Table {
  sheetName: string;
  grid: Grid;
}

export type ReadTableResult = { ok: true; fileName: string; tables: Table[] } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (data: Buffer, magic: readonly number[]) => magic.every((b, i) => data[i] === b);

export async function readTable(path: string): Promise<ReadTableResult> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    return { ok: false, message: T.missing(path) };
  }
  const fileName = basename(path);
  if (data.length === 0) return { ok: false, message: T.empty(path) };
  if (startsWith(data, OLE)) return { ok: false, message: T.oldXls(path) };
  if (startsWith(data, ZIP)) return readXlsx(data, path, fileName);
  if (data.includes(0)) return { ok: false, message: T.notText(path) };
  const parsed = parseCsvText(decodeText(data));
  if (!parsed.ok) return { ok: false, message: T.unclosedQuote(path, parsed.line) };
  if (parsed.grid.every((r) => r.every((c) => c === null))) return { ok: false, message: T.empty(path) };
  return { ok: true, fileName, tables: [{ sheetName: basename(path, extname(path)), grid: parsed.grid }] };
}

// ---------- xlsx ----------

async function readXlsx(data: Buffer, path: string, fileName: string): Promise<ReadTableResult> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, message: T.unreadableXlsx(path, e instanceof Error ? e.message : String(e)) };
  }
  return { ok: true, fileName, tables: book.worksheets.map((ws) => ({ sheetName: ws.name, grid: sheetGrid(ws) })) };
}

/**
 * Values of one sheet. A merge keeps its value in the top-left cell only, as Google Sheets reads it:
 * ExcelJS repeats it in every cell of the merge, and a subject merged over five columns would then
 * look like five subjects to the ЕГЭ header reader.
 */
function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const slave = cell.isMerged && cell.master.address !== cell.address;
      cells[c - 1] = slave ? null : plain(cell.value);
    });
    grid[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  let last = grid.length;
  while (last > 0 && (grid[last - 1] ?? []).every((v) => v === null)) last -= 1;
  return Array.from({ length: last }, (_, i) => grid[i] ?? []);
}

/** ISO date, with the time when there is one (ExcelJS reads dates as UTC). */
function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (v instanceof Date) return isoDate(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('') || null;
  if ('error' in v) return String(v.error);
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result as ExcelJS.CellValue | undefined);
  if ('text' in v && typeof v.text === 'string') return v.text;
  return null;
}

// ---------- csv ----------

/** UTF-8 (a BOM dropped); a file that is not valid UTF-8 is taken as Windows-1251. */
function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('windows-1251').decode(data);
  }
}

interface Records {
  records: string[][];
  /** Line where a quote opens and never closes, or null. */
  unclosed: number | null;
}

/** RFC 4180 with any separator; a quoted field may hold separators, newlines and "" for a quote. */
function splitRecords(text: string, sep: string): Records {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === sep) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line += 1;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return { records, unclosed: quoted ? quoteLine : null };
}

const SEPARATORS = [';', ',', '\t'];
const SAMPLE = 50;

/** How many of the first lines have the most common number (> 1) of fields under this separator. */
function evenness(records: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const r of records.slice(0, SAMPLE)) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const LEADING_ZERO = /^[+-]?0\d/;

/** A number in either decimal notation becomes a number; a code like «01» stays text. */
function csvCell(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (NUMBER.test(t) && !LEADING_ZERO.test(t)) return Number(t.replace(',', '.'));
  return text;
}

/** The separator is the one that splits the first lines into the same number of fields most often. */
function parseCsvText(text: string): { ok: true; grid: Grid } | { ok: false; line: number } {
  let best: (Records & { score: number }) | null = null;
  for (const sep of SEPARATORS) {
    const r = splitRecords(text, sep);
    const score = evenness(r.records);
    if (best === null || score > best.score) best = { ...r, score };
  }
  if (best === null) return { ok: true, grid: [] };
  if (best.unclosed !== null) return { ok: false, line: best.unclosed };
  return { ok: true, grid: best.records.map((r) => r.map(csvCell)) };
}
