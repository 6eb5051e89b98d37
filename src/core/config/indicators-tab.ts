// This file writes a program's indicators into the `Показатели` tab and reads the methodologist's
// edits back: name, comparison with the target, baseline and yearly targets. Structure (how an
// indicator is computed) stays with the preset; the tab holds what people are meant to change.
import type { Indicator, Program } from '../program';
import { CFG, TAB } from '../text/config';
import {
  COMPARISON_TEXT,
  DIRECTION_TEXT,
  cellError,
  isBlank,
  parseComparison,
  parseNumber,
  text,
  type Cell,
  type CellError,
} from './cells';
import type { Column, TabContent } from './tab';

const AGG_TEXT: Record<Indicator['aggregation'], string> = {
  pooled: 'сумма числителей / сумма знаменателей',
  meanOfSchools: 'среднее по школам',
  sum: 'сумма по школам',
  schoolShare: 'доля школ',
  all: 'все школы «Да»',
  count: 'число школ «Да»',
  share: 'доля школ «Да»',
};

export function indicatorYears(program: Program, reportingYear?: number): number[] {
  const to = Math.max(program.years.to, reportingYear ?? program.years.to);
  const years: number[] = [];
  for (let y = program.years.from; y <= to; y++) years.push(y);
  return years;
}

export function indicatorsTab(program: Program, reportingYear?: number): TabContent {
  const years = indicatorYears(program, reportingYear);
  const columns: Column[] = [
    { header: 'Код', note: 'Код показателя. Не меняйте: по нему строится отчёт.', width: 60 },
    { header: 'Задача / группа', note: 'Задача программы, к которой относится показатель.', width: 160 },
    {
      header: 'Показатель',
      note: 'Наименование показателя (можно уточнить формулировку).',
      width: 320,
      editable: true,
    },
    { header: 'Ед.', note: 'Единица измерения.', width: 50 },
    { header: 'Как считается', note: 'Формула или описание расчёта.', width: 220 },
    { header: 'Свод по муниципалитету', note: 'Как значения школ сводятся в муниципальное значение.', width: 150 },
    { header: 'Направление', note: 'Какое изменение считается улучшением.', width: 100 },
    {
      header: 'Сравнение с целью',
      note: '«не менее», «не более» или «—» (цель не сравнивается).',
      width: 100,
      editable: true,
    },
    { header: 'Базовое значение', note: 'Значение на начало программы (число).', width: 90, editable: true },
    ...years.map((y) => ({
      header: `Цель ${y}`,
      note: `Целевое значение на ${y} год (число; для долей — проценты).`,
      width: 80,
      editable: true,
    })),
    { header: 'Источник данных', note: 'Откуда берутся данные.', width: 160 },
    { header: 'Периодичность', note: 'Как часто собираются данные.', width: 110 },
    {
      header: 'Основание',
      note: 'Строка программы, откуда взяты числа; «по умолчанию» — программа числа не даёт.',
      width: 160,
    },
  ];
  const rows: Cell[][] = program.indicators.map((ind) => [
    ind.code,
    ind.group,
    ind.name,
    ind.unit,
    ind.formula ?? '',
    AGG_TEXT[ind.aggregation],
    DIRECTION_TEXT[ind.direction],
    COMPARISON_TEXT[ind.comparison],
    ind.baseline?.value ?? null,
    ...years.map((y) => ind.targets.find((t) => t.year === y)?.value ?? null),
    ind.dataSource ?? '',
    ind.periodicity ?? '',
    sources(ind),
  ]);
  return { name: TAB.indicators, columns, rows, frozenRows: 1, frozenCols: 3 };
}

function sources(ind: Indicator): string {
  const refs = [ind.source, ind.baseline?.source, ...ind.targets.map((t) => t.source)].filter((s): s is string => !!s);
  return refs.length > 0 ? [...new Set(refs)].join('; ') : CFG.sourceDefault;
}

/** Applies the edits found in the `Показатели` grid (header in row 1) to `program`. */
export function readIndicatorsTab(
  program: Program,
  grid: Cell[][],
  reportingYear?: number,
): { program: Program; errors: CellError[] } {
  const years = indicatorYears(program, reportingYear);
  const errors: CellError[] = [];
  const edits = new Map<string, Indicator>();
  const header = (grid[0] ?? []).map((h) => text(h));
  const yearCol = new Map(years.map((y) => [y, header.indexOf(`Цель ${y}`)]));
  grid.slice(1).forEach((row, i) => {
    const r = i + 2;
    const code = text(row[0] ?? null);
    if (code === '') return;
    const ind = program.indicators.find((x) => x.code === code);
    if (!ind) {
      errors.push(cellError(TAB.indicators, r, 1, CFG.unknownIndicator(code)));
      return;
    }
    const next: Indicator = { ...ind, targets: [...ind.targets] };
    const name = text(row[2] ?? null);
    if (name === '') errors.push(cellError(TAB.indicators, r, 3, CFG.noName));
    else next.name = name;
    const cmp = parseComparison(row[7] ?? null);
    if (cmp === null) errors.push(cellError(TAB.indicators, r, 8, CFG.badComparison));
    else next.comparison = cmp;
    const base = row[8] ?? null;
    if (!isBlank(base)) {
      const v = parseNumber(base);
      if (v === null) errors.push(cellError(TAB.indicators, r, 9, CFG.baselineNumber));
      else if (v !== ind.baseline?.value)
        next.baseline = { year: ind.baseline?.year ?? null, value: v, source: 'изменено в таблице' };
    } else if (ind.baseline) {
      delete next.baseline;
    }
    for (const y of years) {
      const c = yearCol.get(y) ?? -1;
      if (c < 0) continue;
      const cell = row[c] ?? null;
      const old = ind.targets.find((t) => t.year === y);
      if (isBlank(cell)) {
        next.targets = next.targets.filter((t) => t.year !== y);
        continue;
      }
      const v = parseNumber(cell);
      if (v === null || (ind.unit === '%' && (v < 0 || v > 100))) {
        errors.push(cellError(TAB.indicators, r, c + 1, ind.unit === '%' ? CFG.targetRange : CFG.targetNumber));
        continue;
      }
      if (old?.value === v) continue;
      next.targets = [
        ...next.targets.filter((t) => t.year !== y),
        { year: y, value: v, source: 'изменено в таблице' },
      ].sort((a, b) => a.year - b.year);
    }
    edits.set(code, next);
  });
  return { program: { ...program, indicators: program.indicators.map((x) => edits.get(x.code) ?? x) }, errors };
}
