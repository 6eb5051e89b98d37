// This file keeps a report's municipality row as a cross-check: its counts should equal the pooled
// counts of the schools listed under it. A file that lists only some schools (a school's own download)
// is told apart from schools left unmatched, so the warning says which of the two happened.
import type { AssessmentMeasure } from '../fields';
import { importText } from '../text/import';
import type { SchoolMatch } from './match';
import type { ImportedRow, ImportIssue } from './types';

export interface CrossCheck {
  municipality: string;
  field: string;
  reported: number;
  /** Σ over the matched schools under the municipality. */
  pooled: number;
}

const COUNT_MEASURES: ReadonlySet<string> = new Set<AssessmentMeasure>([
  'n',
  'm2',
  'm3',
  'm4',
  'm5',
  'below',
  'confirmed',
  'lowered',
  'raised',
]);

function sum(rows: readonly ImportedRow[], field: string): number | null {
  let total = 0;
  for (const r of rows) {
    const v = r.values[field];
    if (v === null || v === undefined) return null;
    total += v;
  }
  return total;
}

export function crossCheckMunicipalities(
  rows: readonly ImportedRow[],
  matched: readonly SchoolMatch[],
): { crossChecks: CrossCheck[]; warnings: ImportIssue[] } {
  const matchedLines = new Set(matched.map((m) => m.line));
  const crossChecks: CrossCheck[] = [];
  const warnings: ImportIssue[] = [];
  for (const m of rows.filter((r) => r.kind === 'municipality')) {
    const listed = rows.filter((r) => r.kind === 'school' && r.parent === m.name);
    const ours = listed.filter((r) => matchedLines.has(r.line));
    if (ours.length === 0) continue;
    const fields = Object.keys(m.values).filter((f) => COUNT_MEASURES.has(f.split('.').pop() ?? ''));
    const nField = fields.find((f) => f.endsWith('.n'));
    const reportedN = nField === undefined ? null : (m.values[nField] ?? null);
    const listedN = nField === undefined ? null : sum(listed, nField);
    if (reportedN !== null && listedN !== null && listedN !== reportedN) {
      warnings.push({ message: importText.crossCheckPartial(m.name, listedN, reportedN) });
      continue;
    }
    const details: string[] = [];
    for (const field of fields) {
      const reported = m.values[field];
      const pooled = sum(ours, field);
      if (reported === null || reported === undefined || pooled === null) continue;
      crossChecks.push({ municipality: m.name, field, reported, pooled });
      if (pooled !== reported) details.push(importText.crossCheckDetail(field, pooled, reported));
    }
    if (details.length > 0)
      warnings.push({ message: importText.crossCheckMismatch(m.name, details, listed.length - ours.length) });
  }
  return { crossChecks, warnings };
}
