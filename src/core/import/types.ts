// This file declares what the import core produces: report types, hierarchy rows, imported blocks,
// issues (Russian messages with the cell) and the parse result. Everything here is plain JSON.
import { z } from 'zod';
import type { Procedure, Subject } from '../fields';

export const REPORT_TYPES = [
  'vpr-marks',
  'vpr-comparison',
  'vpr-individual',
  'ege-schools',
  'oge-schools',
  'long-table',
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** Level of a row: «Вся выборка», region, municipality or one school (ОО). */
export type RowKind = 'all' | 'region' | 'municipality' | 'school';

export interface ImportedRow {
  kind: RowKind;
  /** As the file writes it, without the login suffix. */
  name: string;
  /** ФИС ОКО login: edu…, sch… (schools) or reg…_m… (municipalities). */
  login?: string;
  /** Registry school code, when the file gives it (long table). */
  code?: string;
  /** Name of the municipality the row sits under, if any. */
  parent?: string;
  /** 1-based sheet row where the row starts; unique within a block. */
  line: number;
  /** Field code → count or score; null is «нет данных». */
  values: Record<string, number | null>;
}

export interface ImportIssue {
  message: string;
  /** A1 address when the issue is about one cell. */
  cell?: string;
}

/** One procedure × subject × grade × year of one file (a long table gives one block per year). */
export interface ImportedBlock {
  reportType: ReportType;
  year: number;
  procedure: Procedure | null;
  subject: Subject | null;
  grade: number | null;
  rows: ImportedRow[];
  warnings: ImportIssue[];
}

export type ParseResult =
  { ok: true; blocks: ImportedBlock[]; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[] };

/** A sheet's values as the workbook port reads them (src/sheets/port.ts CellValue). */
export const GridInput = z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])));

export function failed(errors: ImportIssue[]): ParseResult {
  return { ok: false, errors };
}
