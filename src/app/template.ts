// This file writes a school template through the port: grid, styles, validations on every input
// cell, and protection (everything but input cells is locked; in tab mode the input cells are
// editable only by the school's email and the coordinators). A fixed number of calls per school.
import { rangeA1, toA1 } from '../core/a1';
import type { FieldDef } from '../core/fields';
import type { TemplateLayout } from '../core/template/layout';
import { T } from '../core/text/template';
import type { Protection, Sheet, Validation } from '../sheets/port';
import { STYLE } from './style';

export function fieldValidation(field: FieldDef): Validation | null {
  switch (field.type) {
    case 'count':
      return {
        rule: { kind: 'integer', min: field.min ?? 0, ...(field.max !== undefined ? { max: field.max } : {}) },
        help: T.help.count(field.min ?? 0, field.max),
        strict: true,
      };
    case 'number':
    case 'score':
      return {
        rule: { kind: 'number', min: field.min ?? 0, ...(field.max !== undefined ? { max: field.max } : {}) },
        help: T.help.number(field.min ?? 0, field.max),
        strict: true,
      };
    case 'percent':
      return { rule: { kind: 'number', min: 0, max: field.max ?? 100 }, help: T.help.percent, strict: true };
    case 'bool':
      return { rule: { kind: 'list', values: [T.yes, T.no] }, help: T.help.bool, strict: true };
    case 'url':
      return { rule: { kind: 'url' }, help: T.help.url, strict: true };
    case 'text':
      return null;
  }
}

export interface TemplateAccess {
  /** The school's email (tab mode); null leaves the input cells open to every editor of the file. */
  schoolEmail: string | null;
  coordinators: string[];
}

/** Input cells grouped into rectangles: runs of adjacent columns in a row, merged down identical runs. */
export function inputRanges(layout: TemplateLayout): string[] {
  const byRow = new Map<number, number[]>();
  for (const i of layout.inputs) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i.col]);
  const runs: { row: number; from: number; to: number; rows: number }[] = [];
  for (const [row, cols] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...cols].sort((a, b) => a - b);
    let from = sorted[0] as number;
    let prev = from;
    const flush = (to: number) => {
      const above = runs.find((r) => r.row + r.rows === row && r.from === from && r.to === to);
      if (above) above.rows += 1;
      else runs.push({ row, from, to, rows: 1 });
    };
    for (const c of sorted.slice(1)) {
      if (c !== prev + 1) {
        flush(prev);
        from = c;
      }
      prev = c;
    }
    flush(prev);
  }
  return runs.map((r) => rangeA1(r.row, r.from, r.rows, r.to - r.from + 1));
}

export function writeTemplate(sheet: Sheet, layout: TemplateLayout, access: TemplateAccess): void {
  sheet.write('A1', layout.grid);
  const inputs = inputRanges(layout);
  const status = toA1(layout.status.row, layout.status.col);
  sheet.style(['A1'], STYLE.title);
  sheet.style(['A2'], STYLE.wrap);
  sheet.style(
    layout.sectionRows.map((r) => rangeA1(r, 1, 1, layout.cols)),
    STYLE.section,
  );
  sheet.style(
    layout.tableHeaderRows.map((r) => rangeA1(r, 1, 1, layout.cols)),
    STYLE.header,
  );
  sheet.style([...inputs, status], STYLE.input);
  if (layout.unused.length > 0)
    sheet.style(
      layout.unused.map((u) => toA1(u.row, u.col)),
      STYLE.unused,
    );

  const groups = new Map<string, { validation: Validation; ranges: string[] }>();
  for (const i of layout.inputs) {
    const v = fieldValidation(i.field);
    if (!v) continue;
    const key = JSON.stringify(v);
    const g = groups.get(key) ?? { validation: v, ranges: [] };
    g.ranges.push(toA1(i.row, i.col));
    groups.set(key, g);
  }
  for (const g of groups.values()) sheet.setValidation(g.ranges, g.validation);
  sheet.setValidation([status], {
    rule: { kind: 'list', values: [T.statusFilling, T.statusSubmitted] },
    help: T.help.status,
    strict: true,
  });

  const editors = [...new Set([...(access.schoolEmail ? [access.schoolEmail] : []), ...access.coordinators])];
  const protections: Protection[] = [
    {
      range: null,
      description: 'ШНОР-Монитор: форма школы (заполняются только жёлтые ячейки)',
      editors: access.coordinators,
      unprotected: [...inputs, status],
      warningOnly: false,
    },
  ];
  if (access.schoolEmail) {
    for (const r of [...inputs, status]) {
      protections.push({
        range: r,
        description: 'ШНОР-Монитор: ячейки школы',
        editors,
        unprotected: [],
        warningOnly: false,
      });
    }
  }
  sheet.setProtections(protections);
  sheet.setFrozen(5, 0);
  // A holds labels, B the school name in the header block (C is the narrow «Код:» label)
  sheet.setColumnWidths(1, [330, 220, 60, ...new Array<number>(layout.cols - 3).fill(95)]);
}
