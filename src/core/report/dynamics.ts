// This file builds `Динамика`: each indicator across the years present in `Данные`, for the
// municipality and per school, with the change since last year (arrow, colour by the indicator's
// direction), a text trend that works in any spreadsheet, an optional SPARKLINE, a chart of the key
// indicators, and the schools entering or leaving the ШНОР list.
import { columnLetters, rangeA1 } from '../a1';
import { NO_DATA } from '../format';
import type { IndicatorMeta, IndicatorSeries, IndicatorValue, ReportResult } from '../engine/types';
import { D } from '../text/dynamics';
import { emptyModel, type ModelCell, type SheetModel } from './sheet-model';

export interface DynamicsInput {
  result: ReportResult;
  /** ШНОР schools (codes) flagged in the previous year, for entering/leaving; null when unknown. */
  previousShnor: string[] | null;
  /** Write =SPARKLINE(…) formulas (Google Sheets only). */
  sparkline: boolean;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** «▁▄█» for the numbers, «·» for gaps; flat series give a flat line. */
export function textTrend(values: (number | null)[]): string {
  const nums = values.filter((v): v is number => v !== null);
  if (nums.length === 0) return '';
  const lo = Math.min(...nums);
  const hi = Math.max(...nums);
  return values
    .map((v) => (v === null ? '·' : BLOCKS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (BLOCKS.length - 1))]))
    .join('');
}

export function buildDynamics(input: DynamicsInput): SheetModel {
  const { result } = input;
  const m = emptyModel(D.tab);
  const series = result.series ?? [];
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const metas = new Map(result.indicators.map((i) => [i.code, i]));
  const numeric = series.filter((s) => metas.get(s.code)?.unit !== 'да/нет');
  const y0 = 4; // first value column: Код | Показатель | (Школа) …
  const push = (row: ModelCell[]) => m.grid.push(row);

  push([D.title(years)]);
  m.sectionRows.push(1);
  push([]);
  // municipal table
  push([D.municipal]);
  m.sectionRows.push(3);
  const head = (first: string[]) => [
    ...first,
    ...years.map(String),
    D.change,
    D.arrow,
    D.better,
    D.trend,
    ...(input.sparkline ? [D.chart] : []),
  ];
  push(head([D.code, D.indicator, '']));
  m.headerRows.push(4);
  const tableStart = m.grid.length + 1;
  for (const s of numeric) {
    const meta = metas.get(s.code) as IndicatorMeta;
    push(
      row(
        [s.code, meta.name, ''],
        meta,
        s.points.map((p) => p.municipal),
        years,
        s,
        input.sparkline,
        m.grid.length + 1,
        y0,
      ),
    );
  }
  colourChanges(m, tableStart, m.grid.length, y0 + years.length);
  push([]);

  // per school
  const schoolTitle = m.grid.length + 1;
  push([D.bySchool]);
  m.sectionRows.push(schoolTitle);
  push(head([D.code, D.indicator, D.school]));
  m.headerRows.push(m.grid.length);
  const schoolStart = m.grid.length + 1;
  for (const school of result.schools) {
    for (const s of numeric) {
      const meta = metas.get(s.code) as IndicatorMeta;
      const values = s.points.map((p) => p.schools[school.code]);
      if (values.every((v) => !v || v.value === null)) continue;
      push(row([s.code, meta.name, school.name], meta, values, years, s, input.sparkline, m.grid.length + 1, y0));
    }
  }
  colourChanges(m, schoolStart, m.grid.length, y0 + years.length);
  push([]);

  // ШНОР list changes
  if (result.rules.some((r) => r.flags === 'shnor')) {
    const now = result.schools.filter((s) => s.flags.shnor === 'yes');
    const nowCodes = new Set(now.map((s) => s.code));
    const name = (code: string) => result.schools.find((s) => s.code === code)?.name ?? code;
    push([D.shnorList(result.year)]);
    m.sectionRows.push(m.grid.length);
    if (input.previousShnor === null) {
      push([D.noPrevious]);
    } else {
      const prev = new Set(input.previousShnor);
      push([
        D.entered,
        [...nowCodes]
          .filter((c) => !prev.has(c))
          .map(name)
          .join(', ') || '—',
      ]);
      push([
        D.left,
        [...prev]
          .filter((c) => !nowCodes.has(c))
          .map(name)
          .join(', ') || '—',
      ]);
      push([
        D.stayed,
        [...nowCodes]
          .filter((c) => prev.has(c))
          .map(name)
          .join(', ') || '—',
      ]);
    }
    push([]);
  }

  // key indicators chart
  const keys = numeric.filter((s) => metas.get(s.code)?.key).slice(0, 5);
  const chosen = keys.length > 0 ? keys : numeric.filter((s) => metas.get(s.code)?.unit === '%').slice(0, 3);
  if (chosen.length > 0 && years.length > 1) {
    const top = m.grid.length + 1;
    push([D.keyTitle]);
    m.sectionRows.push(top);
    push([D.year, ...chosen.map((s) => `${s.code} ${metas.get(s.code)?.name ?? ''}`)]);
    m.headerRows.push(top + 1);
    for (const y of years) {
      push([String(y), ...chosen.map((s) => s.points.find((p) => p.year === y)?.municipal.value ?? null)]);
    }
    m.charts.push({
      kind: 'line',
      title: D.keyTitle,
      range: rangeA1(top + 1, 1, years.length + 1, chosen.length + 1),
      anchor: `${columnLetters(y0 + years.length + 6)}3`,
    });
  }

  m.frozen = { rows: 0, cols: 0 };
  m.widths = [70, 320, 160, ...years.map(() => 80), 90, 50, 110, 90, ...(input.sparkline ? [120] : [])];
  m.wrapCols = [2];
  if (years.length > 0)
    m.numberFormats.push({
      range: `${columnLetters(y0)}5:${columnLetters(y0 + years.length)}${m.grid.length}`,
      format: '0.0',
    });
  return m;
}

