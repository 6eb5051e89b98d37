// This file holds what both layouts of «Сравнение отметок с отметками по журналу» share: the three
// groups (matched on stems, since «Отметке»/«Отметка» and a trailing «%» vary by year, note §3.2) and
// the check of the given percentages against the counts. The percentages are over the pupils who have
// both marks (Σ of the three groups), not over «Кол-во участников(всего)» (note §3.2, §7.2).
import { importText } from '../text/import';
import { formatDecimal, type Decimal } from './decimal';
import { percentMatches } from './percent-counts';
import type { ImportIssue } from './types';

export const GROUPS = [
  { stem: 'понизил', measure: 'lowered', label: 'Понизили' },
  { stem: 'подтвердил', measure: 'confirmed', label: 'Подтвердили' },
  { stem: 'повысил', measure: 'raised', label: 'Повысили' },
] as const;

/** Warnings for every given percentage that does not match its count over the compared pupils. */
export function checkGroupPercents(
  label: string,
  counts: readonly (number | null)[],
  percents: readonly (Decimal | null)[],
): ImportIssue[] {
  if (counts.some((c) => c === null)) return [];
  const compared = counts.reduce<number>((a, c) => a + (c ?? 0), 0);
  if (compared === 0) return [];
  return GROUPS.flatMap((g, i) => {
    const p = percents[i];
    const c = counts[i];
    if (p === null || p === undefined || c === null || c === undefined || percentMatches(p, c, compared)) return [];
    return [{ message: importText.comparisonPercent(label, g.label, formatDecimal(p), c, compared) }];
  });
}
