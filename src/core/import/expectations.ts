// This file refuses a parsed report that is not for the monitoring's year or municipality (brief: «a
// report for another year or municipality — nothing written»). A report naming no municipality passes.
import { importText } from '../text/import';
import { sameMunicipality } from './names';
import type { ImportedBlock, ImportIssue } from './types';

const TOTAL = /всего|итого/i;

export function checkExpectations(
  blocks: readonly ImportedBlock[],
  expectedYear?: number,
  municipality?: string,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (expectedYear !== undefined) {
    for (const year of new Set(blocks.map((b) => b.year))) {
      if (year !== expectedYear) issues.push({ message: importText.wrongYear(year, expectedYear) });
    }
  }
  if (municipality !== undefined) {
    const names = new Set<string>();
    for (const row of blocks.flatMap((b) => b.rows)) {
      if (row.kind === 'municipality' && !TOTAL.test(row.name)) names.add(row.name);
      if (row.kind === 'school' && row.parent !== undefined && !TOTAL.test(row.parent)) names.add(row.parent);
    }
    if (names.size > 0 && ![...names].some((n) => sameMunicipality(municipality, n))) {
      issues.push({ message: importText.wrongMunicipality([...names].slice(0, 3), municipality) });
    }
  }
  return issues;
}
