// This file measures how far a roadmap has got on a day: of the rows in the plan (a measure text, not
// marked «не актуально»), how many are «выполнено» and how many are overdue — a control date before
// that day and not «выполнено». Rows without a control date are never overdue.
import type { RoadmapProgress } from '../report/summary';
import { RM } from '../text/roadmap';
import { isRetired, type RoadmapRow } from './row';
import { isIsoDate } from './tab';

/** `asOf` is an ISO date; ISO dates compare as strings. */
export function roadmapProgress(rows: readonly RoadmapRow[], asOf: string): RoadmapProgress {
  let done = 0;
  let total = 0;
  let overdue = 0;
  for (const r of rows) {
    if (r.cells.text === '' || isRetired(r.cells.relevance)) continue;
    total += 1;
    if (r.cells.status === RM.done) done += 1;
    else if (isIsoDate(r.cells.control) && r.cells.control < asOf) overdue += 1;
  }
  return { done, total, overdue };
}
