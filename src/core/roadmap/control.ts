// This file fills a roadmap row's «Дата контроля» from its deadline text for the reporting year: the
// last control date the deadline parser finds in that year, or — never a guessed date — a text mark:
// «срок не распознан — уточните», «дата не задана» (by an outside schedule) or «в 2023 г. не
// запланировано». The cell note explains the reading in Russian.
import { describeDeadline, parseDeadline } from '../deadlines';
import { RM } from '../text/roadmap';

export interface ControlCell {
  /** ISO date "yyyy-mm-dd", or a text mark. */
  value: string;
  note: string;
  /** The deadline could not be read: the methodologist must give the date. */
  problem: boolean;
}

export type ControlOf = (deadline: string) => ControlCell;

export function controlCell(deadline: string, year: number, programYears?: { from: number; to: number }): ControlCell {
  const r = parseDeadline(deadline, year, programYears ? { programYears } : {});
  const summary = describeDeadline(r);
  if (!r.ok) return { value: RM.unparsed, note: summary, problem: true };
  const note = r.notes.length > 0 ? `${summary} (${r.notes.join('; ')})` : summary;
  if (r.controlDate !== null) return { value: r.controlDate, note, problem: false };
  return { value: r.activeInYear ? RM.noControlDate : RM.notPlanned(year), note, problem: false };
}

/** The deadline is read and falls outside the year: such a measure is not proposed for it. */
export function plannedIn(deadline: string, year: number, programYears?: { from: number; to: number }): boolean {
  const r = parseDeadline(deadline, year, programYears ? { programYears } : {});
  return !r.ok || r.activeInYear;
}
