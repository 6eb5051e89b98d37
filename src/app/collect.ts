// This file reads every school's template (one read per school tab) and runs the single input check
// on it. Both «Проверить» and «Собрать отчёт» collect through here, so they see the same problems.
import type { SchoolRow } from '../core/config/schools-tab';
import type { Program } from '../core/program';
import { buildTemplateLayout } from '../core/template/layout';
import { readSubmission, type Problem, type Submission } from '../core/template/read';
import { P } from '../core/text/problems';
import type { Workbook } from '../sheets/port';
import { schoolSheetName } from './setup';

export interface Collected {
  row: SchoolRow;
  sheet: string;
  /** null when the sheet is missing or unreachable. */
  submission: Submission | null;
  problems: Problem[];
}

/** Opens a school's source: a tab of this workbook, or (file mode) another spreadsheet. */
export type SourceOpener = (source: string) => Workbook | null;

/** Whether a `Школы` «Лист / файл» cell names a file (a Google URL, or file:// in local mode) rather than a tab. */
export function isFileSource(source: string): boolean {
  return /^(https?|file):\/\//i.test(source);
}

export function collectSubmissions(
  wb: Workbook,
  program: Program,
  year: number,
  schools: SchoolRow[],
  openFile?: SourceOpener,
): Collected[] {
  return schools.map((row) => {
    const isFile = isFileSource(row.source);
    const sheetName = isFile ? schoolSheetName(row.school.code) : row.source || schoolSheetName(row.school.code);
    const book = isFile ? (openFile?.(row.source) ?? null) : wb;
    if (!book) {
      const message = P.fileUnreachable(row.school.name, row.source);
      return { row, sheet: sheetName, submission: null, problems: [problem(row, 'file_unreachable', message)] };
    }
    const sheet = isFile ? book.sheet(book.sheetNames()[0] ?? '') : book.sheet(sheetName);
    if (!sheet) {
      return {
        row,
        sheet: sheetName,
        submission: null,
        problems: [problem(row, 'sheet_missing', P.sheetMissing(row.school.name, sheetName))],
      };
    }
    const layout = buildTemplateLayout(program, { schoolName: row.school.name, schoolCode: row.school.code, year });
    const submission = readSubmission(program, layout, sheet.read(), row.school, sheet.name);
    return { row, sheet: sheet.name, submission, problems: submission.problems };
  });
}

function problem(row: SchoolRow, code: 'sheet_missing' | 'file_unreachable', message: string): Problem {
  return { school: row.school.code, field: null, cell: null, code, severity: 'error', message };
}
