// This file reads the 1–3-row header of a regional ЕГЭ/ОГЭ table (note §4.1, §4.3): the school and
// municipality columns and, per subject, the columns of participants, below-minimum, marks and mean.
// A subject's name sits in a merged cell over its columns, so the group rows are forward-filled to the
// right; a one-row header takes its subject from the title («Результаты ОГЭ по математике»).
import type { CellValue, Grid } from '../../sheets/port';
import type { Procedure, Subject } from '../fields';
import { importText } from '../text/import';
import { cellText } from './cells';
import { examMetric, isMunicipalityHeader, isSchoolHeader, type ExamMetric } from './exam-columns';
import { subjectFromText } from './subjects';
import type { ImportIssue } from './types';

export interface SubjectColumns {
  subject: Subject;
  name: string;
  cols: Partial<Record<ExamMetric, number>>;
}

export interface ExamLayout {
  schoolCol: number;
  municipalityCol: number;
  subjects: SubjectColumns[];
  warnings: ImportIssue[];
}

function filledLeft(row: readonly CellValue[] | undefined, c: number): string {
  for (let k = c; k >= 0; k--) {
    const t = cellText(row?.[k] ?? null);
    if (t !== '') return t;
  }
  return '';
}

export function examLayout(
  grid: Grid,
  headerRow: number,
  metricRow: number,
  procedure: Extract<Procedure, 'ege' | 'oge'>,
  title: string,
): { ok: true; layout: ExamLayout } | { ok: false; errors: ImportIssue[] } {
  const headerRows = grid.slice(headerRow, metricRow + 1);
  const width = Math.max(...headerRows.map((r) => r.length));
  const findCol = (test: (c: CellValue) => boolean): number => {
    for (let c = 0; c < width; c++) if (headerRows.some((r) => test(r[c] ?? null))) return c;
    return -1;
  };
  const warnings: ImportIssue[] = [];
  const skipped = new Set<string>();
  const bySubject = new Map<Subject, SubjectColumns>();
  const titleSubject = subjectFromText(title, procedure);
  for (let c = 0; c < width; c++) {
    const metric = examMetric(grid[metricRow]?.[c] ?? null);
    if (metric === null) continue;
    let name = '';
    for (let g = metricRow - 1; g >= headerRow && name === ''; g--) name = filledLeft(grid[g], c);
    const subject = name === '' ? titleSubject : subjectFromText(name, procedure);
    if (subject === null) {
      if (name !== '' && !skipped.has(name)) warnings.push({ message: importText.examSubjectSkipped(name) });
      skipped.add(name);
      continue;
    }
    const entry = bySubject.get(subject) ?? { subject, name: name || title, cols: {} };
    bySubject.set(subject, entry);
    entry.cols[metric] ??= c;
  }
  if (bySubject.size === 0) return { ok: false, errors: [{ message: importText.examNoSubject }] };
  return {
    ok: true,
    layout: {
      schoolCol: findCol(isSchoolHeader),
      municipalityCol: findCol(isMunicipalityHeader),
      subjects: [...bySubject.values()],
      warnings,
    },
  };
}
