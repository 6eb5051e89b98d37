// This file is the logic of the «Сдача данных» board without the DOM: the colour tone of each status,
// the count of schools per status, the «только с ошибками» filter, whether a school can be reviewed yet,
// and the review request (a return «на доработку» needs a comment saying what to fix).
import { BOARD } from '../core/text/ui';
import type { BoardView, ServerApi } from '../server/api';

export type BoardRow = BoardView['rows'][number];
export type SubmissionStatus = BoardRow['status'];
export type ReviewOptions = Parameters<ServerApi['reviewSubmission']>[0];
export type Decision = NonNullable<ReviewOptions['decision']>;

export type Tone = 'idle' | 'filling' | 'submitted' | 'changed' | 'accepted' | 'returned' | 'missing' | 'locked';

/** Every status of `Школы`, in the order the tally lists them, with its chip colour (sidebar.css). */
export const TONES: Readonly<Record<SubmissionStatus, Tone>> = {
  'не начато': 'idle',
  заполняется: 'filling',
  сдано: 'submitted',
  'изменено после сдачи': 'changed',
  принято: 'accepted',
  'на доработке': 'returned',
  'нет листа': 'missing',
  'нет доступа': 'locked',
};

/** Statuses after the school marked «Сдано»: only then does the server count a decision. */
const REVIEWABLE: ReadonlySet<SubmissionStatus> = new Set<SubmissionStatus>([
  'сдано',
  'изменено после сдачи',
  'принято',
  'на доработке',
]);

/** Statuses where no form was read, so «без ошибок» would say nothing. */
const UNREAD: ReadonlySet<SubmissionStatus> = new Set<SubmissionStatus>(['не начато', 'нет листа', 'нет доступа']);

/** A read form without errors or warnings. */
export function isClean(row: BoardRow): boolean {
  return row.errors === 0 && row.warnings === 0 && !UNREAD.has(row.status);
}

export function canReview(row: BoardRow): boolean {
  return REVIEWABLE.has(row.status);
}

export function visibleRows(rows: readonly BoardRow[], onlyErrors: boolean): BoardRow[] {
  return onlyErrors ? rows.filter((r) => r.errors > 0) : [...rows];
}

/** «сдано: 3», … for the statuses present, in the order of TONES. */
export function tally(rows: readonly BoardRow[]): { status: SubmissionStatus; tone: Tone; count: number }[] {
  return (Object.keys(TONES) as SubmissionStatus[])
    .map((status) => ({ status, tone: TONES[status], count: rows.filter((r) => r.status === status).length }))
    .filter((t) => t.count > 0);
}

export type ReviewRequest = { ok: true; options: ReviewOptions } | { ok: false; message: string };

export function reviewRequest(school: string, decision: Decision | null, comment: string): ReviewRequest {
  const text = comment.trim();
  if (decision === 'на доработке' && text === '') return { ok: false, message: BOARD.needsComment };
  return { ok: true, options: { school, decision, comment: text } };
}
