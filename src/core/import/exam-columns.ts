// This file recognises the columns of regional ЕГЭ/ОГЭ tables by word stems, as their headers differ
// between regions and years (note §4.1, §4.3): «приняло участие», «не преодолен min порог»,
// «средний балл», marks «5»..«2» or «отл.»..«неуд.»; and the school and municipality columns.
import type { CellValue } from '../../sheets/port';
import type { AssessmentMeasure, Procedure } from '../fields';
import { cellText, normCell } from './cells';

export type ExamMetric = Extract<AssessmentMeasure, 'n' | 'below' | 'mean' | 'm2' | 'm3' | 'm4' | 'm5'>;

const MARKS: readonly [RegExp, ExamMetric][] = [
  [/^(5|отл\.?|отлично)$/, 'm5'],
  [/^(4|хор\.?|хорошо)$/, 'm4'],
  [/^(3|удовл\.?|удовлетворительно)$/, 'm3'],
  [/^(2|неуд\.?|неудовлетворительно)$/, 'm2'],
];

/** The measure a metric header names; percentage columns and other metrics (80–99, 100 баллов) are null. */
export function examMetric(cell: CellValue): ExamMetric | null {
  const t = normCell(cell);
  if (t === '' || t.includes('%')) return null;
  if (/не\s*преодол|ниже\s*(мин|порог)|не\s*набрал/.test(t)) return 'below';
  if (/средн.*балл/.test(t)) return 'mean';
  if (/принял|участ/.test(t)) return 'n';
  const bare = t.replace(/[«»"'“”,]|отметк[аи]|\s/g, '');
  for (const [re, m] of MARKS) if (re.test(bare)) return m;
  return null;
}

export function isSchoolHeader(cell: CellValue): boolean {
  const t = normCell(cell);
  return (
    /образовательн\S* (организац|учрежд)/.test(t) ||
    /^(оо|оу|школа|наименование оо|наименование оу|название оо)$/.test(t)
  );
}

export function isMunicipalityHeader(cell: CellValue): boolean {
  const t = normCell(cell);
  return /муниципал/.test(t) || /^(мо|ате|район)$/.test(t);
}

/** The «1 2 3 … 9» row under a header: only numbers, at least three. */
export function isNumberingRow(row: readonly CellValue[] | undefined): boolean {
  if (row === undefined) return false;
  const filled = row.map(cellText).filter((t) => t !== '');
  return filled.length >= 3 && filled.every((t) => /^\d+$/.test(t));
}

export function metricCount(row: readonly CellValue[] | undefined): number {
  return row === undefined || isNumberingRow(row) ? 0 : row.filter((c) => examMetric(c) !== null).length;
}

/** ЕГЭ or ОГЭ as a title names it (whole words: «КЕГЭ» is a subject, not the procedure). */
export function examProcedure(texts: readonly string[]): Extract<Procedure, 'ege' | 'oge'> | null {
  const all = texts.join(' ').toLowerCase();
  const ege = /(^|[^а-яё])(егэ|гиа-11)([^а-яё]|$)/.test(all);
  const oge = /(^|[^а-яё])(огэ|гиа-9)([^а-яё0-9]|$)/.test(all);
  if (ege === oge) return null;
  return ege ? 'ege' : 'oge';
}
