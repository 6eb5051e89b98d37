// This file writes an output tab (core SheetModel) through the port: the tab is cleared and rebuilt
// in a fixed number of calls, whatever its size — values, notes, formats, styles, highlights,
// frozen panes, widths and charts. Output tabs are fully owned by the add-on.
import { columnLetters, rangeA1 } from '../core/a1';
import type { Highlight, SheetModel } from '../core/report/sheet-model';
import type { ConditionalRule, Sheet, Workbook } from '../sheets/port';
import { COLOR, STYLE } from './style';

const TONE: Record<Highlight['tone'], { background: string; fontColor?: string }> = {
  red: { background: COLOR.red, fontColor: COLOR.redText },
  amber: { background: COLOR.amber },
  green: { background: COLOR.green, fontColor: COLOR.greenText },
  grey: { background: COLOR.grey, fontColor: COLOR.greyText },
};

export function writeModel(wb: Workbook, m: SheetModel): Sheet {
  const sheet = wb.sheet(m.name) ?? wb.addSheet(m.name);
  sheet.clear();
  const width = Math.max(1, ...m.grid.map((r) => r.length));
  const rows = Math.max(1, m.grid.length);
  sheet.write(
    'A1',
    m.grid.length > 0 ? m.grid.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]) : [[null]],
  );
  if (m.notes.length > 0) {
    const top = Math.min(...m.notes.map((n) => n.row));
    const left = Math.min(...m.notes.map((n) => n.col));
    const bottom = Math.max(...m.notes.map((n) => n.row));
    const right = Math.max(...m.notes.map((n) => n.col));
    const grid = Array.from({ length: bottom - top + 1 }, () => new Array<string>(right - left + 1).fill(''));
    for (const n of m.notes) (grid[n.row - top] as string[])[n.col - left] = n.text;
    sheet.setNotes(rangeA1(top, left), grid);
  }
  const byFormat = new Map<string, string[]>();
  for (const f of m.numberFormats) byFormat.set(f.format, [...(byFormat.get(f.format) ?? []), f.range]);
  for (const [format, ranges] of byFormat) sheet.style(ranges, { numberFormat: format });
  if (m.wrapCols.length > 0)
    sheet.style(
      m.wrapCols.map((c) => `${columnLetters(c)}1:${columnLetters(c)}${rows}`),
      STYLE.wrap,
    );
  if (m.headerRows.length > 0)
    sheet.style(
      m.headerRows.map((r) => rangeA1(r, 1, 1, width)),
      STYLE.header,
    );
  if (m.sectionRows.length > 0)
    sheet.style(
      m.sectionRows.map((r) => rangeA1(r, 1, 1, width)),
      STYLE.section,
    );
  const tones = new Map<Highlight['tone'], string[]>();
  for (const s of m.swatches) tones.set(s.tone, [...(tones.get(s.tone) ?? []), rangeA1(s.row, s.col)]);
  for (const [tone, ranges] of tones) sheet.style(ranges, { background: TONE[tone].background });
  const rules: ConditionalRule[] = m.highlights.map((h) => ({
    ranges: h.ranges,
    when: { kind: 'formula', formula: h.formula },
    style: TONE[h.tone],
  }));
  sheet.setConditionalRules(rules);
  sheet.setFrozen(m.frozen.rows, m.frozen.cols);
  if (m.widths.length > 0) sheet.setColumnWidths(1, m.widths);
  sheet.setCharts(m.charts);
  return sheet;
}
