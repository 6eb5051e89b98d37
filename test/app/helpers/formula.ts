// This file tells which tone a cell shows from the conditional rules the report wrote, evaluating
// each formula the way a spreadsheet would (the local preview's evaluator: references shifted from
// the rule's first cell, `$` fixed), so tests check the colour a reader sees rather than the formula
// text. The first rule whose range holds the cell and whose formula holds wins.
import { parseA1 } from '../../../src/core/a1';
import { COLOR } from '../../../src/app/style';
import { parseFormula, ruleHolds } from '../../../src/local/preview/formula';
import type { CellValue, Sheet } from '../../../src/sheets/port';

export type Tone = 'green' | 'amber' | 'red' | 'grey' | null;
const TONES: Record<string, Tone> = {
  [COLOR.green]: 'green',
  [COLOR.amber]: 'amber',
  [COLOR.red]: 'red',
  [COLOR.grey]: 'grey',
};

/** The tone the spreadsheet shows on cell `a1` of `sheet` from its conditional rules. */
export function toneAt(sheet: Sheet, a1: string): Tone {
  const grid = sheet.read();
  const ctx = { cell: (_: string | null, r: number, c: number): CellValue => grid[r - 1]?.[c - 1] ?? null, today: 0 };
  const cell = parseA1(a1);
  for (const rule of sheet.readConditionalRules()) {
    if (rule.when.kind !== 'formula') continue;
    const inside = rule.ranges.some((r) => {
      const x = parseA1(r);
      return cell.row >= x.row && cell.row < x.row + x.rows && cell.col >= x.col && cell.col < x.col + x.cols;
    });
    if (!inside) continue;
    const anchor = parseA1(rule.ranges[0] as string);
    if (ruleHolds(parseFormula(rule.when.formula), ctx, { rows: cell.row - anchor.row, cols: cell.col - anchor.col })) {
      return TONES[rule.style.background ?? ''] ?? null;
    }
  }
  return null;
}
