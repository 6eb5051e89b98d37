// This file writes a rendered roadmap tab through the port in a fixed number of calls, whatever its
// size: values (one write), notes, styles, the date format, dropdowns for status and curator mark, a
// URL check on the link column, conditional formatting (overdue red, done without a document amber,
// done with one green, rows out of the plan grey), frozen header, widths and a warning-only protection
// of the header block and the service columns.
import { columnLetters, rangeA1 } from '../core/a1';
import { ROADMAP_COL, ROADMAP_COLUMNS, ROADMAP_ROWS, ROADMAP_WIDTHS, type RenderedTab } from '../core/roadmap/tab';
import { RM } from '../core/text/roadmap';
import type { ConditionalRule, Sheet } from '../sheets/port';
import { COLOR, STYLE } from './style';

/** Rows below the last one that still get dropdowns and highlighting, for rows people add. */
const ROOM = 200;

export function writeRoadmapSheet(sheet: Sheet, tab: RenderedTab, fresh: boolean): void {
  if (!fresh) sheet.clear();
  const width = ROADMAP_COLUMNS.length;
  const { header, first } = ROADMAP_ROWS;
  const bottom = tab.lastRow + ROOM;
  const col = (c: keyof typeof ROADMAP_COL) => columnLetters(ROADMAP_COL[c]);
  const column = (c: keyof typeof ROADMAP_COL) => `${col(c)}${first}:${col(c)}${bottom}`;

  sheet.write('A1', tab.grid);
  sheet.setNotes(rangeA1(header, 1), tab.notes);
  sheet.style(['A1'], STYLE.title);
  sheet.style([rangeA1(header, 1, 1, width)], STYLE.header);
  sheet.style([`A${first}:${columnLetters(width)}${bottom}`], STYLE.wrap);
  sheet.style([`${col('relevance')}${first}:${col('stamp')}${bottom}`, rangeA1(ROADMAP_ROWS.subtitle, 1, 2, width)], {
    fontColor: COLOR.greyText,
  });
  sheet.style([column('control')], { numberFormat: 'dd.mm.yyyy' });
  sheet.setValidation([column('status')], {
    rule: { kind: 'list', values: [...RM.statuses] },
    help: RM.headerNotes.status,
    strict: true,
  });
  sheet.setValidation([column('curator')], {
    rule: { kind: 'list', values: [...RM.curatorMarks] },
    help: RM.headerNotes.curator,
    strict: true,
  });
  sheet.setValidation([column('link')], { rule: { kind: 'url' }, help: RM.headerNotes.link, strict: false });
  sheet.setConditionalRules(highlightRules(bottom));
  sheet.setFrozen(header, 0);
  sheet.setColumnWidths(
    1,
    ROADMAP_COLUMNS.map((c) => ROADMAP_WIDTHS[c]),
  );
  const guard = (range: string) => ({
    range,
    description: `ШНОР-Монитор: служебные ячейки дорожной карты «${sheet.name}»`,
    editors: [],
    unprotected: [],
    warningOnly: true,
  });
  sheet.setProtections([guard(rangeA1(1, 1, header, width)), guard(`${col('id')}${first}:${col('stamp')}${bottom}`)]);
}

/**
 * Formulas relative to the first data row. A control date is a date in Sheets and ISO text in a saved
 * xlsx, so the formulas read it through DATEVALUE when it is text. Every rule leaves out rows marked
 * «не актуально», so the order of rules does not matter where the spreadsheet applies several.
 */
function highlightRules(bottom: number): ConditionalRule[] {
  const r = ROADMAP_ROWS.first;
  const ref = (c: keyof typeof ROADMAP_COL) => `$${columnLetters(ROADMAP_COL[c])}${r}`;
  const range = [`A${r}:${columnLetters(ROADMAP_COLUMNS.length)}${bottom}`];
  const prefix = RM.retiredPrefix;
  const inPlan = `LOWER(LEFT(${ref('relevance')},${prefix.length}))<>"${prefix}"`;
  const active = `${ref('text')}<>"",${inPlan}`;
  const date = `IFERROR(DATEVALUE(${ref('control')}),${ref('control')})`;
  const done = `${ref('status')}="${RM.done}"`;
  return [
    {
      ranges: range,
      when: { kind: 'formula', formula: `=AND(${active},NOT(${done}),ISNUMBER(${date}),${date}<TODAY())` },
      style: { background: COLOR.red, fontColor: COLOR.redText },
    },
    {
      ranges: range,
      when: { kind: 'formula', formula: `=AND(${active},${done},${ref('link')}="")` },
      style: { background: COLOR.amber },
    },
    {
      ranges: range,
      when: { kind: 'formula', formula: `=AND(${active},${done},${ref('link')}<>"")` },
      style: { background: COLOR.green },
    },
    {
      ranges: range,
      when: { kind: 'formula', formula: `=AND(${ref('text')}<>"",NOT(${inPlan}))` },
      style: { fontColor: COLOR.greyText },
    },
  ];
}
