// This file finds the year of a regional ЕГЭ/ОГЭ table: «… в 2023 году» in the title or header, with the
// sheet name («2022») as a second witness — the real 2022 sheet's header says «в 2023 году» (note §4.1).
import { importText } from '../text/import';
import type { ImportIssue } from './types';

export type ExamYear = { ok: true; year: number; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[] };

export function examYear(
  texts: readonly string[],
  sheetName: string | undefined,
  expected: number | undefined,
): ExamYear {
  const joined = texts.join(' ');
  const m = /(20\d{2})\s*(?:году|год|г\.)/.exec(joined) ?? /(?:^|\D)(20\d{2})(?:\D|$)/.exec(joined);
  const title = m === null ? null : Number(m[1]);
  const s = sheetName === undefined ? null : /^\s*(20\d{2})\s*$/.exec(sheetName);
  const sheet = s === null ? null : Number(s[1]);
  const warnings: ImportIssue[] = [];
  if (title !== null && sheet !== null && title !== sheet)
    warnings.push({ message: importText.yearConflict(title, sheet) });
  if (expected !== undefined && (expected === title || expected === sheet))
    return { ok: true, year: expected, warnings };
  const found = title ?? sheet;
  if (found !== null) return { ok: true, year: found, warnings };
  if (expected === undefined) return { ok: false, errors: [{ message: importText.noYear }] };
  return { ok: true, year: expected, warnings: [{ message: importText.yearFromOptions(expected) }] };
}
