// This file is the «Сдача данных» panel: after «Проверить сдачу», a summary line, a count per status and
// one compact row per school (status chip, filled %, errors and warnings). A row opens to its problems,
// each a link to its cell, and to the coordinator's decision: «Принять» or «На доработку» with a comment,
// which saves through reviewSubmission and redraws the board from the server's answer.
import { BOARD } from '../core/text/ui';
import type { BoardView } from '../server/api';
import { canReview, isClean, reviewRequest, tally, TONES, visibleRows, type BoardRow, type Decision } from './board';
import { server } from './client';
import { button, el } from './dom';
import { actions, frame, type Panel, primaryButton } from './panel';
import { problemList } from './problems';
import { runAction } from './run-action';
import { listStatus } from './status';

interface Flash {
  school: string;
  text: string;
}

export function submissionsPanel(): Panel {
  let board: BoardView | null = null;
  let onlyErrors = false;
  const opened = new Set<string>();
  let flash: Flash | null = null;

  const check = primaryButton('checkSubmissions');
  const view = el('div', { class: 'board', hidden: '' });
  const parts = frame('checkSubmissions', [actions(check)], false, [view]);

  const render = () => {
    if (board === null) return;
    view.hidden = false;
    const withErrors = board.rows.filter((r) => r.errors > 0).length;
    const filter = el('input', { type: 'checkbox', name: 'onlyErrors' });
    filter.checked = onlyErrors;
    filter.addEventListener('change', () => {
      onlyErrors = filter.checked;
      render();
    });
    const rows = visibleRows(board.rows, onlyErrors);
    view.replaceChildren(
      el('p', { class: 'board-summary' }, [board.summary]),
      el(
        'div',
        { class: 'tally' },
        tally(board.rows).map((t) => el('span', { class: `chip tone-${t.tone}` }, [BOARD.tally(t.status, t.count)])),
      ),
      el('label', { class: 'inline filter' }, [filter, BOARD.onlyErrors(withErrors)]),
      rows.length === 0
        ? el('p', { class: 'muted' }, [board.rows.length === 0 ? BOARD.empty : BOARD.noneWithErrors])
        : el('div', { class: 'rows' }, rows.map(schoolRow)),
    );
    flash = null;
  };

  const schoolRow = (row: BoardRow): HTMLElement => {
    const rowStatusList = el('ul', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const rowStatus = listStatus(rowStatusList);
    const meta: Node[] = [
      el('span', { class: `chip tone-${TONES[row.status]}` }, [row.status]),
      el('span', { class: 'filled', title: BOARD.filledTitle }, [BOARD.filled(row.filledPercent)]),
    ];
    if (row.errors > 0) meta.push(el('span', { class: 'count error' }, [BOARD.errors(row.errors)]));
    if (row.warnings > 0) meta.push(el('span', { class: 'count warning' }, [BOARD.warnings(row.warnings)]));
    if (isClean(row)) meta.push(el('span', { class: 'count clean' }, [BOARD.clean]));
    const bar = el('span', { class: row.filledPercent >= 100 ? 'bar full' : 'bar' }, [el('span', {})]);
    const fill = bar.firstElementChild as HTMLElement;
    fill.style.width = `${Math.max(0, Math.min(100, row.filledPercent))}%`;

    const body: Node[] = [
      row.problems.length === 0
        ? el('p', { class: 'muted' }, [BOARD.noProblems])
        : problemList(row.problems, rowStatus),
    ];
    if (canReview(row)) body.push(...review(row, rowStatus));
    else body.push(el('p', { class: 'hint' }, [BOARD.notSubmitted]));
    body.push(rowStatusList);
    if (flash?.school === row.school) rowStatus.show('done', [flash.text]);

    const details = el('details', { class: 'school', 'data-school': row.school }, [
      el('summary', {}, [
        el('span', { class: 'school-name', title: `${row.school} ${row.name}` }, [`${row.school} · ${row.name}`]),
        el('span', { class: 'meta' }, meta),
        bar,
      ]),
      el('div', { class: 'school-body' }, body),
    ]);
    details.open = opened.has(row.school);
    details.addEventListener('toggle', () => {
      if (details.open) opened.add(row.school);
      else opened.delete(row.school);
    });
    return details;
  };

  const review = (row: BoardRow, rowStatus: ReturnType<typeof listStatus>): Node[] => {
    const comment = el('textarea', { name: `comment-${row.school}`, id: `f-comment-${row.school}`, rows: '2' });
    comment.value = row.comment;
    const controls: HTMLButtonElement[] = [];
    const decide = (decision: Decision | null) => () => {
      const request = reviewRequest(row.school, decision, comment.value);
      if (!request.ok) {
        rowStatus.show('error', [request.message]);
        comment.focus();
        return;
      }
      void runAction(
        controls,
        rowStatus,
        () => server.reviewSubmission(request.options),
        () => [],
      ).then((outcome) => {
        if (!outcome.ok) return;
        board = outcome.value;
        opened.add(row.school);
        flash = { school: row.school, text: BOARD.reviewed(decision) };
        render();
      });
    };
    controls.push(
      button(BOARD.accept, 'create', decide('принято')),
      button(BOARD.returnForWork, 'danger', decide('на доработке')),
    );
    if (row.status === 'принято' || row.status === 'на доработке')
      controls.push(button(BOARD.clearDecision, 'plain', decide(null)));
    return [
      el('label', { class: 'small-label', for: `f-comment-${row.school}` }, [BOARD.comment]),
      comment,
      actions(...controls),
    ];
  };

  check.addEventListener('click', () => {
    void runAction(
      check,
      parts.status,
      () => server.checkSubmissions(),
      () => [],
    ).then((outcome) => {
      if (!outcome.ok) return;
      parts.status.show('done', []);
      board = outcome.value;
      check.textContent = BOARD.refresh;
      render();
    });
  });

  return {
    root: parts.root,
    status: parts.status,
    setReady(ready) {
      parts.showNotReady(!ready);
      check.disabled = !ready;
    },
  };
}
