// This file reads what the user imports — a tab of this workbook (the Google Sheets path: the report
// pasted into a tab, no drive scope needed) or the tables of a file (local mode, or a file the sidebar
// read) — and parses it into blocks of the chosen year. In a file of several sheets (the regional ЕГЭ
// workbook has one per year), sheets of other years and sheets that are not reports are skipped with a
// warning; any other problem refuses the whole import, so nothing is half-written.
import { z } from 'zod';
import { detectReport, parseReport, type ImportedBlock, type ImportIssue } from '../core/import';
import { GridInput } from '../core/import/types';
import { TAB } from '../core/text/config';
import { importAppText as T, MAPPING_TAB } from '../core/text/import-app';
import type { Grid, Workbook } from '../sheets/port';
import { schoolSheetName } from './setup';

export const ImportSource = z.union([
  z.object({ sheetName: z.string().trim().min(1) }).strict(),
  z
    .object({
      fileName: z.string().trim().min(1),
      tables: z.array(z.object({ sheetName: z.string(), grid: GridInput }).strict()).min(1),
    })
    .strict(),
]);
export type ImportSource = z.infer<typeof ImportSource>;

/** A message for the user; `sheet` is set when the cell is in a tab of this workbook (a link). */
export interface ImportMessage {
  message: string;
  sheet: string | null;
  cell: string | null;
}

export interface SheetBlock {
  /** The tab or the file's sheet the block came from. */
  sheet: string;
  block: ImportedBlock;
}

export type ParsedSource =
  | { ok: true; fileName: string; blocks: SheetBlock[]; warnings: ImportMessage[] }
  | { ok: false; errors: ImportMessage[] };

interface Table {
  sheetName: string;
  grid: Grid;
}

const YEAR_NAME = /^\s*(\d{4})\s*$/;

export function plainMessage(message: string): ImportMessage {
  return { message, sheet: null, cell: null };
}

/** Tabs the user may have pasted a report into: every tab but the monitoring's own. */
export function importableSheets(wb: Workbook): string[] {
  const own = new Set<string>([...Object.values(TAB), MAPPING_TAB]);
  const prefixes = [schoolSheetName(''), TAB.roadmapPrefix];
  return wb.sheetNames().filter((n) => !own.has(n) && !prefixes.some((p) => n.startsWith(p)));
}

/** Reads the source's tables (one read of the tab on the Sheets path) and parses them. */
export function parseSource(wb: Workbook, source: ImportSource, year: number, municipality: string): ParsedSource {
  if ('sheetName' in source) {
    const sheet = wb.sheet(source.sheetName);
    if (sheet === null) return { ok: false, errors: [plainMessage(T.noSheet(source.sheetName))] };
    const grid = sheet.read();
    if (grid.length === 0) return { ok: false, errors: [plainMessage(T.emptySheet(source.sheetName))] };
    const inTab = (issue: ImportIssue): ImportMessage => ({
      message: issue.message,
      sheet: source.sheetName,
      cell: issue.cell ?? null,
    });
    return parseTables(source.sheetName, [{ sheetName: source.sheetName, grid }], year, municipality, inTab);
  }
  const several = source.tables.length > 1;
  const inFile = (issue: ImportIssue, sheet: string): ImportMessage => ({
    message: several ? T.onSheet(sheet, issue.message) : issue.message,
    sheet: null,
    cell: issue.cell ?? null,
  });
  return parseTables(source.fileName, source.tables, year, municipality, inFile);
}

function parseTables(
  fileName: string,
  tables: readonly Table[],
  year: number,
  municipality: string,
  toMessage: (issue: ImportIssue, sheet: string) => ImportMessage,
): ParsedSource {
  const several = tables.length > 1;
  const blocks: SheetBlock[] = [];
  const warnings: ImportMessage[] = [];
  const errors: ImportMessage[] = [];
  const accept = (sheet: string, found: readonly ImportedBlock[], general: readonly ImportIssue[]) => {
    warnings.push(...general.map((w) => toMessage(w, sheet)));
    for (const block of found) {
      blocks.push({ sheet, block });
      warnings.push(...block.warnings.map((w) => toMessage(w, sheet)));
    }
  };
  for (const { sheetName, grid } of tables) {
    // The regional ЕГЭ workbook keeps a sheet per year and its 2022 sheet's title says 2023 (note §4.1):
    // in a file of several sheets, a sheet named by another year is that year's.
    const named = YEAR_NAME.exec(sheetName);
    if (several && named !== null && Number(named[1]) !== year) {
      warnings.push(plainMessage(T.sheetNamedOtherYear(sheetName, year)));
      continue;
    }
    const strict = parseReport(grid, { sheetName, expectedYear: year, municipality });
    if (strict.ok) {
      accept(sheetName, strict.blocks, strict.warnings);
      continue;
    }
    const detected = detectReport(grid, sheetName);
    if (detected.type === 'unknown') {
      if (several) warnings.push(plainMessage(T.sheetNotReport(sheetName, detected.reason)));
      else errors.push(...strict.errors.map((e) => toMessage(e, sheetName)));
      continue;
    }
    // Refused for the year alone when it parses without one: keep the chosen year's blocks (a long
    // table holds several years), skip a sheet of another year in a file of several.
    const loose = parseReport(grid, { sheetName, municipality });
    if (loose.ok) {
      const mine = loose.blocks.filter((b) => b.year === year);
      const others = [...new Set(loose.blocks.map((b) => b.year).filter((y) => y !== year))];
      if (mine.length > 0) {
        accept(sheetName, mine, loose.warnings);
        warnings.push(...others.map((y) => plainMessage(T.blockOtherYear(sheetName, y, year))));
        continue;
      }
      if (several) {
        warnings.push(plainMessage(T.sheetOtherYear(sheetName, others, year)));
        continue;
      }
    }
    errors.push(...strict.errors.map((e) => toMessage(e, sheetName)));
  }
  if (errors.length > 0) return { ok: false, errors };
  if (blocks.length === 0) return { ok: false, errors: [plainMessage(T.nothingForYear(year)), ...warnings] };
  return { ok: true, fileName, blocks, warnings };
}
