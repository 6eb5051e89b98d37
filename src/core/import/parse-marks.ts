// This file parses «Статистика по отметкам» (note §3.1): per hierarchy row the participants and the
// percentages of «2»..«5» (numeric headers, 2 decimals), turned back into counts of each mark.
import type { Grid } from '../../sheets/port';
import { importText, REPORT_LABELS } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText, dataRowIndexes, findColumn } from './cells';
import type { ParseOptions } from './context';
import { formatDecimal, type Decimal } from './decimal';
import { createHierarchy } from './hierarchy';
import { countFromPercent, countsFromPercents, percentSum, percentSumBroken } from './percent-counts';
import { readCount, readPercent, type CellRef } from './read-cell';
import { createOoCounter, lastRowCut } from './truncation';
import { failed, type ImportedRow, type ImportIssue, type ParseResult } from './types';
import { readVprFrame, vprBlock } from './vpr-frame';

const MARKS = ['m2', 'm3', 'm4', 'm5'] as const;

export function parseMarks(grid: Grid, headerRow: number, options: ParseOptions): ParseResult {
  const frame = readVprFrame(grid, headerRow, options);
  if (!frame.ok) return failed(frame.errors);
  const header = grid[headerRow];
  const group = findColumn(header, (t) => t === 'группы участников');
  const oo = findColumn(header, (t) => t.startsWith('кол-во оо'));
  const n = findColumn(header, (t) => t.startsWith('кол-во уч'));
  const marks = [2, 3, 4, 5].map((k) => findColumn(header, (t) => t === String(k)));
  const missing = [n < 0 ? 'Кол-во участников' : null, ...marks.map((c, i) => (c < 0 ? String(i + 2) : null))];
  if (missing.some((m) => m !== null)) {
    return failed([
      {
        message: importText.headerMissing(
          REPORT_LABELS['vpr-marks'],
          missing.filter((m) => m !== null),
        ),
      },
    ]);
  }
  const lines = dataRowIndexes(grid, headerRow);
  if (lines.length === 0) return failed([{ message: importText.empty(REPORT_LABELS['vpr-marks']) }]);
  const cut = lastRowCut(grid, lines, group, [n, ...marks]);
  if (cut !== null) return failed([cut]);

  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [...frame.warnings];
  const rows: ImportedRow[] = [];
  const next = createHierarchy();
  const ooCounter = createOoCounter();
  const base = `vpr.${frame.subject}.${frame.grade}`;
  for (const r of lines) {
    const label = cellText(cellAt(grid, r, group));
    if (label === '') {
      errors.push({ message: importText.noName(a1(r, group)), cell: a1(r, group) });
      continue;
    }
    const ref = (col: number, column: string): CellRef => ({ row: r, col, rowLabel: label, column });
    const nRead = readCount(grid, ref(n, 'Кол-во участников'));
    const ooRead = oo < 0 ? null : readCount(grid, ref(oo, 'Кол-во ОО'));
    const pRead = marks.map((c, i) => readPercent(grid, ref(c, String(i + 2))));
    const failedReads = [nRead, ooRead, ...pRead].flatMap((x) => (x !== null && !x.ok ? [x.issue] : []));
    if (failedReads.length > 0 || !nRead.ok) {
      errors.push(...failedReads);
      continue;
    }
    const percents = pRead.map((x) => (x.ok ? x.value : null));
    const counts = markCounts(percents, nRead.value, label, errors, warnings);
    const h = next(label);
    if (h.kind === 'municipality') ooCounter.municipality(label, ooRead?.ok === true ? ooRead.value : null);
    if (h.kind === 'school') ooCounter.school();
    const values: Record<string, number | null> = { [`${base}.n`]: nRead.value };
    MARKS.forEach((m, i) => (values[`${base}.${m}`] = counts[i] ?? null));
    rows.push({ ...h, line: r + 1, values });
  }
  errors.push(...ooCounter.finish());
  if (errors.length > 0) return failed(errors);
  return vprBlock('vpr-marks', frame, rows, warnings);
}

/** Counts of «2»..«5» for one row; pushes the row's errors and warnings. */
function markCounts(
  percents: readonly (Decimal | null)[],
  n: number | null,
  label: string,
  errors: ImportIssue[],
  warnings: ImportIssue[],
): (number | null)[] {
  if (n === null) {
    if (percents.some((p) => p !== null)) warnings.push({ message: importText.noParticipants(label) });
    return percents.map(() => null);
  }
  // No participants: there is nothing to convert and a share of them is «нет данных» anyway.
  if (n === 0) return percents.map(() => null);
  const all = percents.filter((p): p is Decimal => p !== null);
  if (all.length < percents.length) return percents.map((p) => (p === null ? null : countFromPercent(p, n)));
  if (percentSumBroken(all)) {
    errors.push({ message: importText.percentSum(label, formatDecimal(percentSum(all))) });
    return percents.map(() => null);
  }
  const result = countsFromPercents(all, n);
  if (result === null) {
    errors.push({ message: importText.percentsZero(label, n) });
    return percents.map(() => null);
  }
  if (result.repaired) warnings.push({ message: importText.countsRepaired(label, result.roundedSum, n) });
  return result.counts;
}