function row(
  first: ModelCell[],
  meta: IndicatorMeta,
  values: (IndicatorValue | undefined)[],
  years: number[],
  s: IndicatorSeries,
  sparkline: boolean,
  r: number,
  y0: number,
): ModelCell[] {
  const byYear = years.map((y) => {
    const i = s.points.findIndex((p) => p.year === y);
    return i < 0 ? null : (values[i]?.value ?? null);
  });
  const [prev, last] = byYear.slice(-2);
  const change =
    years.length > 1 && prev !== null && prev !== undefined && last !== null && last !== undefined
      ? round(last - prev)
      : null;
  const arrow = change === null ? '' : change > 0 ? '↑' : change < 0 ? '↓' : '→';
  const firstCol = columnLetters(y0);
  const lastCol = columnLetters(y0 + years.length - 1);
  return [
    ...first,
    ...byYear.map((v) => v ?? NO_DATA),
    change ?? NO_DATA,
    arrow,
    meta.direction === 'up' ? D.up : D.down,
    textTrend(byYear),
    ...(sparkline ? [`=SPARKLINE(${firstCol}${r}:${lastCol}${r})`] : []),
  ];
}

/** Green when the change goes the indicator's way, red when against it. */
function colourChanges(m: SheetModel, from: number, to: number, changeCol: number): void {
  if (to < from) return;
  const C = columnLetters(changeCol);
  const B = columnLetters(changeCol + 2);
  const ranges = [`${C}${from}:${columnLetters(changeCol + 1)}${to}`];
  m.highlights.push(
    {
      ranges,
      formula: `=AND(ISNUMBER($${C}${from}),OR(AND($${B}${from}="${D.up}",$${C}${from}>0),AND($${B}${from}="${D.down}",$${C}${from}<0)))`,
      tone: 'green',
    },
    {
      ranges,
      formula: `=AND(ISNUMBER($${C}${from}),OR(AND($${B}${from}="${D.up}",$${C}${from}<0),AND($${B}${from}="${D.down}",$${C}${from}>0)))`,
      tone: 'red',
    },
  );
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
