// This file parses the 2024 horizontal layout of «Сравнение отметок с отметками по журналу» (note §3.2):
// per hierarchy row «Кол-во участников(всего)» and, for понизили / подтвердили / повысили, a % column and
// a count column. Counts are taken as given; the percentages only check them.
import type { Grid } from '../../sheets/port';
import { importText, REPORT_LABELS } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText, dataRowIndexes, findColumn } from './cells';
import { checkGroupPercents, GROUPS } from './comparison-groups';
import type { ParseOptions } from './context';
import { createHierarchy } from './hierarchy';
import { readCount, readPercent, type CellRef } from './read-cell';
import { lastRowCut } from './truncation';
import { failed, type ImportedRow, type ImportIssue, type ParseResult } from './types';
import { readVprFrame, vprBlock } from './vpr-frame';

export function parseComparison(grid: Grid, headerRow: number, options: ParseOptions): ParseResult {
  const frame = readVprFrame(grid, headerRow, options);
  if (!frame.ok) return failed(frame.errors);
  const header = grid[headerRow];
  const group = findColumn(header, (t) => t === 'группы участников');
  const total = findColumn(header, (t) => t.startsWith('кол-во участников'));
  const pct = GROUPS.map((g) => findColumn(header, (t) => t.includes(g.stem) && t.endsWith('%')));
  const cnt = GROUPS.map((g) => findColumn(header, (t) => t.includes(g.stem) && t.includes('кол-во')));
  const missing = [
    total < 0 ? 'Кол-во участников(всего)' : null,
    ...GROUPS.map((g, i) => ((pct[i] ?? -1) < 0 ? `${g.label} … %` : null)),
    ...GROUPS.map((g, i) => ((cnt[i] ?? -1) < 0 ? `${g.label} … Кол-во участников` : null)),
  ].filter((m) => m !== null);
  if (missing.length > 0)
    return failed([{ message: importText.headerMissing(REPORT_LABELS['vpr-comparison'], missing) }]);
  const lines = dataRowIndexes(grid, headerRow);
  if (lines.length === 0) return failed([{ message: importText.empty(REPORT_LABELS['vpr-comparison']) }]);
  const cut = lastRowCut(grid, lines, group, [total, ...pct, ...cnt]);
  if (cut !== null) return failed([cut]);

  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [...frame.warnings];
  const rows: ImportedRow[] = [];
  const next = createHierarchy();
  const base = `vpr.${frame.subject}.${frame.grade}`;
  for (const r of lines) {
    const label = cellText(cellAt(grid, r, group));
    if (label === '') {
      errors.push({ message: importText.noName(a1(r, group)), cell: a1(r, group) });
      continue;
    }
    const ref = (col: number, column: string): CellRef => ({ row: r, col, rowLabel: label, column });
    const n = readCount(grid, ref(total, 'Кол-во участников(всего)'));
    const counts = GROUPS.map((g, i) => readCount(grid, ref(cnt[i] ?? -1, `${g.label}, кол-во`)));
    const percents = GROUPS.map((g, i) => readPercent(grid, ref(pct[i] ?? -1, `${g.label}, %`)));
    const bad = [n, ...counts, ...percents].flatMap((x) => (x.ok ? [] : [x.issue]));
    if (bad.length > 0 || !n.ok) {
      errors.push(...bad);
      continue;
    }
    const c = counts.map((x) => (x.ok ? x.value : null));
    warnings.push(
      ...checkGroupPercents(
        label,
        c,
        percents.map((x) => (x.ok ? x.value : null)),
      ),
    );
    const compared = c.every((x) => x !== null) ? c.reduce<number>((a, x) => a + (x ?? 0), 0) : null;
    if (compared !== null && n.value !== null && compared > n.value) {
      warnings.push({ message: importText.comparisonOverTotal(label, compared, n.value) });
    }
    const values: Record<string, number | null> = { [`${base}.n`]: n.value };
    GROUPS.forEach((g, i) => (values[`${base}.${g.measure}`] = c[i] ?? null));
    rows.push({ ...next(label), line: r + 1, values });
  }
  if (errors.length > 0) return failed(errors);
  return vprBlock('vpr-comparison', frame, rows, warnings);
}
