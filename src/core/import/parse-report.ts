// This file is the import's entry point over one sheet: validate the grid, detect the report, run its
// parser, refuse another year or municipality. Either every block is produced or none is.
import { importText } from '../text/import';
import { ParseOptions } from './context';
import { detectReport } from './detect';
import { checkExpectations } from './expectations';
import { parseComparison } from './parse-comparison';
import { parseComparisonVertical } from './parse-comparison-vertical';
import { parseExam } from './parse-exam';
import { parseIndividual } from './parse-individual';
import { parseLong } from './parse-long';
import { parseMarks } from './parse-marks';
import { failed, GridInput, type ParseResult } from './types';

export function parseReport(grid: unknown, options: unknown = {}): ParseResult {
  const g = GridInput.safeParse(grid);
  if (!g.success) return failed([{ message: importText.badGrid(g.error.issues[0]?.message ?? '') }]);
  const o = ParseOptions.safeParse(options);
  if (!o.success) return failed([{ message: importText.badOptions(o.error.issues[0]?.message ?? '') }]);
  const opts = o.data;
  const d = detectReport(g.data, opts.sheetName);
  let result: ParseResult;
  switch (d.type) {
    case 'unknown':
      return failed([{ message: d.reason }]);
    case 'vpr-marks':
      result = parseMarks(g.data, d.headerRow, opts);
      break;
    case 'vpr-comparison':
      result = (d.layout === 'horizontal' ? parseComparison : parseComparisonVertical)(g.data, d.headerRow, opts);
      break;
    case 'vpr-individual':
      result = parseIndividual(g.data, d.headerRow, opts);
      break;
    case 'ege-schools':
    case 'oge-schools':
      result = parseExam(g.data, d, opts);
      break;
    case 'long-table':
      result = parseLong(g.data, d.headerRow);
      break;
  }
  if (!result.ok) return result;
  const refused = checkExpectations(result.blocks, opts.expectedYear, opts.municipality);
  return refused.length > 0 ? failed(refused) : result;
}
