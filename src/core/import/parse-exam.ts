// This file parses regional ЕГЭ and ОГЭ tables by school (note §4.1, §4.3) into one block per subject:
// total rows («ВСЕГО по региону», «Итого по муниципалитету») become region/municipality rows, a
// municipality named only on its subtotal row is carried down to the school rows below it, and the
// column-numbering row under the header is skipped. Counts and averages are taken as given.
import type { Grid } from '../../sheets/port';
import { SUBJECTS } from '../fields';
import { importText, REPORT_LABELS } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText, dataRowIndexes } from './cells';
import type { ParseOptions } from './context';
import { isNumberingRow, type ExamMetric } from './exam-columns';
import { examLayout } from './exam-layout';
import { examYear } from './exam-year';
import { splitLogin } from './hierarchy';
import { readCount, readScore, type Read } from './read-cell';
import {
  failed,
  type ImportedBlock,
  type ImportedRow,
  type ImportIssue,
  type ParseResult,
  type RowKind,
} from './types';

interface Head {
  kind: RowKind;
  name: string;
  login?: string;
  parent?: string;
}

const TOTAL = /всего|итого/i;
const MUNICIPAL_TOTAL = /муницип|район|округ|город|(^|\s)мо(\s|$)/i;

export function parseExam(
  grid: Grid,
  detection: { type: 'ege-schools' | 'oge-schools'; headerRow: number; metricRow: number },
  options: ParseOptions,
): ParseResult {
  const { type, headerRow, metricRow } = detection;
  const procedure = type === 'ege-schools' ? 'ege' : 'oge';
  const titleTexts = grid
    .slice(0, headerRow)
    .flatMap((row) => row.map(cellText))
    .filter((t) => t !== '');
  const year = examYear(
    [...titleTexts, ...(grid[headerRow] ?? []).map(cellText)],
    options.sheetName,
    options.expectedYear,
  );
  if (!year.ok) return failed(year.errors);
  const laid = examLayout(grid, headerRow, metricRow, procedure, titleTexts.join(' '));
  if (!laid.ok) return failed(laid.errors);
  const layout = laid.layout;
  const lines = dataRowIndexes(grid, metricRow).filter((r) => !isNumberingRow(grid[r]));
  if (lines.length === 0) return failed([{ message: importText.empty(REPORT_LABELS[type]) }]);

  const nameCols = [...new Set([0, layout.municipalityCol, layout.schoolCol].filter((c) => c >= 0))];
  const errors: ImportIssue[] = [];
  const perSubject = layout.subjects.map(() => [] as ImportedRow[]);
  let municipality = '';
  for (const r of lines) {
    const head = rowHead(grid, r, nameCols, layout.municipalityCol, layout.schoolCol, municipality);
    if (head === null) {
      const hasValues = layout.subjects.some((s) =>
        Object.values(s.cols).some((c) => cellText(cellAt(grid, r, c)) !== ''),
      );
      if (hasValues)
        errors.push({ message: importText.noName(a1(r, nameCols[0] ?? 0)), cell: a1(r, nameCols[0] ?? 0) });
      continue;
    }
    if (head.kind === 'municipality' && !TOTAL.test(head.name)) municipality = head.name;
    if (head.kind === 'school' && head.parent !== undefined) municipality = head.parent;
    layout.subjects.forEach((s, i) => {
      const values: Record<string, number | null> = {};
      for (const [metric, col] of Object.entries(s.cols) as [ExamMetric, number][]) {
        const ref = { row: r, col, rowLabel: head.name, column: `${s.name}: ${metric}` };
        const read: Read<number> = metric === 'mean' ? readScore(grid, ref) : readCount(grid, ref);
        if (!read.ok) errors.push(read.issue);
        else values[`${procedure}.${s.subject}.${procedure === 'ege' ? 11 : 9}.${metric}`] = read.value;
      }
      if (Object.values(values).every((v) => v === null)) return;
      perSubject[i]?.push({ ...head, line: r + 1, values });
    });
  }
  if (errors.length > 0) return failed(errors);

  const grade = procedure === 'ege' ? 11 : 9;
  const blocks: ImportedBlock[] = layout.subjects.map((s, i) => {
    const rows = perSubject[i] ?? [];
    const base = `${procedure}.${s.subject}.${grade}`;
    const warnings: ImportIssue[] = [];
    // ОГЭ: «2» is «не преодолели минимальный порог» (note §4.3), so a table without that column still gives it.
    if (procedure === 'oge' && s.cols.below === undefined && s.cols.m2 !== undefined) {
      for (const row of rows) row.values[`${base}.below`] = row.values[`${base}.m2`] ?? null;
    }
    if (layout.municipalityCol < 0) adoptMunicipalTotal(rows);
    checkRows(rows, base, s.cols.below !== undefined, SUBJECTS[s.subject], warnings);
    return { reportType: type, year: year.year, procedure, subject: s.subject, grade, rows, warnings };
  });
  return { ok: true, blocks, warnings: [...year.warnings, ...layout.warnings] };
}

/** Who a data row is about, or null for a row without any name. */
function rowHead(
  grid: Grid,
  r: number,
  nameCols: number[],
  muniCol: number,
  schoolCol: number,
  municipality: string,
): Head | null {
  const names = nameCols.map((c) => cellText(cellAt(grid, r, c))).filter((t) => t !== '');
  const total = names.find((t) => TOTAL.test(t));
  if (total !== undefined) {
    return { kind: MUNICIPAL_TOTAL.test(total) || muniCol < 0 ? 'municipality' : 'region', name: total };
  }
  const muni = muniCol < 0 ? '' : cellText(cellAt(grid, r, muniCol));
  const school = schoolCol < 0 ? '' : cellText(cellAt(grid, r, schoolCol));
  if (school !== '') {
    const { name, login } = splitLogin(school);
    const parent = muni || municipality;
    return { kind: 'school', name, ...(login !== null ? { login } : {}), ...(parent !== '' ? { parent } : {}) };
  }
  return muni !== '' ? { kind: 'municipality', name: muni } : null;
}

function checkRows(
  rows: ImportedRow[],
  base: string,
  hasBelow: boolean,
  subject: string,
  warnings: ImportIssue[],
): void {
  let blankBelow = 0;
  for (const row of rows) {
    const n = row.values[`${base}.n`] ?? null;
    if (row.kind === 'school' && hasBelow && n !== null && n > 0 && row.values[`${base}.below`] === null)
      blankBelow += 1;
    const marks = ['m2', 'm3', 'm4', 'm5'].map((m) => row.values[`${base}.${m}`]);
    if (n !== null && marks.every((m) => typeof m === 'number')) {
      const sum = marks.reduce<number>((a, m) => a + (m ?? 0), 0);
      if (sum !== n) warnings.push({ message: importText.marksSum(row.name, sum, n) });
    }
  }
  if (blankBelow > 0) warnings.push({ message: importText.examBlankBelow(subject, blankBelow) });
}

/** A municipal table without a municipality column: its one «Итого…» row is the schools' municipality. */
function adoptMunicipalTotal(rows: ImportedRow[]): void {
  const totals = rows.filter((r) => r.kind === 'municipality');
  const total = totals[0];
  if (totals.length !== 1 || total === undefined) return;
  for (const row of rows) if (row.kind === 'school' && row.parent === undefined) row.parent = total.name;
}
