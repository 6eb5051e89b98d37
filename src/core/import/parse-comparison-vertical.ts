// This file parses the older vertical layout of «Сравнение отметок с отметками по журналу» (note §3.2):
// one block per group — a caption row with the group's name, then Понизили / Подтвердили / Повысили /
// Всего rows with a count and a %. «Всего» here is the compared pupils only, so no `.n` is written.
import type { Grid } from '../../sheets/port';
import { importText, REPORT_LABELS } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText, dataRowIndexes, findColumn, norm } from './cells';
import { checkGroupPercents, GROUPS } from './comparison-groups';
import type { ParseOptions } from './context';
import type { Decimal } from './decimal';
import { createHierarchy, type HierarchyRow } from './hierarchy';
import { readCount, readPercent } from './read-cell';
import { failed, type ImportedRow, type ImportIssue, type ParseResult } from './types';
import { readVprFrame, vprBlock } from './vpr-frame';

interface Group {
  head: HierarchyRow;
  label: string;
  line: number;
  counts: (number | null)[];
  percents: (Decimal | null)[];
  total: number | null;
  closed: boolean;
}

export function parseComparisonVertical(grid: Grid, headerRow: number, options: ParseOptions): ParseResult {
  const frame = readVprFrame(grid, headerRow, options);
  if (!frame.ok) return failed(frame.errors);
  const header = grid[headerRow];
  const nameCol = findColumn(header, (t) => t === 'группы участников');
  const countCol = findColumn(header, (t) => t.startsWith('кол-во участников'));
  const pctCol = findColumn(header, (t) => t === '%');
  if (countCol < 0 || pctCol < 0) {
    return failed([{ message: importText.headerMissing(REPORT_LABELS['vpr-comparison'], ['Кол-во участников', '%']) }]);
  }
  const lines = dataRowIndexes(grid, headerRow);
  if (lines.length === 0) return failed([{ message: importText.empty(REPORT_LABELS['vpr-comparison']) }]);

  const errors: ImportIssue[] = [];
  const groups: Group[] = [];
  const next = createHierarchy();
  for (const r of lines) {
    const label = cellText(cellAt(grid, r, nameCol));
    const stem = norm(label);
    const g = GROUPS.findIndex((x) => stem.includes(x.stem));
    const isTotal = stem.startsWith('всего');
    const current = groups[groups.length - 1];
    if (g < 0 && !isTotal) {
      groups.push({
        head: next(label),
        label,
        line: r + 1,
        counts: [null, null, null],
        percents: [null, null, null],
        total: null,
        closed: false,
      });
      continue;
    }
    if (current === undefined) {
      errors.push({ message: importText.noName(a1(r, nameCol)), cell: a1(r, nameCol) });
      continue;
    }
    const count = readCount(grid, { row: r, col: countCol, rowLabel: current.label, column: label });
    const pct = readPercent(grid, { row: r, col: pctCol, rowLabel: current.label, column: label });
    if (!count.ok || !pct.ok) {
      errors.push(...[count, pct].flatMap((x) => (x.ok ? [] : [x.issue])));
      continue;
    }
    if (isTotal) {
      current.total = count.value;
      current.closed = true;
    } else {
      current.counts[g] = count.value;
      current.percents[g] = pct.value;
    }
  }
  const last = groups[groups.length - 1];
  if (last !== undefined && !last.closed) {
    const at = a1(lines[lines.length - 1] ?? headerRow, countCol);
    errors.push({ message: importText.rowCut(at, last.label), cell: at });
  }
  if (errors.length > 0) return failed(errors);

  const warnings: ImportIssue[] = [...frame.warnings];
  const base = `vpr.${frame.subject}.${frame.grade}`;
  const rows: ImportedRow[] = groups.map((grp) => {
    warnings.push(...checkGroupPercents(grp.label, grp.counts, grp.percents));
    const sum = grp.counts.every((c) => c !== null) ? grp.counts.reduce<number>((a, c) => a + (c ?? 0), 0) : null;
    if (grp.total !== null && sum !== null && sum !== grp.total) {
      warnings.push({ message: importText.comparisonTotal(grp.label, grp.total, sum) });
    }
    const values: Record<string, number | null> = {};
    GROUPS.forEach((x, i) => (values[`${base}.${x.measure}`] = grp.counts[i] ?? null));
    return { ...grp.head, line: grp.line, values };
  });
  return vprBlock('vpr-comparison', frame, rows, warnings);
}
