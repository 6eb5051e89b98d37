// This file tells which report a grid holds, by content only (title and header rows, note §6.2):
// file and sheet names are whatever the user saved and are cut at 31 characters. The sheet name is
// used only to explain a refusal.
import type { CellValue, Grid } from '../../sheets/port';
import { importText } from '../text/import';
import { cellText, HEADER_SEARCH_ROWS, norm, normCell } from './cells';
import { examProcedure, isMunicipalityHeader, isNumberingRow, isSchoolHeader, metricCount } from './exam-columns';
import { longColumns } from './parse-long';

export type Detection =
  | { type: 'vpr-marks'; headerRow: number }
  | { type: 'vpr-comparison'; headerRow: number; layout: 'horizontal' | 'vertical' }
  | { type: 'vpr-individual'; headerRow: number }
  | { type: 'ege-schools' | 'oge-schools'; headerRow: number; metricRow: number }
  | { type: 'long-table'; headerRow: number }
  | { type: 'unknown'; reason: string };

type VprDetection = Extract<Detection, { type: 'vpr-marks' | 'vpr-comparison' | 'vpr-individual' }>;

const TITLES: readonly [string, VprDetection['type']][] = [
  ['статистика по отметкам', 'vpr-marks'],
  ['сравнение отметок с отметками по журналу', 'vpr-comparison'],
  ['индивидуальные результаты', 'vpr-individual'],
];

/** Other ФИС ОКО and regional titles (note §1): recognised so the refusal can name them. */
const UNSUPPORTED = [
  'распределение первичных баллов',
  'выполнение заданий',
  'достижение планируемых результатов',
  'проведение работы по',
  'форма сбора результатов',
  'оо с признаками необъективности',
];

const COMPARISON_STEM = /понизил|подтвердил|повысил/;

function firstText(row: readonly CellValue[] | undefined): string {
  return (row ?? []).map(cellText).find((t) => t !== '') ?? '';
}

export function detectReport(grid: Grid, sheetName?: string): Detection {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  const vpr = detectVpr(grid, limit);
  if (vpr !== null) return vpr;
  for (let r = 0; r < limit; r++) if (longColumns(grid[r]) !== null) return { type: 'long-table', headerRow: r };
  const exam = detectExam(grid, limit);
  if (exam !== null) return exam;
  const hint = sheetName === undefined ? '' : ` (лист «${sheetName}»)`;
  return { type: 'unknown', reason: importText.unknownReport + hint };
}

function detectVpr(grid: Grid, limit: number): Detection | null {
  let header = -1;
  let byHeader: Detection | null = null;
  for (let r = 0; r < limit && header < 0; r++) {
    const row = grid[r] ?? [];
    const texts = row.map(normCell);
    if (norm(firstText(row)) === 'группы участников') {
      header = r;
      byHeader = groupsHeader(grid, r);
    } else if (texts.includes('код участника') && texts.includes('первичный балл')) {
      header = r;
      byHeader = { type: 'vpr-individual', headerRow: r };
    }
  }
  const titleRows = grid.slice(0, header >= 0 ? header : limit);
  const title = titleRows.map(firstText).find((t) => {
    const n = norm(t);
    return TITLES.some(([s]) => n.startsWith(s)) || UNSUPPORTED.some((s) => n.startsWith(s));
  });
  const titleType = title === undefined ? undefined : TITLES.find(([s]) => norm(title).startsWith(s))?.[1];
  if (title !== undefined && titleType === undefined)
    return { type: 'unknown', reason: importText.unsupportedReport(title) };
  if (header < 0) return title === undefined ? null : { type: 'unknown', reason: importText.noHeader(title) };
  if (byHeader === null) return { type: 'unknown', reason: importText.unknownReport };
  if (title !== undefined && byHeader.type !== titleType) {
    const headerTitle = TITLES.find(([, t]) => t === byHeader.type)?.[0] ?? byHeader.type;
    return { type: 'unknown', reason: importText.titleHeaderMismatch(title, headerTitle) };
  }
  return byHeader;
}

/** A «Группы участников» header: marks 2..5 as numbers, comparison columns, or the older 3-column layout. */
function groupsHeader(grid: Grid, r: number): Detection {
  const row = grid[r] ?? [];
  const texts = row.map(normCell);
  if (texts.some((t) => COMPARISON_STEM.test(t))) return { type: 'vpr-comparison', headerRow: r, layout: 'horizontal' };
  const numeric = texts.filter((t) => /^\d+$/.test(t));
  if (numeric.length > 0) {
    return [...numeric].sort().join(',') === '2,3,4,5'
      ? { type: 'vpr-marks', headerRow: r }
      : {
          type: 'unknown',
          reason: importText.unsupportedReport('Распределение первичных баллов / Выполнение заданий'),
        };
  }
  const stems = grid.slice(r + 1, r + 12).some((next) => COMPARISON_STEM.test(norm(firstText(next))));
  if (texts.includes('%') && stems) return { type: 'vpr-comparison', headerRow: r, layout: 'vertical' };
  return { type: 'unknown', reason: importText.unknownReport };
}

function detectExam(grid: Grid, limit: number): Detection | null {
  for (let r = 0; r < limit; r++) {
    const row = grid[r] ?? [];
    const nameCols = [row.findIndex(isSchoolHeader), row.findIndex(isMunicipalityHeader)].filter((c) => c >= 0);
    if (!row.some(isSchoolHeader)) continue;
    // Header rows below the first leave the name columns empty (merged down); a named row is data.
    let metricRow = -1;
    for (let m = r; m <= r + 3 && m < grid.length; m++) {
      if (m > r && (isNumberingRow(grid[m]) || nameCols.some((c) => cellText(grid[m]?.[c] ?? null) !== ''))) break;
      if (metricCount(grid[m]) >= 2) metricRow = m;
    }
    if (metricRow < 0) continue;
    const texts = grid.slice(0, metricRow + 1).flatMap((row) => row.map(cellText));
    const procedure = examProcedure(texts);
    if (procedure === null) return { type: 'unknown', reason: importText.examProcedureUnclear };
    return { type: procedure === 'ege' ? 'ege-schools' : 'oge-schools', headerRow: r, metricRow };
  }
  return null;
}
