// This file plays the schools' side of the demo roadmaps: of the measures whose control date has come
// by the demo's date, two in three are marked «выполнено» — every second of those with a link to the
// confirming document (green), the other without one (amber) — and the third is left undone (overdue,
// red). One read and one write of the status columns per roadmap tab.
import { ROADMAP_COL, ROADMAP_ROWS } from '../../core/roadmap/tab';
import { TAB } from '../../core/text/config';
import { RM } from '../../core/text/roadmap';
import type { Workbook } from '../../sheets/port';
import { columnLetters } from '../../core/a1';
import { demoLink } from './values';

/** Marks progress in every `ДК …` tab as of `asOf` (ISO date); returns how many measures were marked done. */
export function markRoadmapProgress(wb: Workbook, asOf: string, year: number): number {
  let marked = 0;
  const [from, to] = [ROADMAP_COL.link, ROADMAP_COL.status];
  for (const name of wb.sheetNames().filter((n) => n.startsWith(TAB.roadmapPrefix))) {
    const sheet = wb.sheet(name);
    if (!sheet) continue;
    const rows = sheet.read().slice(ROADMAP_ROWS.first - 1);
    let due = 0;
    const block = rows.map((r) => {
      const control = r[ROADMAP_COL.control - 1];
      const current = [r[from - 1] ?? null, r[to - 1] ?? null];
      if (typeof control !== 'string' || !(r[ROADMAP_COL.text - 1] ?? null) || control > asOf) return current;
      due += 1;
      if (due % 3 === 0) return current;
      marked += 1;
      const id = String(r[ROADMAP_COL.id - 1] ?? due);
      return [due % 3 === 1 ? demoLink(name.slice(TAB.roadmapPrefix.length), year, id) : null, RM.done];
    });
    if (block.length > 0) sheet.write(`${columnLetters(from)}${ROADMAP_ROWS.first}`, block);
  }
  return marked;
}
