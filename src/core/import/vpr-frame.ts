// This file reads the fixed top block of ФИС ОКО reports (rows above the header, note §2.2): the title
// «ВПР 2026 Русский язык 4 класс» gives year, subject and grade; «Предмет:» cross-checks the subject.
// Without a title (a pasted table) the sheet-name prefix «РУ 4» and the chosen year are fallbacks.
import type { Grid } from '../../sheets/port';
import type { Subject } from '../fields';
import { importText } from '../text/import';
import { cellText, normCell } from './cells';
import type { ParseOptions } from './context';
import { parseVprTitle, subjectFromSheetName, subjectFromText } from './subjects';
import type { ImportedBlock, ImportedRow, ImportIssue, ParseResult, ReportType } from './types';

export type VprFrame =
  | { ok: true; year: number; subject: Subject; grade: number; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };

export function readVprFrame(grid: Grid, headerRow: number, options: ParseOptions): VprFrame {
  const warnings: ImportIssue[] = [];
  const top = grid.slice(0, headerRow);
  const title = top
    .flatMap((row) => row.map(cellText))
    .map(parseVprTitle)
    .find((t) => t !== null);
  if (title !== undefined) {
    const subject = subjectFromText(title.subjectName, 'vpr');
    if (subject === null) return { ok: false, errors: [{ message: importText.unknownSubject(title.subjectName) }] };
    const stated = subjectLine(top);
    if (stated !== null && subjectFromText(stated, 'vpr') !== subject) {
      warnings.push({ message: importText.subjectMismatch(title.subjectName, stated) });
    }
    return { ok: true, year: title.year, subject, grade: title.grade, warnings };
  }
  const fromSheet = options.sheetName === undefined ? null : subjectFromSheetName(options.sheetName);
  if (fromSheet === null) return { ok: false, errors: [{ message: importText.noSubject }] };
  if (options.expectedYear === undefined) return { ok: false, errors: [{ message: importText.noYear }] };
  warnings.push({ message: importText.yearFromOptions(options.expectedYear) });
  return { ok: true, year: options.expectedYear, ...fromSheet, warnings };
}

/** The value next to «Предмет:» (row 4 in real files). */
function subjectLine(top: Grid): string | null {
  for (const row of top) {
    const i = row.findIndex((c) => normCell(c) === 'предмет:');
    const value =
      i < 0
        ? undefined
        : row
            .slice(i + 1)
            .map(cellText)
            .find((t) => t !== '');
    if (value !== undefined) return value;
  }
  return null;
}

/** The one block a ВПР report gives: its rows for the frame's year, subject and grade. */
export function vprBlock(
  reportType: ReportType,
  frame: { year: number; subject: Subject; grade: number },
  rows: ImportedRow[],
  warnings: ImportIssue[],
): ParseResult {
  const block: ImportedBlock = {
    reportType,
    year: frame.year,
    procedure: 'vpr',
    subject: frame.subject,
    grade: frame.grade,
    rows,
    warnings,
  };
  return { ok: true, blocks: [block], warnings: [] };
}
