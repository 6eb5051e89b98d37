// This file turns an imported block and its school matches into `Данные` rows (year, school, field,
// value, source, collected at, version). Only matched school rows with a value are written: hierarchy
// rows are not schools, and «нет данных» in a report never overwrites anything.
import { z } from 'zod';
import type { DataRow } from '../schools';
import { importText } from '../text/import';
import type { SchoolMatch } from './match';
import { importKey, Provenance, sourceText } from './provenance';
import type { ImportedBlock, ImportIssue } from './types';

export type DataRowsResult = { ok: true; rows: DataRow[]; key: string } | { ok: false; errors: ImportIssue[] };

const Version = z.number().int().positive();

export function toDataRows(
  block: ImportedBlock,
  matches: readonly SchoolMatch[],
  year: number,
  provenance: unknown,
  version: number,
): DataRowsResult {
  const p = Provenance.safeParse(provenance);
  if (!p.success) return { ok: false, errors: [{ message: importText.badOptions(p.error.issues[0]?.message ?? '') }] };
  if (!Version.safeParse(version).success)
    return { ok: false, errors: [{ message: importText.badOptions(`version ${version}`) }] };
  if (p.data.reportType !== block.reportType) {
    return {
      ok: false,
      errors: [{ message: importText.badOptions(`reportType ${p.data.reportType} ≠ ${block.reportType}`) }],
    };
  }
  if (block.year !== year) return { ok: false, errors: [{ message: importText.wrongYear(block.year, year) }] };
  const key = importKey(block);
  const source = sourceText(p.data, key);
  const byLine = new Map(block.rows.map((r) => [r.line, r]));
  const written = new Map<string, DataRow>();
  const errors: ImportIssue[] = [];
  for (const m of matches) {
    const row = byLine.get(m.line);
    if (row === undefined || row.kind !== 'school') continue;
    for (const [field, value] of Object.entries(row.values)) {
      if (value === null) continue;
      const id = `${m.school}\u0000${field}`;
      const earlier = written.get(id);
      if (earlier !== undefined) {
        if (earlier.value !== value) errors.push({ message: importText.conflictingRows(m.school, field) });
        continue;
      }
      written.set(id, { year, school: m.school, field, value, source, collectedAt: p.data.importedAt, version });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows: [...written.values()], key };
}
