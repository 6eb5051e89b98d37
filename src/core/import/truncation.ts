// This file spots the signs of a cut file in ФИС ОКО reports: a last row that stops part-way (its
// remaining value cells blank, not «X»), and a municipality row announcing more ОО than follow it.
import type { Grid } from '../../sheets/port';
import { importText } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText } from './cells';
import type { ImportIssue } from './types';

/** The last data row is cut when a value column is blank after the name (a row never ends early). */
export function lastRowCut(
  grid: Grid,
  lines: readonly number[],
  nameCol: number,
  valueCols: readonly number[],
): ImportIssue | null {
  const r = lines[lines.length - 1];
  if (r === undefined) return null;
  const blank = valueCols.find((c) => cellText(cellAt(grid, r, c)) === '');
  if (blank === undefined) return null;
  const at = a1(r, blank);
  return { message: importText.rowCut(at, cellText(cellAt(grid, r, nameCol))), cell: at };
}

/** Counts the ОО rows under each municipality row and compares with its «Кол-во ОО». */
export function createOoCounter(): {
  municipality(label: string, stated: number | null): void;
  school(): void;
  finish(): ImportIssue[];
} {
  const issues: ImportIssue[] = [];
  let current: { label: string; stated: number | null; listed: number } | null = null;
  const close = (): void => {
    // One listed ОО is a school's own download (note §2.3); several but fewer than stated is a cut file.
    if (current !== null && current.stated !== null && current.listed > 1 && current.listed < current.stated) {
      issues.push({ message: importText.ooCountShort(current.label, current.stated, current.listed) });
    }
  };
  return {
    municipality(label, stated) {
      close();
      current = { label, stated, listed: 0 };
    },
    school() {
      if (current !== null) current.listed += 1;
    },
    finish() {
      close();
      current = null;
      return issues;
    },
  };
}
