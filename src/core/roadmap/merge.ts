// This file merges a new generation of proposals into the rows a roadmap tab holds now, by row id.
// Nothing a person did is lost:
// - a cell the generator proposes is refreshed only when it still holds what the generator last wrote
//   (its stamp); an edited cell is kept, whatever the new proposal says;
// - rows the user added (no id) are kept as they are, in place;
// - a row whose measure is no longer proposed is kept and marked in «Актуальность» («не актуально:
//   причина снята», or «…не запланировано» when its deadline left the year), and unmarked if it comes back;
// - a proposal whose id was suggested before but is no longer in the tab was deleted by the user and
//   is not added again (the tab remembers every id it ever suggested);
// - new proposals go after the row of the measure before them in the catalogue.
// The control date of every row follows the row's current deadline text, under the same stamp rule.
import { RM } from '../text/roadmap';
import type { ControlOf } from './control';
import type { Proposal } from './generate';
import { CATALOGUE_FIELDS, cellHash, emptyCells, type RoadmapRow, type StampedField } from './row';

export interface MergedRow extends RoadmapRow {
  /** Explanation of the control date, for the cell note. */
  controlNote: string;
}

export interface MergeResult {
  rows: MergedRow[];
  /** Every id the tab has suggested, old ones first. */
  suggested: string[];
  added: string[];
  /** Ids marked «не актуально» by this generation. */
  retired: string[];
}

export function mergeRoadmap(
  existing: readonly RoadmapRow[],
  proposals: readonly Proposal[],
  suggested: readonly string[],
  controlOf: ControlOf,
  year: number,
): MergeResult {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const retired: string[] = [];
  const rows: RoadmapRow[] = existing.map((r) => {
    const row = copy(r);
    // a second row with the same id (a copied row) becomes the user's own row
    if (row.id !== null && seen.has(row.id)) row.id = null;
    if (row.id === null) return row;
    seen.add(row.id);
    const p = byId.get(row.id);
    if (p?.active) {
      for (const f of CATALOGUE_FIELDS) propose(row, f, p.cells[f]);
      propose(row, 'relevance', '');
    } else {
      const mark = p ? RM.retiredNotPlanned(year) : RM.retiredCause;
      if (propose(row, 'relevance', mark) && mark !== r.cells.relevance) retired.push(row.id);
    }
    return row;
  });

  const remembered = new Set(suggested);
  const added: string[] = [];
  let anchor: RoadmapRow | null = null;
  for (const p of proposals) {
    if (!p.active) continue;
    const present = rows.find((r) => r.id === p.id);
    if (present) {
      anchor = present;
      continue;
    }
    if (remembered.has(p.id)) continue;
    const row: RoadmapRow = { id: p.id, cells: { ...emptyCells(), status: RM.notStarted }, stamp: {} };
    for (const f of CATALOGUE_FIELDS) propose(row, f, p.cells[f]);
    propose(row, 'relevance', '');
    const at = anchor ? rows.indexOf(anchor) + 1 : firstGenerated(rows, byId);
    rows.splice(at, 0, row);
    anchor = row;
    added.push(p.id);
  }

  const merged = rows.map((row) => {
    const control = controlOf(row.cells.deadline);
    const kept = !propose(row, 'control', control.value) && row.cells.control !== control.value;
    return { ...row, controlNote: kept ? RM.controlEdited(control.note) : control.note };
  });
  const newIds = proposals.filter((p) => p.active && !remembered.has(p.id)).map((p) => p.id);
  return { rows: merged, suggested: [...suggested, ...newIds], added, retired };
}

/**
 * Writes `value` into the cell unless the user changed it since the generator last wrote it (no stamp:
 * only an empty cell counts as untouched). Stamps the proposal either way. True when written.
 */
function propose(row: RoadmapRow, field: StampedField, value: string): boolean {
  const stamp = row.stamp[field];
  const current = row.cells[field];
  const untouched = stamp === undefined ? current === '' : stamp === cellHash(current);
  if (untouched) row.cells[field] = value;
  row.stamp[field] = cellHash(value);
  return untouched;
}

/** New rows with nothing before them go above the first generated row (user rows at the top stay on top). */
function firstGenerated(rows: readonly RoadmapRow[], byId: ReadonlyMap<string, Proposal>): number {
  const i = rows.findIndex((r) => r.id !== null && byId.has(r.id));
  return i < 0 ? rows.length : i;
}

function copy(r: RoadmapRow): RoadmapRow {
  return { id: r.id, cells: { ...r.cells }, stamp: { ...r.stamp } };
}
