// This file tests the logic of the «Сдача данных» board: a colour for every status the server can write,
// the count per status, the «только с ошибками» filter, when a decision counts, and the review request
// (a return needs a comment) as it reaches reviewSubmission through the google.script.run double.
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/core/config/schools-tab';
import type { BoardView, ServerApi } from '../../src/server/api';
import { canReview, isClean, reviewRequest, tally, TONES, visibleRows } from '../../src/ui/board';
import { createClient } from '../../src/ui/client';
import { BOARD } from './fixtures';
import { createScriptRunDouble } from './script-run-double';

describe('board logic', () => {
  it('has a distinct tone for every status of `Школы`, in the server order', () => {
    expect(Object.keys(TONES)).toEqual([...STATUSES]);
    expect(new Set(Object.values(TONES)).size).toBe(STATUSES.length);
  });

  it('counts schools per status, leaving out statuses nobody has', () => {
    const rows = [...BOARD.rows, { ...BOARD.rows[0]!, school: 'S08' }, { ...BOARD.rows[0]!, school: 'S09' }];
    // BOARD has one school per status; two more «сдано» → 1 + 2 = 3.
    expect(tally(rows).find((t) => t.status === 'сдано')).toEqual({ status: 'сдано', tone: 'submitted', count: 3 });
    expect(tally(BOARD.rows.slice(0, 2)).map((t) => t.status)).toEqual(['заполняется', 'сдано']);
  });

  it('filters to schools with errors (warnings alone do not count)', () => {
    const onlyWarning = { ...BOARD.rows[0]!, school: 'S10', warnings: 2, errors: 0 };
    expect(visibleRows([...BOARD.rows, onlyWarning], true).map((r) => r.school)).toEqual(['S02', 'S06', 'S07', 'S08']);
    expect(visibleRows(BOARD.rows, false)).toHaveLength(8);
  });

  it('says «без ошибок» only for a form that was read and has no problems', () => {
    expect(BOARD.rows.filter(isClean).map((r) => r.school)).toEqual(['S01', 'S04', 'S05']);
    const unread = { ...BOARD.rows[7]!, errors: 0, problems: [] };
    expect(isClean(unread)).toBe(false);
  });

  it('lets the coordinator decide only after the school marked «Сдано»', () => {
    expect(BOARD.rows.filter(canReview).map((r) => r.status)).toEqual([
      'сдано',
      'изменено после сдачи',
      'принято',
      'на доработке',
    ]);
  });

  it('asks for a comment before a return, trims it, and allows clearing a decision', () => {
    expect(reviewRequest('S04', 'на доработке', '   ')).toEqual({
      ok: false,
      message: 'Напишите в комментарии, что нужно исправить.',
    });
    expect(reviewRequest('S04', 'на доработке', ' Исправьте D14. ')).toEqual({
      ok: true,
      options: { school: 'S04', decision: 'на доработке', comment: 'Исправьте D14.' },
    });
    expect(reviewRequest('S01', 'принято', '')).toEqual({
      ok: true,
      options: { school: 'S01', decision: 'принято', comment: '' },
    });
    expect(reviewRequest('S05', null, '')).toEqual({
      ok: true,
      options: { school: 'S05', decision: null, comment: '' },
    });
  });

  it('sends the review through google.script.run and gets the redrawn board back', async () => {
    const received: unknown[] = [];
    const double = createScriptRunDouble({
      reviewSubmission: (options: never) => {
        received.push(options);
        const next: BoardView = {
          ...BOARD,
          rows: BOARD.rows.map((r) => (r.school === 'S01' ? { ...r, status: 'принято' } : r)),
        };
        return next;
      },
    });
    const server = createClient<ServerApi>(() => double.run);
    const request = reviewRequest('S01', 'принято', 'Проверено.');
    if (!request.ok) throw new Error('expected a request');
    const board = await server.reviewSubmission(request.options);
    expect(received).toEqual([{ school: 'S01', decision: 'принято', comment: 'Проверено.' }]);
    expect(board.rows[0]?.status).toBe('принято');
  });
});
